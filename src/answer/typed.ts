import type { IndexedStore } from '../store/indexes.ts';
import type { FineType } from '../understand/answer-type.ts';
import type { Question } from '../understand/question.ts';
import type { ReadKind } from './types.ts';

/** The bare value and fine type of an answer, or null when what was found is not the kind asked for. */
export function typedValue(
  q: Question,
  found: {
    readonly value?: string;
    readonly type?: ReadKind;
    readonly valueEntity?: string;
    readonly precision?: string;
  },
  indexed: IndexedStore,
): { value: string; type: FineType } | null {
  const value = found.value;
  if (value === undefined || !found.type) return null;
  switch (found.type) {
    case 'date':
      // Words of an undated article ("July") keep the precision they were read with.
      if (!/^\d{4}/.test(value) && (found.precision === 'month' || found.precision === 'year'))
        return { value, type: found.precision };
      return typedDate(q.fine, value);
    case 'place':
      return typedPlace(q.fine, value, found.valueEntity ? indexed.entities.get(found.valueEntity) : undefined);
    case 'actor':
    case 'person':
    case 'organisation': {
      const entity = found.valueEntity ? indexed.entities.get(found.valueEntity) : undefined;
      // A name typed a person on no better evidence than its shape (no role is known for it) is an
      // organisation when the question asks for one ("which newspaper …").
      const weakPerson = entity?.kind === 'person' && entity.roles.length === 0 && q.fine === 'organisation';
      const kind = weakPerson
        ? 'organisation'
        : entity?.kind === 'person' || entity?.kind === 'organisation'
          ? entity.kind
          : found.type === 'actor'
            ? q.fine === 'organisation'
              ? 'organisation'
              : 'person'
            : found.type;
      return { value, type: kind };
    }
    case 'description':
    case 'list':
      return { value, type: q.fine === 'topic' ? 'topic' : 'other' };
    default:
      return { value, type: found.type };
  }
}

/** "What year …" is answered by the year of a date, "what month" by its month; a day by its ISO date. */
function typedDate(fine: FineType, iso: string): { value: string; type: FineType } | null {
  if (fine === 'time') return { value: iso, type: 'time' };
  if (fine === 'year') return /^\d{4}/.test(iso) ? { value: iso.slice(0, 4), type: 'year' } : null;
  if (fine === 'month') return /^\d{4}-\d{2}/.test(iso) ? { value: iso.slice(0, 7), type: 'month' } : null;
  // "When …" answered as precisely as the article says: a day, a month or a year.
  if (/^\d{4}-\d{2}$/.test(iso)) return { value: iso, type: 'month' };
  if (/^\d{4}$/.test(iso)) return { value: iso, type: 'year' };
  return { value: iso, type: 'date' };
}

/** A city is never the answer where a country is asked, nor the reverse. */
function typedPlace(
  fine: FineType,
  value: string,
  entity: { placeType?: string; country?: string; name: string } | undefined,
): { value: string; type: FineType } | null {
  if (fine === 'country') {
    if (!entity) return null;
    if (entity.placeType === 'country') return { value: entity.name, type: 'country' };
    return entity.country ? { value: entity.country, type: 'country' } : null;
  }
  if (fine === 'city')
    return entity &&
      (entity.placeType === 'city' ||
        (entity.placeType === undefined && entity.country !== undefined && entity.country !== entity.name))
      ? { value, type: 'city' }
      : null;
  // "Where …" is answered by whatever place the article gives; the type says which kind it is.
  const kind = entity?.placeType === 'city' || entity?.placeType === 'country' ? entity.placeType : 'place';
  return { value, type: kind };
}
