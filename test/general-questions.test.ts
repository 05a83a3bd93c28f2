// The spec for typed, verified answers over the tests' own articles (issues 9 and 10). Every
// answerable case asserts the exact bare value, its intent and fine type, and the exact cited
// sentence; every decline asserts its reason.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/answer/index.ts';
import { engineFor } from './helpers/build.ts';
import { answerable, declines, type GeneralAnswerable, type GeneralDecline } from './questions/general-questions.ts';
import { MONTHS } from '../src/store/dates.ts';

const ARTICLES_DIR = 'test/articles';
const texts: Record<string, string> = Object.fromEntries(
  readdirSync(ARTICLES_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => [name.slice(0, -'.txt'.length), readFileSync(join(ARTICLES_DIR, name), 'utf8')]),
);

let engine: Engine;
beforeAll(async () => {
  ({ engine } = await engineFor(texts));
}, 120_000);

const ask = (q: string): Answer => engine.answer(q);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Ways a value of a type can be written in an answer's text. */
function spellings(value: string, type: string): string[] {
  const out = [value];
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (day) out.push(`${MONTHS[Number(day[2]) - 1]} ${Number(day[3])}, ${day[1]}`);
  if (month) out.push(`${MONTHS[Number(month[2]) - 1]} ${month[1]}`);
  if (type === 'number' && /^\d{4,}$/.test(value)) out.push(Number(value).toLocaleString('en-US'));
  return out;
}

/** Whether `text` states `value`: numbers and years only as whole numbers, never inside a longer one. */
function mentions(text: string, value: string, type: string): boolean {
  return spellings(value, type).some((s) => {
    const numeric = /^[\d.,]+$/.test(s);
    const pattern = numeric ? `(?<![\\d.,])${escape(s)}(?![\\d]|[.,]\\d)` : escape(s);
    return new RegExp(pattern, numeric ? '' : 'i').test(text);
  });
}

/** Values of the same type from other cases about the same article: none of them may appear in the answer. */
function rivals(c: GeneralAnswerable): string[] {
  const asked = new Set(c.q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const values = answerable
    .filter((o) => o.article === c.article && o.type === c.type && o.value !== c.value)
    .map((o) => o.value)
    // A name the question itself uses is not a rival candidate ("Who did Busan Harbour FC beat?").
    .filter((v) => !(v.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => w.length >= 3 && asked.has(w)));
  return [...new Set(values)];
}

describe('the test articles and cases are consistent', () => {
  it('has enough articles and cases', () => {
    expect(Object.keys(texts).length).toBeGreaterThanOrEqual(8);
    expect(answerable.length).toBeGreaterThanOrEqual(110);
    expect(declines.length).toBeGreaterThanOrEqual(20);
    expect(new Set([...answerable, ...declines].map((c) => c.id)).size).toBe(answerable.length + declines.length);
  });

  it.each(Object.entries(texts))('%s starts with a date header', (_id, text) => {
    expect(text).toMatch(/^ date \d{4}-\d{2}-\d{2}\n/);
  });

  it.each(answerable.map((c) => [c.id, c] as const))('%s cites a sentence of its article', (_id, c) => {
    expect(texts[c.article]).toBeDefined();
    expect(texts[c.article]).toContain(c.sentence);
  });
});

/**
 * Cases the engine does not answer right yet, by id (listed in the issue notes). Each still runs, as a
 * test that must fail: the day the engine gets one right, its test fails until the id leaves the list.
 * No check is loosened for them.
 */
const KNOWN_MISSES: ReadonlySet<string> = new Set(
  JSON.parse(readFileSync('test/questions/general-known-misses.json', 'utf8')) as string[],
);

function checkAnswerable(c: GeneralAnswerable): void {
  const a = ask(c.q);
  expect(a.answered).toBe(true);
  expect(a.intent).toBe(c.intent);
  expect(a.type).toBe(c.type);
  expect(a.value).toBe(c.value);
  expect(a.citations[0]?.snippet).toBe(c.sentence);
  expect(a.citations[0]?.article).toBe(c.article);
  if (c.type !== 'yesno') {
    for (const other of rivals(c))
      expect(mentions(a.answer, other, c.type), `answer names "${other}" too: ${a.answer}`).toBe(false);
  }
}

function checkDecline(c: GeneralDecline): void {
  const a = ask(c.q);
  expect(a.answered).toBe(false);
  expect(a.reason).toBe(c.reason);
}

const right = <T extends { id: string }>(cases: readonly T[]): T[] => cases.filter((c) => !KNOWN_MISSES.has(c.id));
const missed = <T extends { id: string }>(cases: readonly T[]): T[] => cases.filter((c) => KNOWN_MISSES.has(c.id));

describe('answerable questions about the test articles', () => {
  it.each(right(answerable).map((c) => [`${c.id}: ${c.q}`, c] as const))('%s', (_label, c) => checkAnswerable(c));
});

describe('questions the test articles do not answer', () => {
  it.each(right(declines).map((c) => [`${c.id}: ${c.q}`, c] as const))('%s', (_label, c) => checkDecline(c));
});

describe('known misses, still missed', () => {
  it('lists only cases that exist', () => {
    const ids = new Set([...answerable, ...declines].map((c) => c.id));
    for (const id of KNOWN_MISSES) expect(ids.has(id), id).toBe(true);
  });
  it.fails.each(missed(answerable).map((c) => [`${c.id}: ${c.q}`, c] as const))('%s', (_label, c) =>
    checkAnswerable(c),
  );
  it.fails.each(missed(declines).map((c) => [`${c.id}: ${c.q}`, c] as const))('%s', (_label, c) => checkDecline(c));
});

describe('citations', () => {
  it('every citation of every answer is the exact text of its article at its span', () => {
    let checked = 0;
    for (const c of [...answerable, ...declines]) {
      for (const cite of ask(c.q).citations) {
        expect(texts[cite.article], `unknown article ${cite.article}`).toBeDefined();
        expect(texts[cite.article]?.slice(cite.start, cite.end)).toBe(cite.snippet);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
