import { beforeAll, describe, expect, it } from 'vitest';
import { answerFromSentences, coverage } from '../src/answer/sentence-answer.ts';
import type { StoredSentence } from '../src/store/schema.ts';
import { sentenceReader, type SentenceReader } from './helpers/sentences.ts';

// The sentence reader on its own (needsOf, coverage, answerFromSentences), over small articles of our own:
// what a question asks for, how well a sentence covers it, and the exact answer and sentence it gives.

/** The sentence reader's reply to a question: its answer, value, type and cited sentence, or null. */
function ask(
  r: SentenceReader,
  text: string,
): { answer: string; value?: string; type?: string; cited?: string } | null {
  const q = r.question(text);
  const reply = answerFromSentences(q, r.needs(q), r.indexed, r.knowledge);
  if (!reply) return null;
  return {
    answer: reply.answer,
    ...(reply.value !== undefined ? { value: reply.value } : {}),
    ...(reply.type !== undefined ? { type: reply.type } : {}),
    ...(reply.citations?.[0] ? { cited: reply.citations[0].snippet } : {}),
  };
}

function sentenceOf(r: SentenceReader, text: string): StoredSentence {
  const s = r.store.sentences.find((x) => x.text === text);
  if (!s) throw new Error(`no sentence "${text}"`);
  return s;
}

const PORT = ` date 2026-05-04
Dock workers strike at the port

Dock workers at the port of Lisbon walked out on Monday in a dispute over pay.

The leader of the Harbour Workers Union, Mara Quist, said the strike would go on until the ministry made an offer.

"This is a historic day for every worker on the docks," Quist added.

The strike lasted 12 days and cost the port $2.4 million.

Transport minister Lars Eklund will discuss the dispute and the new pay rules with the union on Thursday.

The protesters demanded the resignation of Transport Minister Lars Eklund.

The first ship left the harbour at 11:48 p.m. on Sunday.
`;

const RESCUE = ` date 2026-02-10
Quake shakes coastal towns

The earthquake damaged roads on the coast of Chile on Tuesday, the region's governor said.

Rescue chief Tomas Brandt handed the medal to Elena Ruiz at the ceremony.

The mayor praised Brandt's leadership of the rescue teams.

The storm hit the festival on Saturday.

The last ferry left the island at 5 p.m.

The company sold 40,000 handsets in St. Louis on its first day.
`;

describe('what a question asks a sentence to cover (needsOf)', () => {
  let r: SentenceReader;
  beforeAll(async () => {
    r = await sentenceReader({ port: PORT, rescue: RESCUE });
  });
  const needs = (text: string) => r.needs(r.question(text));

  it('reads the role the wh-word stands in', () => {
    expect(needs('Who did it?').role).toEqual({ kind: 'agent' });
    expect(needs('Who did the council appoint as chair?').role).toEqual({ kind: 'object' });
    expect(needs('Who will win the final?').role).toEqual({ kind: 'agent' });
    expect(needs('Who did Brandt hand the medal to?').role).toEqual({ kind: 'relation', relation: 'to' });
  });

  it('takes a word capitalised inside ("iPhone") for a content word, not a name', () => {
    const n = needs('When will iPhone deliveries start?');
    expect(n.names).toEqual([]);
    expect(n.content).toEqual(['iphone', 'delivery', 'start']);
    expect(n.verb).toBe('start');
  });

  it('keeps a number and leaves out a one-letter unit ("100 m")', () => {
    const n = needs('Who won the 100 m sprint?');
    expect(n.numbers).toEqual(['100']);
    expect(n.content).toEqual(['win', 'sprint']);
  });

  it('reads the quoted words of a question as lemmas', () => {
    const n = needs('Who said "the strike would go on"?');
    expect(n.quoted).toEqual(['the', 'strike', 'would', 'go', 'on']);
  });

  it('leaves out the words that only name the kind of answer asked for', () => {
    const content = (text: string) => {
      const n = needs(text);
      return { verb: n.verb, content: n.content };
    };
    // "city" is a type word, and "host" asks for a place.
    expect(content('Which city will host the summit?')).toEqual({ verb: null, content: ['summit'] });
    // "discuss" asks for topics, "pay" for a sum, "begin" for an event's date.
    expect(content('What will the ministers discuss at the summit?')).toEqual({
      verb: null,
      content: ['minister', 'summit'],
    });
    expect(content('How much will the club pay for the striker?')).toEqual({
      verb: null,
      content: ['club', 'striker'],
    });
    expect(content('When did the strike begin?')).toEqual({ verb: null, content: ['strike'] });
  });

  it('takes the verb wink tags a noun, between the subject and a determiner ("appeal the ruling")', () => {
    const n = needs('Can the government appeal the ruling?');
    expect(n.verb).toBe('appeal');
    expect(n.content).toEqual(['government', 'appeal', 'ruling']);
  });

  it('keeps years and ordinals apart from the content words', () => {
    const n = needs('Who chaired the fourth meeting in 2025?');
    expect({ years: n.years, numbers: n.numbers, verb: n.verb, content: n.content }).toEqual({
      years: ['2025'],
      numbers: ['fourth'],
      verb: 'chair',
      content: ['chair', 'meeting'],
    });
  });

  it('takes a word with a digit inside ("mp3") for a content word, not a number', () => {
    const n = needs('Who sold the mp3 players?');
    expect({ numbers: n.numbers, content: n.content }).toEqual({ numbers: [], content: ['sell', 'mp3', 'player'] });
  });

  it("reads an event noun heading the verb's object by its lemma, listed as the plural ('talks')", () => {
    const n = needs('Who called the talks?');
    expect({ verb: n.verb, verbObject: n.verbObject }).toEqual({ verb: 'call', verbObject: 'talk' });
  });

  it('marks a place the question names', () => {
    expect(needs('When did the talks in Lisbon begin?').names).toEqual([
      { words: ['lisbon'], entities: ['place:lisbon'], place: true },
    ]);
  });

  it('reads a speaker, an object and a possessor as the asked role', () => {
    expect(needs('According to whom did the talks fail?').role).toEqual({ kind: 'speaker' });
    expect(needs('Who told reporters that the talks had failed?').role).toEqual({ kind: 'speaker' });
    expect(needs('Whom did the council elect?').role).toEqual({ kind: 'object' });
    expect(needs('Who was elected mayor?').role).toEqual({ kind: 'object' });
    expect(needs('Whose car was stolen?').role).toEqual({ kind: 'object' });
  });

  it('takes words of one event family for one word, and two verbs of a kind only where the knowledge says', () => {
    const n = needs('When did the leaders meet?');
    expect(n.content).toEqual(['leader', 'meet']);
    expect(n.degrees('talk')).toEqual([0, 1]);
    expect(n.degree('summit', 'meet')).toBe(1);
    expect(n.degree('beat', 'win')).toBe(1);
    expect(n.degree('lose', 'win')).toBe(0);
  });

  it('takes a capitalised word the store does not know for a name, a place when it is one', () => {
    expect(needs('When did the strike in Peru begin?').names).toEqual([
      { words: ['peru'], entities: [], place: true, phrase: true },
    ]);
  });

  it('reads a name the store knows with its entity', () => {
    expect(needs('What did Quist say about the ceasefire?').names).toEqual([
      { words: ['quist'], entities: ['person:mara-quist'], place: false },
    ]);
  });
});

