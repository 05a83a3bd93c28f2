import { stemBucket } from '../answer/words.ts';
import { isoParts } from './dates.ts';
import type { ArticleMeta, Entity, StoredEvent, StoredSentence } from './schema.ts';
import type { StoreView } from './view.ts';

/** A store with the lookups the answer path needs, built once at load: no scans per question. */
export interface IndexedStore {
  readonly store: StoreView;
  /** Sentence `i` of the store (numbers as in `retrieval`), decoded on first read. */
  readonly sentence: (i: number) => StoredSentence;
  readonly published: ReadonlyMap<string, string | null>;
  /** Where each wire story was filed from, by article id, for the articles whose dateline names a known place. */
  readonly filedFrom: ReadonlyMap<string, NonNullable<ArticleMeta['filedFrom']>>;
  readonly entities: ReadonlyMap<string, Entity>;
  /** Name, alias, or a person's first or last name (when unambiguous) → entity ids. */
  readonly entitiesByName: ReadonlyMap<string, readonly string[]>;
  /** Longest name in words, to bound n-gram lookups. */
  readonly longestName: number;
  readonly eventsByEntity: ReadonlyMap<string, readonly StoredEvent[]>;
  /** Every event by its id. */
  readonly eventById: ReadonlyMap<string, StoredEvent>;
  readonly sentenceAt: (article: string, start: number) => StoredSentence | undefined;
  readonly retrieval: RetrievalIndex;
  /** Every term an article uses, so a name the question uses can be found in the story it belongs to. */
  readonly articleTerms: (article: string) => ReadonlySet<string>;
  /** Does any sentence (of one article, or of the store) contain these words in this order? */
  readonly mentionsPhrase: (words: readonly string[], article?: string) => boolean;
  /** Occasion keys ("g20") → events, so "the G20 summit" finds its event. */
  readonly eventsByOccasion: ReadonlyMap<string, readonly StoredEvent[]>;
  /** Events by their kind ("summit", "meeting"), for questions that name a kind and nothing else. */
  readonly eventsByKind: ReadonlyMap<string, readonly StoredEvent[]>;
  /** Events by a stated ordinal ("second meeting" → 2). */
  readonly eventsByOrdinal: ReadonlyMap<number, readonly StoredEvent[]>;
  /** Events by the year of a date they are stated to happen on; key null: a date with no known year. */
  readonly eventsByYear: ReadonlyMap<number | null, readonly StoredEvent[]>;
  /** Events by the month of such a date; key null: a date with no month (a year, or unresolved words). */
  readonly eventsByMonth: ReadonlyMap<number | null, readonly StoredEvent[]>;
  /** Every event, the ones drawn from most sentences first (in store order among equals). */
  readonly bySources: readonly StoredEvent[];
  /**
   * What ranking asks of every candidate event, worked out once per store rather than per question:
   * for each event when first asked (that reads the event's slots, which loading a store does not).
   */
  readonly eventFacts: { get(event: StoredEvent): EventFacts | undefined };
}

export interface EventFacts {
  /** Everyone the event names as taking part, acting, being acted on or reporting it. */
  readonly actors: ReadonlySet<string>;
  /** Dated after the article that reports it: still to come when it was written. */
  readonly upcoming: boolean;
}

const ACTOR_SLOTS = ['participants', 'agents', 'patients', 'announcedBy', 'confirmedBy', 'statedBy'] as const;

function factsOf(event: StoredEvent, published: ReadonlyMap<string, string | null>): EventFacts {
  const actors = new Set<string>();
  for (const slot of ACTOR_SLOTS) for (const v of event.slots[slot] ?? []) if (v.entity) actors.add(v.entity);
  const upcoming = (event.slots.when ?? []).some((v) => {
    const date = published.get(v.source.article);
    return !!date && !!v.date?.iso && v.date.iso.length === 10 && v.date.iso > date;
  });
  return { actors, upcoming };
}

/** The sentences a term occurs in, in sentence order, with how often it occurs in each. */
export interface PostingList {
  readonly length: number;
  readonly sentences: Int32Array;
  /** As narrow as the store's largest count allows: a term seldom occurs more than a few times in a sentence. */
  readonly counts: Counts;
}

