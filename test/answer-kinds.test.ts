// What kind of thing answers a question, read from its own words: "which stadium" is answered by a stadium, not the
// city it stands in; "how many days" by days, not years; "where was it heard faintly" by the place the sentence says
// it was heard faintly. Articles of our own.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/index.ts';
import { expectAnswer, expectDecline, sentenceOf } from './helpers/answers.ts';
import { engineFor } from './helpers/build.ts';

const FINAL =
  ' date 2022-05-15 Supporters flew into Valencia on Friday and marched to the Mestalla Stadium for the cup final ' +
  'against Sevilla.\n';
const INQUIRY =
  ' date 2021-03-02 The inquiry into the Kiruna mine collapse lasted 3 years, its chairman said on Monday.\n';
const BLAST =
  ' date 2023-09-09 The explosion at the fuel depot was heard loudly in Tromso and faintly in Narvik, police ' +
  'said on Friday.\n';

const FRAUD =
  ' date 2020-07-08 Piotr Nowak, a Gdansk broker who told savers that a fund would double their money, was ' +
  'sentenced to 8 years in prison on Tuesday.\n';

const ADVISERS =
  ' date 2023-04-04 Brightwater Foods has agreed to buy Kestrel Drinks from Harbourline Capital. ' +
  'Northgate Bank advised Brightwater, while Ridley Partners advised Harbourline.\n';

const LETTER =
  ' date 2024-01-12 Transport Minister Lucia Ferraz resigned on Thursday, handing her letter to President ' +
  'Tomas Vidal in Maputo.\n';

const DERBY =
  " date 2022-10-03 Lyon's top scorer, Karim Bensaid, missed the derby with a knee injury. Lyon's equaliser came " +
  'from a header by defender Paulo Mendes.\n';

const TREMOR =
  ' date 2021-08-15 A magnitude 7.2 earthquake struck southwestern Haiti on Saturday, the US Geological Survey ' +
  'said.\n';

const MATCH =
  ' date 2023-05-21 Midfielder Ana Ribeiro scored twice as Porto Azul beat Braga Rovers 3-1 on Saturday. ' +
  '"We deserved it," Ribeiro said.\n';

const FERRIES =
  ' date 2025-04-02 The port authority suspended all ferry crossings to the islands on Tuesday because of high ' +
  'winds. A senior ferry captain said the crossings would resume on Friday. A local shipping firm will run ' +
  'extra sailings on Saturday.\n';

const TALKS =
  ' date 2025-03-03 The trade talks between Norway and Chile were announced on Monday. The talks will be held in ' +
  'Bergen on March 20.\n';

const BRIBERY =
  ' date 2023-06-21 A court in Braga on Tuesday sentenced former mayor Artur Lemos to five years in prison for ' +
  'bribery. Lemos was mayor of Braga from 2005 to 2013.\n';

const COALITION =
  ' date 2024-03-11 The Civic Union won the election in Slovenia on Sunday. Union leader Marta Kovac is expected ' +
  'to become prime minister after coalition talks.\n';
const BREWERS =
  ' date 2021-09-02\nBrewer buys rival\n\nKolstad Brewing agreed on Wednesday to buy Nordlys Beer for 1.2 billion ' +
  'euros. Nordlys chief executive Lars Dahl will join the Kolstad board.\n';

let engine: Engine;
beforeAll(async () => {
  ({ engine } = await engineFor({
    final: FINAL,
    inquiry: INQUIRY,
    blast: BLAST,
    fraud: FRAUD,
    advisers: ADVISERS,
    letter: LETTER,
    derby: DERBY,
    tremor: TREMOR,
    match: MATCH,
    ferries: FERRIES,
    talks: TALKS,
    bribery: BRIBERY,
    coalition: COALITION,
    brewers: BREWERS,
  }));
}, 120_000);

describe('the kind of party a sentence names without a name', () => {
  it('is an organisation when its head word names one, a person when it names someone', () => {
    const who = engine.answer('Who suspended the ferry crossings to the islands?');
    expectAnswer(who, 'port authority', 'organisation', sentenceOf(FERRIES, 'The port authority'));
    const said = engine.answer('Who said the ferry crossings would resume?');
    expectAnswer(said, 'senior ferry captain', 'person', sentenceOf(FERRIES, 'A senior'));
    const extra = engine.answer('Who will run extra sailings?');
    expectAnswer(extra, 'local shipping firm', 'organisation', sentenceOf(FERRIES, 'A local'));
  });
});

describe('a report in the passive with no by-phrase', () => {
  it('names no one as its reporter: its subject is what was reported', () => {
    const who = engine.answer('Who announced the trade talks?');
    expectDecline(who, 'not_stated', ['Norway']);
    const when = engine.answer('When were the trade talks announced?');
    expectAnswer(when, '2025-03-03', 'date', sentenceOf(TALKS, 'The trade talks'));
  });
});

describe('when someone held a role', () => {
  it('is not the date of an event of theirs: the sentence that says when they held it answers', () => {
    const held = engine.answer('When was Lemos mayor?');
    expectAnswer(held, '2005', 'year', sentenceOf(BRIBERY, 'Lemos was'), ['2023']);
    const sentenced = engine.answer('When was Artur Lemos sentenced?');
    expectAnswer(sentenced, '2023-06-20', 'date', sentenceOf(BRIBERY, 'A court'));
  });
});

