import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/extract/index.ts';
import { analyse } from '../src/nlp/analyse.ts';
import { sharedNlp } from '../src/nlp/wink.ts';
import { loadAnswerClasses } from '../src/understand/answer-classes.ts';
import { readAnswerType, type AnswerType } from '../src/understand/answer-type.ts';

// Questions written for these tests (none from the labelled set the type is measured on).
const nlp = sharedNlp();
const knowledge = loadKnowledge();
const started = performance.now();
const classes = loadAnswerClasses();
const loadMs = performance.now() - started;

function read(question: string): AnswerType {
  return readAnswerType(analyse(nlp, question).tokens, classes, knowledge);
}

describe('the answer-class table built from WordNet', () => {
  it('loads quickly and classes common head nouns', () => {
    expect(classes.size).toBeGreaterThan(10_000);
    expect(loadMs).toBeLessThan(1_000);
    expect(classes.classOf('city')).toBe('place');
    expect(classes.classOf('country')).toBe('place');
    expect(classes.classOf('river')).toBe('place');
    expect(classes.classOf('newspaper')).toBe('organisation');
    expect(classes.classOf('company')).toBe('organisation');
    expect(classes.classOf('year')).toBe('time');
    expect(classes.classOf('century')).toBe('time');
    expect(classes.classOf('actor')).toBe('person');
    expect(classes.classOf('spokesman')).toBe('person');
    expect(classes.classOf('job')).toBe('role');
    expect(classes.classOf('nickname')).toBe('name');
  });

  it('leaves events and plain things out', () => {
    expect(classes.classOf('summit')).toBe('other');
    expect(classes.classOf('meeting')).toBe('other');
    expect(classes.classOf('banana')).toBe('other');
    expect(classes.classOf('')).toBe('other');
  });
});

const cases: ReadonlyArray<readonly [string, AnswerType['intent'], AnswerType['fine'], string | null]> = [
  // what / which NOUN → the head's class
  ['Which city hosted the trade talks?', 'where', 'city', 'city'],
  ['What country does the minister come from?', 'where', 'country', 'country'],
  ['Which newspaper broke the story?', 'who', 'organisation', 'newspaper'],
  ['What company builds the pipeline?', 'who', 'organisation', 'company'],
  ['Which diplomat led the delegation?', 'who', 'person', 'diplomat'],
  ['What Canadian province voted first?', 'where', 'place', 'province'],
  ['What lake lies beside the venue?', 'where', 'place', 'lake'],
  // what year / month / day / date / time → a time
  ['What year did the treaty expire?', 'when', 'year', 'year'],
  ['In what month were the sanctions lifted?', 'when', 'month', 'month'],
  ['On which day do the ministers arrive?', 'when', 'date', 'day'],
  ['What time does the press conference start?', 'when', 'time', 'time'],
  // what is the NOUN of …, the name of the NOUN
  ['What is the capital of Finland?', 'where', 'city', 'capital'],
  ['What is the name of the Finnish president?', 'who', 'person', 'president'],
  ['What was the name of the hotel where they stayed?', 'where', 'place', 'hotel'],
  ['What is the date of the next round of talks?', 'when', 'date', 'date'],
  ["What is the ambassador's nickname?", 'who', 'person', 'ambassador'],
  ["What was Marta Kowalski's maiden name?", 'who', 'person', 'maiden name'],
  ['What is a delegation?', 'what', 'other', 'delegation'],
  // who / whom / whose, where, when
  ['Who chaired the session?', 'who', 'person', null],
  ['To whom did the envoy deliver the letter?', 'who', 'person', null],
  ['Whose proposal was accepted?', 'who', 'person', null],
  ['Where will the leaders sign the deal?', 'where', 'place', null],
  ['When did the negotiations collapse?', 'when', 'date', null],
  // how many / much / long / often
  ['How many delegates attended the forum?', 'how_many', 'number', 'delegate'],
  ['How much did the new embassy cost?', 'how_many', 'money', null],
  ['How long did the talks last?', 'how_many', 'duration', null],
  ['How often do the two leaders speak?', 'how_many', 'number', null],
  ['How tall is the new tower?', 'what', 'number', null],
  // yes / no
  ['Did the envoy sign the agreement?', 'yesno', 'yesno', null],
  ['Has the ministry confirmed the visit?', 'yesno', 'yesno', null],
  ['Is the forum open to the press?', 'yesno', 'yesno', null],
  // topics and quotes
  ['What will the ministers discuss?', 'about', 'topic', null],
  ['what are they going to talk about', 'about', 'topic', null],
  ['Which issues are on the agenda?', 'about', 'topic', 'issue'],
  ['What did the spokesman say about the tariffs?', 'what', 'quote', null],
  ['What happened after the vote?', 'what', 'other', null],
  ['Why did the talks fail?', 'what', 'other', null],
  // conversation
  ['help', 'help', 'other', null],
  ['what can you do?', 'help', 'other', null],
  ['hello there', 'smalltalk', 'other', null],
  ['thanks!', 'smalltalk', 'other', null],
  ['list', 'list', 'other', null],
  ['show me the timeline', 'list', 'other', null],
  ['which events do you know?', 'list', 'other', null],
  ['list all events', 'list', 'other', null],
  ['What events happened on 3 May 1990?', 'what', 'other', 'event'],
  // lowercase, typo'd, fragment and embedded chat forms
  ['wen is the forum', 'when', 'date', null],
  ['wat city is the forum in', 'where', 'city', 'city'],
  ['forum date?', 'when', 'date', 'date'],
  ['venue of the forum?', 'where', 'place', 'venue'],
  ['which country hosts the forum', 'where', 'country', 'country'],
  ['hi, who runs the forum?', 'who', 'person', null],
  ['can you tell me where the forum is?', 'where', 'place', null],
  ['what day is the forum', 'when', 'date', 'day'],
  ['tell me about the forum', 'about', 'topic', null],
  ['forum', 'unknown', 'other', null],
  // question words later in the sentence, compounds with "of"
  ['the forum lasted how many days?', 'how_many', 'number', 'day'],
  ['Roughly how many journalists were accredited?', 'how_many', 'number', 'journalist'],
  ['The envoy was born in what country?', 'where', 'country', 'country'],
  ['and the forum is when?', 'when', 'date', null],
  ['What body of water borders the venue?', 'where', 'place', 'body of water'],
];

describe('readAnswerType', () => {
  it.each(cases)('%s → %s / %s', (question, intent, fine, head) => {
    expect(read(question)).toEqual({ intent, fine, head });
  });

  it('reads nothing from an empty token list', () => {
    expect(readAnswerType([], classes, knowledge)).toEqual({ intent: 'unknown', fine: 'other', head: null });
  });
});
