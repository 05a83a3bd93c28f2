// Who did what, read from how news prose says it: a by-phrase after the event word ("a visit to Porto by X",
// "a stoppage called by the union"), the passive ("was arrested by"), a date before a trailing report
// ("will begin on Monday, June 9, the ministry said"), and a year the article's date fixes. Articles of our own.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/index.ts';
import type { Store } from '../src/store/index.ts';
import { expectAnswer, sentenceOf } from './helpers/answers.ts';
import { engineFor } from './helpers/build.ts';
import { sentenceReader, type SentenceReader } from './helpers/sentences.ts';

const VISIT =
  ' date 2025-05-20 A three-day visit to Porto by Kenyan Trade Minister Amina Otieno will begin on Monday, June 9, ' +
  'the Portuguese foreign ministry said. Otieno is expected to sign a shipping accord during the trip.\n';
const STOPPAGE =
  ' date 2024-02-03 Some 3,000 dock workers walked off the job in Antwerp on Friday in a stoppage called by the ' +
  'Flemish Transport Union. Port managers called the stoppage illegal and said cargo would be diverted.\n';
const ARREST =
  ' date 2023-11-10 Former mayor Lukas Brandt was arrested by anti-corruption police in Graz on Thursday. ' +
  'Prosecutors said the arrest followed a two-year inquiry into building permits.\n';
const TALKS =
  ' date 2022-08-29 Chilean Foreign Minister Rosa Ibarra is due in Lima on Wednesday, August 31 for talks with ' +
  'Peruvian Foreign Minister Diego Salazar, a government spokeswoman said. ' +
  'Both sides hope to settle a fishing dispute.\n';

const DEAL =
  ' date 2025-03-04 Harbor Lights Group agreed on Monday to buy the Nordic Ferry Company from investment firm ' +
  'Nordhaven Capital Partners for $610 million, the companies said.\n';
const QUAKE =
  ' date 2023-05-11 A magnitude 6.1 earthquake struck the mountain town of Norcia at 3:36 a.m. on Wednesday, ' +
  "damaging the town's medieval basilica. Rescuers pulled two people from the rubble.\n";
const FINAL =
  ' date 2024-05-20 Dynamo Riga FC beat Ventspils Harbour FC 3-1 in the Baltic Shield final in Jelgava on Sunday. ' +
  'The winning goal came from a free kick by midfielder Arturs Kalnins.\n';
const MAYOR =
  ' date 2024-03-05 Voters in Bergen handed Ingrid Solheim victory in the mayoral election on Sunday, March 3; ' +
  'the Norwegian lawyer took 46 percent. Rival candidate Lars Berg conceded on Monday.\n';
const WALKOUT =
  ' date 2024-06-12 Nurses at Linden General Hospital walked out on Tuesday, the Western Nurses Guild said. ' +
  'Hospital directors called the action unlawful.\n';
const FERRY_BUYS =
  ' date 2025-06-11 Nordic Ferry Company will acquire Baltic Pilot Services for $45 million, the ferry operator ' +
  'said on Tuesday.\n';
const TOWN_CUP =
  ' date 2024-08-12 Lakeside Rovers beat Mill Town 2-0 in the Harwood Trophy final in Tukums on Saturday.\n';
const HARWOOD_FLOOD = ' date 2024-05-02 Flooding closed roads in Harwood on Tuesday, officials in Harwood said.\n';

let engine: Engine;
let store: Store;
beforeAll(async () => {
  ({ engine, store } = await engineFor({
    visit: VISIT,
    stoppage: STOPPAGE,
    arrest: ARREST,
    talks: TALKS,
    deal: DEAL,
    quake: QUAKE,
    final: FINAL,
    mayor: MAYOR,
    walkout: WALKOUT,
    ferryBuys: FERRY_BUYS,
    townCup: TOWN_CUP,
    harwoodFlood: HARWOOD_FLOOD,
  }));
}, 120_000);

/** The one event of a kind, of one article when several tell of that kind. */
function eventOfKind(kind: string, article?: string) {
  const found = store.events.filter((e) => e.kind === kind && (!article || e.sources[0]?.article === article));
  expect(found).toHaveLength(1);
  return found[0]!;
}

const names = (values: ReadonlyArray<{ text: string }> | undefined): string[] => (values ?? []).map((v) => v.text);

