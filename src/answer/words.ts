import { relatedTerms, type RelatedWords } from './related.ts';

/**
 * Two words are the same for matching a question to a sentence when their lemmas are equal or
 * they share a stem: one is the other with an inflection or derivation ending ("meet" / "meeting",
 * "resign" / "resignation"), or with its final "e" dropped before one ("price" / "pricing",
 * "prorogue" / "prorogation"), or, for words of five letters or more, they agree on all but their
 * letter at most and five at least ("found" / "founder"), or with its final consonant doubled before an ending
 * ("win" / "winner"). "war" is not "ward", "fire" is not "firewall".
 */
const SUFFIXES = new Set(['s', 'es', 'ed', 'ing', 'er', 'ers', 'ion', 'ions', 'ation', 'ations', 'ment', 'ments']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** Endings written after a stem that lost its final "e" or "ue" ("pric-ing", "prorog-ation"). */
const AFTER_E = new Set(['ing', 'ion', 'ions', 'ation', 'ations', 'ed', 'er', 'ers']);

export function sameWord(x: string, y: string): boolean {
  if (x === y) return true;
  // Every way below of being the same word keeps the first letter (spelling is normalised after it):
  // most pairs compared differ there, and are told apart without building a string.
  if (x.length > 0 && y.length > 0 && x.charCodeAt(0) !== y.charCodeAt(0)) return false;
  // British and American spellings are one word: "organise" / "organize", "analyse" / "analyze".
  const a = spelledOneWay(x);
  const b = spelledOneWay(y);
  if (a === b) return true;
  const aShorter = a.length <= b.length;
  const short = aShorter ? a : b;
  const long = aShorter ? b : a;
  if (long.startsWith(short)) {
    const ending = long.slice(short.length);
    // "agree" / "agreed": a bare "d" only after a final "e".
    if (SUFFIXES.has(ending) || (ending === 'd' && short.endsWith('e'))) return true;
    // "win" / "winner", "plan" / "planned": a final consonant doubled before the ending.
    const last = short.charAt(short.length - 1);
    if (ending.charAt(0) === last && !VOWELS.has(last) && SUFFIXES.has(ending.slice(1))) return true;
  }
  const stem = short.replace(/u?e$/, '');
  if (stem !== short && stem.length >= 3 && long.startsWith(stem) && AFTER_E.has(long.slice(stem.length))) return true;
  if (short.length < 5) return false;
  let common = 0;
  while (common < short.length && a.charCodeAt(common) === b.charCodeAt(common)) common += 1;
  return common >= Math.max(5, short.length - 1);
}

/** "-yze" / "-ize" written as "-yse" / "-ise". */
function spelledOneWay(word: string): string {
  return word.includes('y') || word.includes('iz') ? word.replace(/y[sz]/g, 'ys').replace(/iz/g, 'is') : word;
}

/** The key under which words that may be the same are filed: their first four letters. */
export function stemBucket(word: string): string {
  return word.length < 4 ? word : word.slice(0, 4);
}

/** Memoised WordNet look-ups: the same few thousand store words are compared again and again. */
const MEMO_LIMIT = 50_000;

/**
 * Word matching for verification: the same word or stem (`sameWord`), or words WordNet relates
 * (synonyms and derived forms: "talk" / "speak", "organise" / "organiser").
 */
export class WordMatcher {
  private readonly concepts = new Map<string, readonly number[]>();

  constructor(private readonly table: RelatedWords) {}

  /**
   * How surely a sentence's word stands for a question's word: 1 for the same word or stem, 0.5 for
   * words WordNet relates (a shared sense among their first few: "rate" is also "consider"), else 0.
   */
  degree(a: string, b: string): number {
    if (sameWord(a, b)) return 1;
    return this.related(a, b) ? 0.5 : 0;
  }

  same(a: string, b: string): boolean {
    return this.degree(a, b) > 0;
  }

  private related(a: string, b: string): boolean {
    const ca = this.look(this.concepts, a, relatedTerms);
    const cb = this.look(this.concepts, b, relatedTerms);
    if (ca.length === 0 || cb.length === 0) return false;
    // Broader terms ("population" → "group") were tried and let trivia
    // through: verification takes synonyms and derived forms only.
    return meet(ca, cb);
  }

  private look(
    memo: Map<string, readonly number[]>,
    word: string,
    read: (t: RelatedWords, w: string) => readonly number[],
  ): readonly number[] {
    let ids = memo.get(word);
    if (ids === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      ids = read(this.table, word);
      memo.set(word, ids);
    }
    return ids;
  }
}

/** Do two sorted id lists share an id? */
function meet(a: readonly number[], b: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  return false;
}
