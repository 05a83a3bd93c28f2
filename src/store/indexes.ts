import { phraseKey } from '../extract/knowledge.ts';
import type { Entity, Store, StoredEvent, StoredSentence } from './schema.ts';

/** A store with the lookups the answer path needs, built once at load: no scans per question. */
export interface IndexedStore {
  readonly store: Store;
  readonly published: ReadonlyMap<string, string | null>;
  readonly entities: ReadonlyMap<string, Entity>;
  /** Name, alias, or a person's first or last name (when unambiguous) → entity ids. */
  readonly entitiesByName: ReadonlyMap<string, readonly string[]>;
  /** Longest name in words, to bound n-gram lookups. */
  readonly longestName: number;
  readonly eventsByEntity: ReadonlyMap<string, readonly StoredEvent[]>;
  readonly sentenceAt: (article: string, start: number) => StoredSentence | undefined;
  readonly retrieval: RetrievalIndex;
  /** Occasion keys ("g20") → events, so "the G20 summit" finds its event. */
  readonly eventsByOccasion: ReadonlyMap<string, readonly StoredEvent[]>;
}

export interface RetrievalIndex {
  /** term → [sentence index, term frequency] */
  readonly postings: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;
  readonly lengths: readonly number[];
  readonly averageLength: number;
  readonly count: number;
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
  const push = <K>(map: Map<K, StoredEvent[]>, key: K, e: StoredEvent): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(e)) list.push(e);
    map.set(key, list);
  };
  for (const event of store.events) {
    for (const values of Object.values(event.slots)) for (const v of values ?? []) if (v.entity) push(eventsByEntity, v.entity, event);
    for (const v of event.slots.occasion ?? []) push(eventsByOccasion, v.key, event);
  }

  const sentenceByStart = new Map<string, StoredSentence>();
  for (const s of store.sentences) sentenceByStart.set(`${s.article}:${s.start}`, s);

  return {
    store,
    published: new Map(store.articles.map((a) => [a.id, a.published])),
    entities,
    entitiesByName: new Map([...byName].map(([k, v]) => [k, [...v].sort()])),
    longestName,
    eventsByEntity,
    eventsByOccasion,
    sentenceAt: (article, start) => sentenceByStart.get(`${article}:${start}`),
    retrieval: retrievalIndex(store.sentences),
  };
}

function retrievalIndex(sentences: readonly StoredSentence[]): RetrievalIndex {
  const postings = new Map<string, Array<[number, number]>>();
  const lengths: number[] = [];
  sentences.forEach((s, i) => {
    lengths.push(s.terms.length);
    const counts = new Map<string, number>();
    for (const t of s.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, n] of counts) {
      const list = postings.get(t) ?? [];
      list.push([i, n]);
      postings.set(t, list);
    }
  });
  const total = lengths.reduce((a, b) => a + b, 0);
  return { postings, lengths, averageLength: sentences.length ? total / sentences.length : 0, count: sentences.length };
}
