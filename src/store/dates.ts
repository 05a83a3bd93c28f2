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
