/**
 * Reads the planted questions a scale run missed (bench/scale-child.ts with WRONG_OUT=FILE) and
 * prints them by event kind and asked fact, with examples, and the wrong answers by likely cause:
 *
 *   WRONG_OUT=.tmp/misses.json node --import tsx bench/scale-child.ts STORE QUESTIONS.json 0
 *   node --import tsx bench/misses.ts .tmp/misses.json ARTICLES [KIND/FACT|wrong|declined] [EXAMPLES]
 *
 * ARTICLES is how many generated articles (seed 20240605, as bench/run.ts) the store was built from.
 */
import { readFileSync } from 'node:fs';
import { generateCorpus, type PlantedQuestion, type Verdict } from './corpus.ts';

interface Miss {
  readonly verdict: Verdict;
  readonly q: PlantedQuestion;
  readonly answer: string;
  readonly cited: readonly string[];
}

const [file, count, focus, examples = '6'] = process.argv.slice(2);
if (!file || !count) throw new Error('usage: misses.ts MISSES.json ARTICLES [KIND/FACT|wrong|declined] [EXAMPLES]');
const misses = JSON.parse(readFileSync(file, 'utf8')) as Miss[];
const corpus = new Map(generateCorpus(Number(count), 20240605).map((a) => [a.id, a]));
const bucket = (m: Miss): string => `${corpus.get(m.q.article)?.facts.kind ?? '?'}/${m.q.fact}`;

const table = new Map<string, { wrong: number; declined: number }>();
for (const m of misses) {
  const row = table.get(bucket(m)) ?? { wrong: 0, declined: 0 };
  if (m.verdict === 'wrong') row.wrong += 1;
  else row.declined += 1;
  table.set(bucket(m), row);
}
process.stdout.write(`${misses.length} missed: kind/fact  wrong  declined\n`);
for (const [key, row] of [...table].sort((a, b) => b[1].wrong + b[1].declined - a[1].wrong - a[1].declined))
  process.stdout.write(`  ${key.padEnd(24)} ${String(row.wrong).padStart(5)} ${String(row.declined).padStart(9)}\n`);

/** Why a wrong answer went wrong, as far as the texts show it. */
function cause(m: Miss): string {
  if (m.cited.includes(m.q.article)) return 'its own article, another value';
  const other = corpus.get(m.cited[0] ?? '');
  if (!other) return 'no citation';
  // The question's names: runs of capitalised words after its first word.
  const names = [...m.q.q.matchAll(/(?<!^)\b[A-Z][\p{L}]+(?: [A-Z][\p{L}]+)*/gu)].map((x) => x[0]);
  if (names.some((n) => n.includes(' ') && other.text.includes(n))) return 'another article with the same full name';
  if (names.some((n) => n.includes(' ') && n.split(' ').some((w) => other.text.includes(w))))
    return 'another article sharing part of a name';
  if (names.some((n) => other.text.includes(n))) return 'another article naming the same place or word';
  return 'another article, no name shared';
}
const causes = new Map<string, number>();
for (const m of misses.filter((x) => x.verdict === 'wrong')) causes.set(cause(m), (causes.get(cause(m)) ?? 0) + 1);
process.stdout.write(`\nwrong answers by likely cause:\n`);
for (const [c, n] of [...causes].sort((a, b) => b[1] - a[1]))
  process.stdout.write(`  ${String(n).padStart(5)}  ${c}\n`);

if (focus) {
  const shown = misses.filter((m) => m.verdict === focus || bucket(m) === focus).slice(0, Number(examples));
  for (const m of shown)
    process.stdout.write(
      `\n[${m.verdict}] ${m.q.q} (expected ${m.q.expect}, ${m.q.article})\n  ${m.answer.slice(0, 240)}\n` +
        `  cited ${m.cited.slice(0, 3).join(' ') || 'nothing'}${m.verdict === 'wrong' ? `; ${cause(m)}` : ''}\n`,
    );
}
