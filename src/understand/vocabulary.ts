import { distance } from 'fastest-levenshtein';

/**
 * Words a question may use, for typo repair: the store's own terms and names plus the words
 * of questions themselves. Bucketed by first letter so a repair compares few words.
 */
export class Vocabulary {
  private readonly words = new Set<string>();
  private readonly buckets = new Map<string, string[]>();
  private readonly frequency = new Map<string, number>();
  private readonly rejected = new Set<string>();

  add(word: string, weight = 1): void {
    const w = word.toLowerCase();
    // A store adds millions of terms, mostly known ones: test the shape of a word only once.
    const known = this.frequency.get(w);
    if (known !== undefined) {
      this.frequency.set(w, known + weight);
      return;
    }
    if (this.rejected.has(w)) return;
    if (!/^[\p{L}][\p{L}'-]*$/u.test(w)) {
      this.rejected.add(w);
      return;
    }
    // A word has a frequency from the moment it is added: it reaches here once.
    this.frequency.set(w, weight);
    this.words.add(w);
    const bucket = this.buckets.get(w.charAt(0));
    if (bucket) bucket.push(w);
    else this.buckets.set(w.charAt(0), [w]);
  }

  has(word: string): boolean {
    return this.words.has(word.toLowerCase());
  }

  /** The closest known word within 1 edit (2 for words of 7+ letters), or null. */
  correct(word: string): string | null {
    const w = word.toLowerCase();
    if (w.length < 3 || this.words.has(w) || !/^[\p{L}]+$/u.test(w)) return null;
    const limit = w.length >= 7 ? 2 : 1;
    let best: string | null = null;
    let bestDistance = limit + 1;
    let bestFrequency = 0; // its start decides only between words too far to be returned
    for (const candidate of this.buckets.get(w.charAt(0)) ?? []) {
      if (Math.abs(candidate.length - w.length) > limit) continue;
      const d = distance(w, candidate);
      const f = this.frequency.get(candidate) ?? 0;
      if (d < bestDistance || (d === bestDistance && f > bestFrequency)) {
        best = candidate;
        bestDistance = d;
        bestFrequency = f;
      }
    }
    return bestDistance <= limit ? best : null;
  }
}
