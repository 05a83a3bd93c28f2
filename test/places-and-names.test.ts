// Where an event happened and what its names are, read as news prose says them: a place as the object of a verb
// that goes there or strikes it ("will visit X", "an earthquake hit X"), "marched through X"; clubs ("X City",
// "X United", "FC X") as organisations; a trophy named after a place as one name, which names the final it is
// played for; a whole name before a word of someone's name in a question; and two stories' events of sibling
// kinds (a storm, an earthquake) in the same country and year kept apart. Articles of our own.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/index.ts';
import type { Store, StoredEvent } from '../src/store/index.ts';
import { loadKnowledge } from '../src/extract/index.ts';
import { sharedNlp } from '../src/nlp/wink.ts';
import { createUnderstander } from '../src/understand/question.ts';
import { Vocabulary } from '../src/understand/vocabulary.ts';
import { expectAnswer, sentenceOf } from './helpers/answers.ts';
import { engineFor } from './helpers/build.ts';

const VISIT =
  ' date 2025-04-28 Estonian Finance Minister Lena Ortiz will visit Tartu on Sunday, May 4, the first stop of a ' +
  'three-day tour. She is expected to open a research centre.\n';
const QUAKE =
  ' date 2023-09-13 A magnitude 5.9 earthquake hit Ohrid on Tuesday, September 12, damaging dozens of houses. ' +
  'Schools stayed closed the next day.\n';
const MARCH =
  ' date 2024-03-11 About 20,000 people marched through Graz on Saturday, March 9 to protest against a new fuel ' +
  'tax. Organisers said more rallies would follow.\n';
const FINAL =
  ' date 2024-05-13 Kumasi City beat Accra United 2-0 in the Volta Shield final in Tamale on Sunday, May 12. ' +
  'The second goal came from a header by defender Kofi Mensah.\n';
const CUP =
  ' date 2024-06-10 The Sahel Cup final, played in Niamey on Saturday, June 8, went to FC Tema, who defeated ' +
  'Kano Rovers before a crowd of 30,000.\n';
const STORM =
  ' date 2015-07-08 Typhoon Lena made landfall near Keelung on Monday, July 6, killing 19 people. ' +
  'Flights from Taipei were cancelled as the storm moved inland.\n';
const TREMOR =
  ' date 2015-07-09 A magnitude 5.1 earthquake shook Taiwan on Monday, July 6, 2015, the weather bureau said. ' +
  'No damage was reported.\n';
const CYCLONE =
  ' date 2021-05-04 Cyclone Mira killed 12 people after it came ashore near Chennai on Monday, May 3, ' +
  'officials said. Fishing boats were ordered back to port.\n';
const TALKS =
  ' date 2024-02-20 Kenyan Trade Minister Amina Otieno will meet Ghanaian Finance Minister Kofi Boateng in Jordan ' +
  'on Friday, March 1, a government spokeswoman said.\n';
const AID = ' date 2024-02-21 Aid worker Jordan Avery said the shipments had reached the border on Tuesday.\n';

let engine: Engine;
let store: Store;
beforeAll(async () => {
  ({ engine, store } = await engineFor({
    visit: VISIT,
    quake: QUAKE,
    march: MARCH,
    final: FINAL,
    cup: CUP,
    storm: STORM,
    tremor: TREMOR,
    cyclone: CYCLONE,
    talks: TALKS,
    aid: AID,
  }));
}, 120_000);

/** The events an article tells of (its first source), by kind. */
function eventsOf(article: string, kind: string): StoredEvent[] {
  return store.events.filter((e) => e.kind === kind && e.sources.some((s) => s.article === article));
}

const texts = (values: ReadonlyArray<{ text: string }> | undefined): string[] => (values ?? []).map((v) => v.text);
const kindOf = (id: string): string | undefined => store.entities.find((e) => e.id === id)?.kind;

describe('a place as the object of a verb that goes there or strikes it, or after "through"', () => {
  it('places a visit where the visitor will go ("will visit Tartu")', () => {
    const [visit] = eventsOf('visit', 'visit');
    expect(texts(visit?.slots.where)).toEqual(['Tartu']);
    expectAnswer(engine.answer('Which city will Lena Ortiz visit?'), 'Tartu', 'city', sentenceOf(VISIT, 'Estonian'));
  });

  it('places an earthquake where it hit ("an earthquake hit Ohrid")', () => {
    const [quake] = eventsOf('quake', 'earthquake');
    expect(texts(quake?.slots.where)).toEqual(['Ohrid']);
    expectAnswer(
      engine.answer('When did the earthquake near Ohrid strike?'),
      '2023-09-12',
      'date',
      sentenceOf(QUAKE, 'A'),
    );
  });

  it('places a march where it went ("marched through Graz")', () => {
    const [protest] = eventsOf('march', 'protest');
    expect(texts(protest?.slots.where)).toEqual(['Graz']);
    expectAnswer(
      engine.answer('When was the protest against the fuel tax in Graz?'),
      '2024-03-09',
      'date',
      sentenceOf(MARCH, 'About'),
    );
  });
});