describe('a by-phrase after the event word names who did it', () => {
  it('takes the visitor of "a visit to Porto by X" as the agent, not the one visited', () => {
    const visit = eventOfKind('visit');
    expect(names(visit.slots.agents)).toEqual(['Amina Otieno']);
    expect(names(visit.slots.patients)).toEqual([]);
  });

  it('answers who will visit, also with the year the article date fixes', () => {
    const lede = sentenceOf(VISIT, 'A three-day visit');
    expectAnswer(engine.answer('Who will visit Porto?'), 'Amina Otieno', 'person', lede);
    expectAnswer(engine.answer('Who will visit Porto in 2025?'), 'Amina Otieno', 'person', lede);
    const wrongYear = engine.answer('Who will visit Porto in 2019?');
    expect(wrongYear.answered).toBe(false);
    expect(wrongYear.reason).toBe('not_in_articles');
  });

  it('gives the date before a trailing report to the event, not to the report', () => {
    const visit = eventOfKind('visit');
    expect(visit.slots.when?.map((v) => v.date?.iso)).toEqual(['2025-06-09']);
    expect(visit.slots.announcedOn ?? []).toEqual([]);
    expectAnswer(
      engine.answer('When will the Porto visit begin?'),
      '2025-06-09',
      'date',
      sentenceOf(VISIT, 'A three-day visit'),
    );
  });

  it('dates an event by its start: "when did it begin" asks for its date', () => {
    expectAnswer(
      engine.answer('When did the stoppage in Antwerp begin?'),
      '2024-02-02',
      'date',
      sentenceOf(STOPPAGE, 'Some 3,000'),
    );
  });

  it('reads "a stoppage called by the union" as the union calling it', () => {
    expectAnswer(
      engine.answer('Who called the stoppage in Antwerp?'),
      'Flemish Transport Union',
      'organisation',
      sentenceOf(STOPPAGE, 'Some 3,000'),
      ['managers', 'Managers'],
    );
  });
});

describe('the passive turns the roles round', () => {
  it('takes the one arrested as the patient, never the agent', () => {
    const arrest = eventOfKind('arrest');
    expect(names(arrest.slots.patients)).toEqual(['Lukas Brandt']);
    expect(names(arrest.slots.agents)).toEqual([]);
    expectAnswer(engine.answer('Who was arrested in Graz?'), 'Lukas Brandt', 'person', sentenceOf(ARREST, 'Former'));
  });
});

describe('the event word asks for the parties extraction gave it', () => {
  it('answers who someone will meet from "due in Lima for talks with X"', () => {
    expectAnswer(
      engine.answer('Who will Rosa Ibarra meet in Lima?'),
      'Diego Salazar',
      'person',
      sentenceOf(TALKS, 'Chilean'),
      ['Rosa Ibarra'],
    );
    expectAnswer(
      engine.answer('When will Rosa Ibarra meet Diego Salazar?'),
      '2022-08-31',
      'date',
      sentenceOf(TALKS, 'Chilean'),
    );
  });
});

describe('verbs that lead into the event, and verbs of one kind that say different things', () => {
  it('reads "agreed on Monday to buy X from Y" as one purchase: the buyer did it, the seller is no party to it', () => {
    const deal = eventOfKind('acquisition', 'deal');
    expect(names(deal.slots.agents)).toEqual(['Harbor Lights Group']);
    expect(names(deal.slots.patients)).toEqual(['Nordic Ferry Company']);
    expect(store.events.filter((e) => e.kind === 'agreement')).toEqual([]);
    expectAnswer(
      engine.answer('Who is buying the Nordic Ferry Company?'),
      'Harbor Lights Group',
      'organisation',
      sentenceOf(DEAL, 'Harbor'),
      ['Nordhaven'],
    );
  });

  it('takes the last word of "when did the earthquake in Norcia strike?" as its verb, not a labour strike', () => {
    expectAnswer(
      engine.answer('When did the earthquake in Norcia strike?'),
      '2023-05-10',
      'date',
      "A magnitude 6.1 earthquake struck the mountain town of Norcia at 3:36 a.m. on Wednesday, damaging the town's " +
        'medieval basilica.',
    );
  });

  it('answers who won from "X beat Y", and never names the winner for who lost', () => {
    expectAnswer(
      engine.answer('Who won the Baltic Shield final?'),
      'Dynamo Riga FC',
      'organisation',
      sentenceOf(FINAL, 'Dynamo'),
      ['Ventspils'],
    );
    const lost = engine.answer('Who lost the Baltic Shield final?');
    expect(lost.answer).not.toContain('Dynamo');
  });
});

