import { MONTHS, WEEKDAYS } from '../store/dates.ts';
import { slug } from '../store/ids.ts';
import { ORDINAL_WORDS, phraseKey, type Knowledge } from '../extract/knowledge.ts';
import type { Token } from '../nlp/analyse.ts';
import type { IndexedStore } from '../store/indexes.ts';
import { FRAME_WORDS } from './question-words.ts';

/** The names a question uses, and which of its words they take up. */
export interface QuestionNames {
  /** Ids of the store's entities the question names, sorted. */
  readonly entities: readonly string[];
  /** Names the store has no entity for and no sentence of the articles uses: an answer would be a guess. */
  readonly unknownNames: readonly string[];
  /** Positions (in the question's words) of the words that are part of a name the store or the world knows. */
  readonly used: ReadonlySet<number>;
}

/**
 * The names of a question: the longest runs of words the store knows as a name, then names the world
 * knows (the gazetteer, organisations) and capitalised words the store has no name for.
 * `words` are the question's word tokens (no punctuation); `original` is the question as written.
 */
export function readNames(
  words: readonly Token[],
  original: string,
  knowledge: Knowledge,
  indexed: IndexedStore,
): QuestionNames {
  const known = knownNames(words, original, knowledge, indexed);
  // A shouted question names nothing by case.
  const shouting = original === original.toUpperCase();
  const capitalised = shouting ? [] : capitalisedRuns(words, known.used, knowledge);
  // A name the store has no entity for may still be written in the articles ("FARC", "Super Over"):
  // only words no sentence uses make a question about something the articles never mention.
  const inText = (name: string): boolean => indexed.mentionsPhrase(name.toLowerCase().split(/\s+/));
  return {
    entities: [...known.entities].sort(),
    unknownNames: [...new Set([...known.worldNames, ...capitalised])].filter((n) => !inText(n)),
    used: known.used,
  };
}

/** A name starting at one word: the store's entities of that name, or a name only the world knows. */
type NameMatch =
  | { readonly length: number; readonly ids: readonly string[] }
  | { readonly length: number; readonly worldName: string };

/** Names the store or the world knows, longest first at each word, words taken by one never reused. */
function knownNames(
  words: readonly Token[],
  original: string,
  knowledge: Knowledge,
  indexed: IndexedStore,
): { entities: Set<string>; worldNames: string[]; used: Set<number> } {
  const entities = new Set<string>();
  const worldNames: string[] = [];
  const used = new Set<number>();
  for (let i = 0; i < words.length; i += 1) {
    const match = nameAt(words, i, original, knowledge, indexed);
    if (!match) continue;
    if ('ids' in match) for (const id of match.ids) entities.add(id);
    else worldNames.push(match.worldName);
    for (let k = 0; k < match.length; k += 1) used.add(i + k);
    i += match.length - 1;
  }
  return { entities, worldNames, used };
}

/** The longest name starting at `words[i]`; a lone question word ("who", "will") is never one. */
function nameAt(
  words: readonly Token[],
  i: number,
  original: string,
  knowledge: Knowledge,
  indexed: IndexedStore,
): NameMatch | null {
  const longest = Math.min(indexed.longestName, words.length - i);
  // The key of each span from words[i], built word by word: a key is its words' keys put together.
  const keys: string[] = [];
  for (let n = 1, key = ''; n <= longest; n += 1) keys.push((key += phraseKey(words[i + n - 1]!.text)));
  for (let n = longest; n >= 1; n -= 1) {
    const single = n === 1 ? words[i]! : null;
    if (single && FRAME_WORDS.has(single.normal)) continue;
    const key = keys[n - 1]!;
    const ids = indexed.entitiesByName.get(key);
    if (ids && !(single && onlyPartOfAName(single, ids, original, indexed)))
      return { length: n, ids: wholeNames(key, ids, indexed) };
    // "the Ghanaian election": its people's word names a country the articles name, whether or not they use the word.
    const country = knowledge.demonyms.get(key);
    const places = country
      ? indexed.entitiesByName.get(phraseKey(country))?.filter((id) => id.startsWith('place:'))
      : [];
    if (places && places.length > 0) return { length: n, ids: places };
    // A name the articles use for no person, place or organisation ("the Northgate Trophy") is still one name:
    // its first word is not the place of that name elsewhere. It takes its words and names no entity.
    if (n > 1 && indexed.entities.get(`other:${slug(spanText(words, i, n))}`)?.kind === 'other')
      return { length: n, ids: [] };
    const inWorld = knowledge.places.get(key) || knowledge.organisations.get(key);
    // A lone stop word or word of our own vocabulary ("may", "summit") is not a place that shares its spelling.
    if (inWorld && !(single && (single.stop || isKnownWord(single, knowledge))))
      return { length: n, worldName: spanText(words, i, n) };
  }
  return null;
}

