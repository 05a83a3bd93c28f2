import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine } from '../answer/index.ts';
import { readCorpus } from '../corpus/index.ts';
import { parseEvalQuestions, scoreQuestions } from '../eval/dev-set.ts';
import { extractStore, loadKnowledge } from '../extract/index.ts';
import { sharedNlp } from '../nlp/wink.ts';
import { loadStore, saveStore } from '../store/index.ts';

const USAGE = 'Usage: npm run --silent eval -- --articles DIR --questions FILE [--json]\n';
const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    questions: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help || !values.articles || !values.questions) {
  process.stdout.write(USAGE);
  process.exit(values.help ? 0 : 64);
}

let questions;
try {
  questions = parseEvalQuestions(await readFile(values.questions, 'utf8'));
} catch (error) {
  process.stderr.write(`${values.questions}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}

// The store goes through the same save/load path as `npm run extract` and the bot, in a folder of its own.
const dir = await mkdtemp(join(tmpdir(), 'news-eval-'));
try {
  const corpus = await readCorpus([values.articles]);
  for (const w of corpus.warnings) process.stderr.write(`warning: ${w.path}: ${w.message}\n`);
  const knowledge = loadKnowledge();
  const path = join(dir, 'store.json');
  await saveStore(path, extractStore(corpus.articles, sharedNlp(), knowledge));
  const engine = createEngine(await loadStore(path), knowledge, sharedNlp());
  const report = scoreQuestions(questions, (q) => engine.answer(q));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } else {
    for (const m of report.misses)
      process.stdout.write(
        `✗ ${m.id} ${m.question}\n    expected ${m.expected}\n    got      ${m.got.slice(0, 300)}\n`,
      );
    const kinds = Object.entries(report.byKind)
      .map(([k, v]) => `${k} ${v.correct}/${v.total}`)
      .join(', ');
    process.stdout.write(`\n${report.correct}/${report.total} right (${(report.score * 100).toFixed(1)}%): ${kinds}\n`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
