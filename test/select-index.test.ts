/**
 * Questions that name no one start from the kind, ordinal and date indexes instead of every event.
 * Those indexes may only narrow the scan, never change the ranking: compared here with the same
 * ranking over an index whose every list is the whole store.
 */
import { describe, expect, it } from 'vitest';
import { rankEvents } from '../src/answer/select.ts';
import { parseArticle } from '../src/corpus/index.ts';
import { extractStore, loadKnowledge } from '../src/extract/index.ts';
import { sharedNlp } from '../src/nlp/wink.ts';
import { indexStore, type IndexedStore } from '../src/store/indexes.ts';
import { loadStore, viewOfStore, type StoreView } from '../src/store/index.ts';
import { createUnderstander } from '../src/understand/question.ts';
import { Vocabulary } from '../src/understand/vocabulary.ts';
import { generateCorpus } from '../bench/corpus.ts';

const knowledge = loadKnowledge();
const families = new Map(knowledge.eventKinds.map((k) => [k.kind, k.family]));

/** The same store with every kind, ordinal, year and month list holding every event: a full scan. */
function unindexed(
  indexed: IndexedStore,
  ordinals: readonly number[],
  years: readonly number[],
  months: readonly number[],
): IndexedStore {
  const all = indexed.store.events;
  const every = <K>(keys: readonly K[]) => new Map(keys.map((k) => [k, all]));
  const seenFamilies = new Set<string>();
  return {
    ...indexed,
    // One kind of each family lists every event, the others none: a family's list is then the store, once.
    eventsByKind: new Map(
      [...indexed.eventsByKind.keys()].map((k) => {
        const family = families.get(k) ?? k;
        const first = !seenFamilies.has(family);
        seenFamilies.add(family);
        return [k, first ? all : []];
      }),
    ),
    eventsByOrdinal: every(ordinals),
    eventsByYear: every<number | null>([...years, null]),
    eventsByMonth: every<number | null>([...months, null]),
  };
}

const QUESTIONS = [
  'When is the summit?',
  'Where was the meeting?',
  'When was the second meeting?',
  'Where is the third summit?',
  'Who attended the first meeting?',
  'What happened in March 2021?',
  'Who met in 2019?',
  'When were the talks in May?',
  'Where is the summit in July?',
  'Who announced the visit?',
  'Who confirmed the conference?',
  'How many times have they met?',
  'When was the fourth round of talks?',
  'What happened on June 3?',
  'Where did the talks take place in 2020?',
];

function compare(store: StoreView): number {
  const indexed = indexStore(store);
  const understander = createUnderstander(sharedNlp(), knowledge, indexed, new Vocabulary());
  const full = unindexed(
    indexed,
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    Array.from({ length: 80 }, (_, i) => 1970 + i),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  );
  let ranked = 0;
  for (const text of QUESTIONS) {
    const q = understander.understand(text);
    const slot = q.intent === 'when' ? 'when' : q.intent === 'where' ? 'where' : null;
    const narrowed = rankEvents(q, indexed, slot, families).map((r) => [r.event.id, r.score]);
    const scanned = rankEvents(q, full, slot, families).map((r) => [r.event.id, r.score]);
    expect(narrowed, text).toEqual(scanned);
    ranked += narrowed.length;
  }
  return ranked;
}

describe('the kind, ordinal and date indexes', () => {
  it('rank exactly what a full scan ranks, over the seed store', async () => {
    expect(compare(await loadStore('data/store.json'))).toBeGreaterThan(0);
  });

  it('rank exactly what a full scan ranks, over 60 generated articles', () => {
    const articles = generateCorpus(60, 7).map((a) => parseArticle(a.id, a.text));
    expect(compare(viewOfStore(extractStore(articles, sharedNlp(), knowledge)))).toBeGreaterThan(20);
  });
});
