import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Intent } from '../understand/intent.ts';
import { DEFAULT_STORE_PATH } from '../store/index.ts';
import { exitWithError, loadEngine } from './load.ts';

/**
 * Measures the question reader on a labelled question file in the UIUC format (`COARSE:fine question`,
 * one a line), read where it lies, never copied into the project:
 * - type: the share of questions with a mapped label whose intent is right;
 * - honesty: none of the questions is about the articles, so every one must be declined.
 *
 *   npm run --silent eval:types -- --types ../shared/question-types/train_5500.label [--json] [--store FILE]
 */
const { values } = parseArgs({
  options: {
    types: { type: 'string' },
    store: { type: 'string', default: DEFAULT_STORE_PATH },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help || !values.types) {
  process.stdout.write('Usage: npm run --silent eval:types -- --types FILE [--json] [--store FILE]\n');
  process.exit(values.help ? 0 : 64);
}

/** The label → intent mapping of the question-types README; other labels are not scored for type. */
function expectedIntent(label: string): Intent | null {
  if (label === 'NUM:date') return 'when';
  if (label.startsWith('LOC:')) return 'where';
  if (label === 'HUM:ind' || label === 'HUM:gr') return 'who';
  if (label === 'NUM:count') return 'how_many';
  return null;
}

const lines = readFileSync(values.types, 'utf8')
  .split(/\r?\n/)
  .filter((l) => l.trim() !== '');
const engine = await loadEngine(values.store).catch(exitWithError);

interface Tally {
  total: number;
  correct: number;
}
const byIntent = new Map<Intent, Tally>();
const confusion = new Map<string, number>();
const answered: Array<{ question: string; answer: string }> = [];
let typedTotal = 0;
let typedCorrect = 0;
for (const line of lines) {
  const space = line.indexOf(' ');
  const label = line.slice(0, space);
  const question = line.slice(space + 1).trim();
  const result = engine.answer(question);
  if (result.answered) answered.push({ question, answer: result.answer });
  const expected = expectedIntent(label);
  if (!expected) continue;
  const tally = byIntent.get(expected) ?? { total: 0, correct: 0 };
  tally.total += 1;
  typedTotal += 1;
  if (result.intent === expected) {
    tally.correct += 1;
    typedCorrect += 1;
  } else {
    const key = `${expected} → ${result.intent}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
  }
  byIntent.set(expected, tally);
}

const score = (t: Tally): number => (t.total === 0 ? 0 : Math.round((t.correct / t.total) * 10000) / 10000);
const typed = {
  total: typedTotal,
  correct: typedCorrect,
  score: score({ total: typedTotal, correct: typedCorrect }),
  byIntent: Object.fromEntries(
    [...byIntent].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => [k, { ...t, score: score(t) }]),
  ),
};
const honesty = {
  total: lines.length,
  declined: lines.length - answered.length,
  score: score({ total: lines.length, correct: lines.length - answered.length }),
  answered,
};

if (values.json) {
  process.stdout.write(`${JSON.stringify({ typed, honesty })}\n`);
} else {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const out: string[] = [`Question type: ${typed.correct} / ${typed.total} = ${pct(typed.score)}`];
  for (const [intent, t] of Object.entries(typed.byIntent))
    out.push(`  ${intent.padEnd(9)} ${t.correct} / ${t.total} = ${pct(t.score)}`);
  out.push('Confusions (expected → read):');
  for (const [k, n] of [...confusion].sort((a, b) => b[1] - a[1])) out.push(`  ${k}: ${n}`);
  out.push(
    `Honesty: ${honesty.declined} / ${honesty.total} declined = ${pct(honesty.score)}; answered ${answered.length}:`,
  );
  for (const a of answered) out.push(`  ${a.question}\n    → ${a.answer.split('\n')[0]}`);
  process.stdout.write(`${out.join('\n')}\n`);
}
