import type { Token } from '../nlp/analyse.ts';
import type { Source } from '../store/schema.ts';
import { phraseKey, type Knowledge, type PlaceInfo, type PlaceKind } from './knowledge.ts';

export type NameKind = 'person' | 'organisation' | 'place' | 'demonym' | 'other';

/** A name found in a sentence: an inclusive token range, its type and the name it stands for. */
export interface NameMention {
  readonly first: number;
  readonly last: number;
  readonly text: string;
  readonly kind: NameKind;
  /** Canonical name: the gazetteer's or organisation list's name, else the text as written. */
  readonly name: string;
  readonly place?: PlaceInfo;
  /** For people: the role phrase written next to the name ("White House press secretary"). */
  readonly role?: string;
  /** Token range of that role phrase, so the names inside it are not taken as actors. */
  readonly roleSpan?: readonly [number, number];
  /** For places: venue, city, region or country. */
  readonly placeType?: PlaceKind;
  /** For places: the country they are in, where known (a country's own name for a country). */
  readonly country?: string;
  /** For place names shared by several places: all of them, most likely first, for the article's context to choose. */
  readonly candidates?: readonly PlaceInfo[];
  /** Part of a photo credit ("Jordan Pettitt/Pool via AP"): a name, never a participant. */
  readonly credit?: boolean;
}

/** A name mention with the sentence it was read in: what entities are built from. */
export interface LocatedName {
  readonly mention: NameMention;
  readonly source: Source;
}

interface RolePhrase {
  text: string;
  first: number;
  last: number;
}

interface Chunk {
  first: number;
  last: number;
  kind: NameKind | 'role' | 'honorific';
  name: string;
  place?: PlaceInfo;
  /** Named by an event-name word ("Hurricane Laura", "Category 4"): never a person. */
  named?: boolean;
  /** Typed by a head word rather than the gazetteer. */
  placeType?: PlaceKind;
  /** An organisation known only by its last word ("… University"), not by name. */
  byCue?: boolean;
}

/**
 * Inclusive token range of one word of a name: hyphenated parts ("Jong-un") and a possessive ("Lord's") stay together.
 */
type Unit = readonly [number, number];

/**
 * Finds names in a sentence. wink has no person/place/organisation entities, so runs of
 * capitalised words (hyphenated and possessive words kept whole, "of"/"and" inside organisation
 * and place names joined) are cut into known places, organisations, demonyms and role words
 * (longest match first). Head words then type what they end ("… Palace" is a venue, "… Parish"
 * a region), and what is left is typed by its neighbours: after a role word or of two or more
 * capitalised words it is a person, after "in"/"at" a place, else 'other'. No name is dropped.
 */