describe('how well a sentence covers a question (coverage)', () => {
  let r: SentenceReader;
  beforeAll(async () => {
    r = await sentenceReader({
      port: PORT,
      rescue: RESCUE,
      union: [
        ' date 2026-08-01\nUnion speaks',
        'The union held a news conference on Friday.',
        'The union signed a pay deal with the ministry in 2025.',
        'The board took the decision on Friday.',
        'The dock workers walked out on Friday.',
        'The union signed a pay deal with the ministry on May 2.',
        'Mara Quist said the strike would go on until the ministry made an offer.',
        'Dockers in Lisbon went on strike on Monday.',
        'The dockers in Porto marched to the harbour.',
        'The dockers marched to the harbour.',
        'The rally began at noon on Friday.',
        'The strike began in 2026.',
      ].join('\n\n'),
    });
  });
  const cover = (question: string, sentence: string) => {
    const s = sentenceOf(r, sentence);
    const c = coverage(s, r.needs(r.question(question)), r.indexed.articleTerms(s.article));
    return c && { score: c.score, facts: c.facts.map((f) => f.predicate) };
  };

  it('scores every content word present and a fact of the asked verb: 3 + 1', () => {
    expect(
      cover('How much did the strike cost the port?', 'The strike lasted 12 days and cost the port $2.4 million.'),
    ).toEqual({ score: 4, facts: ['cost'] });
  });

  it('counts a name of the question in the sentence twice', () => {
    expect(
      cover(
        'What will Eklund discuss with the union?',
        'Transport minister Lars Eklund will discuss the dispute and the new pay rules with the union on Thursday.',
      ),
    ).toEqual({ score: 5, facts: [] });
  });

  it('counts a number of the question twice, with the fact of its verb', () => {
    expect(
      cover(
        'What time did the first ship leave the harbour?',
        'The first ship left the harbour at 11:48 p.m. on Sunday.',
      ),
    ).toEqual({ score: 6, facts: ['leave'] });
    expect(
      cover(
        'Where did the company sell 40,000 handsets?',
        'The company sold 40,000 handsets in St. Louis on its first day.',
      ),
    ).toEqual({ score: 6, facts: ['sell'] });
  });

  it('counts a year of the question twice', () => {
    expect(
      cover('Did the union sign a pay deal in 2025?', 'The union signed a pay deal with the ministry in 2025.'),
    ).toEqual({ score: 6, facts: ['sign'] });
  });

  it('gives no point for a fact when none has the asked verb', () => {
    expect(
      cover(
        'Who leads the union?',
        'The leader of the Harbour Workers Union, Mara Quist, said the strike would go on until the ministry ' +
          'made an offer.',
      ),
    ).toEqual({ score: 3, facts: [] });
  });

  it('counts the fact of a light verb with the question\'s words ("hold a news conference")', () => {
    expect(cover('When did the union hold a news conference?', 'The union held a news conference on Friday.')).toEqual({
      score: 4,
      facts: ['hold'],
    });
  });

  it('counts the fact of a light verb with the question\'s words ("take the decision")', () => {
    expect(cover('When did the board take the decision?', 'The board took the decision on Friday.')).toEqual({
      score: 4,
      facts: ['take'],
    });
  });

  it('counts the fact of a phrasal verb by its first word ("walked out" for "walk")', () => {
    expect(cover('When did the dock workers walk out?', 'The dock workers walked out on Friday.')).toEqual({
      score: 4,
      facts: ['walk out'],
    });
  });

  it('takes a year as stated by a date its article fixes, and misses a sentence of another year', () => {
    const said = 'The union signed a pay deal with the ministry on May 2.';
    expect(cover('Did the union sign a pay deal in 2026?', said)).toEqual({ score: 6, facts: ['sign'] });
    expect(cover('Did the union sign a pay deal in 2024?', said)).toBeNull();
  });

  it('misses a sentence without the quoted words in their order', () => {
    const said = 'Mara Quist said the strike would go on until the ministry made an offer.';
    expect(cover('Who said "the strike would go on"?', said)).toEqual({ score: 4, facts: ['say'] });
    expect(cover('Who said "go on the strike"?', said)).toBeNull();
  });

  it('misses a sentence that names another place than the one asked about, told elsewhere in its article', () => {
    expect(cover('Where did the dockers in Lisbon march?', 'The dockers in Porto marched to the harbour.')).toBeNull();
    expect(cover('Where did the dockers in Lisbon march?', 'The dockers marched to the harbour.')).toEqual({
      score: 4,
      facts: ['march'],
    });
    expect(cover('Where did the dockers march?', 'The dockers in Porto marched to the harbour.')).toEqual({
      score: 4,
      facts: ['march'],
    });
  });

  it('takes half the words of the question when its name is elsewhere in the article', () => {
    expect(cover('When did Quist hold the harbour rally?', 'The rally began at noon on Friday.')).toEqual({
      score: 1.5,
      facts: [],
    });
  });

  it('takes a name of several words the article gives only as the entity it names (a surname alone)', () => {
    const s = sentenceOf(r, 'The rally began at noon on Friday.');
    const needs = r.needs(r.question('When did Mara Quist hold the harbour rally?'));
    expect(needs.names.map((n) => [n.words, n.entities])).toEqual([[['mara', 'quist'], ['person:mara-quist']]]);
    const withEntity = (inArticle: boolean) =>
      coverage(
        s,
        needs,
        r.indexed.articleTerms(s.article),
        () => false,
        (id) => inArticle && id === 'person:mara-quist',
      )?.score ?? null;
    expect(withEntity(true)).toBe(1.5);
    expect(withEntity(false)).toBeNull();
    // A name of no entity is in the article only as its words together, though each is there apart.
    const deal = sentenceOf(r, 'The union signed a pay deal with the ministry on May 2.');
    const unknown = r.needs(r.question('When did the Harbour Ministry sign the deal?'));
    expect(unknown.names.map((n) => [n.words, n.entities])).toEqual([[['harbor', 'ministry'], []]]);
    const apart = (phrase: boolean) =>
      coverage(
        deal,
        unknown,
        r.indexed.articleTerms(deal.article),
        () => phrase,
        () => true,
      )?.score ?? null;
    expect(apart(true)).toBe(4);
    expect(apart(false)).toBeNull();
  });

  it('misses every sentence for a question with neither a name nor a word to cover', () => {
    expect(cover('What happened in 2026?', 'The strike began in 2026.')).toBeNull();
  });

  it('misses a sentence when a name of the question is nowhere in its article', () => {
    expect(cover('Where did the dockers of Faro march?', 'The dockers marched to the harbour.')).toBeNull();
  });

  it('misses a sentence without the number the question names', () => {
    expect(cover('Who won the 100 m sprint?', 'The storm hit the festival on Saturday.')).toBeNull();
  });
});

