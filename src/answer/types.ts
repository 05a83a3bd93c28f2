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
export type ReadKind =
  | 'date'
  | 'time'
  | 'duration'
  | 'place'
  | 'person'
  | 'organisation'
  | 'actor'
  | 'number'
  | 'money'
  | 'quote'
  | 'yesno'
  | 'role'
  | 'description'
  | 'list';

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
  /**
   * The events the question fits about equally well, best first,
   * the answered one included; empty when one clearly fits.
   */
  readonly candidates: readonly Candidate[];
  /** How a follow-up was read against its context ("Taking "it" as the Geneva summit"); null when asked alone. */
  readonly reading: string | null;
  /** What a surface should keep for the next question of this conversation (a plain value, see conversation.ts). */
  readonly remember: ConversationContext | null;
}

/** An event a question may be about, as offered for a choice. */
export interface Candidate {
  readonly event: string;
  readonly label: string;
  /** The event's date as shown ("2017", "November 2017"), when known. */
  readonly date: string | null;
}

/**
 * The previous turn of a conversation, as a surface keeps it (in memory, or in Slack message metadata):
 * plain JSON, no Slack in it. `choice` asks for `question` to be answered for that event (a button
 * or a number picked from the candidates).
 */
export interface ConversationContext {
  /** The question last answered, as the engine read it (references already resolved). */
  readonly question: string;
  /** The event it was answered from. */
  readonly event: string | null;
  /** The phrase that named what it was about ("the Geneva summit"). */
  readonly subject: string | null;
  /** The people it was about, for "they" ("Smith and Jones"). */
  readonly people: string | null;
  /** The place it was about, for "there". */
  readonly place: string | null;
  /** The bare answer given. */
  readonly value: string | null;
  /** Event ids offered as a choice, in the order shown. */
  readonly candidates: readonly string[];
  /** Answer `question` for this event (one of the candidates). */
  readonly choice?: string;
}

/** An Answer as the engine gives it, typed, before the conversation layer adds what concerns the conversation. */
export type CoreAnswer = Omit<Answer, 'candidates' | 'reading' | 'remember'>;