export function findNames(
  tokens: readonly Token[],
  dateTokens: ReadonlySet<number>,
  knowledge: Knowledge,
  capitalisedInArticle: ReadonlySet<string> = new Set(),
  opening = 0,
): NameMention[] {
  const credit = creditTokens(tokens, knowledge);
  const chunks: Chunk[] = [];
  for (const run of nameRuns(tokens, dateTokens, knowledge, capitalisedInArticle, opening))
    chunks.push(...typeByHeads(tokens, segmentRun(tokens, run, knowledge), run, knowledge));

  const mentions: NameMention[] = [];
  for (let c = 0; c < chunks.length; c += 1) {
    const chunk = chunks[c] as Chunk;
    if (chunk.kind === 'role' || chunk.kind === 'honorific') continue;
    let kind = chunk.kind;
    const roleBefore = roleEndingAt(tokens, chunk.first - 1, knowledge);
    const previous = chunks[c - 1];
    const titled = roleBefore !== null || (previous?.kind === 'honorific' && previous.last + 1 === chunk.first);
    // "Lady Hale", "Judge Jackson": after a title a town's name is a person's.
    if (kind === 'place' && titled && (chunk.place?.kind === 'city' || chunk.place?.kind === 'region')) {
      chunk.kind = 'other';
      delete chunk.place;
      kind = 'person';
    }
    if (kind === 'other' && !chunk.named) kind = typeUnknown(tokens, chunk, titled, knowledge);
    // A photographer or agency in a credit line is named, never a person taking part.
    if (credit.has(chunk.first) && kind === 'person') kind = 'other';
    const text = spanText(tokens, chunk.first, chunk.last);
    const placeType: PlaceKind | undefined =
      kind === 'place' ? (chunk.place?.kind ?? chunk.placeType ?? placeAfter(tokens, chunk.first)) : undefined;
    const country = chunk.place?.kind === 'country' ? chunk.place.name : chunk.place?.country;
    const candidates = chunk.place
      ? knowledge.placeCandidates.get(phraseKey(spanText(tokens, chunk.first, chunk.last)))
      : undefined;
    const mention: NameMention = {
      first: chunk.first,
      last: chunk.last,
      text,
      kind,
      name:
        kind === 'other' || kind === 'person' || (kind === 'place' && !chunk.place) || chunk.name === ''
          ? text.replace(/['’]s$/, '')
          : chunk.name,
      ...(chunk.place ? { place: chunk.place } : {}),
      ...(placeType ? { placeType } : {}),
      ...(country ? { country } : {}),
      ...(candidates ? { candidates } : {}),
      ...(credit.has(chunk.first) ? { credit: true } : {}),
    };
    const role = kind === 'person' ? (roleBefore ?? appositiveRole(tokens, chunk.last + 1, knowledge)) : null;
    mentions.push(role ? { ...mention, role: role.text, roleSpan: [role.first, role.last] } : mention);
  }
  return withLegalForms(tokens, preferNamedCountries(tokens, mentions), knowledge);
}

/**
 * "Orbis Motors, Inc.": a company's legal form after a comma is part of its name, not a name of its own; the
 * name before it is an organisation's, whatever its words made it.
 */
function withLegalForms(tokens: readonly Token[], mentions: NameMention[], knowledge: Knowledge): NameMention[] {
  const out: NameMention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    const form =
      prev &&
      m.first === prev.last + 2 &&
      tokens[prev.last + 1]!.text === ',' &&
      knowledge.legalForms.has(phraseKey(m.text)) &&
      prev.kind !== 'place' &&
      // "Inc. magazine": a legal form that opens another name is that name's first word.
      !/^(?:NOUN|PROPN)$/.test(tokens[m.last + 1]?.pos ?? '');
    if (!form) {
      out.push(m);
      continue;
    }
    if (prev.kind !== 'organisation') {
      const { role: _role, roleSpan: _span, ...name } = prev;
      out[out.length - 1] = { ...name, kind: 'organisation' };
    }
  }
  return out;
}

/**
 * A place name several places share takes the one in the region
 * or country written right after it ("Lafayette, Louisiana").
 */
function preferNamedCountries(tokens: readonly Token[], mentions: NameMention[]): NameMention[] {
  return mentions.map((m, k) => {
    const next = mentions[k + 1];
    if (
      !m.candidates ||
      !m.place ||
      !next ||
      next.kind !== 'place' ||
      !next.country ||
      tokens[m.last + 1]?.text !== ',' ||
      next.first !== m.last + 2
    )
      return m;
    const better = m.candidates.find((p) => p !== next.place && p.country === next.country);
    if (!better || better === m.place) return m;
    return {
      ...m,
      name: better.name,
      place: better,
      placeType: better.kind,
      ...(better.country ? { country: better.country } : {}),
    };
  });
}

/**
 * Whether a sentence is a photo credit line ("Image: Jane Roe/Pool via AP"), as opposed to a caption that carries one.
 */
export function isCreditLine(tokens: readonly Token[], knowledge: Knowledge): boolean {
  const credit = creditTokens(tokens, knowledge);
  const words = tokens.map((t, i) => [t, i] as const).filter(([t]) => /[\p{L}\d]/u.test(t.text));
  return words.length > 0 && words.every(([, i]) => credit.has(i));
}

/**
 * Tokens of photo credits: a line that starts with a credit label and a colon ("Photo: …"), and
 * a name joined by a slash to an agency or a web address ("Jordan Pettitt/Pool via AP",
 * "Wikimedia Commons/www.example.org") when either side has a credit word.
 */
export function creditTokens(tokens: readonly Token[], knowledge: Knowledge): Set<number> {
  const out = new Set<number>();
  const key = (i: number): string => phraseKey(tokens[i]?.text ?? '');
  for (const n of [1, 2]) {
    const label = phraseKey(
      tokens
        .slice(0, n)
        .map((t) => t.text)
        .join(''),
    );
    if (knowledge.creditLabels.has(label) && tokens[n]?.text === ':') {
      for (let i = 0; i < tokens.length; i += 1) out.add(i);
      return out;
    }
  }
  for (let s = 0; s < tokens.length; s += 1) {
    if (tokens[s]!.text !== '/' || tokens[s]!.space !== '' || !tokens[s + 1] || tokens[s + 1]!.space !== '') continue;
    let a = s;
    while (
      a > 0 &&
      /[\p{L}\d]/u.test(tokens[a - 1]!.text) &&
      (isCapitalised(tokens[a - 1]!) || tokens[a]!.space === '' || knowledge.creditWords.has(key(a - 1)))
    )
      a -= 1;
    let b = s;
    while (
      b + 1 < tokens.length &&
      (tokens[b + 1]!.space === '' || knowledge.creditWords.has(key(b + 1)) || knowledge.creditLabels.has(key(b + 1)))
    )
      b += 1;
    let hasCreditWord = false;
    for (let i = a; i <= b; i += 1)
      if (knowledge.creditWords.has(key(i)) || knowledge.creditLabels.has(key(i))) hasCreditWord = true;
    if (hasCreditWord) for (let i = a; i <= b; i += 1) out.add(i);
  }
  return out;
}

function isCapitalised(t: Token): boolean {
  return /^[\p{Lu}\d]/u.test(t.text) && /[\p{L}\d]/u.test(t.text);
}

const isHyphen = (t: Token | undefined): boolean => !!t && /^[-\u2010\u2011]$/.test(t.text);
const isPossessive = (t: Token | undefined): boolean => !!t && /^['’]s$/i.test(t.text) && t.space === '';
/** Lowercase particles that begin a hyphenated name ("al-Assad", "bin-Salman"). */
const NAME_PARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'abu', 'ben', 'bint']);
const LOCATIVES = new Set([
  'at',
  'in',
  'inside',
  'outside',
  'near',
  'from',
  'to',
  'into',
  'on',
  'onto',
  'across',
  'around',
  'toward',
  'towards',
  'within',
  'beside',
  'opposite',
  'behind',
  'via',
  'through',
]);