describe('a storm named like a person', () => {
  it('is named by its name, placed and dated by the clause of "it" after it ("after it came ashore near X")', () => {
    const [storm] = eventsOf('cyclone', 'storm');
    expect(texts(storm?.slots.occasion)).toEqual(['Cyclone Mira']);
    expect(texts(storm?.slots.where)).toEqual(['Chennai']);
    expect(storm?.slots.when?.map((v) => v.date?.iso)).toEqual(['2021-05-03']);
  });
});

describe('clubs and trophies', () => {
  it('reads "X City", "X United" and "FC X" as organisations, and a place-named trophy as one name', () => {
    expect(kindOf('organisation:kumasi-city')).toBe('organisation');
    expect(kindOf('organisation:accra-united')).toBe('organisation');
    expect(kindOf('organisation:fc-tema')).toBe('organisation');
    expect(kindOf('other:sahel-cup')).toBe('other');
    expect(kindOf('place:sahel')).toBeUndefined();
  });

  it('names the final by its trophy, with the clubs as its parties and the trophy as none', () => {
    const [final] = eventsOf('final', 'final');
    expect(texts(final?.slots.occasion)).toEqual(['Volta Shield']);
    expect(texts(final?.slots.where)).toEqual(['Tamale']);
    expect(texts(final?.slots.agents)).toEqual(['Kumasi City']);
    expect(texts(final?.slots.participants)).not.toContain('Volta Shield');
    expectAnswer(
      engine.answer('Who won the Volta Shield final?'),
      'Kumasi City',
      'organisation',
      sentenceOf(FINAL, 'Kumasi'),
      ['Accra'],
    );
    expectAnswer(
      engine.answer('Where was the Volta Shield final played?'),
      'Tamale',
      'city',
      sentenceOf(FINAL, 'Kumasi'),
    );
  });

  it('reads "the Sahel Cup final, played in Niamey" as that final, played in Niamey, not in the Sahel', () => {
    const [final] = eventsOf('cup', 'final');
    expect(texts(final?.slots.occasion)).toEqual(['Sahel Cup']);
    expect(texts(final?.slots.where)).toEqual(['Niamey']);
    expectAnswer(
      engine.answer('Where was the Sahel Cup final played?'),
      'Niamey',
      'city',
      sentenceOf(CUP, 'The Sahel'),
    );
  });
});

describe('names in a question', () => {
  it('takes a word that is a whole name (the country Jordan) for that, not for the first name of Jordan Avery', () => {
    const understander = createUnderstander(sharedNlp(), loadKnowledge(), engine.indexed, new Vocabulary());
    expect(understander.understand('Who will Amina Otieno meet in Jordan?').target.entities).toEqual([
      'person:amina-otieno',
      'place:jordan',
    ]);
    // A word that is only part of names still stands for them.
    expect(understander.understand('What did Avery say?').target.entities).toEqual(['person:jordan-avery']);
    expectAnswer(
      engine.answer('Who will Amina Otieno meet in Jordan?'),
      'Kofi Boateng',
      'person',
      sentenceOf(TALKS, 'Kenyan'),
      ['Avery'],
    );
  });
});

describe('events of two stories', () => {
  it('keeps a typhoon and an earthquake of the same country and day apart (sibling kinds of one family)', () => {
    // Every event of the two stories is told by one of them only, and the earthquake keeps its own place.
    const ofEither = store.events.filter((e) => e.sources.some((s) => s.article === 'storm' || s.article === 'tremor'));
    for (const e of ofEither) expect(new Set(e.sources.map((s) => s.article)).size).toBe(1);
    expect(eventsOf('storm', 'earthquake')).toEqual([]);
    const [quake] = eventsOf('tremor', 'earthquake');
    expect(texts(quake?.slots.where)).toEqual(['Taiwan']);
    expect(texts(eventsOf('storm', 'storm')[0]?.slots.where)).toEqual(['Keelung']);
  });
});
