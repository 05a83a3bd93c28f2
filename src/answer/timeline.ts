import type { IndexedStore } from '../store/indexes.ts';
import type { SlotValue, StoredEvent } from '../store/schema.ts';
import { cite } from './citations.ts';
import { formatDate, precisionRank } from './format.ts';
import type { Citation } from './types.ts';

/** One known event as a timeline shows it (the terminal list, Slack's Home tab and `/events list`). */
export interface TimelineEntry {
  readonly id: string;
  readonly label: string;
  /** "Monday, July 16, 2018", the undated article's own words, or null when no date is stated. */
  readonly date: string | null;
  readonly place: string | null;
  /** How many articles tell of this event. */
  readonly articles: number;
  readonly citation: Citation | null;
}

/** Events in date order (undated last), each with its best date and first place. */
export function timelineOf(indexed: IndexedStore): TimelineEntry[] {
  return indexed.store.events
    .map((e) => ({ e, when: bestDate(e.slots.when ?? []) }))
    .sort(
      (a, b) => (a.when?.date?.iso ?? '9999').localeCompare(b.when?.date?.iso ?? '9999') || (a.e.id < b.e.id ? -1 : 1),
    )
    .map(({ e, when }) => {
      return {
        id: e.id,
        label: e.label,
        date: when?.date ? formatDate(when.date) : null,
        place: e.slots.where?.[0]?.text ?? null,
        articles: new Set(e.sources.map((s) => s.article)).size,
        citation: cite(indexed, e.sources[0]!),
      };
    });
}

/** Questions this store can answer, from its best-sourced events: what help texts and the Home tab suggest. */
export function exampleQuestions(indexed: IndexedStore, limit = 3): string[] {
  const top = mostSourced(indexed, 2);
  return top
    .flatMap((e) => [
      `When is the ${e.label}?`,
      e.slots.where ? `Who took part in the ${e.label}?` : `What happened in the ${e.label}?`,
    ])
    .slice(0, limit);
}

/** From the order the index keeps: sorting the events here would read (and decode) every one. */
export function mostSourced(indexed: IndexedStore, count: number): StoredEvent[] {
  return indexed.bySources.slice(0, count);
}

export function bestDate(values: readonly SlotValue[]): SlotValue | undefined {
  return [...values].filter((v) => v.date).sort((a, b) => precisionRank(b.date!) - precisionRank(a.date!))[0];
}