/** Lowercase words that make a place before a hyphen a modifier of the name after it ("Paris-based"). */
const LOCATING_PARTICIPLES = new Set(['based', 'born', 'bred', 'headquartered', 'listed', 'registered']);

/** Token runs of names, as lists of units. `opening`: the sentence's first word past its dateline, if any. */
function nameRuns(
  tokens: readonly Token[],
  dateTokens: ReadonlySet<number>,
  knowledge: Knowledge,
  capitalisedInArticle: ReadonlySet<string>,
  opening: number,
): Unit[][] {
  const inName = (i: number): boolean => {
    const t = tokens[i];
    if (!t || dateTokens.has(i) || !isCapitalised(t)) return false;
    if (/^\d+$/.test(t.text)) return false;
    const first = opensSentence(tokens, i, opening);
    if (t.pos === 'PROPN') return !(first && commonWordAtStart(tokens, i, capitalisedInArticle, knowledge));
    // Capitalised mid-sentence nouns and adjectives are names or
    // titles ("President"); the first word is capitalised anyway.
    if (first) return false;
    if (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X') return true;
    // A verb is not capitalised inside a sentence: before a name word it is one of its words
    // ("Second Launch Pad", "to Horse Guards Parade").
    const next = tokens[i + 1];
    return t.pos === 'VERB' && !!next && isCapitalised(next) && next.pos === 'PROPN';
  };
  const glued = (i: number): boolean => !!tokens[i] && tokens[i]!.space === '' && /^[\p{L}\d]/u.test(tokens[i]!.text);
  /** The unit starting at i, or null: hyphenated parts joined ("Ying-jeou", "Mazar-i-Sharif"). */
  const unitAt = (i: number): Unit | null => {
    const t = tokens[i];
    if (!t) return null;
    const particle =
      NAME_PARTICLES.has(t.normal) &&
      isHyphen(tokens[i + 1]) &&
      tokens[i + 1]!.space === '' &&
      glued(i + 2) &&
      inName(i + 2);
    if (!particle && !inName(i)) return null;
    let end = i;
    // "US-Russia ties" are two places, "Kim Jong-un" one name.
    const knownWord = (k: number): boolean => {
      const key = phraseKey(tokens[k]!.text);
      const place = knowledge.places.get(key);
      return (!!place && place.kind !== 'city') || knowledge.demonyms.has(key);
    };
    while (
      isHyphen(tokens[end + 1]) &&
      tokens[end + 1]!.space === '' &&
      glued(end + 2) &&
      !dateTokens.has(end + 2) &&
      !(knownWord(end) && knownWord(end + 2))
    )
      end += 2;
    // "Amsterdam-based Kolstad Brewing", "London-born Jane Roe": the place, then a modifier of the next name.
    if (end > i && LOCATING_PARTICIPLES.has(tokens[end]!.text)) end -= 2;
    return [i, end];
  };
  const runs: Unit[][] = [];
  let run: Unit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const unit = unitAt(i);
    if (unit) {
      run.push(unit);
      i = unit[1] + 1;
      // "Category 4", "Apollo 11": an event-name word takes the number after it.
      const number = tokens[i];
      if (
        number &&
        knowledge.eventNameHeads.has(phraseKey(tokens[unit[0]]!.text)) &&
        /^\d+[a-z]?$/i.test(number.text) &&
        !dateTokens.has(i)
      ) {
        run.push([i, i]);
        i += 1;
      }
      continue;
    }
    if (run.length > 0) runs.push(run);
    run = [];
    i += 1;
  }
  if (run.length > 0) runs.push(run);
  return joinRuns(tokens, runs, knowledge);
}