describe('answers read from one sentence (answerFromSentences)', () => {
  let r: SentenceReader;
  beforeAll(async () => {
    r = await sentenceReader({ port: PORT, rescue: RESCUE });
  });

  it('gives what the named person said, from their quotation, though it does not name the topic', () => {
    expect(ask(r, 'What did Quist say about the ceasefire?')).toEqual({
      answer: '“This is a historic day for every worker on the docks,” — Quist.',
      value: 'This is a historic day for every worker on the docks',
      type: 'quote',
      cited: '"This is a historic day for every worker on the docks," Quist added.',
    });
  });

  it('answers "who … to?" with the phrase after "to"', () => {
    expect(ask(r, 'Who did Brandt hand the medal to?')).toEqual({
      answer: 'Elena Ruiz.',
      value: 'Elena Ruiz',
      type: 'person',
      cited: 'Rescue chief Tomas Brandt handed the medal to Elena Ruiz at the ceremony.',
    });
  });

  it('answers "whose …" with the name after "of" or before "\'s"', () => {
    expect(ask(r, 'Whose resignation did the protesters demand?')).toEqual({
      answer: 'Lars Eklund.',
      value: 'Lars Eklund',
      type: 'person',
      cited: 'The protesters demanded the resignation of Transport Minister Lars Eklund.',
    });
    expect(ask(r, 'Whose leadership did the mayor praise?')).toEqual({
      answer: 'Tomas Brandt.',
      value: 'Tomas Brandt',
      type: 'person',
      cited: "The mayor praised Brandt's leadership of the rescue teams.",
    });
  });

  it('does not answer "who" with an event ("the festival")', () => {
    expect(ask(r, 'Who did the storm hit?')).toBeNull();
  });

  it('answers "who" with a person whose name ends in an event word ("Nora March")', async () => {
    const letter = await sentenceReader({
      letter: ` date 2026-05-04
Letter sent

Finance minister Nora March signed the letter on Monday.
`,
    });
    expect(ask(letter, 'Who signed the letter?')).toEqual({
      answer: 'Nora March.',
      value: 'Nora March',
      type: 'person',
      cited: 'Finance minister Nora March signed the letter on Monday.',
    });
  });

  it('keeps the dots inside an answer and ends it with one', () => {
    expect(ask(r, 'Where did the company sell 40,000 handsets?')).toEqual({
      answer: 'St. Louis.',
      value: 'St. Louis',
      type: 'place',
      cited: 'The company sold 40,000 handsets in St. Louis on its first day.',
    });
    expect(ask(r, 'What time did the last ferry leave the island?')).toEqual({
      answer: '5 p.m.',
      value: '17:00',
      type: 'time',
      cited: 'The last ferry left the island at 5 p.m.',
    });
  });

  it('answers where with the named place in the fact, not put off by a later possessive', () => {
    expect(ask(r, 'Where did the earthquake damage roads?')).toEqual({
      answer: 'coast of Chile.',
      value: 'coast of Chile',
      type: 'place',
      cited: "The earthquake damaged roads on the coast of Chile on Tuesday, the region's governor said.",
    });
  });

  it("answers where with the named place nearest the question's words when no fact of its verb places it", async () => {
    const cocoa = await sentenceReader({
      cocoa: ` date 2026-03-10
Cocoa talks

Delegates from Ghana and Nigeria gathered on Monday, and the cocoa summit opened later in Accra.
`,
    });
    expect(ask(cocoa, 'Where was the cocoa summit?')).toEqual({
      answer: 'Accra.',
      value: 'Accra',
      type: 'place',
      cited: 'Delegates from Ghana and Nigeria gathered on Monday, and the cocoa summit opened later in Accra.',
    });
  });

  it('answers where with the place the sentence names, though a possessive comes later in it', async () => {
    const quake = await sentenceReader({
      quake: ` date 2026-02-10
Quake on the coast

The earthquake shook Valparaiso on Tuesday, the agency's report said.
`,
    });
    expect(ask(quake, 'What city did the earthquake shake?')).toEqual({
      answer: 'Valparaiso.',
      value: 'Valparaiso',
      type: 'place',
      cited: "The earthquake shook Valparaiso on Tuesday, the agency's report said.",
    });
  });

  it('does not answer where with a possessor ("Chile\'s disaster agency")', async () => {
    const agency = await sentenceReader({
      agency: ` date 2026-02-10
Quake on the coast

The earthquake struck on Tuesday, Chile's disaster agency said.
`,
    });
    expect(ask(agency, 'Where did the earthquake strike?')).toBeNull();
  });

  it('answers what will be discussed from a sentence that says it', () => {
    const said =
      'Transport minister Lars Eklund will discuss the dispute and the new pay rules with the union on Thursday.';
    expect(ask(r, 'What will Eklund discuss with the union?')).toEqual({
      answer: `From the articles: "${said}"`,
      value: said,
      type: 'description',
      cited: said,
    });
  });

  it('answers how long and how much', () => {
    const cited = 'The strike lasted 12 days and cost the port $2.4 million.';
    expect(ask(r, 'How long did the strike last?')).toEqual({
      answer: '12 days.',
      value: '12 days',
      type: 'duration',
      cited,
    });
    expect(ask(r, 'How much did the strike cost the port?')).toEqual({
      answer: '$2.4 million.',
      value: '$2.4 million',
      type: 'money',
      cited,
    });
  });
});