/**
 * A word that is the whole name of some entities and one word of others' ("Abuja", and "Abuja City" read as a
 * person's first name) names the former: a part of a name stands for the whole only when nothing is called so.
 */
function wholeNames(key: string, ids: readonly string[], indexed: IndexedStore): readonly string[] {
  const whole = ids.filter((id) => {
    const e = indexed.entities.get(id);
    return !!e && (phraseKey(e.name) === key || e.aliases.some((a) => phraseKey(a) === key));
  });
  return whole.length > 0 ? whole : ids;
}

function spanText(words: readonly Token[], i: number, n: number): string {
  return words
    .slice(i, i + n)
    .map((t) => t.text)
    .join(' ');
}

/**
 * Capitalised words outside known names ("Hawaii", "World Cup", "Merkel"); consecutive ones are one
 * name ("World War Two"), known only when written together somewhere.
 */
function capitalisedRuns(words: readonly Token[], used: ReadonlySet<number>, knowledge: Knowledge): string[] {
  const names: string[] = [];
  let run: Token[] = [];
  const endRun = (): void => {
    if (run.length > 0) names.push(run.map((t) => t.text).join(' '));
    run = [];
  };
  words.forEach((t, i) => {
    const capitalised =
      !used.has(i) &&
      /^\p{Lu}/u.test(t.text) &&
      !(i === 0 && t.pos !== 'PROPN') &&
      !t.stop &&
      !isKnownWord(t, knowledge);
    // A word that is not one ends the run: the words of a run are always next to each other.
    if (capitalised) run.push(t);
    else endRun();
  });
  endRun();
  return names;
}

/** Month and weekday names: capitalised, yet dates rather than names. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()));

/** A word of the knowledge or of questions themselves: capitalised, it is still not a name. */
function isKnownWord(t: Token, knowledge: Knowledge): boolean {
  const w = t.normal;
  return (
    knowledge.eventNouns.has(t.lemma) ||
    knowledge.eventVerbs.has(t.lemma) ||
    knowledge.reportingVerbs.has(t.lemma) ||
    knowledge.roleHeads.has(w) ||
    knowledge.roleModifiers.has(w) ||
    knowledge.roleHeads.has(t.lemma) ||
    knowledge.groupWords.has(w) ||
    knowledge.lightVerbs.has(t.lemma) ||
    FRAME_WORDS.has(w) ||
    ORDINAL_WORDS[w] !== undefined ||
    CALENDAR_WORDS.has(w) ||
    knowledge.demonyms.has(phraseKey(t.text))
  );
}

/**
 * A lowercase word of a question written in normal case ("which city will …") that the store knows
 * only as one word of a person's name ("Hubli City" read as a person): a common word here, not that
 * name. A name the articles use alone (a surname), or a question typed all in one case, still match.
 */
function onlyPartOfAName(word: Token, ids: readonly string[], original: string, indexed: IndexedStore): boolean {
  if (original === original.toLowerCase() || original === original.toUpperCase() || /^\p{Lu}/u.test(word.text))
    return false;
  const key = phraseKey(word.text);
  return ids.every((id) => {
    const e = indexed.entities.get(id);
    return !e || (phraseKey(e.name) !== key && !e.aliases.some((a) => phraseKey(a) === key));
  });
}
