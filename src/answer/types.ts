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

/** What every surface renders: the CLI, JSON lines and Slack all show this one value. */
export interface Answer {
  readonly question: string;
  readonly intent: Intent;
  readonly answered: boolean;
  /** Plain text: the answer, or what the store does know and questions worth asking. */
  readonly answer: string;
  readonly citations: readonly Citation[];
  readonly conflicts: readonly ConflictView[];
}