/** Two sentences that answer "Where did the ferry reach?" alike, the longer first, among two long ones. */
const FERRY = [
  ' date 2026-06-01',
  'Ferry crosses in rough seas',
  'The ferry reached Valletta after a long crossing through rough seas from the north.',
  'The ferry reached Valletta.',
  // Two long sentences about other things: both ferry sentences are shorter than the average.
  'Harbour officials said the storm that closed the port for most of the week had torn down power lines, ' +
    'flooded the fish market and left hundreds of small boats stranded along the northern coast until the ' +
    'wind dropped on Thursday evening.',
  'Shipping companies warned that cargo services between the southern islands and the mainland would remain ' +
    'slower than usual for several days while engineers inspected the damaged loading cranes and the ' +
    'breakwater near the old lighthouse.',
].join('\n\n');

describe('which of two sentences answers', () => {
  let r: SentenceReader;
  beforeAll(async () => {
    r = await sentenceReader({ ferry: FERRY });
  });

  it('the shorter of two that cover the question alike (retrieval ranks by length against the average)', () => {
    expect(ask(r, 'Where did the ferry reach?')).toEqual({
      answer: 'Valletta.',
      value: 'Valletta',
      type: 'place',
      cited: 'The ferry reached Valletta.',
    });
  });

  it("the event's own sentences first, and among them the one that covers the question best", async () => {
    const night = 'The night ferry from the north reached Valletta on Monday.';
    const long = 'The ferry reached Valletta after a long crossing through rough seas from the north.';
    const r = await sentenceReader({
      ferry: [' date 2026-06-01', 'Ferry crosses in rough seas', long, night].join('\n\n'),
    });
    const q = r.question('Where did the night ferry from the north reach?');
    const cited = (own: readonly string[]): Array<string | undefined> | undefined =>
      answerFromSentences(
        q,
        r.needs(q),
        r.indexed,
        r.knowledge,
        own.map((text) => sentenceOf(r, text)),
      )?.citations?.map((c) => c?.snippet);
    // The night ferry's sentence names more of the question ...
    expect(cited([])).toEqual([night]);
    // ... yet the event's own sentence comes before it, and of two own sentences the better still wins.
    expect(cited([long])).toEqual([long]);
    expect(cited([long, night])).toEqual([night]);
  });
});

describe('no and yes', () => {
  it('says no when the sentence has "no" before the asked word, in another form ("no negotiations")', async () => {
    const r = await sentenceReader({
      talks: ` date 2026-07-20
Union rules out talks

No negotiations with the ministry are planned, the union said.
`,
    });
    expect(ask(r, 'Will the union negotiate with the ministry?')).toEqual({
      answer: 'No, according to the article.',
      value: 'no',
      type: 'yesno',
      cited: 'No negotiations with the ministry are planned, the union said.',
    });
  });
});

describe('who holds a role (a role noun beside a name)', () => {
  let r: SentenceReader;
  beforeAll(async () => {
    r = await sentenceReader({
      panel: ` date 2026-03-03
Reform panel meets

As head of state, the president thanked Ines Varga, the head of the appeals court.
`,
      rally: ` date 2026-04-11
Organisers defiant

The Brazilian, organiser of the rally, spoke first.
`,
    });
  });

  it('finds the name before ", the head of …", after a first "head" with no name beside it', () => {
    expect(ask(r, 'Who heads the appeals court?')).toEqual({
      answer: 'Ines Varga.',
      value: 'Ines Varga',
      type: 'person',
      cited: 'As head of state, the president thanked Ines Varga, the head of the appeals court.',
    });
  });

  it('takes a name of any kind beside the role noun ("The Brazilian, organiser of …")', () => {
    expect(ask(r, 'Who organised the rally?')).toEqual({
      answer: 'Brazilian.',
      value: 'Brazilian',
      type: 'actor',
      cited: 'The Brazilian, organiser of the rally, spoke first.',
    });
  });

  it('takes the name set right before ", a leader of …", and no name further off', async () => {
    const other = await sentenceReader({
      union: ` date 2026-04-02
Union

Mara Quist, a leader of the dock union, said the strike would go on.
`,
      court: ` date 2026-04-03
Court

Ivo Petrak praised the new judge, the head of the appeals court.
`,
    });
    expect(ask(other, 'Who leads the dock union?')).toEqual({
      answer: 'Mara Quist.',
      value: 'Mara Quist',
      type: 'person',
      cited: 'Mara Quist, a leader of the dock union, said the strike would go on.',
    });
    expect(ask(other, 'Who heads the appeals court?')).toBeNull();
  });

  it('never takes a place or the team a role noun is "of" for the holder', async () => {
    const other = await sentenceReader({
      parade: ` date 2026-04-11
Parade goes on

In Lisbon, the organiser of the parade, Ana Lopes, said it would go ahead.
`,
      team: ` date 2026-04-12
Coach joins rivals

Dynamo Rovers said the coach of Kestrel Athletic, Ivo Petrak, would join them.
`,
    });
    expect(ask(other, 'Who organised the parade?')).toBeNull();
    expect(ask(other, 'Who coaches Dynamo Rovers?')).toBeNull();
  });
});

