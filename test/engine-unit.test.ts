/**
 * The engine's own replies, each checked to the word: help and greetings, the timeline, what it says
 * when an event does not state what is asked, a country asked of a city or of a country, and the
 * kind of party a single answer names. Over four small articles of our own: a dock strike, an
 * earthquake, a product launch and an undated festival.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { inThisThread, type Answer, type Engine } from '../src/answer/index.ts';
import { engineFor } from './helpers/build.ts';

const ARTICLES = {
  port_strike: ` date 2025-09-10
Dock workers in Marseille began a strike on Monday, September 8, over pay and night shifts.
The strike was announced by the union leader Claire Dumont.
Port director Henri Vasseur said a second strike would start on Friday.`,
  quake: ` date 2024-11-20
A strong earthquake struck in Chile on Tuesday, November 19.
Rescue teams from Peru arrived the next day.`,
  // Undated: no date line.
  van_launch: `Northwind Motors unveiled its electric van at a launch in Seoul.
The launch was confirmed by the company spokesman Daniel Okafor.`,
  festival: `The harvest festival was celebrated on Thursday in the old market hall.
Organisers said the festival drew record crowds.`,
};

let engine: Engine;
beforeAll(async () => {
  ({ engine } = await engineFor(ARTICLES));
});

/** The example questions the engine offers, as its replies end. Read in each test, not in a hook, so that a
 * broken `examples()` fails tests rather than a hook (a mutation tool counts only failed tests). */
const tryThese = (): string =>
  `Try: ${engine
    .examples()
    .map((q) => `"${q}"`)
    .join(', ')}.`;

const snippets = (a: Answer): string[] => a.citations.map((c) => c.snippet);

/** How a decline of this store ends: the events the articles do cover, then the example questions. */
const whatTheyCover = (): string =>
  'What the articles do cover: the ceremony (Thursday); the Marseille strike (Monday, September 8, 2025); ' +
  `the Seoul launch; the strike (Friday, September 12, 2025). ${tryThese()}`;

describe('replies that are not about one event', () => {
  it('explains itself when asked for help, with example questions of this store', () => {
    const a = engine.answer('help');
    expect(a.intent).toBe('help');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe(
      'I answer questions about the events in 4 news articles and cite the sentence each answer comes from. ' +
        `Ask when, where, who, what about, or how many times; or say "list" for the timeline. ${tryThese()}`,
    );
    expect(engine.examples()).toEqual([
      'When is the ceremony?',
      'What happened in the ceremony?',
      'When is the Marseille strike?',
    ]);
  });

  it('greets back, as an answer and not a decline', () => {
    const a = engine.answer('hello there');
    expect(a.intent).toBe('smalltalk');
    expect(a.answered).toBe(true);
    expect(a.reason).toBeNull();
    // An answer with no value has no type either.
    expect([a.value, a.type]).toEqual([null, null]);
    expect(a.answer).toBe(
      `Hello! I answer questions about news events, with the sentence each answer comes from. ${tryThese()}`,
    );
  });

  it('lists the known events in date order, undated last, counted in the value', () => {
    const a = engine.answer('list');
    expect(a.intent).toBe('list');
    expect(a.answered).toBe(true);
    expect(a.answer).toBe(
      'Known events:\n' +
        '• the Chile earthquake (Tuesday, November 19, 2024) — 1 article\n' +
        '• the Marseille strike (Monday, September 8, 2025) — 1 article\n' +
        '• the strike (Friday, September 12, 2025) — 1 article\n' +
        '• the ceremony (Thursday) — 1 article\n' +
        '• the Seoul launch — 1 article',
    );
    expect(a.value).toBe('5');
    expect(a.type).toBe('other');
  });

  it('runs as an engine of the same thread, sized by its store', async () => {
    const inThread = inThisThread(engine);
    expect(inThread.size).toEqual({ articles: 4, events: 5 });
    expect((await inThread.answer('hello there')).answer).toBe(engine.answer('hello there').answer);
  });
});

