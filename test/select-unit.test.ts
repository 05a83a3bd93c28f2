/**
 * rankEvents, the choice of the events a question is about, scored to the hundredth: what each fit
 * adds (a kind asked +2, a kind of its family +1, the slot asked +0.5 and a tenth per precision
 * rank of its best date, a date asked +3, a place +3, a report slot +1, an event still to come +1,
 * or -0.5 when the question asks about the past, a hundredth per source), and what rules an event out.
 * Over three small articles of our own: a dock strike, a storm and an earthquake, a fishing agreement.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { rankEvents } from '../src/answer/select.ts';
import { parseArticle } from '../src/corpus/index.ts';
import { extractStore, loadKnowledge } from '../src/extract/index.ts';
import { sharedNlp } from '../src/nlp/wink.ts';
import { indexStore, type IndexedStore } from '../src/store/indexes.ts';
import { viewOfStore } from '../src/store/index.ts';
import type { SlotName } from '../src/store/schema.ts';
import { createUnderstander, type Understander } from '../src/understand/question.ts';
import { Vocabulary } from '../src/understand/vocabulary.ts';

const ARTICLES = {
  port_strike: ` date 2025-09-10
Dock workers in Marseille began a strike on Monday, September 8, over pay and night shifts.
Port director Henri Vasseur said a second strike would start on Friday.`,
  weather: ` date 2025-10-02
A storm flooded the harbour of Valparaiso on Tuesday, September 30.
A small earthquake shook Santiago on Wednesday, October 1.`,
  fishing: ` date 2025-06-12
Chile signed a fishing agreement with Peru on June 11.
The agreement was confirmed by Peru on Thursday.
Fisheries ministers from both countries held talks in Lima on Monday.`,
};

const knowledge = loadKnowledge();
const families = new Map(knowledge.eventKinds.map((k) => [k.kind, k.family]));
let indexed: IndexedStore;
let understander: Understander;
beforeAll(() => {
  const articles = Object.entries(ARTICLES).map(([id, text]) => parseArticle(id, text));
  indexed = indexStore(viewOfStore(extractStore(articles, sharedNlp(), knowledge)));
  understander = createUnderstander(sharedNlp(), knowledge, indexed, new Vocabulary());
});

/** The ranked events' ids and scores (to the hundredth), best first. */
function ranked(question: string, slot: SlotName | null): Array<[string, number]> {
  return rankEvents(understander.understand(question), indexed, slot, families).map((r) => [
    r.event.id,
    Math.round(r.score * 100) / 100,
  ]);
}

