import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { DEFAULT_KNOWLEDGE_DIR } from '../extract/knowledge.ts';

/** The kinds of answer a head noun can ask for; `other` is everything else (never stored). */
export const ANSWER_CLASSES = ['place', 'person', 'organisation', 'time', 'number', 'role', 'name', 'other'] as const;
export type AnswerClass = (typeof ANSWER_CLASSES)[number];

/** Common noun lemma (lowercase, multiword joined by a space) → the kind of answer it names. */
export interface AnswerClasses {
  classOf(lemma: string): AnswerClass;
  readonly size: number;
}

const ClassesFile = z.object({
  source: z.string(),
  classes: z.partialRecord(z.enum(ANSWER_CLASSES), z.array(z.string())),
});

const ANSWER_CLASSES_FILE = 'answer-classes.json';

/**
 * Loads the table built from WordNet by scripts/build-answer-classes.ts (committed, so the bot
 * needs no WordNet at run time). About 30,000 entries; loads in a few tens of milliseconds.
 */
export function loadAnswerClasses(dir: string = DEFAULT_KNOWLEDGE_DIR): AnswerClasses {
  const path = join(dir, ANSWER_CLASSES_FILE);
  const parsed = ClassesFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a valid answer-class table: ${parsed.error.message}`);
  return answerClasses(parsed.data.classes);
}

/** A table from lists of lemmas by class. */
function answerClasses(lists: Partial<Record<AnswerClass, readonly string[]>>): AnswerClasses {
  const map = new Map<string, AnswerClass>();
  for (const cls of ANSWER_CLASSES) for (const lemma of lists[cls] ?? []) map.set(lemma, cls);
  return { classOf: (lemma) => map.get(lemma) ?? 'other', size: map.size };
}

let shared: AnswerClasses | undefined;

/** The committed table, loaded once per process (like the wink model) by whichever reader needs it first. */
export function sharedAnswerClasses(): AnswerClasses {
  shared ??= loadAnswerClasses();
  return shared;
}

/**
 * The committed table, read at its first look-up rather than when a reader is made: a start-up
 * whose first question names no kind of answer does not wait for it.
 */
export const lazySharedAnswerClasses: AnswerClasses = {
  classOf: (lemma) => sharedAnswerClasses().classOf(lemma),
  get size() {
    return sharedAnswerClasses().size;
  },
};
