import { expect } from 'vitest';
import type { Answer } from '../../src/answer/index.ts';

/** The sentence of an article's text that starts with `start`, up to its full stop. */
export function sentenceOf(text: string, start: string): string {
  const from = text.slice(text.indexOf(start));
  return from.slice(0, /\.(?=\s|$)/.exec(from)!.index + 1);
}

/** The exact answer value, type and cited sentence, and no other candidate named. */
export function expectAnswer(a: Answer, value: string, type: string, sentence: string, rivals: string[] = []): void {
  expect(a.answered).toBe(true);
  expect(a.value).toBe(value);
  expect(a.type).toBe(type);
  expect(a.citations[0]?.snippet).toBe(sentence);
  for (const r of rivals) expect(a.answer).not.toContain(r);
}

/** A decline for this reason, naming none of the rivals. */
export function expectDecline(a: Answer, reason: NonNullable<Answer['reason']>, rivals: string[] = []): void {
  expect(a.answered).toBe(false);
  expect(a.reason).toBe(reason);
  for (const r of rivals) expect(a.answer).not.toContain(r);
}
