import type { Token } from '../nlp/analyse.ts';
import { phraseKey, type Knowledge, type PlaceInfo } from './knowledge.ts';

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
}

/**
 * Finds names in a sentence. wink has no person/place/organisation entities, so runs of
 * capitalised tokens are cut into known places, organisations, demonyms and role words
 * (longest match first) and what is left is typed by its neighbours: a run after a role
 * word or of two or more capitalised words is a person; one after "in"/"at" is a place.
 */
export function findNames(tokens: readonly Token[], dateTokens: ReadonlySet<number>, knowledge: Knowledge): NameMention[] {
  const chunks: Chunk[] = [];
  for (const [a, b] of nameRuns(tokens, dateTokens)) chunks.push(...segmentRun(tokens, a, b, knowledge));

  const mentions: NameMention[] = [];
  for (let c = 0; c < chunks.length; c += 1) {
    const chunk = chunks[c] as Chunk;
    if (chunk.kind === 'role' || chunk.kind === 'honorific') continue;
    let kind = chunk.kind;
    const roleBefore = roleEndingAt(tokens, chunk.first - 1, knowledge);
    if (kind === 'other') kind = typeUnknown(tokens, chunk, roleBefore !== null);
    const text = spanText(tokens, chunk.first, chunk.last);
    const mention: NameMention = {
      first: chunk.first,
      last: chunk.last,
      text,
      kind,
      name: kind === 'other' || kind === 'person' ? text.replace(/['’]s$/, '') : chunk.name,
      ...(chunk.place ? { place: chunk.place } : {}),
    };
    const role = kind === 'person' ? roleBefore ?? appositiveRole(tokens, chunk.last + 1, knowledge) : null;
    mentions.push(role ? { ...mention, role: role.text, roleSpan: [role.first, role.last] } : mention);
  }
  return mentions;
}

function isCapitalised(t: Token): boolean {
  return /^[\p{Lu}\d]/u.test(t.text) && /[\p{L}\d]/u.test(t.text);
}

function nameRuns(tokens: readonly Token[], dateTokens: ReadonlySet<number>): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  const inName = (i: number): boolean => {
    const t = tokens[i];
    if (!t || dateTokens.has(i) || !isCapitalised(t)) return false;
    if (/^\d+$/.test(t.text)) return false;
    if (t.pos === 'PROPN') return true;
    // Capitalised mid-sentence nouns and adjectives are names or titles ("President"); the first word is capitalised anyway.
    return i > 0 && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X') && !isQuoteStart(tokens, i);
  };
  for (let i = 0; i <= tokens.length; i += 1) {
    if (i < tokens.length && inName(i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push([start, i - 1]);
      start = -1;
    }
  }
  return runs;
}

function isQuoteStart(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.text ?? '';
  return /^["“‘']$/.test(before);
}

function segmentRun(tokens: readonly Token[], a: number, b: number, knowledge: Knowledge): Chunk[] {
  const chunks: Chunk[] = [];
  let pending = -1;
  const flush = (end: number): void => {
    if (pending >= 0 && pending <= end) {
      const lastWord = tokens[end] as Token;
      const org = knowledge.organisationCues.has(phraseKey(lastWord.text));
      chunks.push({ first: pending, last: end, kind: org ? 'organisation' : 'other', name: spanText(tokens, pending, end) });
    }
    pending = -1;
  };
  let i = a;
  while (i <= b) {
    const match = longestKnown(tokens, i, b, knowledge);
    if (!match) {
      if (pending < 0) pending = i;
      i += 1;
      continue;
    }
    // A place or unknown name followed by an organisation cue word is that organisation ("Washington Post").
    const cueAfter = match.kind !== 'role' && match.kind !== 'honorific' && match.last < b && knowledge.organisationCues.has(phraseKey(tokens[match.last + 1]!.text));
    if (cueAfter) {
      if (pending < 0) pending = i;
      i = match.last + 1;
      continue;
    }
    flush(i - 1);
    chunks.push(match);
    i = match.last + 1;
  }
  flush(b);
  return chunks;
}

function longestKnown(tokens: readonly Token[], i: number, b: number, knowledge: Knowledge): Chunk | null {
  const maxEnd = Math.min(b, i + knowledge.longestPhrase - 1);
  for (let j = maxEnd; j >= i; j -= 1) {
    const key = phraseKey(tokens.slice(i, j + 1).map((t) => t.text).join(''));
    const org = knowledge.organisations.get(key);
    if (org) return { first: i, last: j, kind: 'organisation', name: org };
    const place = knowledge.places.get(key);
    if (place) return { first: i, last: j, kind: 'place', name: place.name, place };
    const words = tokens.slice(i, j + 1).map((t) => t.normal).join(' ');
    if (knowledge.roleHeads.has(words) || (j === i && knowledge.roleModifiers.has(words) && isRoleWordAhead(tokens, j + 1, b, knowledge))) {
      return { first: i, last: j, kind: 'role', name: words };
    }
    if (j === i && knowledge.groupWords.has(words)) return { first: i, last: j, kind: 'role', name: words };
    if (j === i && knowledge.honorifics.has(words)) return { first: i, last: j, kind: 'honorific', name: words };
    if (j === i) {
      const country = knowledge.demonyms.get(key);
      if (country) return { first: i, last: j, kind: 'demonym', name: country };
    }
  }
  return null;
}

function isRoleWordAhead(tokens: readonly Token[], i: number, b: number, knowledge: Knowledge): boolean {
  const t = tokens[i];
  return i <= b && !!t && (knowledge.roleHeads.has(t.normal) || knowledge.roleModifiers.has(t.normal));
}

function typeUnknown(tokens: readonly Token[], chunk: Chunk, afterRole: boolean): NameKind {
  const words = tokens.slice(chunk.first, chunk.last + 1);
  if (words.some((t) => /\d/.test(t.text))) return 'other';
  if (afterRole) return 'person';
  const before = tokens[chunk.first - 1];
  const beforeThat = tokens[chunk.first - 2];
  const preposition = (t: Token | undefined): boolean => !!t && (t.normal === 'in' || t.normal === 'at' || t.normal === 'from' || t.normal === 'to');
  if (words.length >= 2 && words.every((t) => /^\p{Lu}[\p{L}'’.-]*$/u.test(t.text))) return 'person';
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
    const head = knowledge.roleHeads.has(t.normal);
    const key = phraseKey(t.text);
    const qualifier =
      isCapitalised(t) &&
      (t.pos === 'PROPN' || knowledge.places.has(key) || knowledge.demonyms.has(key) || knowledge.organisations.has(key));
    if (!(head || knowledge.roleModifiers.has(t.normal) || qualifier || t.normal === 'of' || t.normal === 'the')) break;
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
  while (j < tokens.length && tokens[j]!.text !== ',' && tokens[j]!.pos !== 'PUNCT' && tokens[j]!.pos !== 'VERB' && tokens[j]!.pos !== 'AUX') {
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
