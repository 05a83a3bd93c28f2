import type { IndexedStore } from '../store/indexes.ts';
import type { Source, StoredSentence } from '../store/schema.ts';
import type { Citation } from './types.ts';

export function citeSentence(indexed: IndexedStore, s: StoredSentence): Citation {
  return {
    article: s.article,
    published: indexed.published.get(s.article) ?? null,
    snippet: s.text,
    start: s.start,
    end: s.end,
  };
}

export function cite(indexed: IndexedStore, source: Source): Citation | null {
  const s = indexed.sentenceAt(source.article, source.start);
  return s ? citeSentence(indexed, s) : null;
}

/** Citations without repeats, in the order given. */
export function uniqueCitations(citations: ReadonlyArray<Citation | null>): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const c of citations) {
    if (!c) continue;
    const key = `${c.article}:${c.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}
