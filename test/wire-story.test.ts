import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/index.ts';
import { filedFrom } from '../src/extract/dateline.ts';
import { loadKnowledge } from '../src/extract/index.ts';
import type { Store } from '../src/store/index.ts';
import { engineFor } from './helpers/build.ts';

// A wire story of our own: page furniture above the headline, a dateline naming a town and its state,
// a sentence opening with a plural common noun, and a role noun made from a verb ("Organisers").
const STORY = ` date 2026-03-12
Valley Courier
Share this story

Drone maker shows folding courier drone

BOULDER, Colorado (AP) — Skyloft Robotics on Wednesday showed off a folding courier drone that fits in a backpack.

Protests followed outside the hall, where a few dozen delivery riders chanted against the machine.

Organiser the Couriers Guild said the protest was the first of several.

Skyloft Robotics said deliveries would begin in June.

Skyloft Robotics has criticised the council ban on drone deliveries over the market square.`;

let engine: Engine;
let store: Store;
beforeAll(async () => {
  ({ engine, store } = await engineFor({ courier_drone: STORY }));
});

const LEDE =
  'BOULDER, Colorado (AP) — Skyloft Robotics on Wednesday showed off a folding courier drone that fits in a backpack.';

describe('the place a wire story was filed from', () => {
  const knowledge = loadKnowledge();
  it('reads the dateline town, with the state written after it, and nothing that is not a known place', () => {
    expect(filedFrom(LEDE, knowledge)).toEqual({ name: 'Boulder', text: 'Boulder, Colorado' });
    expect(filedFrom('PORT LOUIS (Reuters) — The minister resigned.', knowledge)).toEqual({
      name: 'Port Louis',
      text: 'Port Louis',
    });
    expect(filedFrom('HOUSTON, Aug. 27 (Xinhua) -- The storm weakened.', knowledge)).toEqual({
      name: 'Houston',
      text: 'Houston',
    });
    expect(filedFrom('UPDATE - The storm weakened.', knowledge)).toBeNull();
    expect(filedFrom('Boulder is a city in Colorado.', knowledge)).toBeNull();
  });

  it('is kept on the article, never as a name of the sentence', () => {
    expect(store.articles[0]!.filedFrom).toEqual({ name: 'Boulder', text: 'Boulder, Colorado' });
    const lede = store.sentences.find((s) => s.text === LEDE)!;
    expect(lede.spans.filter((s) => s.kind === 'place')).toEqual([]);
  });

  it('answers where the opening sentence happened when it names no place of its own', () => {
    const a = engine.answer('Where did Skyloft Robotics show off the courier drone?');
    expect(a.answered).toBe(true);
    expect(a.value).toBe('Boulder');
    expect(a.answer).toBe('Boulder, Colorado.');
    expect(a.citations.map((c) => c.snippet)).toEqual([LEDE]);
  });

  it('is not the place of a later sentence', () => {
    const a = engine.answer('Where will Skyloft Robotics begin deliveries?');
    expect(a.answered).toBe(false);
    expect(a.answer).not.toContain('Boulder');
  });
});

describe('a capitalised common word opening a sentence', () => {
  it('is not a name: "Protests" is no one', () => {
    expect(store.entities.map((e) => e.name)).not.toContain('Protests');
    expect(store.entities.map((e) => e.name)).toContain('Couriers Guild');
  });

  it('a name written elsewhere in the article stays one when it opens a sentence', () => {
    const last = store.sentences.find((s) => s.text.startsWith('Skyloft Robotics said'))!;
    expect(last.spans.filter((s) => s.kind === 'organisation').map((s) => s.text)).toEqual(['Skyloft Robotics']);
  });
});

describe('British spelling in a question', () => {
  it('is not repaired into another word: "organised" asks for the organiser', () => {
    const a = engine.answer('Who organised the protest?');
    expect(a.answered).toBe(true);
    expect(a.value).toBe('Couriers Guild');
    expect(a.citations.map((c) => c.snippet)).toEqual([
      'Organiser the Couriers Guild said the protest was the first of several.',
    ]);
  });
});