type Counts = Uint8Array | Uint16Array | Int32Array;

export interface RetrievalIndex {
  /** term → the sentences it occurs in */
  readonly postings: { get(term: string): PostingList | undefined; has(term: string): boolean };
  /** Every distinct term, in the order the sentences first use them, with how often they use it. */
  readonly terms: ReadonlyArray<readonly [string, number]>;
  readonly lengths: Int32Array;
  readonly averageLength: number;
  readonly count: number;
  /** Stem bucket (first four letters) → the distinct terms filed under it, for matching word variants. */
  readonly stems: ReadonlyMap<string, readonly string[]>;
}

export function indexStore(store: StoreView): IndexedStore {
  const entities = new Map(store.entities.map((e) => [e.id, e]));
  const { byName, longestName } = store.names;

  const eventsByEntity = new Map<string, StoredEvent[]>();
  const eventsByOccasion = new Map<string, StoredEvent[]>();
  const eventsByKind = new Map<string, StoredEvent[]>();
  const eventsByOrdinal = new Map<number, StoredEvent[]>();
  const eventsByYear = new Map<number | null, StoredEvent[]>();
  const eventsByMonth = new Map<number | null, StoredEvent[]>();
  const factsByEvent = new Map<StoredEvent, EventFacts>();
  const eventById = new Map(store.events.map((e) => [e.id, e]));
  const published = new Map(store.articles.map((a) => [a.id, a.published]));
  const filedFrom = new Map(store.articles.flatMap((a) => (a.filedFrom ? [[a.id, a.filedFrom] as const] : [])));
  // Events are indexed one after the other, so an event already in a list is its last element.
  const push = <K>(map: Map<K, StoredEvent[]>, key: K, e: StoredEvent): void => {
    const list = map.get(key);
    if (!list) map.set(key, [e]);
    else if (list[list.length - 1] !== e) list.push(e);
  };
  // From the keys extraction wrote for each event (store/event-keys.ts), not from its slots.
  const sourceCounts = new Int32Array(store.events.length);
  store.events.forEach((event, i) => {
    const keys = store.eventKeys(i);
    sourceCounts[i] = keys.sources;
    for (const id of keys.entities) push(eventsByEntity, id, event);
    for (const key of keys.occasions) push(eventsByOccasion, key, event);
    push(eventsByKind, event.kind, event);
    for (const key of keys.ordinals) push(eventsByOrdinal, Number(key), event);
    for (const date of keys.dates) {
      const { year, month } = isoParts(date.iso);
      push(eventsByYear, year ?? null, event);
      push(eventsByMonth, month ?? date.month ?? null, event);
    }
  });
  const eventFacts = {
    get(event: StoredEvent): EventFacts | undefined {
      let facts = factsByEvent.get(event);
      if (!facts && eventById.get(event.id) === event) factsByEvent.set(event, (facts = factsOf(event, published)));
      return facts;
    },
  };

  const retrieval = retrievalIndex(store);
  const sentence = (i: number): StoredSentence => store.sentence(i);

  return {
    store,
    sentence,
    published,
    filedFrom,
    entities,
    entitiesByName: byName,
    longestName,
    eventsByEntity,
    eventById,
    eventsByOccasion,
    eventsByKind,
    eventsByOrdinal,
    eventsByYear,
    eventsByMonth,
    bySources: store.events
      .map((_, i) => i)
      .sort((a, b) => sourceCounts[b]! - sourceCounts[a]! || a - b)
      .map((i) => store.events[i]!),
    eventFacts,
    sentenceAt: (article, start) => {
      const i = store.sentenceNumber(article, start);
      return i === undefined ? undefined : store.sentence(i);
    },
    retrieval,
    articleTerms: articleTermsOf(store),
    mentionsPhrase: (words, article) => mentionsPhrase(store, retrieval, words, article),
  };
}

/**
 * BM25's postings over term ids, in two flat arrays (compressed sparse rows): each term's
 * sentences and counts lie between its offset and the next. Built at load from the sentences' term
 * ids, which is quicker than reading postings from the file and keeps the file smaller.
 */
