// What news prose says in other words than a question, and what tells two events apart: a relative clause that
// dates its event ("the election, which took place on …"); a country asked by its people's word holding the events
// of its cities; a competition named after a place ("the Pacific Championship final"); words said for one another
// ("came ashore" for "made landfall", "jailed" for "in prison", "fans" for "spectators"); an act that brings about
// the outcome asked ("were killed" for "died"); "winner" for "win"; and, among events that fit a question equally,
// the one whose sentences use its describing words ("presidential", "parliamentary"). Articles of our own.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/index.ts';
import type { Store } from '../src/store/index.ts';
import { sameWord } from '../src/answer/words.ts';
import { expectAnswer, sentenceOf } from './helpers/answers.ts';
import { engineFor, sharedKnowledge } from './helpers/build.ts';

const MAYOR =
  ' date 2022-03-09 The electoral board in Kumasi declared Ama Owusu the winner of the mayoral election, which ' +
  'took place on Sunday, March 6, with 48 percent. Turnout was higher than four years earlier.\n';
const PARLIAMENT =
  ' date 2022-11-30 Voters in Tamale and across the country handed Yaw Darko victory in the parliamentary ' +
  'election on Sunday, November 27. His party won 61 seats.\n';
const COCOA = " date 2022-03-10 Ghana's cocoa board said exports rose in February, helped by a weaker currency.\n";
const FINAL =
  ' date 2024-08-19 52,000 fans watched Porto Alegre City win the Pacific Championship final against Recife ' +
  'United in Curitiba on Sunday, August 18. The only goal came in the second half.\n';
const WALKOUT =
  ' date 2023-05-10 On Monday, 3,200 nurses walked out at the city hospital in Tartu, their union said.\n';
const OCEAN = ' date 2024-08-20 A storm over the Pacific delayed flights to Lima on Monday, August 19.\n';
const CYCLONE =
  ' date 2019-10-30 Cyclone Tomas killed 9 people after it came ashore near Galle on Monday, October 28, ' +
  'officials said. Schools in the south stayed closed.\n';
const FERRY =
  ' date 2023-02-14 41 people were killed on Sunday, February 12 when a ferry capsized near Mwanza, police ' +
  'said. Divers were still searching the lake.\n';
const VERDICT =
  ' date 2021-06-02 Former port director Elif Demir was jailed for 9 years on Tuesday, June 1 when a court in ' +
  'Izmir convicted her of fraud. Her lawyers said they would appeal.\n';

let engine: Engine;
let store: Store;
beforeAll(async () => {
  ({ engine, store } = await engineFor({
    mayor: MAYOR,
    parliament: PARLIAMENT,
    cocoa: COCOA,
    final: FINAL,
    ocean: OCEAN,
    walkout: WALKOUT,
    cyclone: CYCLONE,
    ferry: FERRY,
    verdict: VERDICT,
  }));
}, 120_000);

/** What one slot of the events an article tells of holds, as written. */
function slotOf(article: string, slot: 'when' | 'occasion'): string[] {
  return store.events
    .filter((e) => e.sources.some((s) => s.article === article))
    .flatMap((e) => (e.slots[slot] ?? []).map((v) => v.text));
}

describe('an event dated by a relative clause, and a country asked by its people', () => {
  it('dates an event from "which took place on …" after it', () => {
    expect(slotOf('mayor', 'when')).toEqual(['Sunday, March 6']);
    const a = engine.answer('When was the mayoral election in Kumasi?');
    expectAnswer(a, '2022-03-06', 'date', sentenceOf(MAYOR, 'The electoral'));
  });

  it('answers "the Ghanaian election" from the one held in a Ghanaian city, "winner" bearing out "won"', () => {
    const a = engine.answer('Who won the 2022 Ghanaian mayoral election?');
    expectAnswer(a, 'Ama Owusu', 'person', sentenceOf(MAYOR, 'The electoral'), ['Yaw Darko']);
  });

  it('tells two elections of one country and year apart by what the question calls them', () => {
    const a = engine.answer('Who won the 2022 Ghanaian parliamentary election?');
    expectAnswer(a, 'Yaw Darko', 'person', sentenceOf(PARLIAMENT, 'Voters'), ['Ama Owusu']);
  });

  it("gives a people's word a territory shares to the sovereign country, one two countries share to neither", () => {
    const { demonyms } = sharedKnowledge();
    expect(demonyms.get('indian')).toBe('India');
    expect(demonyms.get('french')).toBe('France');
    expect(demonyms.get('norwegian')).toBe('Norway');
    expect(demonyms.get('ghanaian')).toBe('Ghana');
    expect(demonyms.has('congolese')).toBe(false);
  });
});

describe('a competition named after a place', () => {
  it('is one name, not the place: its final is where it was played', () => {
    expect(slotOf('final', 'occasion')).toEqual(['Pacific Championship']);
    const a = engine.answer('Where was the Pacific Championship final played?');
    expectAnswer(a, 'Curitiba', 'city', sentenceOf(FINAL, '52,000'), ['Lima']);
  });

  it('counts its spectators from the fans who watched', () => {
    const a = engine.answer('How many spectators watched the Pacific Championship final?');
    expectAnswer(a, '52000', 'number', sentenceOf(FINAL, '52,000'));
  });

  it('counts people of any kind where the question asks for people in general', () => {
    const a = engine.answer('How many workers went on strike in Tartu?');
    expectAnswer(a, '3200', 'number', sentenceOf(WALKOUT, 'On Monday'));
  });

  it('says what it does not count in the words the question counts with', () => {
    const a = engine.answer('How many journalists watched the Pacific Championship final?');
    expect(a.answered).toBe(false);
    expect(a.reason).toBe('not_stated');
    expect(a.answer).toMatch(/^The articles do not say how many journalists were at the Curitiba final\. /);
  });
});

describe('words said for one another, and an act for its outcome', () => {
  it('takes "came ashore" for "made landfall"', () => {
    const a = engine.answer('Where did Cyclone Tomas make landfall?');
    expectAnswer(a, 'Galle', 'city', sentenceOf(CYCLONE, 'Cyclone'));
  });

  it('takes "were killed" for "died", not "died" for "killed"', () => {
    const a = engine.answer('How many people died when the ferry capsized?');
    expectAnswer(a, '41', 'number', sentenceOf(FERRY, '41'));
    expect(sharedKnowledge().causes.get('die')).toBeUndefined();
  });

  it('takes "jailed" for "in prison"', () => {
    const a = engine.answer('How many years in prison did Elif Demir get?');
    expectAnswer(a, '9 years', 'duration', sentenceOf(VERDICT, 'Former'));
  });

  it('reads a doubled final consonant before an ending as the same word ("win" / "winner")', () => {
    expect(sameWord('win', 'winner')).toBe(true);
    expect(sameWord('planned', 'plan')).toBe(true);
    expect(sameWord('war', 'warrant')).toBe(false);
    expect(sameWord('bar', 'barrier')).toBe(false);
  });
});
