import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Words related by meaning, from WordNet 3.1, for checking that a cited sentence covers a question's
 * content words ("plane" ↔ "aircraft", "organise" ↔ "organiser", "die" ↔ "death"). The table is built
 * by scripts/build-related-words.ts (`npm run build:related`) and committed; see there for the rules.
 *
 * Keys are lowercase lemmas (multiword ones with spaces: "take off"); look a word up by its lemma.
 */
export interface RelatedWords {
  /** Sorted "lemma|id,id,…" entries: the concepts each lemma stands for (its senses, derived forms). */
  readonly words: readonly string[];
  /** Sorted "lemma|id,id,…" entries: more general concepts a lemma falls under (plane → aircraft). */
  readonly broader: readonly string[];
}

const DEFAULT_RELATED_WORDS_PATH = fileURLToPath(new URL('../../data/knowledge/related-words.json', import.meta.url));

const EMPTY: readonly number[] = Object.freeze([]);

let cached: RelatedWords | undefined;

/**
 * Reads the table (~2.2 MB of JSON; once per process for the default path). Entries stay strings
 * until asked for: building 35,000 arrays or Map entries at load took 3× as long.
 */
export function loadRelatedWords(path: string = DEFAULT_RELATED_WORDS_PATH): RelatedWords {
  if (path === DEFAULT_RELATED_WORDS_PATH && cached) return cached;
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const table: RelatedWords = { words: section(raw, 'words', path), broader: section(raw, 'broader', path) };
  if (path === DEFAULT_RELATED_WORDS_PATH) cached = table;
  return table;
}

function section(raw: unknown, field: string, path: string): readonly string[] {
  // Any JSON value but null can be indexed: a number or a string has no such field either.
  const list = (raw as Record<string, unknown> | null)?.[field];
  if (!Array.isArray(list) || list.some((entry) => typeof entry !== 'string' || !entry.includes('|'))) {
    throw new Error(`${path}: "${field}" is not a list of "lemma|ids" entries`);
  }
  return list as string[];
}

/**
 * The default table, read at its first look-up rather than now: a start-up whose first question
 * needs no related words does not wait for 2.2 MB of them.
 */
export function lazyRelatedWords(): RelatedWords {
  return {
    get words() {
      return loadRelatedWords().words;
    },
    get broader() {
      return loadRelatedWords().broader;
    },
  };
}

/** Binary search by the lemma before the last "|" (entries are sorted by lemma, by code unit). */
function lookup(entries: readonly string[], word: string): readonly number[] {
  let lo = 0;
  let hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const entry = entries[mid]!;
    const bar = entry.lastIndexOf('|');
    const key = entry.slice(0, bar);
    if (key === word)
      return entry
        .slice(bar + 1)
        .split(',')
        .map(Number);
    if (key < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return EMPTY;
}

/** The concept ids of a lemma (empty when WordNet has nothing useful for it). */
export function relatedTerms(table: RelatedWords, a: string): readonly number[] {
  return lookup(table.words, a);
}

/** The ids of the more general concepts a lemma falls under (empty when none are specific enough). */
export function broaderTerms(table: RelatedWords, a: string): readonly number[] {
  return lookup(table.broader, a);
}

/**
 * True when two lowercase lemmas are the same, share a concept (synonyms, derived forms), or one falls
 * under a concept of the other (plane, aircraft). Siblings under one broader concept are not related.
 */
export function related(table: RelatedWords, a: string, b: string): boolean {
  if (a === b) return true;
  const wa = relatedTerms(table, a);
  const wb = relatedTerms(table, b);
  return intersects(wa, wb) || intersects(broaderTerms(table, a), wb) || intersects(wa, broaderTerms(table, b));
}

/** Both lists sorted ascending: one merge pass. */
function intersects(x: readonly number[], y: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const a = x[i]!;
    const b = y[j]!;
    if (a === b) return true;
    // Stryker disable next-line EqualityOperator: a === b has returned above, so a <= b is a < b here.
    if (a < b) i++;
    else j++;
  }
  return false;
}
