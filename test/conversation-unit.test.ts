/**
 * How a follow-up is read against the last answer's `remember`, phrase by phrase: "the other one" and
 * the phrases like it that pick another event, a question word alone, "that strike", "they"; and what
 * an answer remembers (the people, the phrase it was about) for the next turn. Over three small articles
 * of our own: two strikes in two cities, and a summit of two ministers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Engine } from '../src/answer/index.ts';
import { engineFor } from './helpers/build.ts';

const ARTICLES = {
  port_strike: ` date 2025-09-10
Dock workers in Marseille began a strike on Monday, September 8, over pay and night shifts.
The strike was announced by the union leader Claire Dumont.`,
  rail_strike: ` date 2025-09-15
Rail workers began a strike in Lyon on Friday, September 12.
Trains stopped across the region.`,
  fish_summit: ` date 2026-02-10
Fisheries ministers Ingrid Solberg and Einar Magnusson will hold a summit in Reykjavik on March 3.
The two ministers will discuss fishing quotas and coastal patrols.`,
};

const MARSEILLE = 'e2-marseille-strike';
const LYON = 'e3-lyon-strike';

let engine: Engine;
beforeAll(async () => {
  ({ engine } = await engineFor(ARTICLES));
});

/** Asks `first`, then `next` as its follow-up. */
function followUp(first: string, next: string): { before: Answer; after: Answer } {
  const before = engine.answer(first);
  return { before, after: engine.answer(next, before.remember) };
}

describe('another event, the same question', () => {
  it('offers both strikes for "the strike", answering the first', () => {
    const a = engine.answer('Where was the strike?');
    expect([a.answered, a.value, a.event]).toEqual([true, 'Marseille', MARSEILLE]);
    expect(a.candidates.map((c) => c.event)).toEqual([MARSEILLE, LYON]);
  });

  for (const [said, phrase] of [
    ['the other one?', 'the other one'],
    ['and the other?', 'the other'],
    ['what about other strikes?', 'other strikes'],
  ] as const) {
    it(`reads "${said}" as the strike not answered`, () => {
      const { after } = followUp('Where was the strike?', said);
      expect(after.reading).toBe(`Taking "${phrase}" as the Lyon strike`);
      expect([after.answered, after.value, after.event]).toEqual([true, 'Lyon', LYON]);
      expect(after.remember?.question).toBe('Where was the strike?');
    });
  }

  it('answers the same question for the event chosen from those offered (a button)', () => {
    const first = engine.answer('Where was the strike?');
    const chosen = engine.answer('Where was the strike?', { ...first.remember!, choice: LYON });
    expect(chosen.reading).toBe('For the Lyon strike');
    expect([chosen.answered, chosen.value, chosen.event]).toEqual([true, 'Lyon', LYON]);
    // The events offered stay offered, to choose again.
    expect(chosen.candidates.map((c) => c.event)).toEqual([MARSEILLE, LYON]);
  });

  it('keeps the events offered through the follow-ups that pick among them, not after a new question', () => {
    const first = engine.answer('Where was the strike?');
    const other = engine.answer('the other one?', first.remember);
    expect(other.candidates).toEqual([]);
    expect(other.remember?.candidates).toEqual([MARSEILLE, LYON]);
    // "the first one" is still the first offered, two turns on.
    const back = engine.answer('the first one?', other.remember);
    expect(back.reading).toBe('Taking "the first one" as the Marseille strike');
    expect([back.value, back.event]).toEqual(['Marseille', MARSEILLE]);
    // A question of its own, though asked as a follow-up, offers nothing and remembers no choice.
    const next = engine.answer('Who announced the Marseille strike?', first.remember);
    expect([next.reading, next.value]).toEqual([null, 'Claire Dumont']);
    expect(next.remember?.candidates).toEqual([]);
  });

  it('reads "the other one" among the events like the last one when none was offered', () => {
    const { before, after } = followUp('Where was the Marseille strike?', 'the other one?');
    expect(before.candidates).toEqual([]);
    expect(after.reading).toBe('Taking "the other one" as the Lyon strike');
    expect(after.value).toBe('Lyon');
  });

  it('does not take "another one" or "the other one in Marseille" for the other strike', () => {
    const another = followUp('Where was the strike?', 'what about another one?').after;
    expect(another.reading).toBe('Taking "what about another one?" as "Where was another one?"');
    expect([another.answered, another.event]).toEqual([false, null]);
    const inMarseille = followUp('Where was the strike?', 'what about the other one in Marseille?').after;
    expect(inMarseille.reading).toBe(
      'Taking "what about the other one in Marseille?" as "Where was the other one in Marseille?"',
    );
    expect([inMarseille.value, inMarseille.event]).toEqual(['Marseille', MARSEILLE]);
  });
});