/**
 * Joins runs that one name spans: "Lord's Cricket Ground" (a possessive before a place name
 * ending in a head word), "Bank of England", "Gulf of Mexico" (an organisation or place word,
 * then of/for), "National Oceanic and Atmospheric Administration" (unknown words, and, then
 * words ending in an organisation word), "Johnson & Johnson".
 */
function joinRuns(tokens: readonly Token[], runs: Unit[][], knowledge: Knowledge): Unit[][] {
  const out: Unit[][] = [];
  const keyOf = (u: Unit): string => phraseKey(spanText(tokens, u[0], u[1]));
  const known = (run: readonly Unit[]): boolean =>
    run.some((u) => {
      const k = keyOf(u);
      return (
        knowledge.allPlaces.has(k) ||
        knowledge.organisations.has(k) ||
        knowledge.demonyms.has(k) ||
        knowledge.roleHeadKeys.has(k)
      );
    });
  const orgOrPlaceWord = (k: string): boolean =>
    knowledge.organisationCues.has(k) ||
    knowledge.facilityHeads.has(k) ||
    knowledge.sharedHeads.has(k) ||
    knowledge.regionHeads.has(k) ||
    knowledge.leadingPlaceWords.has(k);
  for (const run of runs) {
    const prev = out[out.length - 1];
    if (prev) {
      const end = prev[prev.length - 1]![1];
      const start = run[0]![0];
      const lastKey = keyOf(prev[prev.length - 1]!);
      const runLast = keyOf(run[run.length - 1]!);
      const between = tokens.slice(end + 1, start).map((t) => t.normal);
      const headed =
        knowledge.facilityHeads.has(runLast) ||
        knowledge.sharedHeads.has(runLast) ||
        knowledge.regionHeads.has(runLast);
      const possessive =
        start === end + 2 &&
        isPossessive(tokens[end + 1]) &&
        prev.length === 1 &&
        !known(prev) &&
        headed &&
        !known(run);
      const roleWord = knowledge.roleHeadKeys.has(lastKey) || knowledge.roleModifiers.has(lastKey);
      const ofJoin =
        (between.length === 1 || (between.length === 2 && between[1] === 'the')) &&
        ['of', 'for'].includes(between[0]!) &&
        orgOrPlaceWord(lastKey) &&
        !roleWord;
      // Not after a plural ("Editors and Wire Services"): those are two groups.
      const andJoin =
        between.length === 1 &&
        between[0] === 'and' &&
        knowledge.organisationCues.has(runLast) &&
        !known(prev) &&
        !known(run) &&
        prev.length <= 3 &&
        run.length <= 3 &&
        !/s$/.test(lastKey);
      const ampersand = between.length === 1 && between[0] === '&';
      if (possessive) {
        const last = prev.pop()!;
        prev.push([last[0], end + 1], ...run);
        continue;
      }
      if (ofJoin || andJoin || ampersand) {
        // The joining words become part of the last unit before them.
        const last = prev.pop()!;
        prev.push([last[0], start - 1], ...run);
        continue;
      }
    }
    out.push([...run]);
  }
  return out;
}

/**
 * "Clashes broke out …": wink calls a sentence's capitalised first word a proper noun. Alone, an
 * English word, and capitalised nowhere else in its article, it is that word, not a name.
 */