describe('a yes-or-no question whose verb wink tags a noun', () => {
  it('is not answered yes by a sentence that has every word but the verb', () => {
    const a = engine.answer('Can Skyloft Robotics appeal the council ban?');
    expect(a.intent).toBe('yesno');
    expect(a.answered).toBe(false);
    expect(a.reason).toBe('not_stated');
  });
});

describe('a caption or heading beside the body', () => {
  it('never overrides the place the body gives, nor stands as an event of its own beside it', async () => {
    const { engine: two, store: told } = await engineFor({
      mayors: [
        ' date 2026-02-10',
        'Mayors of two river cities meet in Lyon',
        '',
        'The mayors of Basel and Strasbourg met in Geneva on Monday to agree on flood defences.',
      ].join('\n'),
    });
    const meetings = told.events.filter((e) => e.kind === 'meeting');
    expect(meetings.map((e) => e.slots.where?.map((v) => v.text))).toEqual([['Geneva']]);
    const a = two.answer('Where did the mayors of Basel and Strasbourg meet?');
    expect(a.value).toBe('Geneva');
  });
});

describe('the date in a dateline', () => {
  // Filed on a Saturday about a Friday; and a story whose opening sentence says no day of its own.
  const ENDED = 'BRISTOL, May 10 -- Cleaners at two colleges ended the pay-and-hours strike on Friday after nine days.';
  const GOES_ON = 'HULL, May 10 (PA) -- Dock workers at the container port are on strike over pensions.';
  let dated: Engine;
  beforeAll(async () => {
    ({ engine: dated } = await engineFor({
      cleaners: [' date 2025-05-10', 'Cleaners return', '', ENDED].join('\n'),
      dockers: [' date 2025-05-10', 'Dock strike', '', GOES_ON].join('\n'),
    }));
  });

  it('is when the story was filed, not when what the sentence says it happened happened', () => {
    const a = dated.answer('When did the pay-and-hours strike end?');
    expect(a.answered).toBe(true);
    expect(a.value).toBe('2025-05-09');
    expect(a.citations.map((c) => c.snippet)).toEqual([ENDED]);
    expect(a.conflicts).toEqual([]);
  });

  it('is the day of the news when the sentence says no other', () => {
    const a = dated.answer('When were the dock workers on strike?');
    expect(a.answered).toBe(true);
    expect(a.value).toBe('2025-05-10');
    expect(a.citations.map((c) => c.snippet)).toEqual([GOES_ON]);
    expect(a.conflicts).toEqual([]);
  });
});

describe('the first words after a dateline', () => {
  const DRIVERS = 'DERBY, June 14 (PA) -- Bus drivers in the county ended the overtime-and-rotas strike on Friday.';
  const NURSES = 'LEEDS, May 10 -- Nurses at three hospitals ended the pay-and-shifts strike on Friday after 12 days.';
  let two: { engine: Engine; store: Store };
  beforeAll(async () => {
    two = await engineFor({
      drivers: [' date 2025-06-14', 'Drivers return', '', DRIVERS].join('\n'),
      nurses: [' date 2025-05-10', 'Back to the wards', '', NURSES].join('\n'),
    });
  });

  it('open the sentence: a capitalised common word there is no name, and the dateline names no event', () => {
    // "Bus" and "Nurses" are capitalised only as the sentence's first words; "DERBY" is a town, no match.
    expect(two.store.entities.map((e) => e.name)).toEqual([]);
    expect(two.store.events.map((e) => e.kind)).toEqual(['strike', 'strike']);
  });

  it('still tell two events apart: the one whose sentence has the words of the question', () => {
    const nurses = two.engine.answer('When did the nurses end the strike?');
    expect(nurses.value).toBe('2025-05-09');
    expect(nurses.citations.map((c) => c.snippet)).toEqual([NURSES]);
    const drivers = two.engine.answer('When did the bus drivers end the strike?');
    expect(drivers.value).toBe('2025-06-13');
    expect(drivers.citations.map((c) => c.snippet)).toEqual([DRIVERS]);
  });
});