describe('questions that cannot be read', () => {
  it('asks for a question when given none, also when all it is given is space and invisible characters', () => {
    for (const text of ['', ' \u200b\t ']) {
      const a = engine.answer(text);
      expect([a.intent, a.answered, a.reason]).toEqual(['help', false, 'bad_input']);
      expect(a.answer).toBe(`Ask me a question about the news events in the articles. ${tryThese()}`);
      expect(a.remember).toBeNull();
    }
  });

  it('says it found no words in punctuation alone', () => {
    const a = engine.answer('?!');
    expect([a.intent, a.answered, a.reason]).toEqual(['unknown', false, 'bad_input']);
    expect(a.answer).toBe(`I could not find any words in that question. ${tryThese()}`);
  });

  it('declines a question over the limit, showing its first 80 characters', () => {
    const long = 'When did the dock workers in Marseille begin their strike over pay? '.repeat(15);
    expect(long.trim().length).toBe(1019);
    const a = engine.answer(long);
    expect([a.intent, a.answered, a.reason]).toEqual(['unknown', false, 'bad_input']);
    expect(a.question).toBe(`${long.slice(0, 80)}…`);
    expect(a.answer).toBe(
      `That question is too long (the limit is 1000 characters). Please ask something shorter. ${tryThese()}`,
    );
  });
});

describe('an event that does not state what is asked', () => {
  it('says so for "what about", with what it does state (no date: none shown)', () => {
    const a = engine.answer('What was the launch about?');
    expect(a.answered).toBe(false);
    expect(a.reason).toBe('not_stated');
    expect(a.answer).toBe(
      'The articles do not say what it is about for the Seoul launch. ' +
        'What they do say: The Seoul launch in Seoul with Northwind Motors.',
    );
    expect(snippets(a)).toEqual(['Northwind Motors unveiled its electric van at a launch in Seoul.']);
  });

  it('says so for "where"', () => {
    const a = engine.answer('Where will the second strike be?');
    expect(a.answered).toBe(false);
    expect(a.event).toBe('e3-strike');
    expect(a.answer).toBe(
      'The articles do not say where for the strike. What they do say: The strike on Friday, September 12, 2025.',
    );
  });

  it('says so for a count of people, citing the sentence of what it does state', () => {
    const a = engine.answer('how many workers were at the strike?');
    expect(a.answered).toBe(false);
    expect(a.reason).toBe('not_stated');
    expect(a.answer).toBe(
      'The articles do not say how many workers were at the Marseille strike. ' +
        'What they do say: The Marseille strike on Monday, September 8, 2025 in Marseille.',
    );
    expect(snippets(a)).toEqual([
      'Dock workers in Marseille began a strike on Monday, September 8, over pay and night shifts.',
    ]);
  });

  it('cannot give a year or a month from a weekday of an undated article', () => {
    for (const unit of ['year', 'month']) {
      const a = engine.answer(`What ${unit} was the festival?`);
      expect(a.answered).toBe(false);
      expect(a.reason).toBe('not_stated');
      expect(a.answer).toBe(
        `The article says only "Thursday" for the ceremony and has no date of its own, so the ${unit} cannot be known.`,
      );
      expect(snippets(a)).toEqual(['The harvest festival was celebrated on Thursday in the old market hall.']);
    }
  });
});