function commonWordAtStart(
  tokens: readonly Token[],
  i: number,
  capitalisedInArticle: ReadonlySet<string>,
  knowledge: Knowledge,
): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.common !== true || (next && isCapitalised(next))) return false;
  if (capitalisedInArticle.has(t.normal)) return false;
  // "Finnish officials …", "Democrats said …": a word known as a place, people or organisation stays a name.
  const key = phraseKey(t.text);
  const singular = key.replace(/s$/, '');
  return ![key, singular].some(
    (k) => knowledge.allPlaces.has(k) || knowledge.demonyms.has(k) || knowledge.organisations.has(k),
  );
}

/**
 * Words written capitalised other than first in a sentence or quote: the names an article uses. Each sentence
 * with its opening, the index of its first word past a dateline ("LEEDS, May 10 -- Nurses …": "Nurses").
 */
export function capitalisedWords(
  sentences: ReadonlyArray<{ readonly tokens: readonly Token[]; readonly opening: number }>,
): Set<string> {
  const words = new Set<string>();
  for (const { tokens, opening } of sentences)
    tokens.forEach((t, i) => {
      if (!opensSentence(tokens, i, opening) && isCapitalised(t)) words.add(t.normal);
    });
  return words;
}

/** The first word of a sentence, of what follows its dateline, or of a quotation: capitalised whatever it is. */
function opensSentence(tokens: readonly Token[], i: number, opening: number): boolean {
  return i === 0 || i === opening || isQuoteStart(tokens, i);
}

