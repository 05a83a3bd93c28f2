import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpus } from '../corpus/index.ts';
import { extractStore, loadKnowledge } from '../extract/index.ts';
import { sharedNlp } from '../nlp/wink.ts';
import { DEFAULT_STORE_PATH, saveStore } from '../store/index.ts';

const { values, positionals } = parseArgs({
  options: { out: { type: 'string', default: DEFAULT_STORE_PATH } },
  allowPositionals: true,
});
const inputs = positionals.length > 0 ? positionals : ['data/articles'];

const corpus = await readCorpus(inputs);
for (const w of corpus.warnings) process.stderr.write(`warning: ${w.path}: ${w.message}\n`);
const total = corpus.articles.length;
const every = Math.max(1, Math.floor(total / 20));
const store = extractStore(corpus.articles, sharedNlp(), loadKnowledge(), {
  onArticle: (done) => {
    if (total >= 50 && (done % every === 0 || done === total))
      process.stderr.write(`extracted ${done}/${total} articles\n`);
  },
});
await mkdir(dirname(values.out), { recursive: true });
await saveStore(values.out, store);
process.stderr.write(
  `wrote ${values.out}: ${store.articles.length} articles, ${store.sentences.length} sentences, ` +
    `${store.entities.length} entities, ${store.events.length} events\n`,
);
