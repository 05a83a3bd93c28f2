/**
 * Multi-turn conversations through the engine: each follow-up is answered with the previous answer's
 * `remember` as its context, and must give the exact value; the terminal chat passes the same turns.
 * About the seed articles and about the tests' own articles (test/articles; facts in
 * test/questions/general-questions.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerSchema, type Answer, type ConversationContext, type Engine } from '../src/answer/index.ts';
import { runTerminalChat } from '../src/cli/chat.ts';
import { engineFor } from './helpers/build.ts';
import { seedEngine } from './helpers/engine.ts';

/** One turn: the question, and the exact value (null: declined, with the reason after a colon in `reason`). */
type TurnCase = readonly [question: string, value: string | null, reading?: string | RegExp];
interface Conversation {
  readonly store: 'seed' | 'tests';
  readonly turns: readonly TurnCase[];
}

const H = 'e1-helsinki-summit';
const CONVERSATIONS: readonly Conversation[] = [
  {
    store: 'seed',
    turns: [
      ['when is the Helsinki summit?', '2018-07-16'],
      ['and where?', 'Helsinki', 'Taking "and where?" as "where is the Helsinki summit?"'],
    ],
  },
  {
    store: 'seed',
    turns: [
      ['when is the Helsinki summit?', '2018-07-16'],
      ['who announced it?', 'White House and Moscow', 'Taking "it" as the Helsinki summit'],
    ],
  },
  {
    store: 'seed',
    turns: [
      ['when is the Helsinki summit?', '2018-07-16'],
      ['who announced it?', 'White House and Moscow'],
      [
        'what will they talk about there?',
        'relations between the United States and Russia and a range of national security issues',
        /Taking "there" as at the Helsinki summit; Taking "they" as Donald Trump and Vladimir Putin/,
      ],
    ],
  },
  {
    store: 'seed',
    turns: [
      ['where did trump and putin first meet?', 'Hamburg'],
      ['what about the second one?', 'Vietnam', 'Taking "the second one" as the Vietnam summit'],
      ['when was that?', '2017-11', 'Taking "that" as the Vietnam summit'],
    ],
  },
  {
    store: 'seed',
    turns: [
      ['where is the summit?', 'Helsinki'],
      ['the other one?', 'Hamburg', 'Taking "the other one" as the Hamburg summit'],
    ],
  },
  {
    store: 'seed',
    turns: [
      ['where is the summit?', 'Helsinki'],
      ['3', 'Vietnam', 'For the Vietnam summit'],
    ],
  },
  {
    store: 'seed',
    turns: [
      ['where was the summit?', 'Hamburg'],
      ['2', 'Vietnam', 'For the Vietnam summit'],
    ],
  },
  {
    store: 'seed',
    turns: [
      ['where was the summit?', 'Hamburg'],
      ['3', 'Helsinki', 'For the Helsinki summit'],
    ],
  },
  {
    store: 'seed',
    turns: [
      ['when is the Helsinki summit?', '2018-07-16'],
      ['when was it announced?', '2018-06-28', 'Taking "it" as the Helsinki summit'],
    ],
  },
  {
    store: 'seed',
    turns: [
      ['who confirmed the g20 meeting?', 'Sergei Lavrov'],
      ['where?', 'Hamburg', 'Taking "where?" as "where is the g20 meeting?"'],
    ],
  },
  {
    store: 'seed',
    turns: [
      ['when is the Helsinki summit?', '2018-07-16'],
      [
        'who took part in that meeting?',
        'Donald Trump and Vladimir Putin',
        'Taking "that meeting" as the Helsinki summit',
      ],
    ],
  },
  {
    store: 'seed',
    turns: [
      ['when is the Helsinki summit?', '2018-07-16'],
      [
        'what about the Hamburg summit?',
        '2017',
        'Taking "what about the Hamburg summit?" as "when is the Hamburg summit?"',
      ],
    ],
  },
  {
    store: 'seed',
    turns: [
      ['when is the Helsinki summit?', '2018-07-16'],
      ['who else?', 'Donald Trump and Vladimir Putin', 'Taking "who else?" as "who took part in the Helsinki summit?"'],
    ],
  },
  {
    store: 'seed',
    turns: [
      ['where did trump and putin first meet?', 'Hamburg'],
      ['when?', '2017', 'Taking "when?" as "when was the Hamburg summit?"'],
    ],
  },
  {
    store: 'tests',
    turns: [
      ['when did the earthquake hit?', '2025-02-02'],
      ['how many people were injured in it?', '134', 'Taking "it" as the earthquake'],
      ['where was it felt?', 'Arequipa', 'Taking "it" as the earthquake'],
    ],
  },
  {
    store: 'tests',
    turns: [
      ['when was the Han River Cup final?', '2024-11-10'],
      ['how many people watched it?', '51870', 'Taking "it" as the Han River Cup final'],
    ],
  },
  {
    store: 'tests',
    turns: [
      ['when was the Althing election?', '2024-10-26'],
      ['how many parties stood in it?', '9', 'Taking "it" as the Althing election'],
    ],
  },
  {
    store: 'tests',
    turns: [
      ['who resigned?', 'Kavish Ramdin'],
      ['when?', '2025-03-14', 'Taking "when?" as "when is the Government House resignation?"'],
    ],
  },
  {
    store: 'tests',
    turns: [
      ['who resigned?', 'Kavish Ramdin'],
      ['where?', 'Government House and Port Louis'],
    ],
  },
  {
    store: 'tests',
    turns: [
      ['where was the Boston investigation?', 'Boston'],
      ['when?', '2024-06', 'Taking "when?" as "when was the Boston investigation?"'],
    ],
  },
  {
    store: 'tests',
    turns: [
      ['when was the election?', '2024-10-26'],
      ['2', '2021', 'For the election of Sigrun Halldorsdottir'],
    ],
  },
  {
    store: 'tests',
    turns: [
      ['where was the investigation?', null],
      ['2', 'Boston', 'For the Boston investigation'],
    ],
  },
  {
    store: 'tests',
    turns: [
      ['when was the investigation?', '2024-06'],
      ['1', '2024-06', 'For the Boston investigation'],
    ],
  },
  {
    store: 'tests',
    turns: [
      ['when was the Han River Cup final?', '2024-11-10'],
      ['who won it?', 'Busan Harbour FC', 'Taking "it" as the Han River Cup final'],
      ['how many people watched it?', '51870'],
    ],
  },
  {
    store: 'tests',
    turns: [
      ['when did the earthquake hit?', '2025-02-02'],
      ['where was it felt?', 'Arequipa'],
    ],
  },
  {
    store: 'tests',
    turns: [
      ['when was the Althing election?', '2024-10-26'],
      ['where?', 'Althing', 'Taking "where?" as "where was the Althing election?"'],
    ],
  },
];