describe('what the articles do not tell of', () => {
  it('says it cannot find an event of a kind no article reports, and names what they do cover', () => {
    const a = engine.answer('Who won the election?');
    expect([a.answered, a.reason, a.event]).toEqual([false, 'not_in_articles', null]);
    expect(a.answer).toBe(
      'I could not find that in the articles. What the articles do cover: the ceremony (Thursday); ' +
        'the Marseille strike (Monday, September 8, 2025); the Seoul launch; ' +
        'the strike (Friday, September 12, 2025). ' +
        tryThese(),
    );
  });

  it('names what the articles tell of but do not say that of: a phrase they use, else the kind of event', () => {
    const covered = whatTheyCover();
    const festival = engine.answer('Who refereed the Harvest Festival?');
    expect([festival.answered, festival.reason]).toEqual([false, 'not_stated']);
    expect(festival.answer).toBe(`The articles tell of "harvest festival" but do not say that. ${covered}`);
    // No article writes "dock strike": the strike is what they tell of.
    const strike = engine.answer('Who led the Dock Strike?');
    expect([strike.answered, strike.reason]).toEqual([false, 'not_stated']);
    expect(strike.answer).toBe(`The articles tell of the strike but do not say that. ${covered}`);
  });

  it('names the people a question asks about when no sentence of theirs says what it asks', () => {
    const covered = whatTheyCover();
    const a = engine.answer('What is the favourite colour of Daniel Okafor and Claire Dumont?');
    expect([a.answered, a.reason]).toEqual([false, 'not_stated']);
    expect(a.answer).toBe(`The articles mention "Claire Dumont" and "Daniel Okafor" but do not say that. ${covered}`);
  });

  it('gives only the date of an event whose time of day is asked, citing the sentence of the date', () => {
    const a = engine.answer('What time was the earthquake?');
    expect([a.answered, a.reason, a.event]).toEqual([false, 'not_stated', 'e4-chile-earthquake']);
    expect(a.answer).toBe(
      'The articles give only the date of the Chile earthquake, Tuesday, November 19, 2024, not the time.',
    );
    expect(snippets(a)).toEqual(['A strong earthquake struck in Chile on Tuesday, November 19.']);
  });
});

describe('what the articles say instead of what is asked', () => {
  it('declines a city answered by a country, naming the country', () => {
    const a = engine.answer('What city was the earthquake in?');
    expect([a.answered, a.reason, a.value, a.type]).toEqual([false, 'not_stated', null, null]);
    expect(a.answer).toBe(`The articles do not say which city that is: the nearest they come is Chile. ${tryThese()}`);
    expect(snippets(a)).toEqual(['A strong earthquake struck in Chile on Tuesday, November 19.']);
  });

  it('declines a property no event holds, with what the articles do say of the event', () => {
    const a = engine.answer('What is the population of Chile?');
    expect([a.answered, a.reason]).toEqual([false, 'not_stated']);
    expect(a.answer).toBe(
      'The articles do not give the population of Chile. ' +
        'What they do say: The Chile earthquake on Tuesday, November 19, 2024 in Chile.',
    );
    expect(snippets(a)).toEqual(['A strong earthquake struck in Chile on Tuesday, November 19.']);
  });

  it('says it has nothing from a year no article mentions', () => {
    const a = engine.answer('What happened in 2019?');
    expect([a.answered, a.reason]).toEqual([false, 'not_in_articles']);
    expect(a.answer).toBe(
      'The articles report nothing from 2019 about that. What the articles do cover: the ceremony (Thursday); ' +
        'the Marseille strike (Monday, September 8, 2025); the Seoul launch; ' +
        `the strike (Friday, September 12, 2025). ${tryThese()}`,
    );
  });
});

