import { phraseKey } from './knowledge.ts';
import type { LocatedName } from './names.ts';

/** A person's full name (two words or more), as first written, with where the corpus writes it. */
interface FullName {
  readonly name: string;
  /** Its words as lookup keys: "Frau Angela Merkel" → frau, angela, merkel. */
  readonly words: readonly string[];
  readonly articles: Set<string>;
}

/** Who a person's mention may stand for: the lookups built once from every full name of the corpus. */
export interface People {
  /** Full name key → the canonical name of that person. */
  readonly canonical: ReadonlyMap<string, string>;
  /** First or last word of a full name → the people it may stand for, across the corpus. */
  readonly byWord: ReadonlyMap<string, ReadonlySet<string>>;
  /** The same per article, keyed `article NUL word`. */
  readonly byArticleWord: ReadonlyMap<string, ReadonlySet<string>>;
}

export const words = (name: string): string[] => name.split(/\s+/).filter(Boolean);

/**
 * A person's canonical name is the shortest full name the others end with: a longer form ending in a
 * known full name ("Frau Angela Merkel") is an alias of it, and so is a single word of it ("Merkel",
 * "Angela"), looked up in the same article first and then across the corpus when that is unambiguous.
 */
export function indexPeople(names: readonly LocatedName[]): People {
  const fullNames = fullNamesOf(names);
  const canonical = canonicalNames([...fullNames.values()]);
  return { canonical, ...wordIndex(fullNames, canonical) };
}

/** The person a single word names, in one article (or, with `article` null, in the corpus): null unless one. */
export function personByWord(people: People, article: string | null, word: string): string | null {
  const hits = article ? people.byArticleWord.get(`${article}\u0000${word}`) : people.byWord.get(word);
  return hits?.size === 1 ? [...hits][0]! : null;
}

/** Full names by key, in the order the corpus first writes them. */
function fullNamesOf(names: readonly LocatedName[]): Map<string, FullName> {
  const fullNames = new Map<string, FullName>();
  for (const { mention, source } of names) {
    if (mention.kind !== 'person' || words(mention.name).length < 2) continue;
    const key = phraseKey(mention.name);
    let entry = fullNames.get(key);
    if (!entry) {
      entry = { name: mention.name, words: words(mention.name).map(phraseKey), articles: new Set<string>() };
      fullNames.set(key, entry);
    }
    entry.articles.add(source.article);
  }
  return fullNames;
}

/**
 * A full name that ends with another full name is that person with an epithet or middle name. The first
 * such shorter name in (length, name) order wins; names are looked up by their words, not scanned.
 */
function canonicalNames(fullNames: readonly FullName[]): Map<string, string> {
  const canonical = new Map<string, string>();
  const people = [...fullNames].sort((a, b) => a.words.length - b.words.length || a.name.localeCompare(b.name));
  const byWords = new Map<string, { index: number; name: string }>();
  people.forEach((p, index) => {
    const k = p.words.join(' ');
    if (!byWords.has(k)) byWords.set(k, { index, name: p.name });
  });
  for (const p of people) {
    const pw = p.words;
    let shorter: { index: number; name: string } | undefined;
    for (let n = 1; n < pw.length; n += 1) {
      const q = byWords.get(pw.slice(pw.length - n).join(' '));
      if (q && (!shorter || q.index < shorter.index)) shorter = q;
    }
    canonical.set(phraseKey(p.name), shorter ? (canonical.get(phraseKey(shorter.name)) ?? shorter.name) : p.name);
  }
  return canonical;
}

/** First and last words of every full name → the people they may stand for: a lookup, not a scan per mention. */
function wordIndex(
  fullNames: ReadonlyMap<string, FullName>,
  canonical: ReadonlyMap<string, string>,
): Pick<People, 'byWord' | 'byArticleWord'> {
  const byWord = new Map<string, Set<string>>();
  const byArticleWord = new Map<string, Set<string>>();
  const note = (map: Map<string, Set<string>>, key: string, person: string): void => {
    const set = map.get(key);
    if (set) set.add(person);
    else map.set(key, new Set([person]));
  };
  for (const [key, p] of fullNames) {
    const person = canonical.get(key) ?? p.name;
    for (const w of new Set([p.words[0]!, p.words[p.words.length - 1]!])) {
      note(byWord, w, person);
      for (const article of p.articles) note(byArticleWord, `${article}\u0000${w}`, person);
    }
  }
  return { byWord, byArticleWord };
}
