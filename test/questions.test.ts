import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/index.ts';
import { articleText, seedEngine } from './helpers/engine.ts';
import { answerable, unanswerable } from './questions/seed-questions.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

describe('answerable questions about the seed articles', () => {
  it.each(answerable.map((c) => [c.q, c] as const))('%s', (_q, c) => {
    const a = engine.answer(c.q);
    expect(a.intent).toBe(c.intent);
    expect(a.answered).toBe(true);
    for (const fragment of c.answer) expect(a.answer.toLowerCase()).toContain(fragment.toLowerCase());
    expect(a.citations.map((x) => x.snippet)).toContain(c.sentence);
    expect(a.citations.find((x) => x.snippet === c.sentence)?.article).toBe(c.article);
  });
});

describe('questions the articles do not answer', () => {
  it.each(unanswerable.map((c) => [c.q, c] as const))('%s', (_q, c) => {
    const a = engine.answer(c.q);
    expect(a.answered).toBe(false);
    expect(a.intent).toBe(c.intent);
    expect(a.answer.length).toBeGreaterThan(20);
  });
});

describe('citations', () => {
  it('every citation of every answer is the exact text of its article at its span', () => {
    let checked = 0;
    for (const c of [...answerable, ...unanswerable]) {
      for (const cite of engine.answer(c.q).citations) {
        expect(articleText(cite.article).slice(cite.start, cite.end)).toBe(cite.snippet);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(answerable.length);
  });
});
