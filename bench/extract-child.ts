/**
 * The `extract` figures of bench/run.ts, in a process of its own and compiled, as `npm run extract`
 * runs: bench/run.ts bundles this file two folders below the package root (as dist/ files are), so
 * the pool's worker threads are dist/extract/worker.js, built and fresh, as they are for users.
 *
 *   node .tmp/bench/extract-child.mjs ARTICLES.json WARM.json OUT
 *
 * ARTICLES.json and WARM.json hold `{ id, text }` lists (WARM: other articles, to warm up on). Prints one
 * JSON line: tokens/s of wink `readDoc` + entities on one thread (before and after the rest), of
 * `extractStore` on one thread, of `extractStoreParallel` (workers' start-up included), and of wink
 * itself on every core at once (start-up excluded): what a second core gives work of this kind here.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseArticle } from '../src/corpus/index.ts';
import { extractStore, loadKnowledge } from '../src/extract/index.ts';
import { extractStoreParallel } from '../src/extract/pool.ts';
import { sharedNlp } from '../src/nlp/wink.ts';
import { saveStore } from '../src/store/index.ts';
import { serialiseStore } from '../src/store/io.ts';

interface Text {
  readonly id: string;
  readonly text: string;
}

const [articlesPath, warmPath, out] = process.argv.slice(2);
if (!articlesPath || !warmPath || !out) throw new Error('usage: extract-child.mjs ARTICLES.json WARM.json OUT');
const sample = JSON.parse(readFileSync(articlesPath, 'utf8')) as Text[];
const warm = JSON.parse(readFileSync(warmPath, 'utf8')) as Text[];
const nlp = sharedNlp();
const knowledge = loadKnowledge();
const log = (line: string): void => void process.stderr.write(`${line}\n`);

const winkPass = (): { tokens: number; ms: number } => {
  let tokens = 0;
  const t = performance.now();
  for (const a of sample) {
    const doc = nlp.readDoc(a.text);
    doc.entities().length();
    tokens += doc.tokens().length();
  }
  return { tokens, ms: performance.now() - t };
};

// Warm both up on other articles of the corpus.
const warmArticles = warm.map((a) => parseArticle(a.id, a.text));
extractStore(warmArticles, nlp, knowledge);
for (const a of warm) nlp.readDoc(a.text).entities().length();

const before = winkPass();
log(
  `extract: wink readDoc + entities over ${sample.length} articles: ${before.tokens} tokens ` +
    `in ${Math.round(before.ms)} ms`,
);
const articles = sample.map((a) => parseArticle(a.id, a.text));
let t = performance.now();
const single = extractStore(articles, nlp, knowledge);
const singleMs = performance.now() - t;
log(`extract: extractStore (one thread): ${Math.round(singleMs)} ms`);
t = performance.now();
const store = await extractStoreParallel(articles);
const poolMs = performance.now() - t;
const same = serialiseStore(store) === serialiseStore(single);
log(
  `extract: on ${availableParallelism()} worker threads: ${Math.round(poolMs)} ms; ` +
    `store ${same ? 'identical' : 'DIFFERENT'}`,
);
if (!same) throw new Error('extraction on worker threads gave another store than on one thread');
const winkEveryCore = await winkOnEveryCore(availableParallelism());
log(`extract: wink on ${availableParallelism()} threads at once: ${Math.round(winkEveryCore.ms)} ms`);
const after = winkPass();
log(`extract: wink again: ${Math.round(after.ms)} ms`);
await saveStore(out, store);

const tokens = before.tokens;
const perS = (ms: number): number => tokens / (ms / 1000);
process.stdout.write(
  `${JSON.stringify({
    tokens,
    wink_tokens_per_s: perS((before.ms + after.ms) / 2),
    single_tokens_per_s: perS(singleMs),
    tokens_per_s: perS(poolMs),
    wink_every_core_tokens_per_s: perS(winkEveryCore.ms),
    extract_ms: poolMs,
  })}\n`,
);

/**
 * wink alone on `threads` worker threads, each reading its share of the articles, timed from the moment
 * all have loaded the model. The package's own model loader: the same model, read the package's way.
 */
async function winkOnEveryCore(threads: number): Promise<{ ms: number }> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
    const read = () => { for (const text of workerData) nlp.readDoc(text).entities().length(); };
    read();
    parentPort.postMessage('ready');
    parentPort.once('message', () => { read(); parentPort.postMessage('done'); });`;
  const shares = Array.from({ length: threads }, (_, i) =>
    sample.filter((_, j) => j % threads === i).map((a) => a.text),
  );
  const workers = shares.map((share) => new Worker(code, { eval: true, workerData: share }));
  const next = (w: Worker): Promise<unknown> =>
    new Promise((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
    });
  try {
    await Promise.all(workers.map(next));
    const began = performance.now();
    const done = workers.map(next);
    for (const w of workers) w.postMessage('go');
    await Promise.all(done);
    return { ms: performance.now() - began };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