describe('who, asked with a passive before an infinitive, or named with a role of someone else', () => {
  it('"who is expected to become …" asks who will become it, not what', () => {
    const a = engine.answer('Who is expected to become prime minister?');
    expectAnswer(a, 'Marta Kovac', 'person', sentenceOf(COALITION, 'Union leader'));
  });

  it('a headline that leaves out the name asked about does not answer with a party it does not name', () => {
    // "Brewer buys rival": nothing ties "Brewer" to Nordlys Beer; the body gives the buying no subject of its own.
    const a = engine.answer('Who bought Nordlys Beer?');
    expectDecline(a, 'not_stated', ['Brewer.']);
  });

  it('a name before a role noun and its holder says whose role it is: only the holder answers', () => {
    const a = engine.answer('Who will join the Kolstad board?');
    expectAnswer(a, 'Lars Dahl', 'person', sentenceOf(BREWERS, 'Nordlys chief'));
  });
});

describe('the kind of answer a question names', () => {
  it('answers "which stadium" with the stadium the sentence names, not the city', () => {
    const a = engine.answer('Which stadium did the supporters march to?');
    expectAnswer(a, 'Mestalla Stadium', 'place', sentenceOf(FINAL, 'Supporters'), ['Valencia']);
  });

  it('declines "which airport" when the article names no airport, rather than give the city', () => {
    const a = engine.answer('Which airport did the supporters fly into?');
    expectDecline(a, 'not_stated');
  });

  it('gives a length of time only in the unit asked', () => {
    const years = engine.answer('How many years did the inquiry into the Kiruna mine collapse last?');
    expectAnswer(years, '3 years', 'duration', sentenceOf(INQUIRY, 'The inquiry'));
    const days = engine.answer('How many days did the inquiry into the Kiruna mine collapse last?');
    expectDecline(days, 'not_stated');
  });

  it('takes, of two places of one verb, the one its words go with', () => {
    const a = engine.answer('Where was the explosion heard faintly?');
    expectAnswer(a, 'Narvik', 'city', sentenceOf(BLAST, 'The explosion'), ['Tromso']);
  });

  it('never answers "who" with an amount ("double their money")', () => {
    const a = engine.answer('who was sentenced to 8 years in prison');
    expectDecline(a, 'not_stated', ['money']);
  });

  it('answers "who did it to X" from the clause about X, never with X\'s own counterpart named after the verb', () => {
    const one = engine.answer('Who advised Harbourline?');
    expectAnswer(one, 'Ridley Partners', 'organisation', sentenceOf(ADVISERS, 'Northgate'), [
      'Northgate',
      'Brightwater',
    ]);
    const other = engine.answer('Who advised Brightwater?');
    expectAnswer(other, 'Northgate Bank', 'organisation', sentenceOf(ADVISERS, 'Northgate'), ['Ridley', 'Harbourline']);
  });

  it('answers who someone did something to with that person, not with what the one named is', () => {
    const a = engine.answer('Who did Ferraz hand her letter to?');
    expectAnswer(a, 'Tomas Vidal', 'person', sentenceOf(LETTER, 'Transport'), ['Lucia Ferraz', 'Transport Minister']);
    const what = engine.answer('Who is Lucia Ferraz?');
    expectAnswer(what, 'Transport Minister', 'role', sentenceOf(LETTER, 'Transport'));
  });

  it('does not take a role noun made from the verb ("top scorer") for the one who did what is asked', () => {
    const a = engine.answer("Who scored Lyon's equaliser?");
    expectDecline(a, 'not_stated');
    expect(a.value).toBeNull();
    expect(a.citations).toEqual([]);
  });

  it('answers "what was the magnitude" with the number the measure word names', () => {
    const a = engine.answer('What was the magnitude of the earthquake in Haiti?');
    expect(a.intent).toBe('how_many');
    expectAnswer(a, '7.2', 'number', sentenceOf(TREMOR, 'A magnitude'));
  });

  it("reads a player's position as a role, not as part of the name", () => {
    const a = engine.answer('Who said they deserved it?');
    expectAnswer(a, 'Ana Ribeiro', 'person', '"We deserved it," Ribeiro said.', ['Midfielder']);
    const b = engine.answer('Who scored twice for Porto Azul?');
    expectAnswer(b, 'Ana Ribeiro', 'person', sentenceOf(MATCH, 'Midfielder'), ['Midfielder', 'Braga']);
  });

  it("reads quotation marks typed as `` and '' as quotation marks: the quoted words must be said", () => {
    const said = engine.answer("Who said `` we deserved it ''?");
    expectAnswer(said, 'Ana Ribeiro', 'person', '"We deserved it," Ribeiro said.');
    for (const q of ["Who said `` we deserved the title ''?", "Who said ''we deserved the title''?"]) {
      const unsaid = engine.answer(q);
      expect(unsaid.answered, q).toBe(false);
      expect(unsaid.reason, q).toBe('not_in_articles');
    }
  });
});