function retrievalIndex(store: StoreView): RetrievalIndex {
  const terms = store.strings.length;
  const count = store.sentenceCount;
  const lengths = new Int32Array(count);
  const lastSeen = new Int32Array(terms).fill(-1);
  const sentencesOfTerm = new Int32Array(terms + 1);
  const occurrences = new Int32Array(terms);
  // In the order terms are first met: words sharing a stem are tried in that order, as they always were.
  const met: number[] = [];
  const { ids, offsets: bySentence } = store.allTermIds();
  for (let i = 0; i < count; i += 1) {
    const from = bySentence[i]!;
    const to = bySentence[i + 1]!;
    lengths[i] = to - from;
    for (let k = from; k < to; k += 1) {
      const t = ids[k]!;
      occurrences[t]! += 1;
      if (lastSeen[t] === i) continue;
      if (lastSeen[t] === -1) met.push(t);
      lastSeen[t] = i;
      sentencesOfTerm[t + 1]! += 1;
    }
  }
  const total = ids.length;
  for (let t = 0; t < terms; t += 1) sentencesOfTerm[t + 1]! += sentencesOfTerm[t]!;
  const offsets = sentencesOfTerm;
  const sentences = new Int32Array(offsets[terms]!);
  let most = 0;
  for (let i = 0; i < count; i += 1) most = Math.max(most, lengths[i]!);
  const counts = new (most <= 0xff ? Uint8Array : most <= 0xffff ? Uint16Array : Int32Array)(offsets[terms]!);
  const next = offsets.slice(0, terms);
  lastSeen.fill(-1);
  for (let i = 0; i < count; i += 1) {
    for (let k = bySentence[i]!; k < bySentence[i + 1]!; k += 1) {
      const t = ids[k]!;
      if (lastSeen[t] === i) counts[next[t]! - 1]! += 1;
      else {
        lastSeen[t] = i;
        sentences[next[t]!] = i;
        counts[next[t]!] = 1;
        next[t]! += 1;
      }
    }
  }
  const idOf = new Map<string, number>();
  const stems = new Map<string, string[]>();
  for (const t of met) {
    const term = store.strings[t]!;
    idOf.set(term, t);
    const key = stemBucket(term);
    const list = stems.get(key);
    if (list) list.push(term);
    else stems.set(key, [term]);
  }
  const postings = {
    has: (term: string): boolean => idOf.has(term),
    get(term: string): PostingList | undefined {
      const t = idOf.get(term);
      if (t === undefined) return undefined;
      const from = offsets[t]!;
      const to = offsets[t + 1]!;
      return { length: to - from, sentences: sentences.subarray(from, to), counts: counts.subarray(from, to) };
    },
  };
  return {
    postings,
    terms: met.map((t) => [store.strings[t]!, occurrences[t]!] as const),
    lengths,
    averageLength: count ? total / count : 0,
    count,
    stems,
  };
}

/** Terms of the articles last asked about: one article's are a few hundred, every article's would be large. */
const ARTICLE_TERMS_KEPT = 256;

/** Every term an article uses, worked out when first asked for. */
function articleTermsOf(store: StoreView): (article: string) => ReadonlySet<string> {
  const kept = new Map<string, Set<string>>();
  return (article) => {
    let set = kept.get(article);
    if (set) return set;
    set = new Set<string>();
    const { first, count } = store.sentencesOf(article);
    for (let i = first; i < first + count; i += 1) for (const t of store.termIds(i)) set.add(store.strings[t]!);
    if (kept.size >= ARTICLE_TERMS_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(article, set);
    return set;
  };
}

/** Looks through the sentences holding the phrase's rarest word only: a few postings, not the store. */
function mentionsPhrase(
  store: StoreView,
  retrieval: RetrievalIndex,
  words: readonly string[],
  article?: string,
): boolean {
  if (words.length === 0) return false;
  let rarest: PostingList | undefined;
  for (const w of words) {
    const list = retrieval.postings.get(w);
    if (!list) return false;
    if (!rarest || list.length < rarest.length) rarest = list;
  }
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])` +
      words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s-]+') +
      `(?![\\p{L}\\p{N}])`,
    'iu',
  );
  return rarest!.sentences.some(
    (i) => (article === undefined || store.sentenceArticle(i) === article) && pattern.test(store.sentenceText(i)),
  );
}