describe('rankEvents', () => {
  it('reads the store these tests rank', () => {
    expect(indexed.store.events.map((e) => [e.id, e.kind])).toEqual([
      ['e1-agreement', 'agreement'],
      ['e2-lima-meeting', 'meeting'],
      ['e3-marseille-strike', 'strike'],
      ['e4-strike', 'strike'],
      ['e5-storm', 'storm'],
      ['e6-santiago-earthquake', 'earthquake'],
    ]);
    expect(indexed.eventFacts.get(indexed.eventById.get('e4-strike')!)!.upcoming).toBe(true);
  });

  it('gives a question settled on one event that event alone, above any score, and nothing for a lost one', () => {
    const q = understander.understand('Where was the strike?');
    const strike = indexed.eventById.get('e4-strike')!;
    expect(rankEvents({ ...q, focus: 'e4-strike' }, indexed, 'where', families)).toEqual([
      { event: strike, score: Number.MAX_SAFE_INTEGER },
    ]);
    expect(rankEvents({ ...q, focus: 'e9-gone' }, indexed, 'where', families)).toEqual([]);
  });

  it('scores the slot asked for only where the event states it', () => {
    // Both strikes: kind asked (+2), a source (+0.01). Marseille states a place (+0.5); the second
    // strike is still to come when the question asks about the past (-0.5).
    expect(ranked('Where was the strike?', 'where')).toEqual([
      ['e3-marseille-strike', 2.51],
      ['e4-strike', 1.51],
    ]);
    // Both state a day (+0.5 + 0.3).
    expect(ranked('When was the strike?', 'when')).toEqual([
      ['e3-marseille-strike', 2.81],
      ['e4-strike', 2.31],
    ]);
  });

  it('adds a date the question names, and leaves out events of other months', () => {
    // September 2025: +3; the strike still to come +1 ("what happened" is not asked in the past tense).
    expect(ranked('What happened in September 2025?', null)).toEqual([
      ['e4-strike', 4.01],
      ['e3-marseille-strike', 3.01],
      ['e5-storm', 3.01],
    ]);
  });

  it('takes the general kind of a family for a kind of it, never a sibling kind', () => {
    // The talks are a meeting, which a summit is one kind of: +1.
    expect(ranked('When is the summit?', 'when')).toEqual([['e2-lima-meeting', 1.81]]);
    // A storm is a disaster as an earthquake is, but not an earthquake.
    expect(ranked('When was the earthquake?', 'when')).toEqual([['e6-santiago-earthquake', 2.81]]);
  });

  it('keeps an event a named place takes part in, even where it is not the place of the event', () => {
    // Peru confirmed the agreement; Santiago is neither its place nor a party, and need not be.
    // A place +3, kind +2, the confirmation asked (+1), a day (+0.8), two sources.
    expect(ranked('When was the agreement Peru confirmed in Santiago?', 'when')).toEqual([['e1-agreement', 6.82]]);
  });

  it('leaves out an event scored below zero: one still to come, asked about in the past, lacking the slot', () => {
    expect(ranked('Who was it announced by?', 'announcedBy')).toEqual([
      ['e1-agreement', 0.02],
      ['e2-lima-meeting', 0.01],
      ['e3-marseille-strike', 0.01],
      ['e5-storm', 0.01],
      ['e6-santiago-earthquake', 0.01],
    ]);
  });
});

describe('rankEvents: organisations, occasions, weekdays and a date with no month', () => {
  const OTHER = {
    union: ` date 2026-05-05
The Harbour Workers Union began a strike in Porto on Monday, May 4.`,
    g20: ` date 2019-06-29
Leaders met at the G20 summit in Osaka on Friday, June 28.`,
    // Undated: its launch has a weekday and no month.
    fair: `The book fair opened on Tuesday in the town hall.`,
  };
  let other: IndexedStore;
  let reader: Understander;
  beforeAll(() => {
    const articles = Object.entries(OTHER).map(([id, text]) => parseArticle(id, text));
    other = indexStore(viewOfStore(extractStore(articles, sharedNlp(), knowledge)));
    reader = createUnderstander(sharedNlp(), knowledge, other, new Vocabulary());
  });
  const rankedHere = (question: string): Array<[string, number]> =>
    rankEvents(reader.understand(question), other, 'when', families).map((r) => [
      r.event.id,
      Math.round(r.score * 100) / 100,
    ]);

  it('reads the store these tests rank', () => {
    expect(other.store.events.map((e) => [e.id, e.kind])).toEqual([
      ['e1-launch', 'launch'],
      ['e2-osaka-summit', 'summit'],
      ['e3-porto-strike', 'strike'],
    ]);
  });

  it('adds 1 for an organisation the question names that takes part', () => {
    // The union +1, the kind +2, a day (+0.8), a source.
    expect(rankedHere('When did the Harbour Workers Union strike?')).toEqual([['e3-porto-strike', 3.81]]);
  });

  it('adds 2 for the occasion the question names', () => {
    // The G20 +2, the kind +2, a day (+0.8), a source.
    expect(rankedHere('When was the G20 summit?')).toEqual([['e2-osaka-summit', 4.81]]);
  });

  it('leaves out an event of another weekday than the one asked', () => {
    expect(rankedHere('When was the strike on Monday?')).toEqual([['e3-porto-strike', 5.81]]);
    expect(rankedHere('When was the strike on Tuesday?')).toEqual([]);
  });

  it('leaves out an event dated by a weekday alone when a month is asked', () => {
    expect(rankedHere('When was the launch on Tuesday?')).toEqual([['e1-launch', 5.51]]);
    expect(rankedHere('When was the launch in May?')).toEqual([]);
  });
});