let seed: Engine;
let tests: Engine;
beforeAll(async () => {
  seed = await seedEngine();
  const dir = 'test/articles';
  const texts = Object.fromEntries(
    readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .map((n) => [n.slice(0, -4), readFileSync(join(dir, n), 'utf8')]),
  );
  ({ engine: tests } = await engineFor(texts));
}, 120_000);

function talk(engine: Engine, turns: readonly TurnCase[]): Answer[] {
  let context: ConversationContext | null = null;
  return turns.map(([q]) => {
    const a = engine.answer(q, context);
    expect(AnswerSchema.safeParse(a).success).toBe(true);
    context = a.remember ?? context;
    return a;
  });
}

describe('multi-turn conversations through the engine', () => {
  it('has at least 25, over both the seed articles and the tests’ own', () => {
    expect(CONVERSATIONS.length).toBeGreaterThanOrEqual(25);
    expect(CONVERSATIONS.filter((c) => c.store === 'tests').length).toBeGreaterThanOrEqual(10);
  });

  it.each(CONVERSATIONS.map((c) => [c.turns.map((t) => t[0]).join(' → '), c] as const))('%s', (_, c) => {
    const answers = talk(c.store === 'seed' ? seed : tests, c.turns);
    c.turns.forEach(([, value, reading], i) => {
      const a = answers[i]!;
      expect(a.value, c.turns[i]![0]).toBe(value);
      if (typeof reading === 'string') expect(a.reading).toBe(reading);
      else if (reading) expect(a.reading).toMatch(reading);
      if (i === 0) expect(a.reading).toBeNull();
    });
  });
});

describe('choices between events', () => {
  it('lists the candidates, answered one first, and declines as ambiguous only when nothing tells them apart', () => {
    const where = seed.answer('where is the summit?');
    expect(where.candidates.map((c) => c.event)).toEqual([H, 'e2-hamburg-summit', 'e3-vietnam-summit']);
    expect(where.candidates[1]).toEqual({ event: 'e2-hamburg-summit', label: 'Hamburg summit', date: '2017' });
    const launch = tests.answer('where was the investigation?');
    expect(launch.reason).toBe('ambiguous');
    expect(launch.answered).toBe(false);
    expect(launch.candidates.length).toBeGreaterThanOrEqual(2);
    expect(seed.answer('when is the Helsinki summit?').candidates).toEqual([]);
  });

  it('answers as if asked alone when the context names an event the store lacks, or is from another store', () => {
    const stale: ConversationContext = {
      question: 'when is the Oslo summit?',
      event: 'e99-gone',
      subject: 'the Oslo summit',
      people: null,
      place: null,
      value: null,
      candidates: [],
    };
    const a = seed.answer('who announced it?', stale);
    expect(a.reading).toBeNull();
    expect(a).toEqual({ ...seed.answer('who announced it?'), remember: a.remember });
    const choice = seed.answer('where was the summit?', { ...stale, event: null, choice: 'e99-gone' });
    expect(choice.reading).toBeNull();
  });
});

describe('the terminal chat', () => {
  it('passes the same follow-ups, numbers the events a question fits, and takes a number as the choice', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: false });
    const output = Object.assign(new PassThrough(), { isTTY: false });
    let written = '';
    output.on('data', (c: Buffer) => (written += c.toString()));
    const done = runTerminalChat(seed, { input, output, colour: false });
    input.end(
      ['when is the Helsinki summit?', 'who announced it?', 'where was the summit?', '2', 'exit']
        .map((l) => `${l}\n`)
        .join(''),
    );
    await done;
    expect(written).toContain(
      '> who announced it?\n(Taking "it" as the Helsinki summit.)\n' +
        'White House and Moscow announced: the Helsinki summit.',
    );
    expect(written).toContain(
      '  Did you mean (type its number):\n    2. the Vietnam summit (November 2017)\n' +
        '    3. the Helsinki summit (Monday, July 16, 2018)',
    );
    expect(written).toContain('> 2\n(For the Vietnam summit.)\nVietnam: the Vietnam summit.');
  });
});
