import * as z from 'zod';

/** Bumped whenever the shape of the store changes; an older store must be rebuilt, not read. */
export const STORE_SCHEMA_VERSION = 5;

/** Where a fact came from: the sentence span in the article file (`text.slice(start, end)`). */
export const SourceSchema = z.object({
  article: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const DateValueSchema = z.object({
  text: z.string(),
  precision: z.enum(['day', 'month', 'year', 'unresolved']),
  iso: z.string().nullable(),
  month: z.number().int().min(1).max(12).optional(),
  weekday: z.number().int().min(0).max(6).optional(),
});

/** One value of an event slot as one sentence states it. `key` compares values; `text` shows them. */
export const SlotValueSchema = z.object({
  key: z.string(),
  text: z.string(),
  /** Set for entity-valued slots (participants, places, announcers). */
  entity: z.string().optional(),
  date: DateValueSchema.optional(),
  source: SourceSchema,
});

export const SLOT_NAMES = [
  'when',
  'where',
  'participants',
  'agents',
  'patients',
  'occasion',
  'ordinal',
  'about',
  'announcedBy',
  'announcedOn',
  'confirmedBy',
  'confirmedOn',
  'statedBy',
  'statedOn',
] as const;
export const SlotNameSchema = z.enum(SLOT_NAMES);

export const ConflictSchema = z.object({
  slot: SlotNameSchema,
  /** The distinct keys the sources disagree on, each backed by its own slot values. */
  keys: z.array(z.string()).min(2),
});

export const EventSchema = z.object({
  id: z.string(),
  kind: z.string(),
  label: z.string(),
  slots: z.partialRecord(SlotNameSchema, z.array(SlotValueSchema)),
  conflicts: z.array(ConflictSchema),
  sources: z.array(SourceSchema).min(1),
});

export const EntitySchema = z.object({
  id: z.string(),
  kind: z.enum(['person', 'organisation', 'place', 'other']),
  name: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(z.object({ text: z.string(), source: SourceSchema })),
  /** For places: the country (a city's country from the gazetteer, or the place itself). */
  country: z.string().optional(),
  /** For places: what kind of place, so that a city is never given where a country is asked. */
  placeType: z.enum(['venue', 'city', 'region', 'country']).optional(),
  mentions: z.array(SourceSchema),
});

/** A typed span inside a sentence, used by the retrieval fallback to pick an answer of the right kind. */
export const SpanSchema = z.object({
  kind: z.enum(['date', 'time', 'quantity', 'person', 'organisation', 'place', 'other']),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  entity: z.string().optional(),
  date: DateValueSchema.optional(),
  /** Quantities: the number, when the words give one, and the lemma of what it counts ("people", "money"). */
  value: z.number().optional(),
  unit: z.string().optional(),
});

/** A phrase of a sentence in a role of a fact; `entity` when it names a known entity. */
export const ArgSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  entity: z.string().optional(),
});

/**
 * One clause as a fact: the predicate (verb lemma, with its particle), whether it is negated,
 * passive, or still to come, its agent and object in their semantic roles, and its prepositional
 * modifiers ("in Havana", "on Thursday", "from the launch pad"). `start`/`end` span the verb.
 */
export const FactSchema = z.object({
  predicate: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  negated: z.boolean(),
  passive: z.boolean(),
  planned: z.boolean(),
  agent: ArgSchema.optional(),
  object: ArgSchema.optional(),
  modifiers: z.array(z.object({ relation: z.string(), arg: ArgSchema })),
});

/** Words in quotation marks and who said them (from the sentence, or the quotation it continues). */
export const QuoteSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  speaker: ArgSchema.optional(),
});

export const SentenceSchema = z.object({
  article: z.string(),
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  caption: z.boolean(),
  /** Lowercased lemmas of the words, for retrieval. */
  terms: z.array(z.string()),
  spans: z.array(SpanSchema),
  facts: z.array(FactSchema),
  quotes: z.array(QuoteSchema),
});

export const ArticleMetaSchema = z.object({
  id: z.string(),
  /** The whole article file: every sentence and citation is a span of it. */
  text: z.string(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  chars: z.number().int().nonnegative(),
  sentences: z.number().int().nonnegative(),
  /** The place of the wire dateline ("CUPERTINO, California (Reuters) –"), as a reader writes it. */
  filedFrom: z.object({ name: z.string(), text: z.string() }).optional(),
});

export const StoreSchema = z.object({
  schema: z.literal(STORE_SCHEMA_VERSION),
  articles: z.array(ArticleMetaSchema),
  sentences: z.array(SentenceSchema),
  entities: z.array(EntitySchema),
  events: z.array(EventSchema),
});

export type Source = z.infer<typeof SourceSchema>;
export type StoredDate = z.infer<typeof DateValueSchema>;
export type SlotValue = z.infer<typeof SlotValueSchema>;
export type SlotName = z.infer<typeof SlotNameSchema>;
export type Conflict = z.infer<typeof ConflictSchema>;
export type StoredEvent = z.infer<typeof EventSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type EntityKind = Entity['kind'];
export type SentenceSpan = z.infer<typeof SpanSchema>;
export type FactArg = z.infer<typeof ArgSchema>;
export type StoredFact = z.infer<typeof FactSchema>;
export type StoredQuote = z.infer<typeof QuoteSchema>;
export type StoredSentence = z.infer<typeof SentenceSchema>;
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;
export type Store = z.infer<typeof StoreSchema>;

export function sameSource(a: Source, b: Source): boolean {
  return a.article === b.article && a.start === b.start && a.end === b.end;
}
