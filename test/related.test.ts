import { describe, expect, it } from 'vitest';
import { broaderTerms, loadRelatedWords, related, relatedTerms } from '../src/answer/related.ts';

const table = loadRelatedWords();

describe('related words (WordNet table)', () => {
  it.each([
    ['plane', 'aircraft'], // broader: airplane → heavier-than-air craft → aircraft
    ['aircraft', 'plane'],
    ['buy', 'acquire'], // buy's verb hypernym is get/acquire
    ['buy', 'purchase'],
    ['organise', 'organiser'], // derivational form, across the British spelling
    ['organise', 'organizer'],
    ['greet', 'welcome'],
    ['quake', 'earthquake'],
    ['die', 'death'],
    ['start', 'begin'],
    ['win', 'victory'],
    ['kill', 'die'], // kill causes die
    ['hurt', 'injure'],
    ['resign', 'resignation'],
  ])('%s ~ %s', (a, b) => {
    expect(related(table, a, b)).toBe(true);
    expect(related(table, b, a)).toBe(true);
  });

  it.each([
    ['war', 'ward'], // one letter apart, unrelated meaning
    ['plane', 'train'],
    ['plane', 'helicopter'], // siblings under one broader concept are not related
    ['husband', 'wife'],
    ['one', 'ten'],
    ['win', 'lose'],
    ['buy', 'sell'],
    ['court', 'sport'],
    ['bank', 'river'],
    ['launch', 'lunch'],
    // A strike in the news is mostly a walkout (WordNet's sense 1); a military strike is an attack
    // only through sense 2's hypernym, which is not followed, so a sentence about an attack does
    // not verify a question about a strike. Declining there is safer than a wrong confirmation.
    ['strike', 'attack'],
  ])('%s !~ %s', (a, b) => {
    expect(related(table, a, b)).toBe(false);
    expect(related(table, b, a)).toBe(false);
  });

  it('relates a word to itself, even one the table does not know', () => {
    expect(related(table, 'launch', 'launch')).toBe(true);
    expect(related(table, 'zzxq', 'zzxq')).toBe(true);
    expect(related(table, 'zzxq', 'plane')).toBe(false);
    expect(relatedTerms(table, 'zzxq')).toEqual([]);
  });

  it('gives sorted concept ids, shared by synonyms', () => {
    const quake = relatedTerms(table, 'quake');
    expect(quake.length).toBeGreaterThan(0);
    expect([...quake].sort((a, b) => a - b)).toEqual(quake);
    expect(quake.some((id) => relatedTerms(table, 'earthquake').includes(id))).toBe(true);
    expect(broaderTerms(table, 'plane').some((id) => relatedTerms(table, 'aircraft').includes(id))).toBe(true);
  });

  it('looks up multiword lemmas with spaces', () => {
    expect(relatedTerms(table, 'take off').length).toBeGreaterThan(0);
    expect(related(table, 'take off', 'depart')).toBe(true);
    expect(relatedTerms(table, '')).toEqual([]);
  });

  it('keeps each section sorted by lemma, as the binary search needs', () => {
    for (const entries of [table.words, table.broader]) {
      const lemmas = entries.map((e) => e.slice(0, e.lastIndexOf('|')));
      expect(lemmas.findIndex((lemma, i) => i > 0 && !(lemmas[i - 1]! < lemma))).toBe(-1);
    }
  });

  it('loads the table once', () => {
    expect(loadRelatedWords()).toBe(table);
  });
});
