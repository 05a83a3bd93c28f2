import type { WinkMethods } from 'wink-nlp';
import type { Knowledge } from '../extract/knowledge.ts';
import { analyse, type Token } from '../nlp/analyse.ts';
import type { IndexedStore } from '../store/indexes.ts';
import { lazySharedAnswerClasses } from './answer-classes.ts';
import { readAnswerType, type AnswerType, type FineType } from './answer-type.ts';
import type { Intent } from './intent.ts';
import { repairTypos } from './repair.ts';
import { EMPTY_TARGET, readTarget, type Target } from './target.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Questions longer than this get a polite refusal instead of an answer. */
export const MAX_QUESTION_CHARS = 1000;

export type QuestionProblem = 'empty' | 'too_long' | 'no_words';

export interface Question {
  readonly text: string;
  readonly intent: Intent;
  /** The kind of value that answers it ("city", "year", "organisation"): decides which answers qualify. */
  readonly fine: FineType;
  /** The noun naming what is asked ("city" in "what city …"), when there is one. */
  readonly head: string | null;
  readonly target: Target;
  readonly problem: QuestionProblem | null;
  /** The question's words as analysed (after typo repair), for readers of its structure. */
  readonly tokens: readonly Token[];
  /** The event a conversation has settled this question on (a follow-up, a choice): the only one ranked. */
  readonly focus?: string;
}

export interface Understander {
  understand(text: string): Question;
}

/**
 * Builds the question reader for one store: vocabulary and names come from the store itself;
 * `isEnglish` says a word is a real English word (never repaired into a store word).
 */
export function createUnderstander(
  nlp: WinkMethods,
  knowledge: Knowledge,
  indexed: IndexedStore,
  vocabulary: Vocabulary,
  isEnglish: (word: string) => boolean = () => false,
): Understander {
  const classes = lazySharedAnswerClasses;
  // Typo repair is against the store's words, which can turn a general head noun into a store word
  // ("firm" → "fire"): read the type from the question as written, and from the repaired one only
  // when the written one names no kind of answer ("wat cty hosts it").
  const answerTypeOf = (written: readonly Token[], repaired: readonly Token[] | null): AnswerType => {
    const type = readAnswerType(written, classes, knowledge);
    const weak = type.intent === 'unknown' || (type.intent === 'what' && type.fine === 'other');
    return repaired && weak ? readAnswerType(repaired, classes, knowledge) : type;
  };
  return {
    understand(raw: string): Question {
      const text = cleanText(raw);
      const problem = problemOf(text);
      if (problem) return unreadable(text, problem);
      // A shouted question is read as if typed in lower case: wink tags every capitalised word a proper noun.
      const shouted = !/\p{Ll}/u.test(text) && /\p{Lu}.*\s.*\p{Lu}/u.test(text);
      // Quotation marks as any keyboard writes them: curly, or typed as `` and '' (two apostrophes).
      const words = (shouted ? text.toLowerCase() : text)
        .replace(/``|''/g, '"')
        .replace(/[‘’]/g, "'")
        .replace(/[“”]/g, '"')
        .split(/\s+/);
      const asWritten = withDoSupportVerb(analyse(nlp, words.join(' ')));
      const correctedText = repairTypos(words, asWritten.tokens, vocabulary, isEnglish).join(' ');
      const repaired = correctedText !== words.join(' ');
      const { tokens, entities } = repaired ? withDoSupportVerb(analyse(nlp, correctedText)) : asWritten;
      const type = answerTypeOf(asWritten.tokens, repaired ? tokens : null);
      const target = readTarget(tokens, entities, text, knowledge, indexed);
      // A bare phrase naming something the store knows ("smith jones meeting") asks what it is.
      const intent =
        type.intent === 'unknown' && (target.entities.length > 0 || target.kinds.length > 0) ? 'what' : type.intent;
      return { text, intent, fine: type.fine, head: type.head, target, problem: null, tokens };
    },
  };
}

/**
 * "When did the earthquake strike?": after "did" and its subject the question's last word is its verb, though
 * wink, reading it without an object, may tag it a noun ("strike", "end", "land"). With an object ("When did
 * the nurses end the strike?") the verb is the noun before the object's determiner.
 */
function withDoSupportVerb<T extends { tokens: readonly Token[] }>(read: T): T {
  const { tokens } = read;
  const doAt = tokens.findIndex((t, i) => i <= 2 && t.pos === 'AUX' && t.lemma === 'do');
  if (doAt < 0 || tokens.slice(doAt + 1).some((t) => t.pos === 'VERB')) return read;
  let last = tokens.length - 1;
  while (last > doAt && tokens[last]!.pos === 'PUNCT') last -= 1;
  const objectAt = tokens.findIndex((t, i) => i > doAt + 2 && i < last && /^(?:DET|PRON)$/.test(t.pos));
  const at = objectAt > 0 && tokens[objectAt - 1]!.pos === 'NOUN' ? objectAt - 1 : last;
  const verb = tokens[at];
  const subject = tokens.slice(doAt + 1, at).some((t) => /^(?:NOUN|PROPN|PRON)$/.test(t.pos));
  if (!verb || verb.pos !== 'NOUN' || !subject) return read;
  return { ...read, tokens: tokens.map((t, i) => (i === at ? { ...t, pos: 'VERB' } : t)) };
}

/** The question on one line: control and invisible characters out, runs of space as one. */
function cleanText(raw: string): string {
  return (
    raw
      // eslint-disable-next-line no-control-regex -- removing control characters is the point of this pattern
      .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function problemOf(text: string): QuestionProblem | null {
  if (text === '') return 'empty';
  if (text.length > MAX_QUESTION_CHARS) return 'too_long';
  if (!/[\p{L}\p{N}]/u.test(text)) return 'no_words';
  return null;
}

/** A question that cannot be read: an empty one asks for help, a too-long one is shown cut. */
function unreadable(text: string, problem: QuestionProblem): Question {
  return {
    text: problem === 'too_long' ? `${text.slice(0, 80)}…` : text,
    intent: problem === 'empty' ? 'help' : 'unknown',
    fine: 'other',
    head: null,
    target: EMPTY_TARGET,
    problem,
    tokens: [],
  };
}
