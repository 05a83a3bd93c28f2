import type { EventKindDef, Knowledge } from '../extract/knowledge.ts';
import { sameWord, type WordMatcher } from './words.ts';

/** Pairs remembered before the memo starts afresh: a few MB, far more than the words one store uses. */
const MEMO_LIMIT = 200_000;
const NO_KINDS: readonly EventKindDef[] = [];

/**
 * How surely a sentence's word stands for a question's word, for verification: the word matcher's degree
 * (same word or stem 1, a WordNet relation 0.5), raised to 1 for words of one kind of event ("meet" is borne
 * out by "the talks") and for a noun naming a verb's act ("victory" for "win").
 *
 * A pure function of the two words for the life of the knowledge, so it is remembered across questions:
 * every question compares its few words with the same store words again and again, and working a pair out
 * afresh for each answer was most of what an answer allocated.
 */
export class WordKinship {
  private readonly memo = new Map<string, Map<string, number>>();
  private remembered = 0;
  /** A word's event kinds as a noun, a verb, and (the lemma of a plural noun: "talk" for "talks") a plural. */
  private readonly kinds = new Map<string, EventKindDef[]>();
  /** Verbs of an event kind that are no noun of one ("beat", "defeat"), singular or plural. */
  private readonly onlyVerbs = new Set<string>();

  constructor(
    private readonly words: WordMatcher,
    private readonly knowledge: Knowledge,
    private readonly memoLimit = MEMO_LIMIT,
  ) {
    const add = (word: string, kind: EventKindDef): void => {
      const list = this.kinds.get(word);
      if (!list) this.kinds.set(word, [kind]);
      else if (!list.includes(kind)) list.push(kind);
    };
    for (const [noun, kind] of knowledge.eventNouns) {
      add(noun, kind);
      if (noun.endsWith('s')) add(noun.slice(0, -1), kind);
    }
    for (const [verb, kind] of knowledge.eventVerbs) {
      add(verb, kind);
      if (!knowledge.eventNouns.has(verb) && !knowledge.eventNouns.has(`${verb}s`)) this.onlyVerbs.add(verb);
    }
  }

  degree(sentenceWord: string, questionWord: string): number {
    if (this.remembered >= this.memoLimit) this.forget();
    let row = this.memo.get(questionWord);
    if (!row) this.memo.set(questionWord, (row = new Map()));
    let d = row.get(sentenceWord);
    if (d === undefined) {
      d = this.words.degree(sentenceWord, questionWord);
      if (
        d !== 1 &&
        (this.sameKind(sentenceWord, questionWord) ||
          this.knowledge.actNouns.get(sentenceWord) === questionWord ||
          this.knowledge.causes.get(sentenceWord) === questionWord ||
          this.saidFor(sentenceWord, questionWord))
      )
        d = 1;
      row.set(sentenceWord, d);
      this.remembered += 1;
    }
    return d;
  }

  /** Is the sentence's word one news prose says for the question's ("fans" for "spectators"), in any form of either? */
  private saidFor(sentenceWord: string, questionWord: string): boolean {
    for (const [word, others] of this.knowledge.paraphrases)
      if (sameWord(word, questionWord) && others.some((o) => sameWord(sentenceWord, o))) return true;
    return false;
  }

  private forget(): void {
    this.memo.clear();
    this.remembered = 0;
  }

  /**
   * Words of one event kind are one word: so are a kind and its family's general kind (a summit is a
   * meeting), but not sibling kinds (an earthquake is no storm, though both are disasters), as select.ts's
   * kindFits reads a family. Two verbs of one kind are one word only where the knowledge says so ("beat" is
   * winning): a final is also lost and played.
   */
  private sameKind(a: string, b: string): boolean {
    if (this.onlyVerbs.has(a) && this.onlyVerbs.has(b))
      return this.knowledge.eventVerbs.get(a)!.sameVerbs.some((group) => group.includes(a) && group.includes(b));
    const kindsA = this.kinds.get(a) ?? NO_KINDS;
    if (kindsA.length === 0) return false;
    const kindsB = this.kinds.get(b) ?? NO_KINDS;
    for (const k of kindsA) for (const l of kindsB) if (fits(k, l)) return true;
    return false;
  }
}

function fits(a: EventKindDef, b: EventKindDef): boolean {
  return a.family === b.family && (a.kind === b.kind || a.kind === a.family || b.kind === b.family);
}
