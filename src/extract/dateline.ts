import { phraseKey, type Knowledge } from './knowledge.ts';

/**
 * A wire dateline at the start of a sentence: "LONDON - ", "HOUSTON, Aug. 27 (Xinhua) -- ", "PORT LOUIS (Reuters) — ".
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+)*(?:,\s*[^()—–\n]{1,40}?)?\s*(?:\([^)\n]{1,40}\))?\s*(?:--|—|–|-)\s+/u;
const CAPITALS = /^\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+)*/u;
/** The words after the city's comma: a state or country ("California"), not a date ("Aug. 27"). */
const REGION = /^,\s*(\p{L}[\p{L}.'’ -]{1,38}?)\s*(?:\(|--|—|–|-)/u;

/** Characters of the sentence taken by a dateline, 0 when it has none. */
export function datelineLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}

/** The place a story says it was filed from, as the gazetteer knows it. */
export interface FiledFrom {
  /** The place's name as a reader writes it: "Cupertino", "Port Louis". */
  readonly name: string;
  /** With the state or country the dateline adds: "Cupertino, California". */
  readonly text: string;
}

/**
 * The dateline's place, when the sentence opens with a dateline whose first words are a known place.
 * A wire story is filed from where its news was gathered: the place of what its opening sentence
 * reports, when that sentence names no other.
 */
export function filedFrom(sentence: string, knowledge: Knowledge): FiledFrom | null {
  const length = datelineLength(sentence);
  if (length === 0) return null;
  const dateline = sentence.slice(0, length);
  const capitals = CAPITALS.exec(dateline)![0];
  const name = capitals
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  if (!knowledge.allPlaces.has(phraseKey(name))) return null;
  const region = REGION.exec(dateline.slice(capitals.length))?.[1];
  const known = region !== undefined && knowledge.allPlaces.has(phraseKey(region));
  return { name, text: known ? `${name}, ${region}` : name };
}