describe('the person a "who" question asks for, when no fact of its verb names them', () => {
  let r: SentenceReader;
  beforeAll(async () => {
    r = await sentenceReader({
      protest: ` date 2026-06-10
Crowds outside parliament

Protesters outside parliament renewed their demand for Eklund's resignation.

Transport Minister Lars Eklund met union leaders on Monday.
`,
      ceremony: ` date 2026-06-11
Medals for rescuers

At the ceremony, Rescue chief Tomas Brandt handed the medal to Elena Ruiz.
`,
    });
  });

  it('answers "whose …" from "X\'s resignation" in a sentence with no fact of the asked verb', () => {
    expect(ask(r, 'Whose resignation did the protesters demand?')).toEqual({
      answer: 'Lars Eklund.',
      value: 'Lars Eklund',
      type: 'person',
      cited: "Protesters outside parliament renewed their demand for Eklund's resignation.",
    });
  });

  it('answers "whose …" with the name right before "\'s", not another name earlier in the sentence', async () => {
    const said = await sentenceReader({
      said: ` date 2026-06-10
Crowds outside parliament

Mara Quist said protesters renewed their demand for Eklund's resignation.

Transport Minister Lars Eklund met union leaders on Monday.
`,
    });
    expect(ask(said, 'Whose resignation did the protesters demand?')).toEqual({
      answer: 'Lars Eklund.',
      value: 'Lars Eklund',
      type: 'person',
      cited: "Mara Quist said protesters renewed their demand for Eklund's resignation.",
    });
  });

  it('answers "who … to?" from the "to" phrase, not the phrase before it', () => {
    expect(ask(r, 'Who did Brandt hand the medal to?')).toEqual({
      answer: 'Elena Ruiz.',
      value: 'Elena Ruiz',
      type: 'person',
      cited: 'At the ceremony, Rescue chief Tomas Brandt handed the medal to Elena Ruiz.',
    });
  });

  it('gives no one for "who … to?" when the fact has no "to" phrase', async () => {
    const keys = await sentenceReader({
      keys: ` date 2026-06-12
Keys handed over

Brandt handed over the keys on Monday.
`,
    });
    expect(ask(keys, 'Who did Brandt hand the keys to?')).toBeNull();
  });
});

describe('which sentence answers first', () => {
  it('body text before a caption, though the caption covers the question better', async () => {
    const r = await sentenceReader({
      cup: ` date 2026-03-10
Leah Moss scores in Lisbon

She scored in Porto on Sunday.
`,
    });
    expect(ask(r, 'Where did Leah Moss score?')).toEqual({
      answer: 'Porto.',
      value: 'Porto',
      type: 'place',
      cited: 'She scored in Porto on Sunday.',
    });
  });

  it('the sentence with the name of the question before a shorter one retrieval ranks higher', async () => {
    const r = await sentenceReader({
      goal: [
        ' date 2026-03-17',
        'Rovers win again',
        'The winning goal was scored in Braga.',
        'Leah Moss, who joined the club from a rival side last summer after a long injury, scored the winning goal ' +
          'late in the second half at the packed stadium in Guimaraes.',
        // Two more sentences with her name make it a common word of the store: the short sentence ranks first.
        'Moss has now scored nine times this season.',
        'Moss thanked the fans.',
      ].join('\n\n'),
    });
    expect(ask(r, 'Where did Moss score the winning goal?')).toEqual({
      answer: 'Guimaraes.',
      value: 'Guimaraes',
      type: 'place',
      cited:
        'Leah Moss, who joined the club from a rival side last summer after a long injury, scored the winning goal ' +
        'late in the second half at the packed stadium in Guimaraes.',
    });
  });

  it('a future question passes over a sentence that dates the act before the article', async () => {
    const r = await sentenceReader({
      deal: ` date 2026-05-04
Union deal

The union signed the deal on May 2.

The ministers will sign the deal on May 20.
`,
    });
    expect(ask(r, 'When will the union sign the deal?')).toEqual({
      answer: 'Wednesday, May 20, 2026.',
      value: '2026-05-20',
      type: 'date',
      cited: 'The ministers will sign the deal on May 20.',
    });
  });
});