describe('answers from the event facts', () => {
  it('gives the date of an undated article as it puts it, and says why there is no calendar date', () => {
    const a = engine.answer('When was the festival?');
    expect(a.answer).toBe(
      'Thursday (as the article puts it; the article is undated, so no calendar date can be given): the ceremony.',
    );
    expect([a.value, a.type, a.event]).toEqual(['Thursday', 'date', 'e1-ceremony']);
  });

  it('says a country asked for the country it is in is a country', () => {
    const a = engine.answer('What country is Chile in?');
    expect(a.answer).toBe('Chile is a country.');
    expect([a.value, a.type, a.event]).toEqual(['Chile', 'country', null]);
  });

  it('names who confirmed an event with the verb of the report', () => {
    const a = engine.answer('Who confirmed the launch?');
    expect(a.answer).toBe('Daniel Okafor confirmed: the Seoul launch.');
    expect([a.value, a.type, a.event]).toEqual(['Daniel Okafor', 'person', 'e5-seoul-launch']);
    expect(snippets(a)).toEqual(['The launch was confirmed by the company spokesman Daniel Okafor.']);
  });

  it('counts the events before a numbered one', () => {
    const a = engine.answer('How many strikes were there before the second strike?');
    expect(a.answer).toBe('1 (before the strike).');
    expect([a.value, a.type, a.event]).toEqual(['1', 'number', 'e3-strike']);
    expect(snippets(a)).toEqual(['Port director Henri Vasseur said a second strike would start on Friday.']);
  });

  it('gives the country of the city an event took place in, naming the city', () => {
    const a = engine.answer('In what country was the strike?');
    expect(a.answer).toBe('France: the Marseille strike is in Marseille, France.');
    expect([a.value, a.type]).toEqual(['France', 'country']);
  });

  it('gives the country of an event named by its city from the event, not from the city alone', () => {
    const a = engine.answer('In what country was the Marseille strike?');
    expect(a.answer).toBe('France: the Marseille strike is in Marseille, France.');
    expect([a.value, a.type, a.event]).toEqual(['France', 'country', 'e2-marseille-strike']);
    // The city alone: its country, from general knowledge, citing where the articles name it.
    const city = engine.answer('In what country is Marseille?');
    expect(city.answer).toBe('France (Marseille is in France).');
    expect([city.value, city.type, city.event]).toEqual(['France', 'country', null]);
    expect(snippets(city)).toEqual([
      'Dock workers in Marseille began a strike on Monday, September 8, over pay and night shifts.',
    ]);
  });

  it('gives the country an event took place in as it is', () => {
    const a = engine.answer('In what country was the earthquake?');
    expect(a.answer).toBe('Chile: the Chile earthquake.');
    expect([a.value, a.type, a.event]).toEqual(['Chile', 'country', 'e4-chile-earthquake']);
  });

  it('remembers no people for an event whose only party is a company', () => {
    const a = engine.answer('Where was the launch?');
    expect([a.value, a.event]).toEqual(['Seoul', 'e5-seoul-launch']);
    expect(a.remember?.people).toBeNull();
  });

  it('types a single party by what it is: a company is an organisation', () => {
    const a = engine.answer('Who took part in the launch?');
    expect(a.answer).toBe('Northwind Motors did it: the Seoul launch.');
    expect([a.value, a.type]).toEqual(['Northwind Motors', 'organisation']);
  });
});

describe('an answer from the facts of an event, checked against the question', () => {
  // The year asked is only in the second sentence, which tells of the end of the strike.
  const STRIKE = ` date 2025-09-15
Dock workers in Marseille began a strike on Monday, September 8, over pay and night shifts.
The strike, the first of 2025, ended on Friday, September 12.`;
  const BEGAN = 'Dock workers in Marseille began a strike on Monday, September 8, over pay and night shifts.';
  let strikes: Engine;
  beforeAll(async () => {
    ({ engine: strikes } = await engineFor({ port_strike: STRIKE }));
  });

  it('gives the date of the event when the question asks only about the event as a whole', () => {
    const a = strikes.answer('When was the 2025 strike?');
    expect(a.answer).toBe('Monday, September 8, 2025: the Marseille strike.');
    expect([a.value, a.event]).toEqual(['2025-09-08', 'e1-marseille-strike']);
    expect(snippets(a)).toEqual([BEGAN]);
  });

  it('gives the sentence that says what the question asks when it has words of its own ("end")', () => {
    const a = strikes.answer('When did the 2025 strike end?');
    expect(a.answer).toBe('Friday, September 12, 2025.');
    expect([a.value, a.event]).toEqual(['2025-09-12', null]);
    expect(snippets(a)).toEqual(['The strike, the first of 2025, ended on Friday, September 12.']);
  });
});

