/**
 * The answer type of questions that take the less common paths of answer-type.ts: a possessor's name,
 * a number noun asked to be defined, a question word late in the sentence, a verb that asks for a
 * description, "which of the …" groups and WordNet compounds with "of". Questions written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/extract/index.ts';
import { analyse, type Token } from '../src/nlp/analyse.ts';
import { sharedNlp } from '../src/nlp/wink.ts';
import { loadAnswerClasses } from '../src/understand/answer-classes.ts';
import { readAnswerType, type AnswerType } from '../src/understand/answer-type.ts';
import { questionWordNear } from '../src/understand/question-words.ts';

const nlp = sharedNlp();
const knowledge = loadKnowledge();
const classes = loadAnswerClasses();

function tokensOf(question: string): Token[] {
  return analyse(nlp, question).tokens;
}

function read(question: string): AnswerType {
  return readAnswerType(tokensOf(question), classes, knowledge);
}

type Case = readonly [string, AnswerType['intent'], AnswerType['fine'], string | null];

describe('the name of whose', () => {
  const cases: readonly Case[] = [
    // Someone, a pronoun: a person's name.
    ["What is someone's name?", 'who', 'person', 'name'],
    // A thing's name is not a person's name, nor is it when only part of the owner is a name.
    ["What is the dog's name?", 'what', 'other', 'name'],
    ["What was the Apollo rocket's name?", 'what', 'other', 'name'],
  ];
  it.each(cases)('%s → %s / %s / %s', (question, intent, fine, head) => {
    expect(read(question)).toEqual({ intent, fine, head });
  });

  it('reads a lowercase owner tagged as a proper noun as someone', () => {
    // wink tags some lowercase names as proper nouns; not first in the question, they carry no capital.
    const tokens = tokensOf("what is ruto's nickname").map((t) => (t.normal === 'ruto' ? { ...t, pos: 'PROPN' } : t));
    expect(tokens.find((t) => t.normal === 'ruto')!.text).toBe('ruto');
    expect(readAnswerType(tokens, classes, knowledge)).toEqual({ intent: 'who', fine: 'person', head: 'nickname' });
    // The same owner tagged a common noun is not known to be someone.
    const common = tokens.map((t) => (t.normal === 'ruto' ? { ...t, pos: 'NOUN' } : t));
    expect(readAnswerType(common, classes, knowledge)).toEqual({ intent: 'what', fine: 'other', head: 'nickname' });
  });
});

describe('what is …', () => {
  const cases: readonly Case[] = [
    // A number noun asked to be defined still asks for a number; "the score" asks for it, as "how many" does.
    ['What is a score?', 'what', 'number', 'score'],
    ['What is the score?', 'how_many', 'number', 'score'],
    ['What is a population?', 'what', 'other', 'population'],
    ['What is it?', 'what', 'other', null],
    // A noun, then what was discussed about it.
    ['What was the thing they discussed?', 'about', 'topic', 'thing'],
    ['What is it they will discuss?', 'about', 'topic', null],
    // A topic noun wink tags as an adjective: a topic with no head noun.
    ['What subject is on the table?', 'about', 'topic', null],
  ];
  it.each(cases)('%s → %s / %s / %s', (question, intent, fine, head) => {
    expect(read(question)).toEqual({ intent, fine, head });
  });
});

describe('what did …', () => {
  const cases: readonly Case[] = [
    ['What did the fans complain about?', 'about', 'topic', null],
    ['What did the fans complain about in the stadium?', 'about', 'topic', null],
    // A follow-up asking what something was about.
    ['What about?', 'about', 'topic', null],
    ['What did the fans chant?', 'what', 'other', null],
    ['what?', 'what', 'other', null],
  ];
  it.each(cases)('%s → %s / %s / %s', (question, intent, fine, head) => {
    expect(read(question)).toEqual({ intent, fine, head });
  });
});

describe('questions without a question word first', () => {
  const cases: readonly Case[] = [
    // "how tall" late in the sentence is not read as a question word; the bare phrase names no kind of answer.
    ['the tower is how tall?', 'unknown', 'other', null],
    ['the final is where?', 'where', 'place', null],
    // "why" late in the sentence is not read as one: a cause is no kind of value to type.
    ['the mayor resigned why?', 'unknown', 'other', null],
    // A bare noun phrase's head is its last noun, past a stop word after it.
    ['summit date then?', 'when', 'date', 'date'],
    // Verbs that ask for a description, not for the noun they name.
    ['Describe the stadium', 'what', 'other', null],
    ['summarise the host city', 'what', 'other', null],
    ['Summarize the host city', 'what', 'other', null],
    ['explain the verdict', 'what', 'other', null],
    // Not those verbs, though they start or end like them: the noun names the answer.
    ['describes the city', 'where', 'city', 'city'],
    ['roadshow venue?', 'where', 'place', 'venue'],
    ['stadium city?', 'where', 'city', 'city'],
  ];
  it.each(cases)('%s → %s / %s / %s', (question, intent, fine, head) => {
    expect(read(question)).toEqual({ intent, fine, head });
  });
});

describe('how …', () => {
  const cases: readonly Case[] = [
    // A measure asks for a number, though not a count; "how come" asks why.
    ['How old is the new bridge?', 'what', 'number', null],
    ['How far is the stadium from the port?', 'what', 'number', null],
    ['how come the match was delayed?', 'what', 'other', null],
    // "how much" is money when a word of money says so, wherever it stands.
    ['How much money did the club spend?', 'how_many', 'money', 'money'],
    ['How much rain fell?', 'how_many', 'number', 'rain'],
    ['approximately how much did the tickets cost?', 'how_many', 'money', null],
    // "how" with nothing after it asks how, no measure or count.
    ['And how', 'what', 'other', null],
  ];
  it.each(cases)('%s → %s / %s / %s', (question, intent, fine, head) => {
    expect(read(question)).toEqual({ intent, fine, head });
  });
});

describe('commands and question words after a preposition', () => {
  const cases: readonly Case[] = [
    ['Name the city that hosts the final.', 'where', 'city', 'city'],
    ['Identify the company that built the dam.', 'who', 'organisation', 'company'],
    ['List the countries at the summit.', 'where', 'country', 'country'],
    ['In which year did the strike end?', 'when', 'year', 'year'],
    ['To whom did the minister write?', 'who', 'person', null],
    // "who is the company …" asks for an organisation, "who is the captain …" for a person.
    ['Who is the company behind the rocket?', 'who', 'organisation', null],
    ['Who is the captain of the team?', 'who', 'person', null],
    // After "who is", "X's Y" is a Y.
    ["Who is the city's main newspaper?", 'who', 'organisation', null],
    ['What two countries signed the deal?', 'where', 'country', 'country'],
    ["What was the city's name?", 'where', 'city', 'city'],
  ];
  it.each(cases)('%s → %s / %s / %s', (question, intent, fine, head) => {
    expect(read(question)).toEqual({ intent, fine, head });
  });
});

describe('why …', () => {
  const cases: readonly Case[] = [
    // "why" asks for a cause, never for the noun after it, as "what was the capital …" would.
    ['Why was the capital closed?', 'what', 'other', null],
    ['What was the capital closed?', 'where', 'city', 'capital'],
  ];
  it.each(cases)('%s → %s / %s / %s', (question, intent, fine, head) => {
    expect(read(question)).toEqual({ intent, fine, head });
  });
});

describe('which of the …', () => {
  const cases: readonly Case[] = [
    // After "is", only determiners, number words and adjectives before "of" name a part of the group after it.
    ['What are some of the films?', 'what', 'other', 'film'],
    ['What is the best of the films?', 'what', 'other', 'film'],
    ['What are twelve of the films?', 'what', 'other', 'film'],
    // A noun before "of" is what is asked: the director, not the films.
    ['What is the director of the films?', 'who', 'person', 'director'],
    ['Which of the theatres hosted the premiere?', 'where', 'place', 'theater'],
    ['Which of the football players scored twice?', 'who', 'person', 'football player'],
    ['Which of the teams made the final?', 'who', 'organisation', 'team'],
    ['Which of these football stadiums hosts the final?', 'where', 'place', 'football stadium'],
  ];
  it.each(cases)('%s → %s / %s / %s', (question, intent, fine, head) => {
    expect(read(question)).toEqual({ intent, fine, head });
  });
});

describe('compounds with "of" that WordNet lists', () => {
  const cases: readonly Case[] = [
    // "prisoner of war" is a person, but here it only qualifies the camp.
    ['What prisoner of war camp held the soldiers?', 'where', 'place', 'prisoner of war camp'],
    // "time of day" only when written with "of".
    ['What time every day does the market open?', 'when', 'time', 'time'],
    ['What time of day does the market open?', 'when', 'time', 'time of day'],
  ];
  it.each(cases)('%s → %s / %s / %s', (question, intent, fine, head) => {
    expect(read(question)).toEqual({ intent, fine, head });
  });
});

describe('questionWordNear', () => {
  it('repairs a first word one letter from exactly one question word', () => {
    expect(questionWordNear('whenn')).toBe('when');
    expect(questionWordNear('Whre')).toBe('where');
    expect(questionWordNear('wich')).toBe('which');
    expect(questionWordNear('wy')).toBe('why');
  });

  it('leaves question words, short words, far words and words near two question words alone', () => {
    expect(questionWordNear('when')).toBeNull();
    // "why" is one letter from "who" alone, yet a question word itself.
    expect(questionWordNear('why')).toBeNull();
    expect(questionWordNear('w')).toBeNull();
    expect(questionWordNear('stadium')).toBeNull();
    // "wht" is one letter from both "what" and "who", "whon" from "who", "whom" and "when".
    expect(questionWordNear('wht')).toBeNull();
    expect(questionWordNear('whon')).toBeNull();
  });
});

describe('a noun phrase of two nouns, then the verb', () => {
  const cases: readonly Case[] = [
    // The verb ends the phrase, a stop word as it may be ("made", "became", "used"): the head is the
    // last noun before it, not the first.
    ['What shipping company made the ferry?', 'who', 'organisation', 'company'],
    ['What coastal town became the capital?', 'where', 'city', 'town'],
    ['What rugby club used the stadium?', 'who', 'organisation', 'club'],
    ['What shipping company built the ferry?', 'who', 'organisation', 'company'],
    // After "is", a verb more often ends a relative clause with no "that": the noun before it is its subject.
    ['What are the demands the miners made?', 'what', 'other', 'demand'],
  ];
  it.each(cases)('%s → %s / %s / %s', (question, intent, fine, head) => {
    expect(read(question)).toEqual({ intent, fine, head });
  });
});
