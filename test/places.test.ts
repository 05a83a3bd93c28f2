import { describe, expect, it } from 'vitest';
import { samePlace, type PlaceNames } from '../src/store/places.ts';

// Invented places: the rule is about grain, not about any real map.
const places = new Map<string, PlaceNames>([
  ['place:norland', { name: 'Norland', country: 'Norland' }],
  ['place:port-ames', { name: 'Port Ames', country: 'Norland' }],
  ['place:vell', { name: 'Vell', country: 'Norland' }],
  ['place:sudmark', { name: 'Sudmark', country: 'Sudmark' }],
  ['place:old-quay', { name: 'Old Quay' }],
]);

describe('samePlace', () => {
  it('holds for one id, known or not', () => {
    expect(samePlace('place:vell', 'place:vell', places)).toBe(true);
    expect(samePlace('place:nowhere', 'place:nowhere', places)).toBe(true);
  });

  it('holds for a city and its country, either way round', () => {
    expect(samePlace('place:port-ames', 'place:norland', places)).toBe(true);
    expect(samePlace('place:norland', 'place:port-ames', places)).toBe(true);
  });

  it('fails for two cities of one country, a city and another country, a place of no known country', () => {
    expect(samePlace('place:port-ames', 'place:vell', places)).toBe(false);
    expect(samePlace('place:port-ames', 'place:sudmark', places)).toBe(false);
    expect(samePlace('place:old-quay', 'place:norland', places)).toBe(false);
    expect(samePlace('place:norland', 'place:sudmark', places)).toBe(false);
  });

  it('fails when either id is not in the map', () => {
    expect(samePlace('place:nowhere', 'place:norland', places)).toBe(false);
    expect(samePlace('place:norland', 'place:nowhere', places)).toBe(false);
  });
});