describe('references to the last answer', () => {
  it('reads "and when?" as the last question\'s subject, in its tense', () => {
    const { after } = followUp('Where was the Marseille strike?', 'and when?');
    expect(after.reading).toBe('Taking "and when?" as "when was the Marseille strike?"');
    expect([after.value, after.event]).toEqual(['2025-09-08', MARSEILLE]);
  });

  it('reads "who else?" after a who-question as the others who took part', () => {
    const { after } = followUp('Who announced the Marseille strike?', 'who else?');
    expect(after.reading).toBe('Taking "who else?" as "who took part in the Marseille strike besides Claire Dumont?"');
    expect(after.value).toBe('Dock workers');
  });

  it('reads "how many?" as how many times, counting the event talked about', () => {
    const { after } = followUp('When was the Lyon strike?', 'how many?');
    expect(after.reading).toBe('Taking "how many?" as "how many times have they met counting the Lyon strike?"');
  });

  it('reads "she" as the one person of the last answer, and "it" as its event', () => {
    const { after } = followUp('Who announced the Marseille strike?', 'when did she announce it?');
    expect(after.reading).toBe('Taking "she" as Claire Dumont; Taking "it" as the Marseille strike');
    expect([after.reason, after.event]).toEqual(['not_stated', MARSEILLE]);
  });

  it('reads "he" as no one when the last answer has two people', () => {
    const { before, after } = followUp('When is the Reykjavik summit?', 'where will he stay?');
    expect(before.remember?.people).toBe('Ingrid Solberg and Einar Magnusson');
    expect(after.reading).toBeNull();
  });

  it('reads "what about" another event as the last question asked of it', () => {
    const { after } = followUp('When was the Marseille strike?', 'what about the Lyon strike?');
    expect(after.reading).toBe('Taking "what about the Lyon strike?" as "When was the Lyon strike?"');
    expect([after.value, after.event]).toEqual(['2025-09-12', LYON]);
  });

  it('reads "that strike" as the strike talked about', () => {
    const { after } = followUp('Where was the Marseille strike?', 'who announced that strike?');
    expect(after.reading).toBe('Taking "that strike" as the Marseille strike');
    expect(after.value).toBe('Claire Dumont');
  });

  it('reads "they" as the people of the last answer, not its event', () => {
    const { before, after } = followUp('When is the Reykjavik summit?', 'what will they discuss?');
    expect(before.remember?.people).toBe('Ingrid Solberg and Einar Magnusson');
    expect(after.reading).toBe('Taking "they" as Ingrid Solberg and Einar Magnusson');
    expect(after.value).toBe('fishing quotas and coastal patrols');
  });
});

describe('what an answer remembers', () => {
  it('remembers the people the question names, before the others of the event', () => {
    const a = engine.answer('When is the summit with Ingrid Solberg?');
    expect(a.value).toBe('2026-03-03');
    expect(a.remember?.people).toBe('Ingrid Solberg');
  });

  it('remembers the phrase the question was about, with an "of" and the name after it', () => {
    // The name ends the question, or is followed by more of it.
    const a = engine.answer('When was the strike of Claire Dumont');
    expect(a.value).toBe('2025-09-08');
    expect(a.remember?.subject).toBe('the strike of Claire Dumont');
    expect(a.remember?.people).toBe('Claire Dumont');
    const where = engine.answer('Where was the strike of Claire Dumont?');
    expect(where.value).toBe('Marseille');
    expect(where.remember?.subject).toBe('the strike of Claire Dumont');
  });

  it('remembers a phrase with a name before one without, when none names an event', () => {
    const a = engine.answer('What did the two ministers discuss with the Reykjavik delegation?');
    expect(a.value).toBe('fishing quotas and coastal patrols');
    expect(a.remember?.subject).toBe('the Reykjavik delegation');
  });

  it('remembers a phrase with an event word before one with a name, whatever its other words', () => {
    const a = engine.answer('When will the Reykjavik ministers hold the summit?');
    expect(a.value).toBe('2026-03-03');
    expect(a.remember?.subject).toBe('the summit');
    // "fisheries" is no event word: "the fisheries summit" still names the summit.
    const b = engine.answer('Did the Reykjavik ministers attend the fisheries summit?');
    expect(b.value).toBe('yes');
    expect(b.remember?.subject).toBe('the fisheries summit');
  });

  it('remembers a phrase with a hyphenated word whole', () => {
    const a = engine.answer('Where was the dock-workers strike?');
    expect(a.value).toBe('Marseille');
    expect(a.remember?.subject).toBe('the dock-workers strike');
  });

  it('remembers a hyphenated compound with a conjunction inside it whole', () => {
    const a = engine.answer('Where was the pay-and-shifts strike?');
    expect(a.value).toBe('Marseille');
    expect(a.remember?.subject).toBe('the pay-and-shifts strike');
  });

  it('remembers the object of a verb wink tags a noun, not the subject run into that verb', () => {
    // wink tags "stage" a noun after "workers".
    const a = engine.answer('Where did the dock workers stage the strike?');
    expect(a.value).toBe('Marseille');
    expect(a.remember?.subject).toBe('the strike');
  });

  it('remembers the event when no phrase of the question names it ("the" before an adverb)', () => {
    const a = engine.answer('Where was the newly announced strike?');
    expect(a.value).toBe('Marseille');
    expect(a.remember?.subject).toBe('the Marseille strike');
  });
});

describe('the events offered with a count', () => {
  let ministers: Engine;
  beforeAll(async () => {
    ({ engine: ministers } = await engineFor({
      reykjavik: ` date 2026-02-10
Fisheries ministers Ingrid Solberg and Einar Magnusson will hold a summit in Reykjavik on March 3.
The two ministers will discuss fishing quotas.`,
      tromso: ` date 2026-01-05
Ingrid Solberg and Einar Magnusson held a summit in Tromso on Friday, January 2.
The summit in Tromso ended without a statement.`,
      bergen: ` date 2025-06-05
Ingrid Solberg and Einar Magnusson met in Bergen on June 4, their second meeting this year.`,
    }));
  });

  it('are none when the count comes from an event other than those that fit the question best', () => {
    // The Reykjavik summit fits "summits" and the two names best (and is upcoming); the count is read from the
    // meeting, the only event with an ordinal. The summit is no other reading of that count, so none is offered.
    const a = ministers.answer('How many summits have Ingrid Solberg and Einar Magnusson held?');
    expect([a.value, a.event]).toEqual(['2', 'e1-bergen-meeting']);
    expect(a.candidates).toEqual([]);
  });
});