describe('a person asked about by name', () => {
  let team: Engine;
  beforeAll(async () => {
    ({ engine: team } = await engineFor({
      squad: ` date 2026-01-20
Coach Marta Riis named her squad on Monday.
The squad was welcomed by team manager Marta Riis.
Former captain Marta Riis said the squad was young.`,
    }));
  });

  it('is answered with the first role stated, citing the sentences of the first two of them', () => {
    const a = team.answer('Who is Marta Riis?');
    expect(a.answer).toBe('Marta Riis: Coach.');
    expect([a.value, a.type, a.event]).toEqual(['Coach', 'role', null]);
    expect(snippets(a)).toEqual([
      'Coach Marta Riis named her squad on Monday.',
      'The squad was welcomed by team manager Marta Riis.',
    ]);
  });

  it('is answered with the first role stated when asked for their title, though the question names a role too', () => {
    const a = team.answer('What is the title of coach Marta Riis?');
    expect(a.answer).toBe('Marta Riis: Coach.');
    expect([a.value, a.type]).toEqual(['Coach', 'role']);
  });

  it('is found by a role asked about with no name', () => {
    const a = team.answer('Who is the coach?');
    expect(a.answer).toBe('Marta Riis (Coach).');
    expect([a.value, a.type]).toEqual(['Marta Riis', 'person']);
    expect(snippets(a)).toEqual(['Coach Marta Riis named her squad on Monday.']);
    // Asked for "the role of" a role, with no one named: no one's role is given.
    const role = team.answer('What is the role of the coach?');
    expect([role.answered, role.reason]).toEqual([false, 'not_in_articles']);
  });
});

describe('which of several events of a kind a question is put to', () => {
  let summits: Engine;
  beforeAll(async () => {
    ({ engine: summits } = await engineFor({
      summit_a: ` date 2026-02-10
Fisheries ministers Ingrid Solberg and Einar Magnusson will hold a summit in Reykjavik on March 3.
The two ministers will discuss fishing quotas and coastal patrols.`,
      summit_b: ` date 2026-01-05
Trade ministers met at a summit in Oslo on Friday, January 2.
The summit in Oslo ended without a statement.
Officials said the Oslo summit was short.`,
      summit_c: ` date 2025-11-12
Trade ministers held their second summit in Riga on November 10.`,
    }));
  });

  it('asks what it was about of the summit that says what it is about', () => {
    const a = summits.answer('What was the summit about?');
    expect(a.answer).toBe('The Reykjavík summit: fishing quotas and coastal patrols.');
    expect([a.value, a.type, a.event]).toEqual(['fishing quotas and coastal patrols', 'topic', 'e1-reykjavik-summit']);
  });

  it('asks a count of the summit that says which one it was', () => {
    const a = summits.answer('How many ministers were at the summit?');
    expect([a.answered, a.reason, a.event]).toEqual([false, 'not_stated', 'e3-riga-summit']);
    expect(a.answer).toBe(
      'The articles do not say how many ministers were at the Riga summit. ' +
        'What they do say: The Riga summit on Monday, November 10, 2025 in Riga.',
    );
  });
});

describe('a store with no events', () => {
  let empty: Engine;
  beforeAll(async () => {
    ({ engine: empty } = await engineFor({
      weather: ' date 2026-01-10\nThe weather in the valley stayed mild all week.',
    }));
  });
  const NONE = 'The store has no events yet: add articles and run npm run extract.';

  it('has no timeline to list, and says how to add one', () => {
    expect(empty.examples()).toEqual([]);
    const a = empty.answer('list');
    expect([a.intent, a.answered, a.reason, a.value]).toEqual(['list', false, 'not_in_articles', null]);
    expect(a.answer).toBe('The store holds no events yet. Add articles to data/articles and run npm run extract.');
  });

  it('offers no examples and names nothing it covers when it cannot answer', () => {
    expect(empty.answer('Who won the election?').answer).toBe(`I could not find that in the articles. ${NONE}`);
    expect(empty.answer('').answer).toBe(`Ask me a question about the news events in the articles. ${NONE}`);
  });
});

describe('the date an event was reported', () => {
  it('is the date of the report, not of the event, said with its verb', async () => {
    const { engine: trade } = await engineFor({
      trade_summit: ` date 2026-04-02
The trade summit in Vienna was announced on Wednesday, April 1.
The summit will open on May 12 in Vienna.`,
    });
    const a = trade.answer('When was the Vienna summit announced?');
    expect(a.answer).toBe('Wednesday, April 1, 2026: the Vienna summit was announced.');
    expect([a.value, a.type, a.event]).toEqual(['2026-04-01', 'date', 'e1-vienna-summit']);
    expect(snippets(a)).toEqual(['The trade summit in Vienna was announced on Wednesday, April 1.']);
    expect(trade.answer('When is the Vienna summit?').value).toBe('2026-05-12');
  });
});

