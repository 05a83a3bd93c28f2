import { describe, expect, it } from 'vitest';
import type { LocatedName, NameMention } from '../src/extract/names.ts';
import { indexPeople, personByWord } from '../src/extract/people.ts';

// Invented people: canonical names and short-name look-ups depend on the corpus's full names only.
const person = (name: string, article: string): LocatedName => ({
  mention: { first: 0, last: 0, text: name, kind: 'person', name } satisfies NameMention,
  source: { article, start: 0, end: name.length },
});

const people = indexPeople([
  person('Mara Voss', 'a1'),
  person('Doctor Mara Voss', 'a2'),
  person('Tomas Voss', 'a2'),
  person('Ilse Brandt', 'a1'),
  person('Voss', 'a1'),
]);

describe('indexPeople', () => {
  it('takes a longer name ending in a known full name for that person, and a full name for itself', () => {
    expect(people.canonical.get('doctormaravoss')).toBe('Mara Voss');
    expect(people.canonical.get('maravoss')).toBe('Mara Voss');
    expect(people.canonical.get('tomasvoss')).toBe('Tomas Voss');
    expect(people.canonical.has('voss')).toBe(false);
  });

  it('reads a single word as the one person it names in the article, else null', () => {
    expect(personByWord(people, 'a1', 'voss')).toBe('Mara Voss');
    expect(personByWord(people, 'a2', 'voss')).toBeNull();
    expect(personByWord(people, 'a2', 'doctor')).toBe('Mara Voss');
    expect(personByWord(people, 'a1', 'tomas')).toBeNull();
  });

  it('reads a single word across the corpus only when one person has it', () => {
    expect(personByWord(people, null, 'voss')).toBeNull();
    expect(personByWord(people, null, 'tomas')).toBe('Tomas Voss');
    expect(personByWord(people, null, 'brandt')).toBe('Ilse Brandt');
  });
});
