import { distance } from 'fastest-levenshtein';

/**
 * The words a question is asked with: the one home of the list. The answer type reads which one opens
 * the question, the target reader and the sentence reader skip them as words an answer need not say.
 */
export const WH_WORDS: readonly string[] = ['what', 'when', 'where', 'which', 'who', 'whom', 'whose', 'why', 'how'];

/** Auxiliary verbs: a question opening with one is a yes/no question ("Did they meet?"). */
export const AUXILIARIES: readonly string[] = [
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'am',
  'do',
  'does',
  'did',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'shall',
  'should',
  'may',
  'might',
  'must',
];

/**
 * The words that frame a question rather than say what it is about: its question word, auxiliaries,
 * articles and politeness ("can you tell me …"). Never a name, a content verb or a retrieval term.
 */
export const FRAME_WORDS: ReadonlySet<string> = new Set([
  ...WH_WORDS,
  'is',
  'are',
  'was',
  'were',
  'will',
  'did',
  'do',
  'does',
  'the',
  'a',
  'an',
  'in',
  'on',
  'of',
  'and',
  'to',
  'i',
  'you',
  'tell',
  'me',
  'please',
  'can',
  'could',
  'would',
  'should',
  'has',
  'have',
  'had',
]);

/** Common chat spellings of question words, so "wen is the summit" is still a `when` question. */
export const CHAT_SPELLINGS: Readonly<Record<string, string>> = {
  wen: 'when',
  whn: 'when',
  wat: 'what',
  wht: 'what',
  wut: 'what',
  whut: 'what',
  wot: 'what',
  whr: 'where',
  wher: 'where',
  whre: 'where',
  hw: 'how',
  hwo: 'who',
  whos: 'who',
  whats: 'what',
  wats: 'what',
  wheres: 'where',
  whens: 'when',
};

/** The question word one letter away from a misspelt first word, when exactly one is. */
export function questionWordNear(word: string): string | null {
  const w = word.toLowerCase();
  // (A word of one letter is two or more from every question word.)
  if (WH_WORDS.includes(w)) return null;
  const near = WH_WORDS.filter((q) => distance(q, w) === 1);
  return near.length === 1 ? near[0]! : null;
}