describe('a party the articles name by no name', () => {
  it('is given as written when no one is named ("the port authority announced")', async () => {
    const { engine: ports } = await engineFor({
      strike_ban: ` date 2024-05-02
The port authority announced a strike ban in Dakar on Wednesday, May 1.`,
    });
    const a = ports.answer('Who announced the strike ban?');
    expect(a.answer).toBe('port authority announced: the Dakar strike.');
    expect([a.value, a.event]).toEqual(['port authority', 'e1-dakar-strike']);
    expect(snippets(a)).toEqual(['The port authority announced a strike ban in Dakar on Wednesday, May 1.']);
  });
});

describe('an event summed up', () => {
  it('is dated "in" a year when the article gives only the year', async () => {
    const { engine: quakes } = await engineFor({
      tonga_quake: ` date 2023-06-01
A strong earthquake struck Tonga in 2022.`,
    });
    const a = quakes.answer('What was the earthquake?');
    expect(a.answer).toBe('The Tonga earthquake in 2022 in Tonga.');
    expect([a.value, a.event]).toEqual(['Tonga earthquake', 'e1-tonga-earthquake']);
    expect(snippets(a)).toEqual(['A strong earthquake struck Tonga in 2022.']);
  });
});

describe('who did it and who had it done', () => {
  let acts: Engine;
  beforeAll(async () => {
    ({ engine: acts } = await engineFor({
      fire: ` date 2026-03-03
The club fired coach Pavel Novak on Sunday, March 1.`,
      deal: ` date 2025-04-02
Nordbank agreed to buy Baltic Credit in March 2025.`,
    }));
  });

  it('asked in the passive, is the one it was done to', () => {
    const fired = acts.answer('Who was fired?');
    expect(fired.answer).toBe('Pavel Novak: the firing of Pavel Novak.');
    expect([fired.value, fired.event]).toEqual(['Pavel Novak', 'e2-firing-of-pavel-novak']);
    expect(acts.answer('Who was bought?').answer).toBe('Baltic Credit: the acquisition of Baltic Credit.');
  });

  it('asked of the one it was done to, is the one who did it', () => {
    const a = acts.answer('Who bought Baltic Credit?');
    expect(a.answer).toBe('Nordbank did it: the acquisition of Baltic Credit.');
    expect([a.value, a.event]).toEqual(['Nordbank', 'e1-acquisition-of-baltic-credit']);
  });

  it('is summed up with the date as precise as the article gives it', () => {
    expect(acts.answer('What was the acquisition?').answer).toBe(
      'The acquisition of Baltic Credit in March 2025 with Nordbank and Baltic Credit.',
    );
    expect(acts.answer('What was the firing?').answer).toBe(
      'The firing of Pavel Novak on Sunday, March 1, 2026 with Pavel Novak.',
    );
  });
});

describe('an event two articles tell differently', () => {
  let summit: Engine;
  beforeAll(async () => {
    ({ engine: summit } = await engineFor({
      a_first: ` date 2026-03-08 Karl Weber will meet Hiro Tanaka in Vienna on March 17 at the G7 summit.`,
      b_second: ` date 2026-03-09 Weber and Tanaka will meet on March 17 in Vienna during the EU summit, aides said.`,
    }));
  });

  it('is summed up with the gatherings the articles disagree on, each with its citation', () => {
    const a = summit.answer('What was the Vienna meeting?');
    expect(a.answer).toBe('The Vienna summit on Tuesday, March 17, 2026 in Vienna with Karl Weber and Hiro Tanaka.');
    expect(a.conflicts.map((c) => [c.slot, c.values.map((v) => [v.value, v.citation.article])])).toEqual([
      [
        'occasion',
        [
          ['EU', 'b_second'],
          ['G7', 'a_first'],
        ],
      ],
    ]);
  });
});
