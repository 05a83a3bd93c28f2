/**
 * The place tables are built lazily, the well-known ones (for questions) from a fifth of the gazetteer:
 * they must say exactly what the full tables say.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/extract/index.ts';
import type { PlaceInfo } from '../src/extract/knowledge.ts';

describe('knowledge place tables', () => {
  it('gives for each name the first well-known place of the full ranking, and nothing else', () => {
    const k = loadKnowledge();
    const wellKnown = (p: PlaceInfo) => p.kind !== 'city' || p.population === undefined || p.population >= 100_000;
    const expected = new Map<string, PlaceInfo>();
    for (const [key, first] of k.allPlaces) {
      const ranked = k.placeCandidates.get(key) ?? [first];
      const known = ranked.find(wellKnown);
      if (known) expected.set(key, known);
    }
    expect(k.places.size).toBe(expected.size);
    for (const [key, place] of expected) expect(k.places.get(key), key).toEqual(place);
    expect(k.places.get('paris')).toEqual({ name: 'Paris', kind: 'city', country: 'France', population: 2138551 });
  });
});
