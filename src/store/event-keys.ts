import type { StoredEvent } from './schema.ts';

/**
 * What the event indexes (src/store/indexes.ts) file an event under. Worked out at extraction and
 * written at the head of the event's record, so that a store is indexed at load without decoding
 * its events: an event's slots and sources are decoded when an answer first reads them.
 */
export interface EventKeys {
  /** Every entity a slot of the event names, in slot order, once each. */
  readonly entities: readonly string[];
  /** The keys of its occasion values ("g20"). */
  readonly occasions: readonly string[];
  /** The keys of its ordinal values, as written ("2"). */
  readonly ordinals: readonly string[];
  /** The ISO date and month of each dated `when` value, in order. */
  readonly dates: ReadonlyArray<{ readonly iso: string | null; readonly month?: number }>;
  /** How many sentences it is drawn from: the best-sourced events are what help texts suggest. */
  readonly sources: number;
}

export function eventKeys(event: StoredEvent): EventKeys {
  const entities = new Set<string>();
  for (const values of Object.values(event.slots)) for (const v of values ?? []) if (v.entity) entities.add(v.entity);
  const dates: Array<{ iso: string | null; month?: number }> = [];
  for (const v of event.slots.when ?? []) {
    if (!v.date) continue;
    dates.push(v.date.month === undefined ? { iso: v.date.iso } : { iso: v.date.iso, month: v.date.month });
  }
  return {
    entities: [...entities],
    occasions: (event.slots.occasion ?? []).map((v) => v.key),
    ordinals: (event.slots.ordinal ?? []).map((v) => v.key),
    dates,
    sources: event.sources.length,
  };
}
