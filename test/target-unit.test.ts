/**
 * What a question is about (its target), read against a small store built from an article written here:
 * the names it uses, its date, the property it asks for, and how a shouted question is read.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/corpus/index.ts';
import { extractStore, loadKnowledge } from '../src/extract/index.ts';
import { sharedNlp } from '../src/nlp/wink.ts';
import { viewOfStore } from '../src/store/index.ts';
import { indexStore } from '../src/store/indexes.ts';
import { createUnderstander, type Understander } from '../src/understand/question.ts';
import { analyse } from '../src/nlp/analyse.ts';
import { repairTypos } from '../src/understand/repair.ts';
import { Vocabulary } from '../src/understand/vocabulary.ts';

const ARTICLE =
  ' date 2024-05-02 The dockworkers union in Rotterdam began a strike on Monday, April 29. ' +
  'Union leader Marta Vos said the strike would last until the port authority raised wages.\n';

let understander: Understander;
beforeAll(() => {
  const knowledge = loadKnowledge();
  const store = extractStore([parseArticle('port_strike', ARTICLE)], sharedNlp(), knowledge);
  const indexed = indexStore(viewOfStore(store));
  // The store's longest name ("Marta Vos") has two words.
  expect(indexed.longestName).toBe(2);
  understander = createUnderstander(sharedNlp(), knowledge, indexed, new Vocabulary());
});

describe('the names of a question', () => {
  it('finds a name right after a two-word name', () => {
    expect(understander.understand('Was Marta Vos in Rotterdam?').target.entities).toEqual([
      'person:marta-vos',
      'place:rotterdam',
    ]);
  });

  it('never reads a lone question word as the organisation it spells, even last', () => {
    const target = understander.understand('The strike was called by who?').target;
    expect(target.entities).toEqual([]);
    expect(target.unknownNames).toEqual([]);
  });
});

describe('the date of a question', () => {
  it('keeps the date words as written and what they pin down', () => {
    expect(understander.understand('What happened on 3 May 1990?').target.date).toStrictEqual({
      text: '3 May 1990',
      year: 1990,
      month: 5,
      day: 3,
    });
    expect(understander.understand('What happened in April 2024?').target.date).toStrictEqual({
      text: 'April 2024',
      year: 2024,
      month: 4,
    });
  });

  it('has no month when the words name only a year', () => {
    expect(understander.understand('Did the strike start in 1990?').target.date).toStrictEqual({
      text: '1990',
      year: 1990,
    });
  });

  it('has none when its date words pin down no year, month, day or weekday', () => {
    expect(understander.understand('What happened in the summer?').target.date).toBeNull();
    expect(understander.understand('Who won this week?').target.date).toBeNull();
  });
});

describe('the property a question asks for', () => {
  it('is named in lower case, what it is of as written', () => {
    expect(understander.understand('What is the GDP of Kenya?').target.attribute).toEqual({
      name: 'gdp',
      of: 'Kenya',
    });
    expect(understander.understand('Which is the port of Rotterdam').target.attribute).toEqual({
      name: 'port',
      of: 'Rotterdam',
    });
  });
});

describe('the verb after "did" and its subject', () => {
  const tags = (text: string): string[] => understander.understand(text).tokens.map((t) => `${t.text}/${t.pos}`);

  it('is a verb though wink tags it a noun ("when did the earthquake strike")', () => {
    expect(tags('When did the earthquake strike?')).toContain('strike/VERB');
  });

  it('is not made up where the question has no subject before its last noun, or ends in no noun', () => {
    expect(tags('When did the earthquake?')).toContain('earthquake/NOUN');
    expect(tags('When did the strike end early?')).toContain('early/ADJ');
  });
});

describe('names the store does not know', () => {
  it('reads capitalised words next to each other as one name, and words apart as two', () => {
    expect(understander.understand('When did Quentor Vasz arrive?').target.unknownNames).toEqual(['Quentor Vasz']);
    expect(understander.understand('Did Quentor meet Vasz?').target.unknownNames).toEqual(['Quentor', 'Vasz']);
  });

  it('takes a lone word the world knows as a place for that name, unless a stop word or a word of our own', () => {
    // Lowercase, the city is still a name the articles never mention.
    expect(understander.understand('Did the strike spread to lyon?').target.unknownNames).toEqual(['lyon']);
    // "us" spells the United States but is a stop word; "sale" spells the English town but is an event word.
    expect(understander.understand('Who told us about the strike?').target.unknownNames).toEqual([]);
    expect(understander.understand('Was the strike about a sale?').target.unknownNames).toEqual([]);
  });
});

describe('a question typed in capitals', () => {
  const words = (text: string): string[] => understander.understand(text).tokens.map((t) => t.text);

  it('is read in lower case when it has two words or more', () => {
    expect(words('KICKOFF TIME?')).toEqual(['kickoff', 'time', '?']);
    expect(words('A DRAW?')).toEqual(['a', 'draw', '?']);
    expect(words("WHAT'S A G7?")).toEqual(['what', "'s", 'a', 'g7', '?']);
    expect(understander.understand("WHAT'S A G7?").target.unknownNames).toEqual(['g7']);
  });

  it('is read as written when it is one word in capitals: an acronym', () => {
    expect(words('UEFA?')).toEqual(['UEFA', '?']);
    expect(understander.understand('UEFA?').target.unknownNames).toEqual(['UEFA']);
    expect(words('UEFA 2026?')).toEqual(['UEFA', '2026', '?']);
    expect(understander.understand('UEFA 2026?').target.unknownNames).toEqual(['UEFA']);
    // In capitals, a word is a name only when the world knows it: capitals say nothing.
    expect(understander.understand('ZORBEX 2026?').target.unknownNames).toEqual([]);
  });

  it('takes a capitalised ordinal for an ordinal, not a name', () => {
    const target = understander.understand('When did the Second strike begin?').target;
    expect([target.unknownNames, target.ordinal]).toEqual([[], 2]);
  });
});

describe('how a question is read', () => {
  const posOf = (text: string, word: string): string | undefined =>
    understander.understand(text).tokens.find((t) => t.normal === word)?.pos;

  it('asks what a bare phrase is when it names something the store knows, and nothing otherwise', () => {
    const named = understander.understand('Marta Vos strike');
    expect([named.intent, named.target.entities, named.target.kinds]).toEqual([
      'what',
      ['person:marta-vos'],
      ['strike'],
    ]);
    expect(understander.understand('blue sky').intent).toBe('unknown');
  });

  it('takes the last word after "did" and its subject for the verb, though wink reads it as a noun', () => {
    expect(posOf('When did the strike end?', 'end')).toBe('VERB');
    expect(posOf('When did the strike end', 'end')).toBe('VERB');
    // "did" first or third, as long as it opens the question.
    expect(posOf('Did the strike end?', 'end')).toBe('VERB');
    expect(posOf('And when did the strike end?', 'end')).toBe('VERB');
  });

  it('keeps the lemmas of content verbs that name no event, report or role', () => {
    expect(understander.understand('Who translated the speech?').target.verbs).toEqual(['translate']);
  });

  it('reads invisible and control characters as spaces', () => {
    const q = understander.understand('When\u200bdid the\u0007strike   begin?');
    expect([q.text, q.intent, q.problem]).toEqual(['When did the strike begin?', 'when', null]);
  });
});

describe('the vocabulary typos are repaired against', () => {
  it('knows the first word of each letter and the words after it', () => {
    const vocabulary = new Vocabulary();
    for (const word of ['strike', 'stadium', 'wages', 'Rotterdam']) vocabulary.add(word);
    expect(vocabulary.correct('strke')).toBe('strike');
    expect(vocabulary.correct('stadum')).toBe('stadium');
    expect(vocabulary.correct('wagess')).toBe('wages');
    expect(vocabulary.correct('roterdam')).toBe('rotterdam');
    expect(vocabulary.correct('xylophone')).toBeNull();
  });

  it('takes only words of letters (with inner apostrophes and hyphens), however often they are offered', () => {
    const vocabulary = new Vocabulary();
    for (const word of ['2025', '3pm', 'u.s.', '-ish', "o'neill", 'follow-up', 'Ana']) vocabulary.add(word);
    for (const word of ['2025', '3pm']) vocabulary.add(word);
    expect(['2025', '3pm', 'u.s.', '-ish'].filter((w) => vocabulary.has(w))).toEqual([]);
    expect(["O'Neill", 'follow-up', 'ana'].every((w) => vocabulary.has(w))).toBe(true);
  });

  it('repairs only words of three letters or more, of letters alone, that it does not know', () => {
    const vocabulary = new Vocabulary();
    for (const word of ['port', 'pay', 'on', 'quay']) vocabulary.add(word);
    expect(vocabulary.correct('pot')).toBe('port');
    expect(vocabulary.correct('pa')).toBeNull();
    expect(vocabulary.correct('port')).toBeNull();
    expect(vocabulary.correct('po-t')).toBeNull();
    expect(vocabulary.correct("qu'y")).toBeNull();
    expect(vocabulary.correct('QUAI')).toBe('quay');
  });

  it('allows one edit in a word of up to six letters and two from seven, never a different first letter', () => {
    const vocabulary = new Vocabulary();
    for (const word of ['strike', 'harbour', 'dockers']) vocabulary.add(word);
    // Two edits: too many for six letters, enough for seven.
    expect(vocabulary.correct('strkie')).toBeNull();
    expect(vocabulary.correct('harbur')).toBe('harbour');
    expect(vocabulary.correct('hrabour')).toBe('harbour');
    expect(vocabulary.correct('harbourrs')).toBe('harbour');
    expect(vocabulary.correct('harbourrrs')).toBeNull();
    expect(vocabulary.correct('fockers')).toBeNull();
  });

  it('prefers the nearer of two words to the more frequent', () => {
    const vocabulary = new Vocabulary();
    vocabulary.add('verdicts', 9);
    vocabulary.add('verdict');
    expect(vocabulary.correct('verdixt')).toBe('verdict');
    expect(vocabulary.correct('verdixts')).toBe('verdicts');
  });

  it('prefers the more frequent of two words as near, however often a word is added', () => {
    const vocabulary = new Vocabulary();
    vocabulary.add('stride');
    vocabulary.add('strike');
    vocabulary.add('Strike');
    vocabulary.add('stride');
    vocabulary.add('strike', 2);
    // "strise" is one letter from both; "strike" was added with a weight of 4 in all.
    expect(vocabulary.correct('strise')).toBe('strike');
    vocabulary.add('stride', 3);
    expect(vocabulary.correct('strise')).toBe('stride');
    // Both words are still known once each: one letter from "stride" only.
    expect(vocabulary.has('STRIDE')).toBe(true);
    expect(vocabulary.correct('stridy')).toBe('stride');
  });
});

describe('typo repair', () => {
  const repaired = (question: string): string =>
    repairTypos(question.split(' '), analyse(sharedNlp(), question).tokens, new Vocabulary(), () => false).join(' ');

  it('reads a mistyped first word as the question word it is one letter from', () => {
    expect(repaired('whre is the strike?')).toBe('where is the strike?');
  });

  it('leaves the same typo alone anywhere else in the question', () => {
    expect(repaired('the strike is whre')).toBe('the strike is whre');
    expect(repaired('the strike began whenn?')).toBe('the strike began whenn?');
  });
});

describe('the answer type of a question with a typo', () => {
  let repairing: Understander;
  beforeAll(() => {
    const knowledge = loadKnowledge();
    const store = extractStore([parseArticle('port_strike', ARTICLE)], sharedNlp(), knowledge);
    const vocabulary = new Vocabulary();
    for (const word of ['what', 'city', 'hosts', 'the', 'strike', 'of']) vocabulary.add(word);
    repairing = createUnderstander(sharedNlp(), knowledge, indexStore(viewOfStore(store)), vocabulary);
  });
  const typed = (text: string) => {
    const q = repairing.understand(text);
    return [q.intent, q.fine, q.head];
  };

  it('is read from the repaired question when the written one names no kind of answer', () => {
    // "what cty" asks for something; "what city" for a city.
    expect(typed('what cty hosts the strike')).toEqual(['where', 'city', 'city']);
    // With no question word the written phrase asks nothing known.
    expect(typed('cty of the strike?')).toEqual(['where', 'city', 'city']);
  });

  it('is read from the question as written when that names a kind of answer, whatever the repaired one reads', () => {
    // As written, "what number" asks for a number; repaired, "what number city" would ask for a city.
    expect(typed('what number cty hosts the strike')).toEqual(['how_many', 'number', 'number']);
    expect(repairing.understand('what number cty hosts the strike').tokens.map((t) => t.text)).toEqual([
      'what',
      'number',
      'city',
      'hosts',
      'the',
      'strike',
    ]);
  });
});
