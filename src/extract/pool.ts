import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Article } from '../corpus/index.ts';
import type { Store } from '../store/schema.ts';
import { assembleStore, inStoreOrder, type ExtractOptions } from './build.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from './knowledge.ts';
import type { PreparedSentence } from './prepare.ts';
import { startWorker } from './worker-thread.ts';

/** To a worker: one article to prepare. */
export interface ToWorker {
  readonly index: number;
  readonly article: Article;
}
/** From a worker: ready (model loaded), or one article's sentences, or the error it raised. */
export type FromWorker =
  | { readonly ready: true }
  | { readonly index: number; readonly sentences: PreparedSentence[] }
  | { readonly index: number; readonly error: string };

/** Raised when extraction of an article fails in a worker, or its worker dies: names the article. */
export class ExtractionError extends Error {
  constructor(
    readonly article: string,
    detail: string,
  ) {
    super(`extraction failed on article ${article}: ${detail}`);
    this.name = 'ExtractionError';
  }
}

export interface PoolOptions extends ExtractOptions {
  /** Worker threads; default one per core. */
  readonly threads?: number;
  readonly knowledgeDir?: string;
}

/** Articles in flight per worker: one being read, one waiting, so a worker never idles for the next. */
const IN_FLIGHT = 2;

/**
 * `extractStore` on every core, byte for byte the same store: worker threads prepare articles
 * (sentences, names, dates and what each sentence states: the per-article work, most of the time, with
 * no tokens sent back), and this thread assembles the store from them in article order, as
 * single-threaded extraction does. A failure, or a worker that
 * dies, rejects with an `ExtractionError` naming the article; the other workers are stopped.
 */
export async function extractStoreParallel(articles: readonly Article[], options: PoolOptions = {}): Promise<Store> {
  const ordered = inStoreOrder(articles);
  const knowledgeDir = options.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR;
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), ordered.length));
  const prepared: Array<PreparedSentence[] | undefined> = new Array(ordered.length);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;

  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (error: Error): void => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(error);
    };
    for (let t = 0; t < threads; t += 1) {
      const worker = startWorker('extract/worker', { knowledgeDir, crashOn: process.env.NEWSBOT_EXTRACT_CRASH_ON });
      workers.push(worker);
      const inFlight = new Set<number>();
      const send = (): void => {
        while (!failed && inFlight.size < IN_FLIGHT && next < ordered.length) {
          const index = next++;
          inFlight.add(index);
          worker.postMessage({ index, article: ordered[index]! } satisfies ToWorker);
        }
        if (inFlight.size === 0) void worker.terminate();
      };
      worker.on('message', (message: FromWorker) => {
        if ('ready' in message) return send();
        inFlight.delete(message.index);
        if ('error' in message) return fail(new ExtractionError(ordered[message.index]!.id, message.error));
        prepared[message.index] = message.sentences;
        done += 1;
        options.onArticle?.(done, ordered.length, ordered[message.index]!);
        if (done === ordered.length) resolve();
        else send();
      });
      worker.on('error', (error) => fail(lostArticles(inFlight, ordered, `its worker failed: ${error.message}`)));
      worker.on('exit', (code) => {
        if (inFlight.size > 0) fail(lostArticles(inFlight, ordered, `its worker stopped (exit code ${code})`));
      });
    }
  }).finally(() => Promise.all(workers.map((w) => w.terminate())));

  return assembleStore(ordered, prepared as PreparedSentence[][], loadKnowledge(knowledgeDir));
}

/** A worker reads its articles in the order sent: the one it died on is the oldest it had not answered. */
function lostArticles(inFlight: ReadonlySet<number>, ordered: readonly Article[], detail: string): Error {
  const [current] = inFlight;
  if (current === undefined) return new Error(`a worker failed before reading an article: ${detail}`);
  return new ExtractionError(ordered[current]!.id, detail);
}
