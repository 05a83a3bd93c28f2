/**
 * Runs in a fresh process so its memory is only what serving one store takes: loads the store and
 * builds the engine exactly as the CLI and the bot do (`loadEngine`), then answers questions about
 * facts the generator planted. Prints one JSON line on stdout.
 *
 *   node --import tsx bench/scale-child.ts STORE QUESTIONS.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadEngine } from '../src/cli/load.ts';
import { judge, type PlantedQuestion, type Verdict } from './corpus.ts';
import { MB, quantile, since } from './stats.ts';

const [storePath, questionsPath, minimum = '3000'] = process.argv.slice(2);
if (!storePath || !questionsPath) throw new Error('usage: scale-child.ts STORE QUESTIONS.json [MIN_ANSWERS]');
const questions = JSON.parse(readFileSync(questionsPath, 'utf8')) as PlantedQuestion[];

const start = process.hrtime.bigint();
const engine = await loadEngine(storePath);
const loadUs = since(start);
const rssLoaded = process.memoryUsage().rss;

// One pass to warm up, then timed passes until at least `minimum` answers.
// Every answer is judged (bench/corpus.ts `judge`); with WRONG_OUT set, the wrong ones and the
// declines are written there for reading.
const verdicts: Record<Verdict, number> = { right: 0, wrong: 0, declined: 0 };
const misses: Array<{ verdict: Verdict; q: PlantedQuestion; answer: string; cited: string[] }> = [];
for (const q of questions) {
  const a = engine.answer(q.q);
  const verdict = judge(q, a);
  verdicts[verdict] += 1;
  if (verdict !== 'right') misses.push({ verdict, q, answer: a.answer, cited: a.citations.map((c) => c.article) });
}
if (process.env['WRONG_OUT']) writeFileSync(process.env['WRONG_OUT'], JSON.stringify(misses, null, 1));
const times: number[] = [];
while (times.length < Number(minimum)) {
  for (const q of questions) {
    const t = process.hrtime.bigint();
    engine.answer(q.q);
    times.push(since(t));
  }
}

// Not part of the figures: questions that name no one (an event kind, a date, a role, an
// unknown name) take the answer path's scans, which grow with the store.
const GENERIC = [
  'When is the summit?',
  'Who confirmed the meeting?',
  'When was the summit announced?',
  'Who is the press secretary?',
  'When did Hawaii become a state?',
  'What happened in June 2019?',
  'Where will the third meeting be held?',
];
const generic: number[] = [];
for (const q of GENERIC) engine.answer(q);
for (let i = 0; i < 3; i += 1) {
  for (const q of GENERIC) {
    const t = process.hrtime.bigint();
    engine.answer(q);
    generic.push(since(t));
  }
}

process.stdout.write(
  `${JSON.stringify({
    load_ms: loadUs / 1000,
    rss_mb: Math.max(rssLoaded, process.memoryUsage().rss) / MB,
    peak_rss_mb: (process.resourceUsage().maxRSS * 1024) / MB,
    p50_us: quantile(times, 0.5),
    p99_us: quantile(times, 0.99),
    answers: times.length,
    generic_p50_us: quantile(generic, 0.5),
    generic_max_us: Math.max(...generic),
    questions: questions.length,
    correct: verdicts.right / questions.length,
    wrong: verdicts.wrong / questions.length,
    declined: verdicts.declined / questions.length,
    events: engine.indexed.store.events.length,
    entities: engine.indexed.store.entities.length,
    sentences: engine.indexed.store.sentenceCount,
  })}\n`,
);
