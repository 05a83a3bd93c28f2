/**
 * Builds the store of the first COUNT generated articles in its own process (a 10,000-article
 * build needs a heap of its own) and writes it with the same `saveStore` as `npm run extract`.
 *
 *   node --import tsx bench/build-store.ts COUNT SEED OUT
 */
import { parseArticle } from '../src/corpus/index.ts';
import { extractStore, loadKnowledge } from '../src/extract/index.ts';
import { sharedNlp } from '../src/nlp/wink.ts';
import { saveStore } from '../src/store/index.ts';
import { generateCorpus } from './corpus.ts';

const [count, seed, out] = process.argv.slice(2);
if (!count || !seed || !out) throw new Error('usage: build-store.ts COUNT SEED OUT');
const total = Number(count);
const articles = generateCorpus(total, Number(seed)).map((a) => parseArticle(a.id, a.text));
const every = Math.max(1, Math.floor(total / 10));
const start = performance.now();
const store = extractStore(articles, sharedNlp(), loadKnowledge(), {
  onArticle: (done) => {
    if (done % every === 0)
      process.stderr.write(
        `  extracted ${done}/${total} articles (${((performance.now() - start) / 1000).toFixed(0)} s)\n`,
      );
  },
});
const extracted = performance.now();
await saveStore(out, store);
process.stdout.write(`${JSON.stringify({ extract_ms: extracted - start, save_ms: performance.now() - extracted })}\n`);
