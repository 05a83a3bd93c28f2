/**
 * Property tests: whatever the question or article, the engine and extraction return well-formed values
 * and never throw. Work is bounded by count, not by wall clock: the engine hands wink-nlp at most one
 * document of at most MAX_QUESTION_CHARS per question, whatever arrives.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { WinkMethods } from 'wink-nlp';
import { describe, expect, it } from 'vitest';
import { AnswerSchema, createEngine, type Engine } from '../src/answer/index.ts';
import { parseArticle } from '../src/corpus/index.ts';
import { extractStore, loadKnowledge } from '../src/extract/index.ts';
import { sharedNlp } from '../src/nlp/wink.ts';
import { expandStore, loadStore, parseStore, serialiseStore, validateStore } from '../src/store/index.ts';
import { MAX_QUESTION_CHARS } from '../src/understand/question.ts';

/** wink-nlp with a tally of what it is asked to read: the measure of the engine's work per question. */
function countingNlp(): { nlp: WinkMethods; work: { docs: number; chars: number } } {
  const work = { docs: 0, chars: 0 };
  const real = sharedNlp();
  const nlp = new Proxy(real, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property !== 'readDoc' || typeof value !== 'function') return value;
      return (text: string) => {
        work.docs += 1;
        work.chars += text.length;
        return (value as (t: string) => unknown).call(target, text);
      };
    },
  });
  return { nlp, work };
}

const store = await loadStore('data/store.json');
const knowledge = loadKnowledge();
const { nlp, work } = countingNlp();
const engine: Engine = createEngine(store, knowledge, nlp);
const articleText = new Map(store.articles.map((a) => [a.id, readFileSync(`data/articles/${a.id}.txt`, 'utf8')]));

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const pieces = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  loneSurrogate,
  fc.constantFrom(
    '<!channel>',
    '<!here>',
    '<@U0ADMIN>',
    '<#C1|general>',
    '<https://x.example|y>',
    '&lt;!everyone&gt;',
    '<script>alert(1)</script>',
    '\u0000',
    '\u202e',
    'مرحبا بالعالم',
    'שלום',
    '🎉👍🏽‍',
    '\r\n',
    '\t',
  ),
  fc.constantFrom(
    'when is the summit?',
    'who announced it?',
    'where did they first meet?',
    'how many times have they met?',
    'list',
    'help',
    'Helsinki',
    'July 16',
  ),
);
const question = fc.oneof(
  { weight: 4, arbitrary: fc.array(pieces, { maxLength: 12 }).map((p) => p.join(' ')) },
  // Up to 100 kB: a piece repeated, so long inputs are cheap to generate.
  {
    weight: 1,
    arbitrary: fc
      .tuple(pieces, fc.integer({ min: 1, max: 100_000 }))
      .map(([p, n]) => (p || 'x').repeat(Math.ceil(n / Math.max(1, p.length))).slice(0, 100_000)),
  },
);

describe('the engine, for any question', () => {
  it(
    'returns a valid Answer, never throws, reads at most two bounded documents ' +
      '(the question, and again only after a typo repair), and cites exact substrings',
    () => {
      fc.assert(
        fc.property(question, (q) => {
          work.docs = 0;
          work.chars = 0;
          const answer = engine.answer(q);
          AnswerSchema.parse(answer);
          expect(work.docs).toBeLessThanOrEqual(2);
          expect(work.chars).toBeLessThanOrEqual(2 * MAX_QUESTION_CHARS);
          for (const c of [...answer.citations, ...answer.conflicts.flatMap((x) => x.values.map((v) => v.citation))]) {
            expect(articleText.get(c.article)!.slice(c.start, c.end)).toBe(c.snippet);
          }
        }),
        { numRuns: 300 },
      );
    },
  );

  it('survives input that is not a string at all', () => {
    for (const bad of [undefined, null, 42, {}, []] as unknown as string[])
      expect(AnswerSchema.parse(engine.answer(bad)).answered).toBe(false);
  });
});

const wordsOfNews = [
  'The',
  'minister',
  'said',
  'on',
  'Monday',
  'that',
  'a',
  'summit',
  'will',
  'be',
  'held',
  'in',
  'Paris',
  'Berlin',
  'Lagos',
  'Jakarta',
  'on',
  'March',
  '3',
  '2021',
  'next',
  'week',
  'Anna',
  'Kowalski',
  'President',
  'announced',
  'meeting',
  'first',
  'second',
  'talks',
  'confirmed',
  'by',
  'spokesman',
  'and',
  '.',
  ',',
  '"',
  '\n',
  '\n\n',
  '—',
  '(',
  ')',
  'Mr.',
  'U.S.',
  "'s",
];
const articleBody = fc.oneof(
  fc.array(fc.constantFrom(...wordsOfNews), { maxLength: 200 }).map((w) => w.join(' ')),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.array(fc.integer({ min: 0, max: 99999 }), { maxLength: 100 }).map((n) => n.join(' ')),
);
const article = fc
  .tuple(
    fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })),
    articleBody,
  )
  .map(([date, body]) => (date ? ` date ${date.toISOString().slice(0, 10)} ${body}` : body));

function extractAndCheck(texts: readonly string[]): void {
  const articles = texts.map((t, i) => parseArticle(`a${i}`, t));
  const built = extractStore(articles, sharedNlp(), knowledge);
  // Through the same validated path a store file takes.
  validateStore('generated.json', built);
  const reloaded = parseStore('generated.json', serialiseStore(built));
  for (const s of expandStore(reloaded).sentences)
    expect(texts[Number(s.article.slice(1))]!.slice(s.start, s.end)).toBe(s.text);
  const rebuilt = createEngine(reloaded, knowledge, sharedNlp());
  AnswerSchema.parse(rebuilt.answer('when is the summit?'));
}

describe('extraction, for any article text', () => {
  it('does not throw and builds a store that validates, with exact sentence spans', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 3 }), (texts) => extractAndCheck(texts)),
      { numRuns: 40 },
    );
  });

  const edgeCases: [string, string][] = [
    ['empty', ''],
    ['only a date header', ' date 2020-02-29'],
    ['an impossible date header', ' date 2021-02-30 The talks began.'],
    [
      'no sentence punctuation',
      'the summit will be held in Paris next week the minister said it was confirmed by the spokesman '.repeat(50),
    ],
    ['only numbers', '12 345 6789 0.5 1e9 '.repeat(2000)],
    ['binary', Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 256)).toString('latin1')],
    ['one 1 MB line', 'The minister said Paris on Monday meeting 12 and Anna Kowalski '.repeat(16_000)],
  ];
  it.each(edgeCases)('handles %s', (_, text) => extractAndCheck([text]), 60_000);
});
