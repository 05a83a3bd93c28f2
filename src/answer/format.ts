import { isoParts, MONTHS, WEEKDAYS } from '../store/dates.ts';
import type { StoredDate } from '../store/schema.ts';

/** "Monday, July 16, 2018", "November 2017", "2017", or the words of an undated article as written. */
export function formatDate(date: StoredDate): string {
  if (!date.iso) return date.text;
  const { year, month, day } = isoParts(date.iso);
  if (date.precision === 'day' && month && day) {
    const weekday = new Date(Date.UTC(year!, month - 1, day)).getUTCDay();
    return `${WEEKDAYS[weekday]}, ${MONTHS[month - 1]} ${day}, ${year}`;
  }
  if (date.precision === 'month' && month) return `${MONTHS[month - 1]} ${year}`;
  return String(year);
}

const PRECISION_RANK: Record<StoredDate['precision'], number> = { day: 3, month: 2, year: 1, unresolved: 0 };

export function precisionRank(date: StoredDate): number {
  return PRECISION_RANK[date.precision];
}

/** "A", "A and B", "A, B and C". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** How precise the article is about a date, also when it is undated and gives only words ("in July": a month). */
export function statedPrecision(date: StoredDate): StoredDate['precision'] {
  if (date.iso) return date.precision;
  return date.month !== undefined && date.weekday === undefined && !/\d/.test(date.text) ? 'month' : date.precision;
}
