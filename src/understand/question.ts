import * as chrono from 'chrono-node';
import { distance } from 'fastest-levenshtein';
import type { WinkMethods } from 'wink-nlp';
import { ORDINAL_WORDS, phraseKey, type Knowledge } from '../extract/knowledge.ts';
import { analyse, type Token } from '../nlp/analyse.ts';
import type { IndexedStore } from '../store/indexes.ts';
import { sharedAnswerClasses } from './answer-classes.ts';
import { readAnswerType, type AnswerType, type FineType } from './answer-type.ts';
import type { Intent } from './intent.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Questions longer than this get a polite refusal instead of an answer. */
export const MAX_QUESTION_CHARS = 1000;

export interface QuestionDate {
  readonly text: string;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly weekday?: number;
}

/** What the question is about: the facts an answer must match. */
export interface Target {
  readonly entities: readonly string[];
  /** Names the question uses that the store does not know: an answer would be a guess. */
  readonly unknownNames: readonly string[];
  readonly kinds: readonly string[];
  readonly families: readonly string[];
  readonly reportSlot: 'announcedBy' | 'confirmedBy' | 'statedBy' | null;
  readonly ordinal: number | null;
  readonly date: QuestionDate | null;
  readonly occasions: readonly string[];
  /** Role words used without a person's name ("the White House press secretary"). */
  readonly roleWords: readonly string[];
  /** Content verbs that are not event, report or auxiliary words ("translate", "win"). */
  readonly verbs: readonly string[];
  /** Retrieval terms: lemmas of the content words. */
  readonly terms: readonly string[];
  readonly future: boolean;
  readonly before: boolean;
  readonly after: boolean;
  readonly wants: 'country' | 'time' | 'year' | 'month' | null;
  /** What "how many …" counts, up to its verb ("times", "previous meetings", "people"), as written. */
  readonly counted: string | null;
  /** The property "what is the … of …" asks for, and of what: ("population", "Lagos"). */
  readonly attribute: { readonly name: string; readonly of: string } | null;
}

export type QuestionProblem = 'empty' | 'too_long' | 'no_words';

export interface Question {
  readonly text: string;
  readonly intent: Intent;
  /** The kind of value that answers it ("city", "year", "organisation"): decides which answers qualify. */
  readonly fine: FineType;
  /** The noun naming what is asked ("city" in "what city …"), when there is one. */
  readonly head: string | null;
  readonly target: Target;
  readonly problem: QuestionProblem | null;
  /** The question's words as analysed (after typo repair), for readers of its structure. */
  readonly tokens: readonly Token[];
  /** The event a conversation has settled this question on (a follow-up, a choice): the only one ranked. */
  readonly focus?: string;
}

const QUESTION_WORDS = new Set([
  'what',
  'when',
  'where',
  'who',
  'whom',
  'whose',
  'which',
  'why',
  'how',
  'is',
  'are',
  'was',
  'were',
  'will',
  'did',
  'do',
  'does',
  'the',
  'a',
  'an',
  'in',
  'on',
  'of',
  'and',
  'to',
  'i',
  'you',
  'tell',
  'me',
  'please',
  'can',
  'could',
  'would',
  'should',
  'has',
  'have',
  'had',
]);
const VAGUE_VERBS = new Set([
  'happen',
  'say',
  'tell',
  'know',
  'mention',
  'go',
  'get',
  'become',
  'call',
  'name',
  'describe',
  'show',
  'give',
  'find',
  'think',
  'mean',
]);

export interface Understander {
  understand(text: string): Question;
}

/**
 * Builds the question reader for one store: vocabulary and names come from the store itself;
 * `isEnglish` says a word is a real English word (never repaired into a store word).
 */