describe('the value each kind of question reads from its sentence', () => {
  let r: SentenceReader;
  beforeAll(async () => {
    r = await sentenceReader({
      harbour: ` date 2026-09-14
Harbour repairs

The supreme court has ruled against the ferry company.

The flood barrier failed just after 5 a.m., engineers said.

The port will reopen by spring, according to the Harbour Authority.

Ivo Petrak, the chief engineer of the harbour, said repairs would take weeks.

The company sold 40,000 handsets and 300 tablets on the first day.

The crew said 12 passengers were rescued.
`,
    });
  });

  it('dates news told in the present perfect by the day its article was published', () => {
    expect(ask(r, 'When did the supreme court rule?')).toEqual({
      answer: 'Monday, September 14, 2026 (the day the article was published).',
      value: '2026-09-14',
      type: 'date',
      cited: 'The supreme court has ruled against the ferry company.',
    });
  });

  it('answers when with the time of day of a sentence that gives no date', () => {
    expect(ask(r, 'When did the flood barrier fail?')).toEqual({
      answer: '5 a.m.',
      value: '05:00',
      type: 'time',
      cited: 'The flood barrier failed just after 5 a.m., engineers said.',
    });
  });

  it('answers "according to whom" with the source after "according to"', () => {
    expect(ask(r, 'According to whom will the port reopen?')).toEqual({
      answer: 'Harbour Authority.',
      value: 'Harbour Authority',
      type: 'organisation',
      cited: 'The port will reopen by spring, according to the Harbour Authority.',
    });
  });

  it('answers "who is X?" with the role written beside the name', () => {
    expect(ask(r, 'Who is Ivo Petrak?')).toEqual({
      answer: 'the chief engineer of the harbour.',
      value: 'the chief engineer of the harbour',
      type: 'role',
      cited: 'Ivo Petrak, the chief engineer of the harbour, said repairs would take weeks.',
    });
  });

  it('answers "who is X?" with the role the store knows for X when no role is written beside the name', async () => {
    const visit = await sentenceReader({
      visit: ` date 2026-04-02
Minister visits

Transport Minister Lars Eklund visited the port on Monday.
`,
    });
    expect(ask(visit, 'Who is Lars Eklund?')).toEqual({
      answer: 'Transport Minister.',
      value: 'Transport Minister',
      type: 'role',
      cited: 'Transport Minister Lars Eklund visited the port on Monday.',
    });
  });

  it('counts the things asked for, not another count or the number of the question', () => {
    const cited = 'The company sold 40,000 handsets and 300 tablets on the first day.';
    expect(ask(r, 'How many handsets did the company sell?')).toEqual({
      answer: '40,000.',
      value: '40000',
      type: 'number',
      cited,
    });
    expect(ask(r, 'How many tablets did the company sell on the first day?')).toEqual({
      answer: '300.',
      value: '300',
      type: 'number',
      cited,
    });
    expect(ask(r, 'How many passengers were rescued?')).toEqual({
      answer: '12.',
      value: '12',
      type: 'number',
      cited: 'The crew said 12 passengers were rescued.',
    });
  });
});

describe('a wire story, a common place, and a yes or a no', () => {
  let r: SentenceReader;
  beforeAll(async () => {
    r = await sentenceReader({
      wire: [
        'OSLO, Norway (Reuters) - The company on Tuesday unveiled its first electric ferry.',
        'The ferry company did not sign the contract with the port.',
        'The captain was found dead in his apartment, police said.',
        'The port authority announced no further delays to the ferry service.',
      ].join('\n\n'),
    });
  });

  it('answers where from the place a wire story was filed from, when its first sentence names none', () => {
    expect(ask(r, 'Where did the company unveil its first electric ferry?')).toEqual({
      answer: 'Oslo, Norway.',
      value: 'Oslo',
      type: 'place',
      cited: 'OSLO, Norway (Reuters) - The company on Tuesday unveiled its first electric ferry.',
    });
  });

  it('answers where with a common noun after "in", without its determiner', () => {
    expect(ask(r, 'Where was the captain found dead?')).toEqual({
      answer: 'apartment.',
      value: 'apartment',
      type: 'place',
      cited: 'The captain was found dead in his apartment, police said.',
    });
  });

  it('says yes from a sentence that states it, no from a negated fact or from "no" before the asked word', () => {
    expect(ask(r, 'Did the company unveil an electric ferry?')).toEqual({
      answer: 'Yes, according to the article.',
      value: 'yes',
      type: 'yesno',
      cited: 'OSLO, Norway (Reuters) - The company on Tuesday unveiled its first electric ferry.',
    });
    expect(ask(r, 'Did the ferry company sign the contract with the port?')).toEqual({
      answer: 'No, according to the article.',
      value: 'no',
      type: 'yesno',
      cited: 'The ferry company did not sign the contract with the port.',
    });
    expect(ask(r, 'Will there be further delays to the ferry service?')).toEqual({
      answer: 'No, according to the article.',
      value: 'no',
      type: 'yesno',
      cited: 'The port authority announced no further delays to the ferry service.',
    });
  });
});

describe('names, quotations and dates read with care', () => {
  let r: SentenceReader;
  beforeAll(async () => {
    r = await sentenceReader({
      club: ` date 2026-04-02
Club news

The club appointed Dana Whitfield as head coach on Monday.

Whitfield signed a three-year contract with the club.

Whitfield said: "We will fight for the title."

Whitfield told reporters: "The title race is open and the fans deserve a fight."

Chief Executive Marta Solberg and finance chief Jon Berg opened the new plant.

On Monday, the mayor thanked the volunteers after the flood.
`,
    });
  });

  it('answers who with the full name of the person a surname stands for', () => {
    expect(ask(r, 'Who signed a three-year contract with the club?')).toEqual({
      answer: 'Dana Whitfield.',
      value: 'Dana Whitfield',
      type: 'person',
      cited: 'Whitfield signed a three-year contract with the club.',
    });
  });

  it('answers who with every person the phrase names, without their titles', () => {
    expect(ask(r, 'Who opened the new plant?')).toEqual({
      answer: 'Marta Solberg and Jon Berg.',
      value: 'Marta Solberg and Jon Berg',
      type: 'person',
      cited: 'Chief Executive Marta Solberg and finance chief Jon Berg opened the new plant.',
    });
  });

  it('gives the quotation of the named person that shares most words with the topic', () => {
    expect(ask(r, 'What did Whitfield say about the title race?')).toEqual({
      answer: '“The title race is open and the fans deserve a fight.” — Whitfield.',
      value: 'The title race is open and the fans deserve a fight',
      type: 'quote',
      cited: 'Whitfield told reporters: "The title race is open and the fans deserve a fight."',
    });
  });

  it('does not date an event by the day of what was done after it', () => {
    expect(ask(r, 'When was the flood?')).toBeNull();
  });

  it('gives no clock time from a sentence that has only a day', () => {
    expect(ask(r, 'What time did the club appoint Whitfield?')).toBeNull();
    expect(ask(r, 'When did the club appoint Whitfield?')).toEqual({
      answer: 'Monday, March 30, 2026.',
      value: '2026-03-30',
      type: 'date',
      cited: 'The club appointed Dana Whitfield as head coach on Monday.',
    });
  });
});

