import { describe, expect, it } from 'vitest';
import { typedValue } from '../src/answer/typed.ts';
import type { IndexedStore } from '../src/store/indexes.ts';
import type { FineType } from '../src/understand/answer-type.ts';
import type { Question } from '../src/understand/question.ts';

type Found = Parameters<typeof typedValue>[1];
const question = (fine: FineType): Question => ({ fine }) as Question;
const entities = new Map<string, object>([
  ['helsinki', { id: 'helsinki', kind: 'place', name: 'Helsinki', placeType: 'city', country: 'Finland' }],
  ['finland', { id: 'finland', kind: 'place', name: 'Finland', placeType: 'country' }],
  ['vietnam', { id: 'vietnam', kind: 'place', name: 'Vietnam', placeType: 'country', country: 'Vietnam' }],
  ['hamburg', { id: 'hamburg', kind: 'place', name: 'Hamburg', country: 'Germany' }], // no place type
  ['lapland', { id: 'lapland', kind: 'place', name: 'Lapland', placeType: 'region', country: 'Finland' }],
  ['atlantis', { id: 'atlantis', kind: 'place', name: 'Atlantis' }],
  ['monaco', { id: 'monaco', kind: 'place', name: 'Monaco', country: 'Monaco' }],
  ['putin', { id: 'putin', kind: 'person', name: 'Vladimir Putin', roles: ['Russian President'] }],
  // a person only by the shape of its name
  ['post', { id: 'post', kind: 'person', name: 'Washington Post', roles: [] }],
  ['kremlin', { id: 'kremlin', kind: 'organisation', name: 'Kremlin' }],
]);
const indexed = { entities } as unknown as IndexedStore;
const typed = (fine: FineType, found: Found) => typedValue(question(fine), found, indexed);

