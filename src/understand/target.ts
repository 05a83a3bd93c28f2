import * as chrono from 'chrono-node';
import { ORDINAL_WORDS, phraseKey, type Knowledge } from '../extract/knowledge.ts';
import type { Token, TokenEntity } from '../nlp/analyse.ts';
import type { IndexedStore } from '../store/indexes.ts';
import { readEventWords, type EventWords } from './event-words.ts';
import { readNames, type QuestionNames } from './names.ts';
import { FRAME_WORDS } from './question-words.ts';
import { readTense, type QuestionTense } from './tense.ts';
import { readTopic } from './topic.ts';

export interface QuestionDate {
  readonly text: string;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly weekday?: number;
}

/**
 * What the question is about: the facts an answer must match. Each group of fields has its own reader
 * (names.ts, event-words.ts, tense.ts, and the small ones below); what kind of value answers it is the
 * question's answer type (`Question.fine`), not part of the target.
 */
export interface Target extends Omit<QuestionNames, 'used'>, EventWords, QuestionTense {
  /**
   * Entities named only in what the asked event was about ("the news conference on the Lafayette crash":
   * Lafayette), sorted: the asked event is told of beside them, it need not have them as its own.
   */
  readonly topicEntities: readonly string[];
  /** Lemmas of the words of that phrase ("on", "the", "lafayette", "crash"): where a sentence tells of the topic. */
  readonly topicTerms: readonly string[];
  readonly ordinal: number | null;
  readonly date: QuestionDate | null;
  /** Occasion keys the store files events under ("g20"), in question order. */
  readonly occasions: readonly string[];
  /** Retrieval terms: lemmas of the content words. */
  readonly terms: readonly string[];
  /** What "how many …" counts, up to its verb ("times", "previous meetings", "people"), as written. */
  readonly counted: string | null;
  /** The property "what is the … of …" asks for, and of what: ("population", "Lagos"). */
  readonly attribute: { readonly name: string; readonly of: string } | null;
}

/** The target of a question with no words to read. */
export const EMPTY_TARGET: Target = {
  entities: [],
  topicEntities: [],
  topicTerms: [],
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
  counted: null,
  attribute: null,
};

/**
 * Reads the target from the analysed question (`tokens` and wink's `entities` over them) and its text
 * as written (`original`, for case and phrasing).
 */
export function readTarget(
  tokens: readonly Token[],
  entities: readonly TokenEntity[],
  original: string,
  knowledge: Knowledge,
  indexed: IndexedStore,
): Target {
  const words = tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  const { entities: allNamed, unknownNames, used } = readNames(words, original, knowledge, indexed);
  const topic = readTopic(words, knowledge);
  const inTopic = (i: number): boolean => topic !== null && i >= topic.first && i <= topic.last;
  const topicEntities = topic
    ? readNames(words.slice(topic.first, topic.last + 1), original, knowledge, indexed).entities
    : [];
  const named = allNamed.filter((id) => !topicEntities.includes(id));
  // The topic's event words name the event it was about, not the one asked of.
  const free = words.filter((_, i) => !used.has(i) && !inTopic(i));
  const { kinds, families, reportSlot, roleWords, verbs } = readEventWords(free, knowledge);
  const lower = original.toLowerCase();
  const { future, before, after } = readTense(lower);
  return {
    entities: named,
    topicEntities,
    topicTerms: topic ? words.slice(topic.first, topic.last + 1).map((t) => t.lemma) : [],
    unknownNames,
    kinds,
    families,
    reportSlot,
    ordinal: readOrdinal(words),
    date: readDate(tokens, entities),
    occasions: readOccasions(words, indexed),
    roleWords,
    verbs,
    terms: readTerms(words),
    future,
    before,
    after,
    counted: readCounted(words),
    attribute: readAttribute(original),
  };
}

/** The first ordinal word ("the third meeting" → 3). */
function readOrdinal(words: readonly Token[]): number | null {
  const t = words.find((w) => ORDINAL_WORDS[w.normal] !== undefined);
  return t ? ORDINAL_WORDS[t.normal]! : null;
}

/** The words the store files events under as an occasion, once each. */
function readOccasions(words: readonly Token[], indexed: IndexedStore): string[] {
  const found = new Set<string>();
  // An occasion may be several words ("the Highland Shield final"), filed under their keys put together.
  for (let i = 0; i < words.length; i += 1)
    for (let n = 0, key = ''; n < OCCASION_WORDS && i + n < words.length; n += 1) {
      key += phraseKey(words[i + n]!.text);
      if (indexed.eventsByOccasion.has(key)) found.add(key);
    }
  return [...found];
}

/** The most words an occasion's name is read from. */
const OCCASION_WORDS = 4;

/** Lemmas of the content words (ordinal words count: "the second summit"), question words left out. */
function readTerms(words: readonly Token[]): string[] {
  return words
    .filter((t) => !t.stop || ORDINAL_WORDS[t.normal] !== undefined)
    .filter((t) => !FRAME_WORDS.has(t.normal))
    .map((t) => t.lemma);
}

/** Tags of the words of what "how many" counts ("previous meetings", "2018 deaths"). */
const COUNTED_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const COUNTED_WORDS = 4;

/**
 * The noun phrase after "how many", up to its verb: "how many previous meetings have …" → "previous meetings",
 * "how many rounds of talks" → "rounds of talks", "how many spectators watched …" → "spectators".
 */
function readCounted(words: readonly Token[]): string | null {
  const at = words.findIndex((t, i) => t.normal === 'how' && words[i + 1]?.normal === 'many');
  if (at < 0) return null;
  const phrase: string[] = [];
  for (let i = at + 2; i < words.length && phrase.length < COUNTED_WORDS; i += 1) {
    const t = words[i]!;
    const next = words[i + 1];
    const joins = t.normal === 'of' && phrase.length > 0 && next !== undefined && COUNTED_TAGS.has(next.pos);
    if (!COUNTED_TAGS.has(t.pos) && !joins) break;
    phrase.push(t.normal);
  }
  return phrase.length > 0 ? phrase.join(' ') : null;
}

const ATTRIBUTE = /^(?:what|which) (?:is|was|are|were) the ([\p{L}-]+) (?:of|for|at|in|from) (.+?)[?.!\s]*$/iu;

/** "What is the population of Lagos?" → the property and what it is of. */
function readAttribute(text: string): Target['attribute'] {
  const m = ATTRIBUTE.exec(text);
  return m ? { name: m[1]!.toLowerCase(), of: m[2]! } : null;
}

/** The date wink finds in the question (its first DATE entity), as far as the words pin it down. */
function readDate(tokens: readonly Token[], entities: readonly TokenEntity[]): QuestionDate | null {
  const date = entities.find((e) => e.type === 'DATE');
  if (!date) return null;
  const text = tokens
    .slice(date.first, date.last + 1)
    .map((t) => t.text)
    .join(' ');
  return questionDate(text);
}

/** Parses the date words; a year written out is taken as written (chrono would guess a nearby one). */
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
