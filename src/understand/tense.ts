/**
 * What a question's wording says about the time of what it asks: the one home of these patterns (the
 * target reader and event ranking both read them from here). Words, not verb tags: wink's tags are
 * unreliable on lowercase chat, and "the upcoming summit" has no verb to tag.
 */
export interface QuestionTense {
  /** "will", "upcoming", "next", "going to", "shall": an event still to come is asked about. */
  readonly future: boolean;
  /** "before", "previous(ly)", "prior", "so far", "already": what came earlier is asked about. */
  readonly before: boolean;
  /** "after": what came later. */
  readonly after: boolean;
}

const FUTURE = /\b(?:will|upcoming|next|going to|shall)\b/;
const BEFORE = /\bbefore\b|\bprevious(?:ly)?\b|\bprior\b|\bso far\b|\balready\b/;
const AFTER = /\bafter\b/;
const PAST = /\b(?:was|were|did|had)\b/i;

/** The tense and order words of a question, from its lowercased text. */
export function readTense(lower: string): QuestionTense {
  return { future: FUTURE.test(lower), before: BEFORE.test(lower), after: AFTER.test(lower) };
}

/** Asked in the past tense ("when was …", "did they …"): an event still to come fits it less. */
export function asksAboutPast(text: string): boolean {
  return PAST.test(text);
}
