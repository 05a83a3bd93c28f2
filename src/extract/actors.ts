import { isParticiple, type Token } from '../nlp/analyse.ts';
import { spanText, type NameMention } from './names.ts';
import type { Trigger } from './triggers.ts';

/** Someone (named) or a group ("both U.S. and Russian governments") acting in an event. */
export interface Actor {
  /** The phrase as written. */
  readonly text: string;
  /** The name mention, when the actor is named; a group written out has none. */
  readonly mention?: NameMention;
}

/** A named actor: the name as written, with its mention for the entity registry to resolve. */
export function actorOf(n: NameMention): Actor {
  return { text: n.text, mention: n };
}

const SUBJECT_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'CCONJ', 'AUX', 'ADV', 'PART', 'NUM']);
const ATTRIBUTION = new Set(['via', 'according', 'by']);

/** "via X", "according to X": a source named, not someone acting. */
export function isAttribution(tokens: readonly Token[], first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - 3); i -= 1) {
    const t = tokens[i] as Token;
    if (ATTRIBUTION.has(t.normal) || (t.normal === 'to' && tokens[i - 1]?.normal === 'according')) return true;
    if (t.pos !== 'DET') return false;
  }
  return false;
}

/** A lone capitalised word that may be someone's short name (resolved against full names later). */
export function isNamelike(n: NameMention): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(n.text);
}

/** Agents of a reporting word: "by X and Y" when passive, else the names before it in the clause. */
export function reportAgents(
  tokens: readonly Token[],
  a: number,
  b: number,
  r: Trigger,
  names: readonly NameMention[],
  insideRole: ReadonlySet<number>,
): { actors: Actor[]; tokens: number[] } {
  const isAgent = (n: NameMention): boolean =>
    (n.kind === 'person' ||
      n.kind === 'organisation' ||
      n.kind === 'place' ||
      n.kind === 'other' ||
      n.kind === 'demonym') &&
    !insideRole.has(n.first);
  let by = -1;
  for (let i = r.last + 1; i <= Math.min(b, r.last + 12); i += 1)
    if (tokens[i]!.normal === 'by') {
      by = i;
      break;
    }
  if (by >= 0) {
    let end = by + 1;
    const stops = (t: Token, i: number): boolean =>
      (t.pos === 'PUNCT' && !(t.text === '.' && i < b)) || (t.pos === 'ADP' && t.normal !== 'of') || t.pos === 'VERB';
    while (end <= b && !stops(tokens[end]!, end)) end += 1;
    const named = names.filter((n) => n.first > by && n.last < end && isAgent(n) && n.kind !== 'other');
    const people = named.filter((n) => n.kind === 'person');
    const chosen = people.length > 0 ? people : named;
    if (chosen.length > 0 && named.every((n) => n.kind !== 'demonym')) {
      return {
        actors: chosen.map(actorOf),
        tokens: named.map((n) => n.first),
      };
    }
    // A group written out ("both U.S. and Russian governments"): keep the phrase as written.
    let start = by + 1;
    while (start < end && ['both', 'the', 'all'].includes(tokens[start]!.normal)) start += 1;
    if (end - 1 >= start) {
      const text = spanText(tokens, start, end - 1);
      return { actors: [{ text }], tokens: named.map((n) => n.first) };
    }
  }
  // "The summit was announced on Thursday": no by-phrase, and the subject is what was reported, not who reported it.
  if (isPassive(tokens, r)) return { actors: [], tokens: [] };
  // The subject: the noun phrase right before the verb, with nothing but nouns, adjectives and auxiliaries between.
  let start = r.first;
  while (start > a && SUBJECT_POS.has(tokens[start - 1]!.pos)) start -= 1;
  const subject = names.filter(
    (n) =>
      n.first >= start &&
      n.last < r.first &&
      isAgent(n) &&
      n.kind !== 'demonym' &&
      (n.kind !== 'other' || (isNamelike(n) && n.first > 0)),
  );
  if (subject.length > 0)
    return {
      actors: subject.map(actorOf),
      tokens: subject.map((n) => n.first),
    };
  // An unnamed group ("the German government"), kept as written when it has a noun of its own.
  let end = r.first - 1;
  while (end >= start && (tokens[end]!.pos === 'AUX' || tokens[end]!.pos === 'ADV' || tokens[end]!.pos === 'PART'))
    end -= 1;
  while (start <= end && (tokens[start]!.pos === 'DET' || tokens[start]!.pos === 'CCONJ')) start += 1;
  const phrase = tokens.slice(start, end + 1);
  if (
    phrase.length > 0 &&
    phrase.length <= 6 &&
    phrase.some((t) => t.pos === 'NOUN' && !t.stop) &&
    !phrase.some((t) => t.pos === 'PRON')
  ) {
    const text = spanText(tokens, start, end);
    return { actors: [{ text }], tokens: [] };
  }
  return { actors: [], tokens: [] };
}

const PASSIVE_AUXILIARIES = new Set(['be', 'get']);

/** "was arrested", "had been dismissed", "got fired": an event or reporting verb in the passive. */
export function isPassive(tokens: readonly Token[], trig: Trigger): boolean {
  const verb = tokens[trig.first]!;
  if (!isParticiple(verb)) return false;
  for (let i = trig.first - 1; i >= Math.max(0, trig.first - 3); i -= 1) {
    const t = tokens[i]!;
    if (PASSIVE_AUXILIARIES.has(t.lemma)) return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}
