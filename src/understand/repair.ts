import type { Token } from '../nlp/analyse.ts';
import { questionWordNear } from './question-words.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * The question's words with typos repaired against the words the store and questions use.
 * `words` are the question split on spaces, `analysed` their tokens as written; `isEnglish` says a
 * word is a real English word, never repaired into a store word.
 */
export function repairTypos(
  words: readonly string[],
  analysed: readonly Token[],
  vocabulary: Vocabulary,
  isEnglish: (word: string) => boolean,
): string[] {
  // A word is repaired only when neither it nor its lemma is a word the store or questions use:
  // "founded" (lemma "found") and "held" (lemma "hold") are words, not typos of "funded" or "help";
  // "transistor" or "arson" are words the store lacks, not typos of words it has.
  const known = new Set<string>();
  for (const t of analysed)
    if (vocabulary.has(t.normal) || vocabulary.has(t.lemma) || isEnglish(t.lemma) || isEnglish(t.normal)) {
      // wink's normal form is American ("organised" → "organized"); the question's word is as written.
      known.add(t.normal);
      known.add(t.text.toLowerCase());
    }
  // Words only wink's lexicon knows ("whos") may still be a mistyped question word when they come first.
  const lexical = new Set<string>();
  for (const t of analysed) if (t.common) lexical.add(t.text.toLowerCase());
  return words.map((w, i) => {
    const bare = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (known.has(bare.toLowerCase())) return w;
    if (i > 0 && lexical.has(bare.toLowerCase())) return w;
    // A chat question opens with its question word, so a typo there is read as one ("wat", "wen", "wher").
    const fix = (i === 0 ? questionWordNear(bare) : null) ?? vocabulary.correct(bare);
    return fix ? w.replace(bare, fix) : w;
  });
}