function isQuoteStart(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.text ?? '';
  return /^["“‘']$/.test(before);
}

function segmentRun(tokens: readonly Token[], run: readonly Unit[], knowledge: Knowledge): Chunk[] {
  const chunks: Chunk[] = [];
  let pending = -1;
  let named = false;
  const flush = (end: number): void => {
    if (pending >= 0 && pending <= end) {
      const lastWord = tokens[end] as Token;
      // "… University", or "Bureau of Fisheries": an organisation word at the end or before of/for.
      let cueOf = false;
      for (let t = pending; t < end; t += 1) {
        if (['of', 'for'].includes(tokens[t + 1]!.normal) && knowledge.organisationCues.has(phraseKey(tokens[t]!.text)))
          cueOf = true;
      }
      const org = !named && (cueOf || knowledge.organisationCues.has(phraseKey(lastWord.text)));
      chunks.push({
        first: pending,
        last: end,
        kind: org ? 'organisation' : 'other',
        name: spanText(tokens, pending, end),
        ...(named ? { named } : {}),
        ...(org ? { byCue: true } : {}),
      });
    }
    pending = -1;
    named = false;
  };
  let u = 0;
  while (u < run.length) {
    const unit = run[u]!;
    const startKey = phraseKey(spanText(tokens, unit[0], unit[1]));
    if (knowledge.eventNameHeads.has(startKey) && u + 1 < run.length) {
      // "Hurricane Laura", "Category 4": a named thing of its own, ending before the next event-name word.
      flush(unit[0] - 1);
      pending = unit[0];
      named = true;
      const next = run[u + 1]!;
      if (/^\d/.test(tokens[next[0]]!.text)) {
        flush(next[1]);
        u += 2;
        continue;
      }
      u += 1;
      continue;
    }
    const match = longestKnown(tokens, run, u, knowledge);
    if (!match || (named && match.chunk.kind !== 'role' && match.chunk.kind !== 'honorific')) {
      if (pending < 0) pending = unit[0];
      u += 1;
      continue;
    }
    const { chunk, units } = match;
    // A place or unknown name followed by an organisation cue word is that organisation ("Washington Post").
    const nextUnit = run[u + units];
    const cueAfter =
      chunk.kind !== 'role' &&
      chunk.kind !== 'honorific' &&
      !!nextUnit &&
      knowledge.organisationCues.has(phraseKey(spanText(tokens, nextUnit[0], nextUnit[1])));
    // "Flemish Transport Union", "German Football Association": a demonym or place opening words that end in
    // an organisation word is part of that organisation's name.
    const lastUnit = run[run.length - 1]!;
    const cueAtEnd =
      (chunk.kind === 'demonym' || chunk.kind === 'place') &&
      u + units < run.length - 1 &&
      knowledge.organisationCues.has(phraseKey(spanText(tokens, lastUnit[0], lastUnit[1])));
    if (cueAfter || cueAtEnd) {
      if (pending < 0) pending = unit[0];
      u += units;
      continue;
    }
    flush(unit[0] - 1);
    chunks.push(chunk);
    u += units;
  }
  flush(run[run.length - 1]![1]);
  return mergePlacesIntoNames(tokens, chunks, knowledge);
}

/**
 * A gazetteer place next to unknown capitalised words in the same run is part of a longer
 * name: "Amy Berman Jackson", "Jordan Pettitt", "Paris Hilton" are not places.
 */
function mergePlacesIntoNames(tokens: readonly Token[], chunks: Chunk[], knowledge: Knowledge): Chunk[] {
  const out: Chunk[] = [];
  for (const c of chunks) {
    // "Lyon Summit", "Paris Agreement": a place qualifying a named event stays a place. A trophy or prize named
    // after a place is one name ("the Sahel Cup"): its final is played anywhere.
    const head = phraseKey(tokens[c.last]!.text);
    // "the Atlantic Championship final": an event word before another names the competition, not the event
    // (wink tags that word an adjective after a name: see triggers.ts isNamedHead).
    const after = tokens[c.last + 1];
    const namesCompetition =
      (after?.pos === 'NOUN' || after?.pos === 'ADJ') && knowledge.eventNouns.has(after.normal.toLowerCase());
    if (
      knowledge.thingHeads.has(head) &&
      ((knowledge.eventNouns.has(head.toLowerCase()) && !namesCompetition) || c.kind !== 'other')
    ) {
      out.push(c);
      continue;
    }
    const prev = out[out.length - 1];
    const unknown = (x: Chunk): boolean => x.kind === 'other' && !x.named;
    // A one-word country can be a first name ("Jordan"); "United States Jane Smith" is two names.
    const place = (x: Chunk): boolean =>
      x.kind === 'place' && !!x.place && x.place.kind !== 'venue' && (x.place.kind !== 'country' || x.first === x.last);
    const city = (x: Chunk): boolean => place(x) && x.place!.kind === 'city';
    const adjacent = !!prev && prev.last + 1 >= c.first;
    if (
      prev &&
      adjacent &&
      ((unknown(prev) && (place(c) || unknown(c))) || (place(prev) && unknown(c)) || (city(prev) && city(c)))
    ) {
      out[out.length - 1] = { first: prev.first, last: c.last, kind: 'other', name: '' };
      continue;
    }
    // "FC Mzuzu", "AFC Leeds": an organisation word alone before a place or unknown name opens its name.
    const cueAlone = (x: Chunk): boolean =>
      x.kind === 'organisation' &&
      x.first === x.last &&
      knowledge.organisationCues.has(phraseKey(tokens[x.first]!.text));
    if (prev && adjacent && cueAlone(prev) && (place(c) || unknown(c))) {
      out[out.length - 1] = { first: prev.first, last: c.last, kind: 'organisation', name: '', byCue: true };
      continue;
    }
    // "Louisiana State University", "New York Stock Exchange": a place before words ending in an organisation word.
    if (prev && adjacent && place(prev) && c.kind === 'organisation' && c.byCue) {
      out[out.length - 1] = { ...c, first: prev.first, name: '' };
      continue;
    }
    out.push(c);
  }
  return out;
}

/**
 * Types a run by its head words once it is cut: the words after its roles and honorifics form
 * a venue when they end in a facility word ("Buckingham Palace", "Lord's Cricket Ground"), or
 * in a word organisations share ("Court", "Centre") right after a word of place; a region when
 * they end in a region word ("Cameron Parish"); a place when they start with "Lake", "Mount" ….
 * A lowercase facility noun right after the run joins it ("the Shangri-La hotel").
 */
function typeByHeads(tokens: readonly Token[], chunks: Chunk[], run: readonly Unit[], knowledge: Knowledge): Chunk[] {
  let start = chunks.length;
  while (start > 0 && chunks[start - 1]!.kind !== 'role' && chunks[start - 1]!.kind !== 'honorific') start -= 1;
  const tail = chunks.slice(start);
  if (tail.length === 0 || tail.some((c) => c.named)) return chunks;
  const first = tail[0]!.first;
  let last = tail[tail.length - 1]!.last;
  const singleKnown =
    tail.length === 1 &&
    (tail[0]!.kind === 'organisation' || tail[0]!.kind === 'place' || tail[0]!.kind === 'demonym') &&
    tail[0]!.name !== '' &&
    !tail[0]!.placeType &&
    !tail[0]!.byCue;
  const knownCity = singleKnown && tail[0]!.kind === 'place';
  const keyOf = (i: number): string => phraseKey(tokens[i]!.text);
  const lastUnit = run[run.length - 1]!;
  let head = phraseKey(spanText(tokens, lastUnit[0], lastUnit[1]));
  const units = run.filter((u) => u[0] >= first).length;
  const after = tokens[last + 1];
  // Not after a lone common word that organisations use ("a TV station").
  const loneCue = units === 1 && knowledge.organisationCues.has(head);
  if (
    after &&
    after.space !== '' &&
    /^\p{Ll}/u.test(after.text) &&
    after.pos === 'NOUN' &&
    knowledge.facilityHeads.has(phraseKey(after.text)) &&
    !singleKnown &&
    !loneCue
  ) {
    last += 1;
    head = phraseKey(after.text);
  } else if (units < 2 || (singleKnown && tail[0]!.kind !== 'organisation')) {
    if (units < 2 || knownCity) return chunks;
  }
  let type: PlaceKind | null = null;
  if (knowledge.facilityHeads.has(head)) type = 'venue';
  else if (knowledge.sharedHeads.has(head) && afterLocative(tokens, first)) type = 'venue';
  else if (knowledge.regionHeads.has(head)) type = 'region';
  else if (!singleKnown && knowledge.leadingPlaceWords.has(keyOf(first)))
    type = knowledge.leadingPlaceWords.get(keyOf(first))!;
  if (!type || singleKnown) return chunks;
  const text = spanText(tokens, first, last);
  return [...chunks.slice(0, start), { first, last, kind: 'place', name: text, placeType: type }];
}

function afterLocative(tokens: readonly Token[], first: number): boolean {
  let i = first - 1;
  while (i >= 0 && ['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(tokens[i]!.normal)) i -= 1;
  return i >= 0 && LOCATIVES.has(tokens[i]!.normal);
}

/** The place type an unknown place name gets from its preposition: "at" a venue, else a city. */
function placeAfter(tokens: readonly Token[], first: number): PlaceKind {
  let i = first - 1;
  if (tokens[i]?.normal === 'the') i -= 1;
  return tokens[i]?.normal === 'at' ? 'venue' : 'city';
}

function longestKnown(
  tokens: readonly Token[],
  run: readonly Unit[],
  u: number,
  knowledge: Knowledge,
): { chunk: Chunk; units: number } | null {
  const maxEnd = Math.min(run.length - 1, u + knowledge.longestPhrase - 1);
  const i = run[u]![0];
  for (let v = maxEnd; v >= u; v -= 1) {
    const j = run[v]![1];
    const text = spanText(tokens, i, j);
    const key = phraseKey(text);
    const units = v - u + 1;
    const org = knowledge.organisations.get(key);
    if (org) return { chunk: { first: i, last: j, kind: 'organisation', name: org }, units };
    const place = knowledge.allPlaces.get(key);
    if (place) return { chunk: { first: i, last: j, kind: 'place', name: place.name, place }, units };
    const words = text.toLowerCase();
    if (
      knowledge.roleHeadKeys.has(key) ||
      (units === 1 && knowledge.roleModifiers.has(words) && isRoleWordAhead(tokens, run, u + 1, knowledge))
    ) {
      return { chunk: { first: i, last: j, kind: 'role', name: words }, units };
    }
    if (units === 1 && knowledge.groupWords.has(words))
      return { chunk: { first: i, last: j, kind: 'role', name: words }, units };
    if (units === 1 && knowledge.honorifics.has(words))
      return { chunk: { first: i, last: j, kind: 'honorific', name: words }, units };
    if (units === 1) {
      // A demonym, or its plural ("the Saudis", "Finns").
      const country =
        knowledge.demonyms.get(key) ?? (key.endsWith('s') ? knowledge.demonyms.get(key.slice(0, -1)) : undefined);
      if (country) return { chunk: { first: i, last: j, kind: 'demonym', name: country }, units };
    }
  }
  return null;
}

/**
 * Do the next words of the run go on to a role ("Transport Minister", "Union Home Minister"), not stop
 * short of one ("Transport Union")?
 */
function isRoleWordAhead(tokens: readonly Token[], run: readonly Unit[], u: number, knowledge: Knowledge): boolean {
  for (let v = u; v < run.length; v += 1) {
    const unit = run[v]!;
    if (knowledge.roleHeadKeys.has(phraseKey(spanText(tokens, unit[0], unit[1])))) return true;
    if (!knowledge.roleModifiers.has(tokens[unit[0]]!.normal)) return false;
  }
  return false;
}

function typeUnknown(tokens: readonly Token[], chunk: Chunk, afterRole: boolean, knowledge: Knowledge): NameKind {
  const words = tokens.slice(chunk.first, chunk.last + 1);
  if (words.some((t) => /\d/.test(t.text))) return 'other';
  if (
    knowledge.eventNameHeads.has(phraseKey(words[0]!.text)) ||
    knowledge.thingHeads.has(phraseKey(words[words.length - 1]!.text))
  )
    return 'other';
  if (afterRole) return 'person';
  const before = tokens[chunk.first - 1];
  const beforeThat = tokens[chunk.first - 2];
  const preposition = (t: Token | undefined): boolean =>
    !!t && (t.normal === 'in' || t.normal === 'at' || t.normal === 'from' || t.normal === 'to');
  // The words of the name, without the hyphenated tails and particles that may be lowercase ("Jong-un", "al-Assad").
  const nameWords = words.filter(
    (t, k) => !isHyphen(t) && !isPossessive(t) && !NAME_PARTICLES.has(t.normal) && !isHyphen(words[k - 1]),
  );
  if (nameWords.length >= 2 && nameWords.every((t) => /^\p{Lu}[\p{L}'’.-]*$/u.test(t.text))) return 'person';
  if (preposition(before) || (before?.normal === 'the' && preposition(beforeThat))) return 'place';
  return 'other';
}

/**
 * The role phrase that ends right before a name, read leftwards over role words, the places,
 * demonyms and organisations that qualify them, and "of the" ("Director of the CIA Jane Doe").
 */
function roleEndingAt(tokens: readonly Token[], end: number, knowledge: Knowledge): RolePhrase | null {
  let start = end + 1;
  let sawHead = false;
  for (let i = end; i >= 0; i -= 1) {
    const t = tokens[i] as Token;
    const head = knowledge.roleHeads.has(t.normal) || knowledge.roleHeadKeys.has(phraseKey(t.text));
    const key = phraseKey(t.text);
    const qualifier =
      isCapitalised(t) &&
      (t.pos === 'PROPN' ||
        knowledge.allPlaces.has(key) ||
        knowledge.demonyms.has(key) ||
        knowledge.organisations.has(key));
    const hyphen = isHyphen(t) && t.space === '' && tokens[i + 1]?.space === '';
    if (!(
      head ||
      hyphen ||
      knowledge.roleModifiers.has(t.normal) ||
      qualifier ||
      t.normal === 'of' ||
      t.normal === 'the'
    ))
      break;
    sawHead ||= head;
    start = i;
  }
  // The phrase may not begin or end with its joining words.
  while (start <= end && (tokens[start]!.normal === 'of' || tokens[start]!.normal === 'the')) start += 1;
  if (start > end || !sawHead || tokens[end]!.normal === 'of' || tokens[end]!.normal === 'the') return null;
  return { text: spanText(tokens, start, end), first: start, last: end };
}

function appositiveRole(tokens: readonly Token[], i: number, knowledge: Knowledge): RolePhrase | null {
  if (tokens[i]?.text !== ',') return null;
  let j = i + 1;
  if (tokens[j] && ['the', 'a', 'an'].includes(tokens[j]!.normal)) j += 1;
  const start = j;
  let sawHead = false;
  while (
    j < tokens.length &&
    tokens[j]!.text !== ',' &&
    tokens[j]!.pos !== 'PUNCT' &&
    tokens[j]!.pos !== 'VERB' &&
    tokens[j]!.pos !== 'AUX'
  ) {
    sawHead ||= knowledge.roleHeads.has(tokens[j]!.normal);
    j += 1;
  }
  if (!sawHead || j - start > 8 || tokens[j]?.text !== ',') return null;
  return { text: spanText(tokens, start, j - 1), first: start, last: j - 1 };
}

/** The exact text of a token range, with the original spacing. */
export function spanText(tokens: readonly Token[], first: number, last: number): string {
  let out = '';
  for (let i = first; i <= last; i += 1) out += (i === first ? '' : tokens[i]!.space) + tokens[i]!.text;
  return out;
}
