import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpus, type Article } from '../corpus/index.ts';
import { extractStore, loadKnowledge } from '../extract/index.ts';
import { ExtractionError, extractStoreParallel } from '../extract/pool.ts';
import { sharedNlp } from '../nlp/wink.ts';
import { DEFAULT_STORE_PATH, saveStore } from '../store/index.ts';

/** Below this many articles, starting a worker (its own model and knowledge, ~0.5 s) costs more than it saves. */
const PARALLEL_FROM = 200;
/**
 * Nor on two cores: there (the 2-vCPU VMs this is measured on) worker threads were slower than one thread in
 * every `npm run bench`, 0.5–0.8 of its tokens/s over 1,000 articles, because the second core gives wink alone
 * only 1.1–1.8 times one core's speed and extraction's allocation-heavy work less. `--threads` still chooses.
 */
const PARALLEL_CORES = 3;

const { values, positionals } = parseArgs({
  options: { out: { type: 'string', default: DEFAULT_STORE_PATH }, threads: { type: 'string' } },
  allowPositionals: true,
});
const inputs = positionals.length > 0 ? positionals : ['data/articles'];
const threads = values.threads === undefined ? undefined : Number(values.threads);
if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) {
  process.stderr.write(`--threads must be a whole number of at least 1, not ${values.threads}\n`);
  process.exit(64);
}

const corpus = await readCorpus(inputs);
for (const w of corpus.warnings) process.stderr.write(`warning: ${w.path}: ${w.message}\n`);
const total = corpus.articles.length;
const every = Math.max(1, Math.floor(total / 20));
const onArticle = (done: number): void => {
  if (total >= 50 && (done % every === 0 || done === total))
    process.stderr.write(`extracted ${done}/${total} articles\n`);
};
const cores = availableParallelism();
const workers = threads ?? (total >= PARALLEL_FROM && cores >= PARALLEL_CORES ? cores : 1);
const extract = (articles: readonly Article[]) =>
  workers > 1
    ? extractStoreParallel(articles, { threads: workers, onArticle })
    : Promise.resolve(extractStore(articles, sharedNlp(), loadKnowledge(), { onArticle }));
// A failed build writes nothing: the store from the last good build stays as it was.
const store = await extract(corpus.articles).catch((error: unknown) => {
  if (!(error instanceof ExtractionError)) throw error;
  process.stderr.write(`${error.message}\n${values.out} is left as it was.\n`);
  process.exit(1);
});
await mkdir(dirname(values.out), { recursive: true });
await saveStore(values.out, store);
process.stderr.write(
  `wrote ${values.out}: ${store.articles.length} articles, ${store.sentences.length} sentences, ` +
    `${store.entities.length} entities, ${store.events.length} events\n`,
);