describe('the act named by a noun, and a verb that names rather than does', () => {
  const lede = (): string => sentenceOf(MAYOR, 'Voters in Bergen');
  it('reads "voters handed X victory" as X winning, and no one as losing', () => {
    expectAnswer(engine.answer('Who won the mayoral election in Bergen?'), 'Ingrid Solheim', 'person', lede(), [
      'Lars Berg',
      'Voters',
    ]);
    expectAnswer(engine.answer('Who won the 2024 mayoral election?'), 'Ingrid Solheim', 'person', lede(), ['Voters']);
    expectAnswer(engine.answer('When was the election that Ingrid Solheim won?'), '2024-03-03', 'date', lede());
    const lost = engine.answer('Who lost the mayoral election?');
    expect(lost.answered).toBe(false);
    expect(lost.reason).toBe('not_stated');
  });

  it('takes a city of the country asked about as no other place (Bergen in a question of a Norwegian election)', () => {
    expectAnswer(engine.answer('Who won the Norwegian mayoral election?'), 'Ingrid Solheim', 'person', lede(), [
      'Voters',
    ]);
  });

  it('does not take "called the action unlawful" for calling the strike', () => {
    const a = engine.answer('Who called the strike at Linden General Hospital?');
    expect(a.answered).toBe(false);
    expect(a.reason).toBe('not_stated');
    expect(a.answer).not.toContain('directors');
    // The same words with the adjective asked for are a question about the naming, and it answers it.
    expectAnswer(
      engine.answer('Who called the action unlawful?'),
      'Hospital directors',
      'person',
      sentenceOf(WALKOUT, 'Hospital directors'),
    );
  });
});

describe('the party in the asked role, and the event words that are one word', () => {
  it("answers who bought X with X's buyer, not with what X bought itself", () => {
    expectAnswer(
      engine.answer('Who bought the Nordic Ferry Company?'),
      'Harbor Lights Group',
      'organisation',
      sentenceOf(DEAL, 'Harbor Lights Group'),
      ['Baltic Pilot Services'],
    );
    expectAnswer(
      engine.answer('Who did Nordic Ferry Company buy?'),
      'Baltic Pilot Services',
      'organisation',
      sentenceOf(FERRY_BUYS, 'Nordic Ferry Company'),
      ['Harbor Lights'],
    );
  });

  describe('as verification compares them', () => {
    let r: SentenceReader;
    beforeAll(async () => {
      r = await sentenceReader({ quake: QUAKE, townCup: TOWN_CUP, harwoodFlood: HARWOOD_FLOOD });
    }, 120_000);
    it('reads "the Harwood Trophy" as one name, not the town of Harwood named elsewhere', () => {
      expect(r.indexed.entities.get('place:harwood')?.kind).toBe('place');
      expect(r.question('Who won the Harwood Trophy final?').target.entities).toEqual([]);
      expect(r.question('What happened in Harwood?').target.entities).toEqual(['place:harwood']);
      expectAnswer(
        engine.answer('Who won the Harwood Trophy final?'),
        'Lakeside Rovers',
        'organisation',
        sentenceOf(TOWN_CUP, 'Lakeside Rovers'),
        ['Mill Town', 'Flooding'],
      );
    });
    it("takes a kind and its family's general kind as one word, never two sibling kinds", () => {
      const quake = r.needs(r.question('When did the earthquake near Norcia happen?'));
      expect(quake.degree('quake', 'earthquake')).toBe(1);
      expect(quake.degree('storm', 'earthquake')).toBe(0);
      expect(quake.degree('flood', 'earthquake')).toBe(0);
      const meeting = r.needs(r.question('When was the meeting of the ministers?'));
      expect(meeting.degree('summit', 'meeting')).toBe(1);
      expect(meeting.degree('talks', 'meeting')).toBe(1);
      const won = r.needs(r.question('Who won the election?'));
      expect(won.degree('victory', 'win')).toBe(1);
      expect(won.degree('loss', 'win')).toBe(0);
    });
  });
});
