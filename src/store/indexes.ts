import { phraseKey } from '../extract/knowledge.ts';
import { stemBucket } from '../answer/words.ts';
import { isoParts } from './dates.ts';
import type { ArticleMeta, Entity, Store, StoredEvent, StoredSentence } from './schema.ts';

/** A store with the lookups the answer path needs, built once at load: no scans per question. */
export interface IndexedStore {
  readonly store: Store;
  readonly published: ReadonlyMap<string, string | null>;
  /** Where each wire story was filed from, by article id, for the articles whose dateline names a known place. */
  readonly filedFrom: ReadonlyMap<string, NonNullable<ArticleMeta['filedFrom']>>;
  readonly entities: ReadonlyMap<string, Entity>;
  /** Name, alias, or a person's first or last name (when unambiguous) → entity ids. */
  readonly entitiesByName: ReadonlyMap<string, readonly string[]>;
  /** Longest name in words, to bound n-gram lookups. */
  readonly longestName: number;
  readonly eventsByEntity: ReadonlyMap<string, readonly StoredEvent[]>;
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
  /** What ranking asks of every candidate event, worked out once per store rather than per question. */
  readonly eventFacts: ReadonlyMap<StoredEvent, EventFacts>;
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

export interface RetrievalIndex {
  /** term → [sentence index, term frequency] */
  readonly postings: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;
  readonly lengths: readonly number[];
  readonly averageLength: number;
  readonly count: number;
  /** Stem bucket (first four letters) → the distinct terms filed under it, for matching word variants. */
  readonly stems: ReadonlyMap<string, readonly string[]>;
}

export function indexStore(store: Store): IndexedStore {
  const entities = new Map(store.entities.map((e) => [e.id, e]));
  const byName = new Map<string, Set<string>>();
  let longestName = 1;
  const addName = (name: string, id: string): void => {
    const key = phraseKey(name);
    if (!key) return;
    const set = byName.get(key) ?? new Set<string>();
    set.add(id);
    byName.set(key, set);
    longestName = Math.max(longestName, name.split(/\s+/).length);
  };
  for (const e of store.entities) {
    if (e.kind === 'other') continue;
    for (const name of [e.name, ...e.aliases]) addName(name, e.id);
    if (e.kind === 'person') {
      const words = e.name.split(/\s+/);
      if (words.length > 1) {
        addName(words[0]!, e.id);
        addName(words[words.length - 1]!, e.id);
      }
    }
  }

  const eventsByEntity = new Map<string, StoredEvent[]>();
  const eventsByOccasion = new Map<string, StoredEvent[]>();
  const eventsByKind = new Map<string, StoredEvent[]>();
  const eventsByOrdinal = new Map<number, StoredEvent[]>();
  const eventsByYear = new Map<number | null, StoredEvent[]>();
  const eventsByMonth = new Map<number | null, StoredEvent[]>();
  const eventFacts = new Map<StoredEvent, EventFacts>();
  const published = new Map(store.articles.map((a) => [a.id, a.published]));
  const filedFrom = new Map(store.articles.flatMap((a) => (a.filedFrom ? [[a.id, a.filedFrom] as const] : [])));
  // Events are indexed one after the other, so an event already in a list is its last element.
  const push = <K>(map: Map<K, StoredEvent[]>, key: K, e: StoredEvent): void => {
    const list = map.get(key);
    if (!list) map.set(key, [e]);
    else if (list[list.length - 1] !== e) list.push(e);
  };
  for (const event of store.events) {
    for (const values of Object.values(event.slots))
      for (const v of values ?? []) if (v.entity) push(eventsByEntity, v.entity, event);
    for (const v of event.slots.occasion ?? []) push(eventsByOccasion, v.key, event);
    push(eventsByKind, event.kind, event);
    eventFacts.set(event, factsOf(event, published));
    for (const v of event.slots.ordinal ?? []) push(eventsByOrdinal, Number(v.key), event);
    for (const v of event.slots.when ?? []) {
      if (!v.date) continue;
      const { year, month } = isoParts(v.date.iso);
      push(eventsByYear, year ?? null, event);
      push(eventsByMonth, month ?? v.date.month ?? null, event);
    }
  }

  const retrieval = retrievalIndex(store.sentences);
  const sentenceByStart = new Map<string, StoredSentence>();
  for (const s of store.sentences) sentenceByStart.set(`${s.article}:${s.start}`, s);

  return {
    store,
    published,
    filedFrom,
    entities,
    entitiesByName: new Map([...byName].map(([k, v]) => [k, [...v].sort()])),
    longestName,
    eventsByEntity,
    eventsByOccasion,
    eventsByKind,
    eventsByOrdinal,
    eventsByYear,
    eventsByMonth,
    eventFacts,
    sentenceAt: (article, start) => sentenceByStart.get(`${article}:${start}`),
    retrieval,
    articleTerms: articleTermsOf(store),
    mentionsPhrase: (words, article) => mentionsPhrase(store, retrieval, words, article),
  };
}

function retrievalIndex(sentences: readonly StoredSentence[]): RetrievalIndex {
  const postings = new Map<string, Array<readonly [number, number]>>();
  const lengths: number[] = [];
  // A sentence has a handful of terms: count them in small arrays (first occurrence first), not a Map.
  const unique: string[] = [];
  const counts: number[] = [];
  let total = 0;
  for (let i = 0; i < sentences.length; i += 1) {
    const terms = sentences[i]!.terms;
    lengths.push(terms.length);
    total += terms.length;
    unique.length = 0;
    counts.length = 0;
    if (terms.length > 32) {
      // A long "sentence" (a table, text without punctuation): a Map, where indexOf would be quadratic.
      const byTerm = new Map<string, number>();
      for (const t of terms) byTerm.set(t, (byTerm.get(t) ?? 0) + 1);
      for (const [t, n] of byTerm) {
        unique.push(t);
        counts.push(n);
      }
    } else {
      for (const t of terms) {
        const at = unique.indexOf(t);
        if (at >= 0) counts[at]! += 1;
        else {
          unique.push(t);
          counts.push(1);
        }
      }
    }
    // Postings are read-only: the terms of a sentence that occur equally often share one [i, n] pair,
    // which keeps a store of millions of postings to about one pair per sentence.
    const pairs: Array<readonly [number, number] | undefined> = [];
    for (let k = 0; k < unique.length; k += 1) {
      const n = counts[k]!;
      const pair = (pairs[n] ??= [i, n] as const);
      const list = postings.get(unique[k]!);
      if (list) list.push(pair);
      else postings.set(unique[k]!, [pair]);
    }
  }
  const stems = new Map<string, string[]>();
  for (const term of postings.keys()) {
    const key = stemBucket(term);
    const list = stems.get(key);
    if (list) list.push(term);
    else stems.set(key, [term]);
  }
  return {
    postings,
    lengths,
    averageLength: sentences.length ? total / sentences.length : 0,
    count: sentences.length,
    stems,
  };
}

/** Terms per article, built on first use: most questions never need them. */
function articleTermsOf(store: Store): (article: string) => ReadonlySet<string> {
  let byArticle: Map<string, Set<string>> | null = null;
  return (article) => {
    if (!byArticle) {
      byArticle = new Map();
      for (const s of store.sentences) {
        const set = byArticle.get(s.article) ?? new Set<string>();
        for (const t of s.terms) set.add(t);
        byArticle.set(s.article, set);
      }
    }
    return byArticle.get(article) ?? new Set();
  };
}

/** Looks through the sentences holding the phrase's rarest word only: a few postings, not the store. */
function mentionsPhrase(store: Store, retrieval: RetrievalIndex, words: readonly string[], article?: string): boolean {
  if (words.length === 0) return false;
  let rarest: ReadonlyArray<readonly [number, number]> | undefined;
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
  return rarest!.some(([i]) => {
    const sentence = store.sentences[i]!;
    return (article === undefined || sentence.article === article) && pattern.test(sentence.text);
  });
}
