import { phraseKey } from '../extract/knowledge.ts';
import type { Entity } from './schema.ts';

/** Name, alias, or a person's first or last name → the ids of the entities it names (sorted). */
export interface NameIndex {
  readonly byName: ReadonlyMap<string, readonly string[]>;
  /** Longest name in words, to bound n-gram lookups. */
  readonly longestName: number;
}

/**
 * The name index of a store's entities. Worked out when a store is written and read back from the
 * file at load (src/store/pack.ts, view.ts): keying ~100,000 names at every start took a fifth of loading
 * a large store.
 */
export function nameIndexOf(entities: readonly Entity[]): NameIndex {
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
  for (const e of entities) {
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
  return { byName: new Map([...byName].map(([k, v]) => [k, [...v].sort()])), longestName };
}