export function createUnderstander(
  nlp: WinkMethods,
  knowledge: Knowledge,
  indexed: IndexedStore,
  vocabulary: Vocabulary,
  isEnglish: (word: string) => boolean = () => false,
): Understander {
  const classes = sharedAnswerClasses();
  // Typo repair is against the store's words, which can turn a general head noun into a store word
  // ("firm" → "fire"): read the type from the question as written, and from the repaired one only
  // when the written one names no kind of answer ("wat cty hosts it").
  const answerTypeOf = (written: readonly Token[], repaired: readonly Token[] | null): AnswerType => {
    const type = readAnswerType(written, classes, knowledge);
    const weak = type.intent === 'unknown' || (type.intent === 'what' && type.fine === 'other');
    return repaired && weak ? readAnswerType(repaired, classes, knowledge) : type;
  };
  return {
    understand(raw: string): Question {
      const text = raw
        // eslint-disable-next-line no-control-regex -- removing control characters is the point of this pattern
        .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      const empty = emptyTarget();
      const none = { fine: 'other', head: null } as const;
      if (text === '') return { text, intent: 'help', ...none, target: empty, problem: 'empty', tokens: [] };
      if (text.length > MAX_QUESTION_CHARS)
        return {
          text: `${text.slice(0, 80)}…`,
          intent: 'unknown',
          ...none,
          target: empty,
          problem: 'too_long',
          tokens: [],
        };
      if (!/[\p{L}\p{N}]/u.test(text))
        return { text, intent: 'unknown', ...none, target: empty, problem: 'no_words', tokens: [] };

      const words = text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').split(/\s+/);
      // A word is repaired only when neither it nor its lemma is a word the store or questions use:
      // "founded" (lemma "found") and "held" (lemma "hold") are words, not typos of "funded" or "help".
      const asWritten = analyse(nlp, words.join(' '));
      const known = new Set<string>();
      // "transistor" or "arson" are words the store lacks, not typos of words it has.
      for (const t of asWritten.tokens)
        if (vocabulary.has(t.normal) || vocabulary.has(t.lemma) || isEnglish(t.lemma) || isEnglish(t.normal))
          known.add(t.normal);
      const corrected = words.map((w, i) => {
        const bare = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        if (known.has(bare.toLowerCase())) return w;
        // A chat question opens with its question word, so a typo there is read as one ("wat", "wen", "wher").
        const fix = (i === 0 ? questionWordNear(bare) : null) ?? vocabulary.correct(bare);
        return fix ? w.replace(bare, fix) : w;
      });
      const correctedText = corrected.join(' ');
      const repaired = correctedText !== words.join(' ');
      const { tokens, entities } = repaired ? analyse(nlp, correctedText) : asWritten;
      const type = answerTypeOf(asWritten.tokens, repaired ? tokens : null);
      const target: Target = { ...readTarget(tokens, entities, text, knowledge, indexed), wants: wantsOf(type) };
      // A bare phrase naming something the store knows ("smith jones meeting") asks what it is.
      const intent =
        type.intent === 'unknown' && (target.entities.length > 0 || target.kinds.length > 0) ? 'what' : type.intent;
      return { text, intent, fine: type.fine, head: type.head, target, problem: null, tokens };
    },
  };
}

const LEAD_WORDS = ['what', 'when', 'where', 'which', 'who', 'whom', 'whose', 'why', 'how'];

/** The question word one letter away from a misspelt first word, when exactly one is. */
function questionWordNear(word: string): string | null {
  const w = word.toLowerCase();
  if (w.length < 2 || LEAD_WORDS.includes(w)) return null;
  const near = LEAD_WORDS.filter((q) => distance(q, w) === 1);
  return near.length === 1 ? near[0]! : null;
}

function emptyTarget(): Target {
  return {
    entities: [],
    unknownNames: [],
    kinds: [],
    families: [],
    reportSlot: null,
    ordinal: null,
    date: null,
    occasions: [],
    roleWords: [],
    verbs: [],
    terms: [],
    future: false,
    before: false,
    after: false,
    wants: null,
    counted: null,
    attribute: null,
  };
}

/**
 * A lowercase word of a question written in normal case ("which city will …") that the store knows
 * only as one word of a person's name ("Hubli City" read as a person): a common word here, not that
 * name. A name the articles use alone (a surname) or a question typed all in lowercase still match.
 */
