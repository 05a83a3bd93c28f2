import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cite, citeSentence, uniqueCitations } from '../src/answer/citations.ts';
import { loadRelatedWords } from '../src/answer/related.ts';
import { timelineOf } from '../src/answer/timeline.ts';
import type { Citation } from '../src/answer/types.ts';
import { sameWord } from '../src/answer/words.ts';
import { formatDate, statedPrecision } from '../src/answer/format.ts';
import type { Store } from '../src/store/index.ts';
import type { IndexedStore } from '../src/store/indexes.ts';
import { engineFor } from './helpers/build.ts';

// The small pieces answers are made of: word matching, citations, the timeline, the related-words table.

describe('sameWord on short words ending in "e"', () => {
  it('takes a bare "d" after a final "e" for the past ("die" / "died", "tie" / "tied")', () => {
    expect(sameWord('die', 'died')).toBe(true);
    expect(sameWord('died', 'die')).toBe(true);
    expect(sameWord('tie', 'tied')).toBe(true);
  });
  it('takes no bare "d" after another letter ("bar" / "bard", "lea" / "lead")', () => {
    expect(sameWord('bar', 'bard')).toBe(false);
    expect(sameWord('lea', 'lead')).toBe(false);
  });
});

describe('formatDate', () => {
  it('writes a date as precisely as it is known, whatever its ISO form holds', () => {
    const date = { text: 'Sunday', iso: '2017-11-05' };
    expect(formatDate({ ...date, precision: 'day' })).toBe('Sunday, November 5, 2017');
    expect(formatDate({ ...date, precision: 'month' })).toBe('November 2017');
    expect(formatDate({ ...date, precision: 'year' })).toBe('2017');
    expect(formatDate({ text: 'in 2017', iso: '2017', precision: 'day' })).toBe('2017');
    expect(formatDate({ text: 'next week', iso: null, precision: 'unresolved' })).toBe('next week');
  });
});

describe('statedPrecision', () => {
  it('keeps the precision of a resolved date, though its words name only a month', () => {
    expect(statedPrecision({ text: 'Christmas Day', iso: '2025-12-25', precision: 'day', month: 12 })).toBe('day');
  });
  it('reads an undated month given in words as a month, and a weekday or number as stored', () => {
    expect(statedPrecision({ text: 'in July', iso: null, precision: 'unresolved', month: 7 })).toBe('month');
    expect(statedPrecision({ text: 'July 4', iso: null, precision: 'unresolved', month: 7 })).toBe('unresolved');
    expect(statedPrecision({ text: 'Friday in July', iso: null, precision: 'unresolved', month: 7, weekday: 5 })).toBe(
      'unresolved',
    );
    expect(statedPrecision({ text: 'next week', iso: null, precision: 'unresolved' })).toBe('unresolved');
  });
});

// Two articles on one cup final (listed first), and a strike reported earlier in another.
const FINAL_PREVIEW = ` date 2026-05-20
Rovers reach the cup final

Dynamo Rovers will play Kestrel Athletic in the cup final in Porto on May 30.
`;
const STRIKE = ` date 2026-05-04
Dock workers strike

Dock workers in Lisbon went on strike on Monday, May 4.
`;
const FINAL_REPORT = ` date 2026-05-31
Rovers win the cup

Dynamo Rovers beat Kestrel Athletic 2-1 in the cup final in Porto on Saturday.
`;