describe('typedValue', () => {
  it('gives nothing without a value or a kind', () => {
    expect(typed('date', { type: 'date' })).toBeNull();
    expect(typed('date', { value: '2018-07-16' })).toBeNull();
  });

  describe('dates', () => {
    it('answers "when" as precisely as the article says', () => {
      expect(typed('date', { value: '2018-07-16', type: 'date' })).toEqual({ value: '2018-07-16', type: 'date' });
      expect(typed('date', { value: '2017-11', type: 'date' })).toEqual({ value: '2017-11', type: 'month' });
      expect(typed('date', { value: '2017', type: 'date' })).toEqual({ value: '2017', type: 'year' });
      expect(typed('date', { value: 'Tuesday night', type: 'date' })).toEqual({ value: 'Tuesday night', type: 'date' });
      expect(typed('date', { value: 'spring 2017', type: 'date' })).toEqual({ value: 'spring 2017', type: 'date' });
      expect(typed('date', { value: 'c. 2017-11', type: 'date' })).toEqual({ value: 'c. 2017-11', type: 'date' });
    });
    it('answers "what year" with the year of a date, and not at all without one', () => {
      expect(typed('year', { value: '2018-07-16', type: 'date' })).toEqual({ value: '2018', type: 'year' });
      expect(typed('year', { value: '2017', type: 'date' })).toEqual({ value: '2017', type: 'year' });
      expect(typed('year', { value: 'Tuesday night', type: 'date' })).toBeNull();
      expect(typed('year', { value: 'in 2017', type: 'date' })).toBeNull();
      expect(typed('year', { value: '16 July', type: 'date' })).toBeNull();
    });
    it('answers "what month" with the month of a date, and not at all from a bare year', () => {
      expect(typed('month', { value: '2018-07-16', type: 'date' })).toEqual({ value: '2018-07', type: 'month' });
      expect(typed('month', { value: '2017-11', type: 'date' })).toEqual({ value: '2017-11', type: 'month' });
      expect(typed('month', { value: '2017', type: 'date' })).toBeNull();
      expect(typed('month', { value: 'July', type: 'date' })).toBeNull();
      expect(typed('month', { value: '2018-7', type: 'date' })).toBeNull();
      expect(typed('month', { value: 'around 2018-07', type: 'date' })).toBeNull();
    });
    it('keeps a time of day as a time', () => {
      expect(typed('time', { value: '09:30', type: 'date' })).toEqual({ value: '09:30', type: 'time' });
    });
  });

  describe('places', () => {
    it('answers "where" with the place as named, typed by what kind of place it is', () => {
      expect(typed('place', { value: 'Helsinki', type: 'place', valueEntity: 'helsinki' })).toEqual({
        value: 'Helsinki',
        type: 'city',
      });
      expect(typed('place', { value: 'Vietnam', type: 'place', valueEntity: 'vietnam' })).toEqual({
        value: 'Vietnam',
        type: 'country',
      });
      expect(typed('place', { value: 'Lapland', type: 'place', valueEntity: 'lapland' })).toEqual({
        value: 'Lapland',
        type: 'place',
      });
      expect(typed('place', { value: 'Hamburg', type: 'place', valueEntity: 'hamburg' })).toEqual({
        value: 'Hamburg',
        type: 'place',
      });
      expect(typed('place', { value: 'in his apartment', type: 'place' })).toEqual({
        value: 'in his apartment',
        type: 'place',
      });
    });
    it('answers "what country" with the country itself or the country a place is in', () => {
      expect(typed('country', { value: 'Finland', type: 'place', valueEntity: 'finland' })).toEqual({
        value: 'Finland',
        type: 'country',
      });
      expect(typed('country', { value: 'Vietnam', type: 'place', valueEntity: 'vietnam' })).toEqual({
        value: 'Vietnam',
        type: 'country',
      });
      expect(typed('country', { value: 'Helsinki', type: 'place', valueEntity: 'helsinki' })).toEqual({
        value: 'Finland',
        type: 'country',
      });
      expect(typed('country', { value: 'Lapland', type: 'place', valueEntity: 'lapland' })).toEqual({
        value: 'Finland',
        type: 'country',
      });
    });
    it('does not answer "what country" from a place of unknown country or an unknown place', () => {
      expect(typed('country', { value: 'Atlantis', type: 'place', valueEntity: 'atlantis' })).toBeNull();
      expect(typed('country', { value: 'in his apartment', type: 'place' })).toBeNull();
      expect(typed('country', { value: 'Nowhere', type: 'place', valueEntity: 'nowhere' })).toBeNull();
    });
    it('answers "what city" only with a city, never a country or a region', () => {
      expect(typed('city', { value: 'Helsinki', type: 'place', valueEntity: 'helsinki' })).toEqual({
        value: 'Helsinki',
        type: 'city',
      });
      // A place of no known type is a city when it lies in a country other than itself.
      expect(typed('city', { value: 'Hamburg', type: 'place', valueEntity: 'hamburg' })).toEqual({
        value: 'Hamburg',
        type: 'city',
      });
      expect(typed('city', { value: 'Monaco', type: 'place', valueEntity: 'monaco' })).toBeNull();
      expect(typed('city', { value: 'Finland', type: 'place', valueEntity: 'finland' })).toBeNull();
      expect(typed('city', { value: 'Vietnam', type: 'place', valueEntity: 'vietnam' })).toBeNull();
      expect(typed('city', { value: 'Lapland', type: 'place', valueEntity: 'lapland' })).toBeNull();
      expect(typed('city', { value: 'Atlantis', type: 'place', valueEntity: 'atlantis' })).toBeNull();
      expect(typed('city', { value: 'in his apartment', type: 'place' })).toBeNull();
    });
  });

  describe('people and organisations', () => {
    it('takes the kind of the named entity', () => {
      expect(typed('person', { value: 'Vladimir Putin', type: 'actor', valueEntity: 'putin' })).toEqual({
        value: 'Vladimir Putin',
        type: 'person',
      });
      expect(typed('person', { value: 'Kremlin', type: 'actor', valueEntity: 'kremlin' })).toEqual({
        value: 'Kremlin',
        type: 'organisation',
      });
      expect(typed('organisation', { value: 'Kremlin', type: 'person', valueEntity: 'kremlin' })).toEqual({
        value: 'Kremlin',
        type: 'organisation',
      });
      expect(typed('person', { value: 'Vladimir Putin', type: 'organisation', valueEntity: 'putin' })).toEqual({
        value: 'Vladimir Putin',
        type: 'person',
      });
      expect(typed('organisation', { value: 'Vladimir Putin', type: 'actor', valueEntity: 'putin' })).toEqual({
        value: 'Vladimir Putin',
        type: 'person',
      });
    });
    it('takes a name that is a person only by its shape as the organisation a question asks for', () => {
      expect(typed('organisation', { value: 'Washington Post', type: 'actor', valueEntity: 'post' })).toEqual({
        value: 'Washington Post',
        type: 'organisation',
      });
      expect(typed('person', { value: 'Washington Post', type: 'actor', valueEntity: 'post' })).toEqual({
        value: 'Washington Post',
        type: 'person',
      });
    });
    it('types an actor of no known entity by the question, anything else by how it was read', () => {
      expect(typed('organisation', { value: 'the ministry', type: 'actor' })).toEqual({
        value: 'the ministry',
        type: 'organisation',
      });
      expect(typed('person', { value: 'a spokesman', type: 'actor' })).toEqual({
        value: 'a spokesman',
        type: 'person',
      });
      expect(typed('other', { value: 'a spokesman', type: 'actor' })).toEqual({ value: 'a spokesman', type: 'person' });
      expect(typed('person', { value: 'the ministry', type: 'organisation' })).toEqual({
        value: 'the ministry',
        type: 'organisation',
      });
      expect(typed('organisation', { value: 'Helsinki', type: 'actor', valueEntity: 'helsinki' })).toEqual({
        value: 'Helsinki',
        type: 'organisation',
      });
      expect(typed('person', { value: 'Helsinki', type: 'person', valueEntity: 'helsinki' })).toEqual({
        value: 'Helsinki',
        type: 'person',
      });
    });
  });

  it('types a description or list as a topic when a topic is asked, else as other', () => {
    expect(typed('topic', { value: 'Syria and Ukraine', type: 'list' })).toEqual({
      value: 'Syria and Ukraine',
      type: 'topic',
    });
    expect(typed('topic', { value: 'national security', type: 'description' })).toEqual({
      value: 'national security',
      type: 'topic',
    });
    expect(typed('other', { value: 'fired', type: 'description' })).toEqual({ value: 'fired', type: 'other' });
    expect(typed('person', { value: 'Syria and Ukraine', type: 'list' })).toEqual({
      value: 'Syria and Ukraine',
      type: 'other',
    });
  });

  it('keeps every other kind as it was read', () => {
    expect(typed('number', { value: '3', type: 'number' })).toEqual({ value: '3', type: 'number' });
    expect(typed('other', { value: 'yes', type: 'yesno' })).toEqual({ value: 'yes', type: 'yesno' });
    expect(typed('money', { value: '$5 million', type: 'money' })).toEqual({ value: '$5 million', type: 'money' });
    expect(typed('role', { value: 'press secretary', type: 'role' })).toEqual({
      value: 'press secretary',
      type: 'role',
    });
  });
});