function onlyPartOfAName(word: Token, ids: readonly string[], original: string, indexed: IndexedStore): boolean {
  if (original === original.toLowerCase() || /^\p{Lu}/u.test(word.text)) return false;
  const key = phraseKey(word.text);
  return ids.every((id) => {
    const e = indexed.entities.get(id);
    return !e || (phraseKey(e.name) !== key && !e.aliases.some((a) => phraseKey(a) === key));
  });
}

function readTarget(
  tokens: readonly Token[],
  entities: ReadonlyArray<{ type: string; first: number; last: number }>,
  original: string,
  knowledge: Knowledge,
  indexed: IndexedStore,
): Omit<Target, 'wants'> {
  const words = tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  const used = new Set<number>();
  const found = new Set<string>();
  const unknown: string[] = [];

  // Names: the longest run of words that the store knows, then the gazetteer (known to the world, not to the store).
  for (let i = 0; i < words.length; i += 1) {
    for (let n = Math.min(indexed.longestName, words.length - i); n >= 1; n -= 1) {
      const span = words.slice(i, i + n);
      const key = phraseKey(span.map((t) => t.text).join(''));
      const ids = indexed.entitiesByName.get(key);
      if (
        ids &&
        !(n === 1 && (QUESTION_WORDS.has(span[0]!.normal) || onlyPartOfAName(span[0]!, ids, original, indexed)))
      ) {
        for (const id of ids) found.add(id);
        span.forEach((_, k) => used.add(i + k));
        i += n - 1;
        break;
      }
      if (n > 1 || !QUESTION_WORDS.has(span[0]!.normal)) {
        const place = knowledge.places.get(key);
        const org = knowledge.organisations.get(key);
        if ((place || org) && !(n === 1 && (span[0]!.stop || isKnownWord(span[0]!, knowledge)))) {
          unknown.push(span.map((t) => t.text).join(' '));
          span.forEach((_, k) => used.add(i + k));
          i += n - 1;
          break;
        }
      }
    }
  }
  // Capitalised words the store has no name for ("Hawaii", "World
  // Cup", "Merkel"); a shouted question names nothing by case.
  const shouting = original === original.toUpperCase();
  // Consecutive capitalised words are one name ("World War Two"): known only when written together somewhere.
  let run: Token[] = [];
  const endRun = (): void => {
    if (run.length > 0) unknown.push(run.map((t) => t.text).join(' '));
    run = [];
  };
  words.forEach((t, i) => {
    const capitalised =
      !used.has(i) &&
      !shouting &&
      /^\p{Lu}/u.test(t.text) &&
      !(i === 0 && t.pos !== 'PROPN') &&
      !t.stop &&
      !isKnownWord(t, knowledge);
    if (!capitalised || (run.length > 0 && words[i - 1] !== run[run.length - 1])) endRun();
    if (capitalised) run.push(t);
  });
  endRun();

  const kinds = new Set<string>();
  const families = new Set<string>();
  let reportSlot: Target['reportSlot'] = null;
  const verbs: string[] = [];
  const roleWords: string[] = [];
  words.forEach((t, i) => {
    if (used.has(i)) return;
    const kind =
      knowledge.eventNouns.get(t.lemma) ??
      knowledge.eventNouns.get(t.normal) ??
      knowledge.eventVerbs.get(t.lemma) ??
      knowledge.eventVerbs.get(t.normal);
    if (kind) {
      kinds.add(kind.kind);
      families.add(kind.family);
      return;
    }
    const report =
      knowledge.reportingVerbs.get(t.lemma) ??
      knowledge.reportingNouns.get(t.lemma) ??
      knowledge.reportingVerbs.get(t.normal);
    if (report) {
      reportSlot ??= report.slot as Target['reportSlot'];
      return;
    }
    if (knowledge.roleHeads.has(t.lemma) || knowledge.roleHeads.has(t.normal) || knowledge.roleModifiers.has(t.normal))
      roleWords.push(t.normal);
    if (
      t.pos === 'VERB' &&
      !t.stop &&
      !knowledge.lightVerbs.has(t.lemma) &&
      !knowledge.topicVerbs.has(t.lemma) &&
      !VAGUE_VERBS.has(t.lemma) &&
      !QUESTION_WORDS.has(t.normal)
    )
      verbs.push(t.lemma);
  });

  let ordinal: number | null = null;
  for (const t of words)
    if (ORDINAL_WORDS[t.normal] !== undefined && ordinal === null) ordinal = ORDINAL_WORDS[t.normal]!;

  const occasions = words.map((t) => phraseKey(t.text)).filter((k) => indexed.eventsByOccasion.has(k));
  const dateEntity = entities.find((e) => e.type === 'DATE');
  const date = dateEntity
    ? questionDate(
        tokens
          .slice(dateEntity.first, dateEntity.last + 1)
          .map((t) => t.text)
          .join(' '),
      )
    : null;

  const lower = original.toLowerCase();

  const terms = words
    .filter((t) => !t.stop || ORDINAL_WORDS[t.normal] !== undefined)
    .filter((t) => !QUESTION_WORDS.has(t.normal))
    .map((t) => t.lemma);

  // A name the store has no entity for may still be written in the articles ("FARC", "Super Over"):
  // only words no sentence uses make a question about something the articles never mention.
  const inText = (name: string): boolean => indexed.mentionsPhrase(name.toLowerCase().split(/\s+/));
  return {
    entities: [...found].sort(),
    unknownNames: [...new Set(unknown)].filter((n) => !inText(n)),
    kinds: [...kinds],
    families: [...families],
    reportSlot,
    ordinal,
    date,
    occasions: [...new Set(occasions)],
    roleWords,
    verbs,
    terms,
    future: /\b(?:will|upcoming|next|going to|shall)\b/.test(lower),
    before: /\bbefore\b|\bprevious(?:ly)?\b|\bprior\b|\bso far\b|\balready\b/.test(lower),
    after: /\bafter\b/.test(lower),
    counted: countedOf(lower),
    attribute: attributeOf(original),
  };
}

