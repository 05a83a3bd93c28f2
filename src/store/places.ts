import type { Entity } from './schema.ts';

/** What place agreement reads of an entity: its name and, for a place, its country. */
export type PlaceNames = Pick<Entity, 'name' | 'country'>;

/**
 * The same place, or one place at two grains: a city (or region) and its country, either way round.
 * Ids are looked up in whatever map the caller holds (extraction's places, the answer path's entities),
 * so merging events and matching a question's place agree on what "the same place" means.
 */
export function samePlace(a: string, b: string, places: ReadonlyMap<string, PlaceNames>): boolean {
  if (a === b) return true;
  const pa = places.get(a);
  const pb = places.get(b);
  return !!pa && !!pb && (isIn(pa, pb) || isIn(pb, pa));
}

/** The same place, or the first a city (or region) of the second, a country: never the other way round. */
export function placeWithin(inner: string, outer: string, places: ReadonlyMap<string, PlaceNames>): boolean {
  if (inner === outer) return true;
  const pi = places.get(inner);
  const po = places.get(outer);
  return !!pi && !!po && isIn(pi, po);
}

function isIn(inner: PlaceNames, outer: PlaceNames): boolean {
  return inner.country !== undefined && inner.country === outer.name;
}
