// What an event was about: "the news conference on the Lafayette crash" asks of the news conference, and the names
// in "on the … crash" place the crash, not it. Articles of our own.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/index.ts';
import type { Store } from '../src/store/index.ts';
import { analyse } from '../src/nlp/analyse.ts';
import { sharedNlp } from '../src/nlp/wink.ts';
import { rankEvents } from '../src/answer/select.ts';
import { createUnderstander } from '../src/understand/question.ts';
import { readTopic } from '../src/understand/topic.ts';
import { Vocabulary } from '../src/understand/vocabulary.ts';
import { expectAnswer, sentenceOf } from './helpers/answers.ts';
import { engineFor, sharedKnowledge } from './helpers/build.ts';

const BERTHS =
  ' date 2023-03-08 At a news conference on Tuesday, port officials said the collision in Tema on Friday had ' +
  'closed two berths. Repairs will take a month.\n';
const HIGHWAY =
  ' date 2023-05-02 At a news conference on Monday, police in Accra said the collision on Sunday had blocked the ' +
  'coastal highway.\n';
const RAILWAY =
  ' date 2020-02-20 An inquiry into the derailment began in Nairobi on Wednesday, February 19. The derailment ' +
  'near Kisumu on January 30 injured 12 passengers.\n';

let engine: Engine;
let store: Store;
beforeAll(async () => {
  ({ engine, store } = await engineFor({ berths: BERTHS, highway: HIGHWAY, railway: RAILWAY }));
}, 120_000);

describe('an event asked of by what it was about', () => {
  it('dates the news conference on a crash, not the crash the phrase names', () => {
    const a = engine.answer('When did officials hold the news conference on the Tema collision?');
    expectAnswer(a, '2023-03-07', 'date', sentenceOf(BERTHS, 'At a news'), ['March 3', 'May 1']);
    const other = engine.answer('When did police hold the news conference on the Accra collision?');
    expectAnswer(other, '2023-05-01', 'date', sentenceOf(HIGHWAY, 'At a news'), ['April 30', 'March 7']);
  });

  it('gives the date after the verb to the inquiry, not to the derailment it is into', () => {
    const dated = store.events
      .filter((e) => e.sources.some((s) => s.article === 'railway'))
      .map((e) => [e.kind, (e.slots.when ?? []).map((v) => v.text)]);
    expect(dated).toContainEqual(['investigation', ['Wednesday, February 19']]);
    expect(dated.filter(([kind]) => kind === 'crash')).toEqual([['crash', ['January 30']]]);
  });

  it('dates the inquiry into a derailment, not the derailment', () => {
    const a = engine.answer('When did the inquiry into the Kisumu derailment begin?');
    expectAnswer(a, '2020-02-19', 'date', sentenceOf(RAILWAY, 'An inquiry'), ['January 30']);
  });

  it('still dates the crash itself when the crash is what is asked', () => {
    const a = engine.answer('When was the collision in Tema?');
    expectAnswer(a, '2023-03-03', 'date', sentenceOf(BERTHS, 'At a news'), ['March 7']);
  });
});

describe('the events ranked for a question about what an event was about', () => {
  const families = new Map(sharedKnowledge().eventKinds.map((k) => [k.kind, k.family]));
  const ranked = (question: string): Array<[string, number]> => {
    const understander = createUnderstander(sharedNlp(), sharedKnowledge(), engine.indexed, new Vocabulary());
    return rankEvents(understander.understand(question), engine.indexed, 'when', families).map((r) => [
      r.event.id,
      Math.round(r.score * 100) / 100,
    ]);
  };

  it('are those told of in an article of the topic: +3 in its sentence, +2 elsewhere in the article', () => {
    // The other news conference, on the Accra collision, is ruled out.
    expect(ranked('When did officials hold the news conference on the Tema collision?')).toEqual([
      ['e1-meeting', 5.81],
    ]);
    // The derailment near Kisumu is told of in the next sentence.
    expect(ranked('When did the inquiry into the Kisumu derailment begin?')).toEqual([
      ['e5-nairobi-investigation', 4.81],
    ]);
  });
});

describe('the target of a question about what an event was about', () => {
  it('takes the event words before and after the topic, the topic as lemmas and its names as its own', () => {
    const understander = createUnderstander(sharedNlp(), sharedKnowledge(), engine.indexed, new Vocabulary());
    const t = understander.understand('When was the inquiry into the Kisumu derailments announced?').target;
    expect([t.kinds, t.reportSlot, t.entities]).toEqual([['investigation'], 'announcedBy', []]);
    expect([t.topicEntities, t.topicTerms]).toEqual([['place:kisumu'], ['into', 'the', 'kisumu', 'derailment']]);
  });
});

describe('readTopic', () => {
  const topicOf = (question: string): string | null => {
    const words = analyse(sharedNlp(), question).tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
    const topic = readTopic(words, sharedKnowledge());
    return topic === null
      ? null
      : words
          .slice(topic.first, topic.last + 1)
          .map((t) => t.text)
          .join(' ');
  };

  it('reads a topic preposition after an event noun, up to the event noun heading its phrase', () => {
    expect(topicOf('When was the news conference on the Lafayette crash?')).toBe('on the Lafayette crash');
    expect(topicOf('Who led the inquiry into the ferry collision in May?')).toBe('into the ferry collision');
    expect(topicOf('When was the vote over the trade deal?')).toBe('over the trade deal');
  });

  it('reads none where the phrase is headed by no event noun, or no event noun comes before it', () => {
    expect(topicOf('When was the meeting on the sidelines of the summit?')).toBeNull();
    expect(topicOf('Who spoke at the summit on Monday?')).toBeNull();
    expect(topicOf('What did the minister say about the crash?')).toBeNull();
  });
});
