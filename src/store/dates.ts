/** English month names, January first: one list for every surface and test that writes dates. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Weekday names, Sunday first (as `Date.getUTCDay` counts). */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The numbers a stored ISO date states; a shorter date ("2018-07", "2018") leaves the finer ones out. */
export interface IsoParts {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
}

/** Reads "YYYY-MM-DD", "YYYY-MM" or "YYYY"; a date the article left unresolved (null) states nothing. */
export function isoParts(iso: string | null): IsoParts {
  if (!iso) return {};
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}