describe('a whole sentence as the answer to "what"', () => {
  let r: SentenceReader;
  beforeAll(async () => {
    r = await sentenceReader({
      council: ` date 2026-06-02
Ministers meet

The ministers will meet in Brussels on Friday.

In Brussels, the ministers will discuss the budget and the new tax rules.

Pasta is a staple food of the region.

The smuggler was sentenced to nine years in prison on Monday.
`,
    });
  });

  it('gives the sentence that says what will be discussed, not one that only says where they meet', () => {
    const said = 'In Brussels, the ministers will discuss the budget and the new tax rules.';
    expect(ask(r, 'What will the ministers discuss in Brussels?')).toEqual({
      answer: `From the articles: "${said}"`,
      value: said,
      type: 'description',
      cited: said,
    });
  });

  it('gives a sentence holding two words of the question, and none for one word alone', () => {
    const said = 'In Brussels, the ministers will discuss the budget and the new tax rules.';
    expect(ask(r, 'What are the new tax rules?')).toEqual({
      answer: `From the articles: "${said}"`,
      value: said,
      type: 'description',
      cited: said,
    });
    expect(ask(r, 'What is pasta?')).toBeNull();
  });

  it('answers how long with a duration of several words as written', () => {
    expect(ask(r, 'How long was the smuggler sentenced to?')).toEqual({
      answer: 'nine years.',
      value: 'nine years',
      type: 'duration',
      cited: 'The smuggler was sentenced to nine years in prison on Monday.',
    });
  });
});

describe('who leads, and who said the quoted words', () => {
  let r: SentenceReader;
  beforeAll(async () => {
    r = await sentenceReader({
      union: ` date 2026-04-02
Union vows to fight

Union leader Mara Quist said the strike would go on.

Quist said: "We will fight for every job."
`,
    });
  });

  it('finds the name right after the role noun made from the verb ("leader Mara Quist")', () => {
    expect(ask(r, 'Who leads the union?')).toEqual({
      answer: 'Mara Quist.',
      value: 'Mara Quist',
      type: 'person',
      cited: 'Union leader Mara Quist said the strike would go on.',
    });
  });

  it('answers who said the quoted words with the speaker of the quotation, by full name', () => {
    expect(ask(r, 'Who said "we will fight for every job"?')).toEqual({
      answer: 'Mara Quist.',
      value: 'Mara Quist',
      type: 'person',
      cited: 'Quist said: "We will fight for every job."',
    });
  });
});

describe('counts and common places', () => {
  let r: SentenceReader;
  beforeAll(async () => {
    r = await sentenceReader({
      blast: ` date 2026-04-02
Blast in the old town

The stolen paintings were found in two warehouses.

The blast injured 14 and damaged 3 buildings.

A fire broke out and 9 were hurt.
`,
    });
  });

  it('answers where with a plural common place noun', () => {
    expect(ask(r, 'Where were the stolen paintings found?')).toEqual({
      answer: 'two warehouses.',
      value: 'two warehouses',
      type: 'place',
      cited: 'The stolen paintings were found in two warehouses.',
    });
  });

  it('takes the count of the unit asked for, the only count when none is asked, and no count of two', () => {
    expect(ask(r, 'How many buildings did the blast damage?')).toEqual({
      answer: '3.',
      value: '3',
      type: 'number',
      cited: 'The blast injured 14 and damaged 3 buildings.',
    });
    expect(ask(r, 'How many were hurt?')).toEqual({
      answer: '9.',
      value: '9',
      type: 'number',
      cited: 'A fire broke out and 9 were hurt.',
    });
    expect(ask(r, 'How many did the blast injure?')).toBeNull();
  });
});

describe('the speaker of a sentence of speech', () => {
  let r: SentenceReader;
  beforeAll(async () => {
    r = await sentenceReader({
      port: ` date 2026-04-02
Port news

He said the port would close for a week.

The harbour master said the ferries would be delayed.
`,
    });
  });

  it('answers with the agent of "said", as written when it names no one', () => {
    expect(ask(r, 'Who said the ferries would be delayed?')).toEqual({
      answer: 'harbour master.',
      value: 'harbour master',
      type: 'actor',
      cited: 'The harbour master said the ferries would be delayed.',
    });
  });

  it('never answers with a pronoun', () => {
    expect(ask(r, 'Who said the port would close for a week?')).toBeNull();
  });
});

describe('a yes or a no rests on most of the question', () => {
  it('gives none from a sentence that shares the name and some words but not three in five of them', async () => {
    const r = await sentenceReader({
      pilots: ` date 2026-04-02
Port news

Mara Quist met the young ferry pilots on Monday.
`,
    });
    expect(ask(r, 'Will Quist thank the young ferry pilots and their families?')).toBeNull();
    expect(ask(r, 'Did Quist meet the young ferry pilots?')).toEqual({
      answer: 'Yes, according to the article.',
      value: 'yes',
      type: 'yesno',
      cited: 'Mara Quist met the young ferry pilots on Monday.',
    });
  });
});

describe('the sentences retrieval finds for a word of the question', () => {
  let r: SentenceReader;
  beforeAll(async () => {
    r = await sentenceReader({
      coast: ` date 2026-04-02
Coast shaken

The quake hit on Friday.

Eklund resigned on Thursday.
`,
    });
  });

  it('finds a sentence by another noun of the same kind of event ("earthquake": "quake")', () => {
    expect(ask(r, 'When did the earthquake happen?')).toEqual({
      answer: 'Friday, March 27, 2026.',
      value: '2026-03-27',
      type: 'date',
      cited: 'The quake hit on Friday.',
    });
  });

  it('finds a sentence by a word of the same stem ("resignation": "resigned")', () => {
    expect(ask(r, 'When was the resignation?')).toEqual({
      answer: 'Thursday, April 2, 2026.',
      value: '2026-04-02',
      type: 'date',
      cited: 'Eklund resigned on Thursday.',
    });
  });
});

