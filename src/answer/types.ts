import type { FineType } from '../understand/answer-type.ts';
import type { Intent } from '../understand/intent.ts';

/** The sentence an answer came from: `snippet` is exactly `article text.slice(start, end)`. */
export interface Citation {
  readonly article: string;
  readonly published: string | null;
  readonly snippet: string;
  readonly start: number;
  readonly end: number;
}

/** Sources that disagree on one slot: each value with its own citation. */
export interface ConflictView {
  readonly slot: string;
  readonly values: ReadonlyArray<{ readonly value: string; readonly citation: Citation }>;
}

/**
 * What an answer was read as, before it is typed for the question: the fine type of the `Answer`
 * comes from this and the question's own fine type ("what city" → `city`, "what year" → `year`).
 */
export type ReadKind = 'date' | 'time' | 'duration' | 'place' | 'person' | 'organisation' | 'actor' | 'number' | 'money' | 'quote' | 'yesno' | 'role' | 'description' | 'list';

/** Why a question was not answered: one closed list every surface can branch on. */
export const DECLINE_REASONS = ['not_in_articles', 'unknown_name', 'not_stated', 'ambiguous', 'bad_input'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** What every surface renders: the CLI, JSON lines and Slack all show this one value. */
export interface Answer {
  readonly question: string;
  readonly intent: Intent;
  readonly answered: boolean;
  /** Plain text: the answer, or what the store does know and questions worth asking. */
  readonly answer: string;
  readonly citations: readonly Citation[];
  readonly conflicts: readonly ConflictView[];
  /** The bare answer: an ISO date, a name, a number, `yes` / `no`, the quoted words; null when declined. */
  readonly value: string | null;
  /** The fine type of `value` ("city", "year", "person", "number", "quote", "yesno" …). */
  readonly type: FineType | null;
  /** The stored event the answer came from, when one was used. */
  readonly event: string | null;
  /** Set exactly when `answered` is false. */
  readonly reason: DeclineReason | null;
}