/** The narrower value the engine checks an answer against, from the answer type's fine type. */
function wantsOf(type: AnswerType): Target['wants'] {
  return type.fine === 'country' || type.fine === 'time' || type.fine === 'year' || type.fine === 'month'
    ? type.fine
    : null;
}

/** "how many previous meetings have …" → "previous meetings"; "how many rounds of talks" → "rounds of talks". */
function countedOf(lower: string): string | null {
  const m =
    /\bhow many ((?:(?!(?:have|has|had|did|do|does|were|was|are|is|will|would|in|at|for|took|attended)\b)[\p{L}\p{N}-]+ ?){1,4})/u.exec(
      lower,
    );
  return m?.[1]?.trim() ?? null;
}

function attributeOf(text: string): Target['attribute'] {
  const m = /^(?:what|which) (?:is|was|are|were) the ([\p{L}-]+) (?:of|for|at|in|from) (.+?)[?.!\s]*$/iu.exec(text);
  return m ? { name: m[1]!.toLowerCase(), of: m[2]! } : null;
}

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
    QUESTION_WORDS.has(w) ||
    ORDINAL_WORDS[w] !== undefined ||
    /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(
      w,
    ) ||
    knowledge.demonyms.has(phraseKey(t.text))
  );
}

function questionDate(text: string): QuestionDate | null {
  const results = chrono.parse(text, new Date(Date.UTC(2000, 0, 1, 12)));
  const get = (c: 'year' | 'month' | 'day' | 'weekday'): number | undefined => {
    for (const r of results) if (r.start.isCertain(c)) return r.start.get(c) ?? undefined;
    return undefined;
  };
  const yearMatch = /\b(1[6-9]\d\d|2\d\d\d)\b/.exec(text);
  const year = yearMatch ? Number(yearMatch[1]) : get('year');
  const value: QuestionDate = {
    text,
    ...(year !== undefined ? { year } : {}),
    ...(get('month') !== undefined ? { month: get('month')! } : {}),
    ...(get('day') !== undefined ? { day: get('day')! } : {}),
    ...(get('weekday') !== undefined ? { weekday: get('weekday')! } : {}),
  };
  return Object.keys(value).length > 1 ? value : null;
}