describe('the timeline and its citations', () => {
  let indexed: IndexedStore;
  let store: Store;
  beforeAll(async () => {
    const built = await engineFor({ a_final: FINAL_PREVIEW, b_strike: STRIKE, c_final: FINAL_REPORT });
    ({ indexed } = built.engine);
    store = built.store;
  });

  it('lists events by date, each with the number of articles that tell of it and its first sentence', () => {
    expect(indexed.store.events.map((e) => e.label)).toEqual(['Porto final', 'Lisbon strike']);
    expect(timelineOf(indexed)).toEqual([
      {
        id: 'e2-lisbon-strike',
        label: 'Lisbon strike',
        date: 'Monday, May 4, 2026',
        place: 'Lisbon',
        articles: 1,
        citation: {
          article: 'b_strike',
          published: '2026-05-04',
          snippet: 'Dock workers in Lisbon went on strike on Monday, May 4.',
          start: 38,
          end: 93,
        },
      },
      {
        id: 'e1-porto-final',
        label: 'Porto final',
        date: 'Saturday, May 30, 2026',
        place: 'Porto',
        articles: 2,
        citation: {
          article: 'a_final',
          published: '2026-05-20',
          snippet: 'Dynamo Rovers will play Kestrel Athletic in the cup final in Porto on May 30.',
          start: 45,
          end: 122,
        },
      },
    ]);
  });

  it('cites a sentence with the day its article was published', () => {
    const sentence = store.sentences.find((s) => s.article === 'c_final' && s.text.startsWith('Dynamo'))!;
    expect(citeSentence(indexed, sentence)).toEqual({
      article: 'c_final',
      published: '2026-05-31',
      snippet: 'Dynamo Rovers beat Kestrel Athletic 2-1 in the cup final in Porto on Saturday.',
      start: sentence.start,
      end: sentence.end,
    });
    expect(cite(indexed, { article: 'c_final', start: sentence.start, end: sentence.end })).toEqual(
      citeSentence(indexed, sentence),
    );
  });
});

describe('the timeline of events on one day and of an undated one', () => {
  it('keeps events of one date in the order of their ids, and puts an undated event last', async () => {
    const { engine } = await engineFor({
      a_strike: ' date 2026-05-04\nDock workers strike\n\nDock workers in Lisbon went on strike on Monday, May 4.\n',
      b_protest: ' date 2026-05-04\nFarmers protest\n\nFarmers in Porto held a protest on Monday, May 4.\n',
      c_talks: ' date 2026-05-06\nTalks planned\n\nThe union and the ministry plan talks in Faro.\n',
    });
    expect(timelineOf(engine.indexed).map((t) => [t.id, t.date, t.place, t.articles])).toEqual([
      ['e1-lisbon-strike', 'Monday, May 4, 2026', 'Lisbon', 1],
      ['e2-porto-protest', 'Monday, May 4, 2026', 'Porto', 1],
      ['e3-faro-meeting', null, 'Faro', 1],
    ]);
  });
});

describe('uniqueCitations', () => {
  const at = (article: string, start: number): Citation => ({
    article,
    published: null,
    snippet: `${article} at ${start}`,
    start,
    end: start + 10,
  });
  it('keeps each sentence once, in the order given, and drops the missing ones', () => {
    expect(uniqueCitations([at('a', 0), null, at('a', 40), at('b', 0), at('a', 0), at('b', 0)])).toEqual([
      at('a', 0),
      at('a', 40),
      at('b', 0),
    ]);
  });
});

describe('loadRelatedWords on a broken table', () => {
  const write = (json: string): string => {
    const path = join(mkdtempSync(join(tmpdir(), 'related-')), 'related.json');
    writeFileSync(path, json);
    return path;
  };
  it('names the file and the section that is wrong', () => {
    const nothing = write('null');
    expect(() => loadRelatedWords(nothing)).toThrow(`${nothing}: "words" is not a list of "lemma|ids" entries`);
    const number = write('5');
    expect(() => loadRelatedWords(number)).toThrow(`${number}: "words" is not a list of "lemma|ids" entries`);
    const noBar = write('{"words": ["plane|1,2"], "broader": ["aircraft"]}');
    expect(() => loadRelatedWords(noBar)).toThrow(`${noBar}: "broader" is not a list of "lemma|ids" entries`);
  });
  it('reads a well-formed table from another path', () => {
    const path = write('{"words": ["plane|1,2"], "broader": ["plane|7"]}');
    expect(loadRelatedWords(path)).toEqual({ words: ['plane|1,2'], broader: ['plane|7'] });
  });
});