describe('retrieval among many sentences', () => {
  it("finds a long sentence by the question's rare name among over 40 short ones with its common words", async () => {
    const piers = Array.from({ length: 45 }, (_, n) => `The ferry docked at pier ${n + 1} on time.`);
    const crossing =
      'After a long and stormy crossing from the islands in the far north, with two engines failing and the crew ' +
      'working through the night to keep the passengers calm and dry, the ferry Aurora finally docked in Tromso.';
    const r = await sentenceReader({
      piers: [' date 2026-04-02', 'Ferry timetable', ...piers].join('\n\n'),
      aurora: [' date 2026-04-03', 'Aurora', crossing].join('\n\n'),
    });
    expect(ask(r, 'Where did the ferry Aurora dock?')).toEqual({
      answer: 'Tromso.',
      value: 'Tromso',
      type: 'place',
      cited: crossing,
    });
  });
});

describe('an answer of another kind than the one asked', () => {
  it('passes over a country for "which city", to the next sentence that gives a city', async () => {
    const r = await sentenceReader({
      summit: ` date 2026-04-02
Summit plans

Leaders said the summit would take place in Portugal in June.

The summit will be held in Porto.
`,
    });
    expect(ask(r, 'Where will the summit be held?')).toEqual({
      answer: 'Portugal.',
      value: 'Portugal',
      type: 'place',
      cited: 'Leaders said the summit would take place in Portugal in June.',
    });
    expect(ask(r, 'Which city will host the summit?')).toEqual({
      answer: 'Porto.',
      value: 'Porto',
      type: 'place',
      cited: 'The summit will be held in Porto.',
    });
  });
});

describe('an undated article, a verb named by its noun, and a sentence missing a word', () => {
  let r: SentenceReader;
  beforeAll(async () => {
    r = await sentenceReader({
      undated: `River news

The river was closed on Tuesday night.

The smugglers were sentenced on Monday, and Judge Ines Varga, who imposed the sentence, called the crimes grave.

The ministers will discuss the new tax rules.
`,
    });
  });

  it('answers when with the words of a date no year fixes, and what year not at all', () => {
    expect(ask(r, 'When was the river closed?')).toEqual({
      answer: 'Tuesday night.',
      value: 'Tuesday night',
      type: 'date',
      cited: 'The river was closed on Tuesday night.',
    });
    expect(ask(r, 'What year was the river closed?')).toBeNull();
  });

  it('answers who with the agent of a fact whose object is the asked verb as a noun ("imposed the sentence")', () => {
    expect(ask(r, 'Who sentenced the smugglers?')).toEqual({
      answer: 'Ines Varga.',
      value: 'Ines Varga',
      type: 'person',
      cited:
        'The smugglers were sentenced on Monday, and Judge Ines Varga, who imposed the sentence, ' +
        'called the crimes grave.',
    });
  });

  it('gives a whole sentence only when it holds every word the question asks about', () => {
    const said = 'The ministers will discuss the new tax rules.';
    expect(ask(r, 'What are the new tax rules?')).toEqual({
      answer: `From the articles: "${said}"`,
      value: said,
      type: 'description',
      cited: said,
    });
    expect(ask(r, 'What are the new tax rules for ferries?')).toBeNull();
  });
});

describe("never the question's own name", () => {
  it('gives no place the question names itself, and no person it asks about', async () => {
    const r = await sentenceReader({
      dockers: ` date 2026-04-02
Dockers march

The dockers from Porto marched on Monday.

Mara Quist met Lars Eklund on Tuesday.
`,
    });
    expect(ask(r, 'Where did the Porto dockers march?')).toBeNull();
    expect(ask(r, 'Who did Lars Eklund meet?')).toBeNull();
    expect(ask(r, 'Who met Lars Eklund?')).toEqual({
      answer: 'Mara Quist.',
      value: 'Mara Quist',
      type: 'person',
      cited: 'Mara Quist met Lars Eklund on Tuesday.',
    });
  });
});

describe('the winner named with the act another verb hands over ("handed X victory")', () => {
  let r: SentenceReader;
  beforeAll(async () => {
    r = await sentenceReader({
      mayor: ' date 2024-03-05 Voters in Tromso handed Kari Lunde victory in the mayoral election on Sunday.\n',
      regatta: ' date 2024-03-06 Fans handed the Tromso Rowing Club a surprise win in the regatta on Sunday.\n',
    });
  });

  it('is the person before the act, not the subject of the verb', () => {
    expect(ask(r, 'Who won the mayoral election?')).toEqual({
      answer: 'Kari Lunde.',
      value: 'Kari Lunde',
      type: 'person',
      cited: 'Voters in Tromso handed Kari Lunde victory in the mayoral election on Sunday.',
    });
  });

  it('is the organisation before the act', () => {
    expect(ask(r, 'Who won the regatta?')).toEqual({
      answer: 'Tromso Rowing Club.',
      value: 'Tromso Rowing Club',
      type: 'organisation',
      cited: 'Fans handed the Tromso Rowing Club a surprise win in the regatta on Sunday.',
    });
  });
});

describe('the party of a later clause of the sentence', () => {
  it('is the answer when an earlier clause of the same verb has only a pronoun for its party', async () => {
    const r = await sentenceReader({
      regatta: ' date 2024-03-06 They won the first race, and the Tromso Rowing Club won the regatta on Sunday.\n',
      race: ' date 2024-03-07 It was a long day before the Oslo Sailing Club won the yacht race on Monday.\n',
    });
    expect(ask(r, 'Who won the regatta?')).toEqual({
      answer: 'Tromso Rowing Club.',
      value: 'Tromso Rowing Club',
      type: 'organisation',
      cited: 'They won the first race, and the Tromso Rowing Club won the regatta on Sunday.',
    });
  });
});
