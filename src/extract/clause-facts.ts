import { isParticiple, type Token, type TokenEntity } from '../nlp/analyse.ts';
import { splitClauses } from './clauses.ts';

/** An inclusive token range of a noun phrase inside one sentence. */
export interface PhraseRange {
  readonly first: number;
  readonly last: number;
}

/** A preposition and the noun phrase it governs: "in Havana", "from the launch pad", "by the court". */
export interface ModifierRange {
  readonly relation: string;
  readonly arg: PhraseRange;
}

/**
 * One clause of a sentence as relation phrase + arguments (ReVerb's shape, from POS tags alone):
 * the verb group, its subject and object noun phrases in their semantic roles (a passive's
 * subject is its object, its by-phrase its agent), and the prepositional phrases of the clause.
 */
export interface ClauseReading {
  /** Lemma of the main verb, with its particle when it has one ("lift off", "step down"). */
  readonly predicate: string;
  readonly verb: PhraseRange;
  readonly negated: boolean;
  readonly passive: boolean;
  /** Stated as still to come ("will sign", "is expected to land"), not as having happened. */
  readonly planned: boolean;
  readonly agent: PhraseRange | null;
  readonly object: PhraseRange | null;
  readonly modifiers: readonly ModifierRange[];
}

/** A number and what it counts: "41-gun" → 41 gun; "half a million of people" → people; "$999". */
export interface QuantityReading {
  readonly first: number;
  readonly last: number;
  /** The number, when the words give one. */
  readonly value: number | null;
  /** Lemma of the counted noun ("people", "year", "seat"); "$"-amounts count money. */
  readonly unit: string | null;
  readonly money: boolean;
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
const PARTICLES = new Set(['off', 'up', 'down', 'out', 'over', 'in', 'away', 'back', 'on']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re"]);
const FUTURE = new Set(['will', "'ll", 'shall', 'would', 'expected', 'set', 'due', 'scheduled', 'planned', 'going']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom']);
const NOUNISH = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const PHRASE_INNER = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'SYM']);

/** Reads every clause of a sentence that has a verb. Pure: tokens in, token ranges out. */
export function readClauses(tokens: readonly Token[]): ClauseReading[] {
  const readings: ClauseReading[] = [];
  for (const [a, b] of splitClauses(tokens)) {
    for (const group of verbGroups(tokens, a, b)) readings.push(readClause(tokens, a, b, group));
  }
  return readings;
}

/** Verb groups (auxiliaries, adverbs and "not" around a main verb) of one clause. */
function verbGroups(tokens: readonly Token[], a: number, b: number): PhraseRange[] {
  const groups: PhraseRange[] = [];
  let i = a;
  while (i <= b) {
    const t = tokens[i]!;
    if ((t.pos !== 'VERB' && t.pos !== 'AUX') || isNameWord(tokens, i)) {
      i += 1;
      continue;
    }
    let last = i;
    while (last + 1 <= b && isVerbGroupPart(tokens[last + 1]!)) last += 1;
    // An auxiliary alone at the end is a copula ("the ceremony was in Havana"): keep it as the verb.
    while (last > i && tokens[last]!.pos === 'ADV') last -= 1;
    groups.push({ first: i, last });
    i = last + 1;
  }
  // Each group's clause ends where the next begins, so "X fired Y and Z seemed …" keeps its roles.
  return groups;
}

/** A capitalised word right after a name goes on with the name, whatever its tag ("Tim Cook called"). */
function isNameWord(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return (
    i > 0 &&
    /^\p{Lu}/u.test(tokens[i]!.text) &&
    !!previous &&
    previous.pos === 'PROPN' &&
    /^\p{Lu}/u.test(previous.text)
  );
}

function isVerbGroupPart(t: Token): boolean {
  return (
    t.pos === 'VERB' ||
    t.pos === 'AUX' ||
    (t.pos === 'PART' && t.normal !== "'s") ||
    (t.pos === 'ADV' && !/^(?:where|when|how|why)$/.test(t.normal))
  );
}

function readClause(tokens: readonly Token[], a: number, b: number, verb: PhraseRange): ClauseReading {
  const group = tokens.slice(verb.first, verb.last + 1);
  const main = [...group].reverse().find((t) => t.pos === 'VERB') ?? group[group.length - 1]!;
  const mainAt = verb.first + group.lastIndexOf(main);
  let predicate = main.lemma;
  let after = verb.last + 1;
  const particle = tokens[after];
  if (
    particle &&
    PARTICLES.has(particle.normal) &&
    (particle.pos === 'ADP' || particle.pos === 'PART' || particle.pos === 'ADV') &&
    !startsPhrase(tokens, after + 1, b)
  ) {
    predicate = `${predicate} ${particle.normal}`;
    after += 1;
  } else if (particle && PARTICLES.has(particle.normal) && particle.pos === 'ADP' && tokens[after + 1]?.pos === 'ADP') {
    predicate = `${predicate} ${particle.normal}`;
    after += 1;
  }
  const participle = isParticiple(main);
  // "a walkout called by the union": a participle right after its noun, with its agent after "by".
  const reduced =
    participle &&
    group.length === 1 &&
    /^(?:NOUN|PROPN)$/.test(tokens[verb.first - 1]?.pos ?? '') &&
    tokens[after]?.normal === 'by';
  const passive =
    (participle && group.some((t) => BE.has(t.normal) || t.normal === 'got' || t.normal === 'get')) || reduced;
  const planned =
    group.some((t) => FUTURE.has(t.normal)) ||
    (tokens[verb.first - 1]?.normal === 'to' && FUTURE.has(tokens[verb.first - 2]?.normal ?? ''));
  // A reduced passive's patient is the noun it follows ("in a stoppage called by …"), not the clause's subject.
  const left = reduced ? phraseEndingAt(tokens, a, verb.first - 1) : subjectBefore(tokens, a, verb.first);
  const right = phraseAt(tokens, after, b);
  const modifiers = modifiersIn(tokens, a, b, verb);
  // "called the stoppage illegal", "declared the vote void": an adjective closing the clause after the object
  // says what the object is called; the verb then names, it does not do ("called the strike" is another act).
  const complement = right ? tokens[right.last + 1] : undefined;
  const closing = tokens[right ? right.last + 2 : 0];
  if (
    right &&
    complement?.pos === 'ADJ' &&
    right.last + 1 <= b &&
    (right.last + 2 > b || !closing || closing.pos === 'PUNCT' || closing.pos === 'CCONJ')
  )
    modifiers.push({ relation: 'as', arg: { first: right.last + 1, last: right.last + 1 } });
  const byAgent = passive ? (modifiers.find((m) => m.relation === 'by') ?? null) : null;
  const negatedObject = right !== null && tokens[right.first]?.normal === 'no';
  return {
    predicate,
    verb: { first: verb.first, last: Math.max(verb.last, mainAt) },
    negated: group.some((t) => NEGATIONS.has(t.normal)) || negatedObject,
    passive,
    planned,
    agent: passive ? (byAgent?.arg ?? null) : left,
    object: passive ? left : right,
    modifiers: modifiers.filter((m) => m !== byAgent),
  };
}

function startsPhrase(tokens: readonly Token[], i: number, b: number): boolean {
  const t = tokens[i];
  return i <= b && !!t && (t.pos === 'DET' || NOUNISH.has(t.pos)) && tokens[i - 1]?.pos !== 'ADP';
}

/**
 * The subject: the nearest noun phrase before the verb in its clause, looking past an appositive
 * set off by commas ("Lady X, the head of the panel, told …") and through a relative pronoun to
 * the phrase it stands for ("the royals, who arrived …").
 */
function subjectBefore(tokens: readonly Token[], a: number, verbFirst: number): PhraseRange | null {
  let i = verbFirst - 1;
  // "…, who arrived": the clause starts at the relative pronoun; its subject is the phrase before the comma.
  if (i >= 0 && RELATIVE_PRONOUNS.has(tokens[i]!.normal) && tokens[i]!.pos !== 'DET') {
    i -= 1;
    if (tokens[i]?.text === ',') i -= 1;
    return phraseEndingAt(tokens, Math.max(0, a - 40), i);
  }
  if (i < a) return null;
  if (tokens[i]!.text === ',') {
    // An appositive between commas: skip it and take the phrase before the first comma.
    let j = i - 1;
    while (j >= a && tokens[j]!.text !== ',') j -= 1;
    if (j > a) {
      const before = phraseEndingAt(tokens, a, j - 1);
      if (before) return before;
    }
    i -= 1;
  }
  while (i >= a && tokens[i]!.pos === 'ADV') i -= 1;
  let phrase = phraseEndingAt(tokens, a, i);
  // "X on Thursday signed": a prepositional phrase between subject and verb is a modifier, not the subject.
  while (phrase && tokens[phrase.first - 1]?.pos === 'ADP') {
    let j = phrase.first - 2;
    while (j >= a && tokens[j]!.pos === 'ADV') j -= 1;
    const before = phraseEndingAt(tokens, a, j);
    if (!before) break;
    phrase = before;
  }
  return phrase ? withConjuncts(tokens, a, phrase) : null;
}

/** "X and Y signed", "A, B, C and D congratulated": a subject coordinated with "and" is the whole list. */
function withConjuncts(tokens: readonly Token[], a: number, phrase: PhraseRange): PhraseRange {
  let first = phrase.first;
  let listed = false;
  while (first - 2 >= a) {
    const joiner = tokens[first - 1]!.normal;
    // Commas join a list only once its "and" has been seen: "In 2019, Smith won" is no list.
    if (joiner !== 'and' && !(joiner === ',' && listed)) break;
    const before = phraseEndingAt(tokens, a, first - 2);
    if (!before) break;
    listed = true;
    first = before.first;
  }
  return { first, last: phrase.last };
}

/** The noun phrase that ends at token `i` (walking left), or null when `i` ends none. */
function phraseEndingAt(tokens: readonly Token[], a: number, i: number): PhraseRange | null {
  if (i < a || !(NOUNISH.has(tokens[i]!.pos) || isNameWord(tokens, i))) return null;
  let first = i;
  while (first - 1 >= a && inPhrase(tokens, first - 1)) first -= 1;
  while (first < i && tokens[first]!.pos === 'PUNCT') first += 1;
  return { first, last: i };
}

/** The noun phrase that starts at token `i` (walking right), or null. */
function phraseAt(tokens: readonly Token[], i: number, b: number): PhraseRange | null {
  while (i <= b && (tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'PART') && tokens[i]!.normal !== "'s") i += 1;
  if (i > b || !(PHRASE_INNER.has(tokens[i]!.pos) || tokens[i]!.text === '$')) return null;
  let last = i;
  while (last + 1 <= b && inPhrase(tokens, last + 1)) last += 1;
  while (last > i && !NOUNISH.has(tokens[last]!.pos)) last -= 1;
  return NOUNISH.has(tokens[last]!.pos) ? { first: i, last } : null;
}

function inPhrase(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // Inside a run of capitalised words a name goes on, whatever its word's tag ("the Second Launch Pad", "Tim Cook").
  if (
    /^\p{Lu}/u.test(t.text) &&
    (/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') || isNameWord(tokens, i)) &&
    /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '')
  )
    return true;
  if (PHRASE_INNER.has(t.pos)) return !RELATIVE_PRONOUNS.has(t.normal) || t.pos === 'DET';
  // Possessives and hyphenated words stay inside: "England's over", "horse-drawn carriages".
  if (t.normal === "'s" || t.normal === '’s' || t.normal === "'") return true;
  if (t.text === '-' && !t.space && !tokens[i + 1]?.space) return true;
  return false;
}

/** Prepositional phrases of a clause, in order: "in Havana", "on Thursday", "from Sriharikota". */
function modifiersIn(tokens: readonly Token[], a: number, b: number, verb: PhraseRange): ModifierRange[] {
  const out: ModifierRange[] = [];
  for (let i = a; i <= b; i += 1) {
    const t = tokens[i]!;
    if (t.pos !== 'ADP' || t.normal === 'of' || (i >= verb.first && i <= verb.last)) continue;
    let arg = phraseAt(tokens, i + 1, b);
    // "on the southwest coast of Louisiana", "head of the panel of justices": the "of" phrases belong to the head.
    while (arg && tokens[arg.last + 1]?.normal === 'of') {
      const more = phraseAt(tokens, arg.last + 2, b);
      if (!more) break;
      arg = { first: arg.first, last: more.last };
    }
    if (arg) out.push({ relation: t.normal, arg });
  }
  return out;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  half: 0.5,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** The value of a number written in digits or words ("430,000", "21.8 billion", "half a million", "six"). */
export function numberValue(text: string): number | null {
  const words = text
    .toLowerCase()
    .replace(/[$€£¥]/g, '')
    .replace(/\b(?:a|an|of|and|some|about|around|nearly|almost|over|more than|at least)\b/g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean);
  let value: number | null = null;
  for (const w of words) {
    const digits = /^\d[\d,]*(?:\.\d+)?$/.test(w) ? Number(w.replace(/,/g, '')) : undefined;
    if (digits !== undefined) value = (value ?? 0) + digits;
    else if (SCALES[w] !== undefined) value = (value ?? 1) * SCALES[w]!;
    else if (WORD_NUMBERS[w] !== undefined) value = (value ?? 0) + WORD_NUMBERS[w]!;
  }
  return value;
}

/**
 * Numbers and what they count, from wink's CARDINAL and MONEY entities: the counted noun is the
 * first noun after the number ("six people", "430,000 people", "12 years"), through "of"
 * ("half a million of people"), or the word hyphened to it ("a 41-gun salute").
 */
export function readQuantities(
  tokens: readonly Token[],
  entities: readonly TokenEntity[],
  dateTokens: ReadonlySet<number>,
): QuantityReading[] {
  const out: QuantityReading[] = [];
  for (const e of entities) {
    if (e.custom || (e.type !== 'CARDINAL' && e.type !== 'MONEY' && e.type !== 'PERCENT' && e.type !== 'DURATION'))
      continue;
    if (dateTokens.has(e.first)) continue;
    // "12 years", "40 days": a duration counts its unit.
    if (e.type === 'DURATION') {
      const last = tokens[e.last]!;
      const text = tokens
        .slice(e.first, e.last + 1)
        .map((t) => t.text)
        .join(' ');
      out.push({ first: e.first, last: e.last, value: numberValue(text), unit: last.lemma, money: false });
      continue;
    }
    const text = tokens
      .slice(e.first, e.last + 1)
      .map((t) => t.text)
      .join(' ');
    const money = e.type === 'MONEY';
    let unit: string | null = money ? 'money' : e.type === 'PERCENT' ? 'percent' : null;
    if (!unit) {
      let j = e.last + 1;
      if (tokens[j]?.text === '-') j += 1;
      if (tokens[j]?.normal === 'of') j += 1;
      // "21 of the 63 seats": the first number counts seats too.
      while (
        tokens[j] &&
        (tokens[j]!.pos === 'ADJ' ||
          tokens[j]!.pos === 'DET' ||
          ((tokens[j - 1]?.normal === 'of' || tokens[j - 1]?.pos === 'DET') && tokens[j]!.pos === 'NUM'))
      )
        j += 1;
      // The head of a compound: "41-gun salute" counts guns, "six people aboard" counts people.
      if (tokens[j] && tokens[j]!.pos === 'NOUN') unit = tokens[j]!.lemma;
    }
    // "Nine parties stood, and six of them cleared the threshold": "six of them" counts parties too.
    if (
      !unit &&
      /^of$/i.test(tokens[e.last + 1]?.text ?? '') &&
      /^(?:them|those|these)$/i.test(tokens[e.last + 2]?.text ?? '')
    )
      unit = out[out.length - 1]?.unit ?? null;
    out.push({ first: e.first, last: e.last, value: numberValue(text), unit, money });
  }
  return out;
}

/** A quoted passage of a sentence: token range of the words inside the marks. */
export interface QuoteRange {
  readonly first: number;
  readonly last: number;
  /** Starts at the first word of the sentence: it may go on a quotation told before. */
  readonly atStart: boolean;
}

export interface SentenceQuotes {
  readonly quotes: QuoteRange[];
  /** A quotation is still open at the end of the sentence: it goes on in the next sentence of the paragraph. */
  readonly openAtEnd: boolean;
}

const OPENING = new Set(['“', '‘‘']);
const CLOSING = new Set(['”', '’’']);

/**
 * Quoted passages of at least three words, so scare quotes ("one-off") are not quotes. Straight
 * marks toggle; `openAtStart` carries a quotation over from the sentence before in the paragraph.
 */
export function readQuotes(tokens: readonly Token[], openAtStart: boolean): SentenceQuotes {
  const quotes: QuoteRange[] = [];
  let open = openAtStart ? -1 : null;
  const close = (last: number): void => {
    const first = (open ?? -1) + 1;
    if (countWords(tokens, first, last) >= 3) quotes.push({ first, last, atStart: first <= firstWord(tokens) });
    open = null;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!.text;
    if (open === null && (OPENING.has(t) || t === '"')) open = i;
    else if (open !== null && (CLOSING.has(t) || t === '"')) close(i - 1);
  }
  const openAtEnd = open !== null;
  if (open !== null) close(tokens.length - 1);
  return { quotes, openAtEnd };
}

function countWords(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i <= b; i += 1) if (/[\p{L}\p{N}]/u.test(tokens[i]!.text)) n += 1;
  return n;
}

function firstWord(tokens: readonly Token[]): number {
  let i = 0;
  while (i < tokens.length - 1 && !/[\p{L}\p{N}]/u.test(tokens[i]!.text)) i += 1;
  return i;
}
