/**
 * The lean store file (schema 5): what is the same in every store is said once.
 *
 *  - `strings`: every string the store uses (terms, predicates, names, keys…), most used first, so the
 *    commonest take one or two characters where they are referred to.
 *  - `articles`: `[id, published, chars, bounds]`: a sentence is a span of its article's text (`bounds`
 *    packs each sentence's gap from the one before, and its length and caption flag); `chars` is the
 *    text's length.
 *  - `names`, `nameEntities`, `longestName`: the name index (src/store/names.ts), written with the store so
 *    that loading does not key every name: each key, and in one packed string the entities (numbers in
 *    `entities`) of each key in turn.
 *  - `texts`: each article's text once, one JSON string a line, in the order of `articles`, so that a
 *    reader can keep them as bytes: a text is decoded when a sentence of it is read, and a text whose
 *    line is as many bytes as it has characters (ASCII, nothing escaped) is sliced from the bytes.
 *  - `entities`, `events`, `sentences`: one packed string each (src/store/packed.ts). Offsets inside a
 *    sentence are counted from its start; a phrase's text is not written when it is the text at its
 *    offsets; a source is the number of its sentence (every source is a whole sentence).
 *  - What loading needs comes first in a record, the rest after it: an entity's name, kind, aliases,
 *    country and place type, then its roles and mentions; an event's id, kind and label and the keys
 *    the indexes file it under (src/store/event-keys.ts), then its slots, conflicts and sources.
 *  - `texts` and `sentences` are the last sections, one record a line, so that a reader can keep them as
 *    bytes.
 *
 * At load, the articles' ids and bounds and the heads of entities and events are decoded; the rest of an
 * entity or event when first read, and a sentence or its text when the engine reads it (src/store/view.ts).
 */
import type { SentenceSpan, SlotName, StoredDate } from './schema.ts';
import { SLOT_NAMES } from './schema.ts';

export type PackedArticle =
  | [id: string, published: string | null, chars: number, bounds: string]
  | [id: string, published: string | null, chars: number, bounds: string, filedFrom: [name: string, text: string]];

export interface PackedStore {
  readonly schema: number;
  /** CRC-32 (hex) of the file after its first line: a damaged record anywhere is found at load. */
  readonly check: string;
  readonly strings: readonly string[];
  readonly articles: readonly PackedArticle[];
  readonly entities: readonly string[];
  readonly events: readonly string[];
  readonly names: readonly string[];
  readonly nameEntities: string;
  readonly longestName: number;
  /** Empty when the reader keeps the texts as bytes (src/store/records.ts). */
  readonly texts: readonly string[];
  /** Empty when the reader keeps the records as bytes (src/store/records.ts). */
  readonly sentences: readonly string[];
}

/** Codes of the closed sets, by position: never reorder, only append (and bump the schema). */
export const SPAN_KINDS: ReadonlyArray<SentenceSpan['kind']> = [
  'date',
  'time',
  'quantity',
  'person',
  'organisation',
  'place',
  'other',
];
export const PRECISIONS: ReadonlyArray<StoredDate['precision']> = ['day', 'month', 'year', 'unresolved'];
export const ENTITY_KINDS = ['person', 'organisation', 'place', 'other'] as const;
export const PLACE_TYPES = ['venue', 'city', 'region', 'country'] as const;
export const SLOTS: readonly SlotName[] = SLOT_NAMES;

/** Bits of a span's flags. */
export const SPAN = { entity: 1, date: 2, value: 4, unit: 8, text: 16 } as const;
/** Bits of a date's flags: its own text (else the text of what it dates), iso, month, weekday. */
export const DATE = { text: 1, iso: 2, month: 4, weekday: 8 } as const;
/** Bits of a fact argument's flags. */
export const ARG = { entity: 1, text: 2 } as const;
/** Bits of a fact's flags. */
export const FACT = { negated: 1, passive: 2, planned: 4, agent: 8, object: 16 } as const;
/** Bits of a quote's flags. */
export const QUOTE = { speaker: 1, text: 2 } as const;
/** Bits of an entity's flags. */
export const ENTITY = { country: 1, placeType: 2 } as const;
/** Bits of a slot value's flags. */
export const VALUE = { entity: 1, date: 2 } as const;
