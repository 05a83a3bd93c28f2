import type { Answer } from '../answer/index.ts';

/** The terminal rendering of an answer: the answer, then each cited sentence with its source. */
export function renderText(answer: Answer): string {
  const lines = [answer.answer];
  for (const c of answer.citations.slice(0, 5)) {
    lines.push(`  “${c.snippet}”`, `    — ${c.article}${c.published ? `, published ${c.published}` : ', undated'} [${c.start}–${c.end}]`);
  }
  for (const conflict of answer.conflicts) {
    lines.push(`  Sources disagree on ${conflict.slot}:`);
    for (const v of conflict.values) lines.push(`    • ${v.value} — ${v.citation.article}: “${v.citation.snippet}”`);
  }
  return lines.join('\n');
}

/** The JSON-lines contract: exactly these keys, one line per answer. */
export function renderJson(answer: Answer): string {
  return JSON.stringify({
    question: answer.question,
    intent: answer.intent,
    answered: answer.answered,
    answer: answer.answer,
    citations: answer.citations.map((c) => ({ article: c.article, published: c.published, snippet: c.snippet, start: c.start, end: c.end })),
    conflicts: answer.conflicts,
  });
}
