import * as chrono from 'chrono-node';
import type { Token, TokenEntity } from '../nlp/analyse.ts';
import { MONTHS } from '../store/dates.ts';
import { numberValue } from './clause-facts.ts';
import type { StoredDate } from '../store/schema.ts';
import type { Knowledge } from './knowledge.ts';

export type DatePrecision = 'day' | 'month' | 'year' | 'unresolved';

/** A date as written and, when the article's own date allows, resolved to a calendar value. */
export interface DateValue {
  /** The expression as written in the sentence. */
  readonly text: string;
  readonly precision: DatePrecision;
  /** YYYY-MM-DD, YYYY-MM or YYYY by precision; null when it cannot be resolved (undated article). */
  readonly iso: string | null;
  /** Components known even when unresolved: month 1–12, weekday 0 (Sunday)–6. */
  readonly month?: number;
  readonly weekday?: number;
}

export interface DateMention {
  readonly value: DateValue;
  /** Inclusive token range within the sentence. */
  readonly first: number;
  readonly last: number;
}

/** A date as the store keeps it: the components a mention left unknown are left out. */
export function storedDate(value: DateValue): StoredDate {
  return {
    text: value.text,
    precision: value.precision,
    iso: value.iso,
    ...(value.month ? { month: value.month } : {}),
    ...(value.weekday !== undefined ? { weekday: value.weekday } : {}),
  };
}

export type Tense = 'past' | 'present' | 'future';

const MONTH_NAMES = new Set(MONTHS.map((m) => m.toLowerCase()));
const JOINERS = new Set([',', 'in', 'of', 'the', 'at', 'on']);
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'before', 'after', 'during', 'of']);
// Words wink tags as dates that name no point in time of the story.
const NOT_A_DATE = /^(?:now|right now|currently|at present|nowadays|recently|these days)$/i;
const RELATIVE_YEAR: Record<string, number> = { last: -1, previous: -1, past: -1, this: 0, next: 1, coming: 1 };
/** "66 years ago", "about a decade ago": how many (a numeral or a word) and of what. */
const YEARS_AGO = new RegExp(
  '^(?:some\\s+|about\\s+|nearly\\s+|almost\\s+|more than\\s+)?' +
    '(\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(years?|decades?)\\s+ago$',
  'i',
);

/**
 * Finds the date expressions of a sentence (wink DATE entities, joined with adjacent TIME and
 * DATE pieces such as "Thursday, June 28" or "last year in November") and resolves each
 * against the article's publication date.
 */
export function findDates(
  tokens: readonly Token[],
  entities: readonly TokenEntity[],
  published: string | null,
  knowledge: Knowledge,
): DateMention[] {
  const pieces = entities
    .filter((e) => !e.custom && (e.type === 'DATE' || e.type === 'TIME'))
    .sort((a, b) => a.first - b.first);
  const groups: Array<{ first: number; last: number; hasDate: boolean }> = [];
  for (const piece of pieces) {
    const previous = groups[groups.length - 1];
    if (previous && onlyJoinersBetween(tokens, previous.last, piece.first)) {
      previous.last = piece.last;
      previous.hasDate ||= piece.type === 'DATE';
    } else {
      groups.push({ first: piece.first, last: piece.last, hasDate: piece.type === 'DATE' });
    }
  }
  const mentions: DateMention[] = [];
  for (const g of groups) {
    if (!g.hasDate) continue;
    const spokenDay = dayInWords(tokens, g.last);
    if (spokenDay !== null) g.last += 1;
    const written = tokens
      .slice(g.first, g.last + 1)
      .map((t, i) => (i === 0 ? '' : t.space) + t.text)
      .join('');
    // chrono reads digits: "September seven" is read as "September 7".
    const text = spokenDay === null ? written : written.replace(/\S+$/, String(spokenDay));
    // "as early as Monday", "as soon as Friday": a journalist points forward, whatever the verb's tense.
    const before = tokens
      .slice(Math.max(0, g.first - 3), g.first)
      .map((t) => t.normal)
      .join(' ');
    const forward = /\b(?:as early as|as soon as|no later than|starting)$/.test(before);
    const read = resolveDate(text, published, forward ? 'future' : tenseAt(tokens, g.first, knowledge));
    // Kept as written: "September seven".
    const value =
      read && spokenDay !== null ? { ...read, text: read.text.replace(/\S+$/, tokens[g.last]!.text) } : read;
    if (value) mentions.push({ value, first: g.first, last: g.last });
  }
  // A bare year after a preposition of time ("since 2018", "until 2030") that wink does not tag as a date.
  tokens.forEach((t, i) => {
    if (!/^(?:1[5-9]|20)\d\d$/.test(t.text) || !YEAR_PREPOSITIONS.has(tokens[i - 1]?.normal ?? '')) return;
    if (mentions.some((m) => i >= m.first && i <= m.last)) return;
    mentions.push({ value: { text: t.text, precision: 'year', iso: t.text }, first: i, last: i });
  });
  return mentions.sort((a, b) => a.first - b.first);
}

/**
 * "on September seven": a day of the month in words right after a month name (as a transcript or a
 * spoken-style report writes it), or null.
 */
function dayInWords(tokens: readonly Token[], last: number): number | null {
  const month = tokens[last];
  const next = tokens[last + 1];
  if (!month || !next || !MONTH_NAMES.has(month.normal) || !/^\p{L}+(?:-\p{L}+)?$/u.test(next.text)) return null;
  // "In March two people died": a number that counts the noun after it is no day.
  const after = tokens[last + 2];
  if (after && /^(?:NOUN|PROPN|ADJ|NUM|PRON)$/.test(after.pos)) return null;
  const day = numberValue(next.text);
  return day !== null && Number.isInteger(day) && day >= 1 && day <= 31 ? day : null;
}

function onlyJoinersBetween(tokens: readonly Token[], last: number, next: number): boolean {
  for (let i = last + 1; i < next; i += 1) if (!JOINERS.has(tokens[i]?.normal ?? '')) return false;
  return next - last <= 3;
}

const resolved = new Map<string, DateValue | null>();
/** Enough for the distinct expressions of a large corpus; past it the memo starts again, bounding memory. */
const RESOLVED_LIMIT = 50_000;

/**
 * Resolves one date expression; null when it is not a date at all ("now"). Remembered by expression,
 * article date and tense: news repeats its date phrases ("on Thursday", "last year"), and chrono's
 * parse was a sixth of extraction.
 */
export function resolveDate(text: string, published: string | null, tense: Tense): DateValue | null {
  const key = `${published}\u0000${tense}\u0000${text}`;
  const known = resolved.get(key);
  if (known !== undefined) return known;
  if (resolved.size >= RESOLVED_LIMIT) resolved.clear();
  const value = readDate(text, published, tense);
  resolved.set(key, value);
  return value;
}

function readDate(text: string, published: string | null, tense: Tense): DateValue | null {
  const clean = text.replace(/^(?:on|in|at|the|back in)\s+/i, '').trim();
  const ref = published ? new Date(`${published}T12:00:00Z`) : null;
  // chrono reads a bare year ("2017") as nothing at all, so years are taken first.
  if (/^\d{4}$/.test(clean)) return { text: clean, precision: 'year', iso: clean };

  // Any fixed reference works for reading which components are stated; none is trusted for the year.
  if (NOT_A_DATE.test(clean)) return null;
  // "66 years ago", "a decade ago": a year counted back from the article's date.
  const yearsAgo = YEARS_AGO.exec(clean);
  if (yearsAgo) {
    if (!ref) return { text: clean, precision: 'unresolved', iso: null };
    const count = /^\d+$/.test(yearsAgo[1]!) ? Number(yearsAgo[1]) : (numberValue(yearsAgo[1]!) ?? 1);
    const years = /^decade/i.test(yearsAgo[2]!) ? count * 10 : count;
    return { text: clean, precision: 'year', iso: String(ref.getUTCFullYear() - years) };
  }
  // "next week", "this weekend", "later this month": a span, not a day; kept as written, never a guessed date.
  if (/\b(?:week|weekend|fortnight)\b/i.test(clean) || /^(?:later|earlier) this (?:month|year)$/i.test(clean))
    return { text: clean, precision: 'unresolved', iso: null };
  // "next Monday" / "last Friday": the words say the direction, whatever the verb's tense.
  if (/\b(?:next|coming|upcoming)\b/i.test(clean)) tense = 'future';
  else if (/\b(?:last|past|previous)\b/i.test(clean) && !/\byear\b/i.test(clean)) tense = 'past';
  // chrono splits "last year in November" into two results: read each stated component from any of them.
  const results = chrono.parse(clean, ref ?? new Date(Date.UTC(2000, 0, 1, 12)));
  const parsed = results[0];
  const stated = (component: 'month' | 'day' | 'weekday'): number | undefined => {
    for (const r of results) if (r.start.isCertain(component)) return r.start.get(component) ?? undefined;
    return undefined;
  };
  const relativeYear = /\b(last|previous|past|this|next|coming)\s+year\b/i.exec(clean);
  const explicitYear = /\b(1[6-9]\d\d|2\d\d\d)\b/.exec(clean);

  const month = stated('month');
  const day = stated('day');
  const weekday = stated('weekday');
  const base = {
    text: clean,
    ...(month !== undefined ? { month } : {}),
    ...(weekday !== undefined ? { weekday } : {}),
  };

  let year: number | undefined;
  if (explicitYear) year = Number(explicitYear[1]);
  else if (relativeYear && ref) year = ref.getUTCFullYear() + (RELATIVE_YEAR[relativeYear[1]!.toLowerCase()] ?? 0);

  if (relativeYear && month === undefined && day === undefined) {
    return year !== undefined
      ? { ...base, precision: 'year', iso: String(year) }
      : { ...base, precision: 'unresolved', iso: null };
  }
  if (!parsed && year === undefined) return null;

  if (month !== undefined && day !== undefined) {
    if (year === undefined && ref) year = results.find((r) => r.start.isCertain('day'))?.start.get('year') ?? undefined;
    if (year === undefined) return { ...base, precision: 'unresolved', iso: null };
    return { ...base, precision: 'day', iso: isoDay(year, month, day), weekday: weekdayOf(year, month, day) };
  }
  if (month !== undefined) {
    if (year === undefined && ref) year = yearOfMonth(month, ref, tense);
    if (year === undefined) return { ...base, precision: 'unresolved', iso: null };
    return { ...base, precision: 'month', iso: `${year}-${pad(month)}` };
  }
  if (weekday !== undefined) {
    if (!ref) return { ...base, precision: 'unresolved', iso: null };
    const date = nearestWeekday(ref, weekday, tense);
    return { ...base, precision: 'day', iso: date.toISOString().slice(0, 10) };
  }
  if (year !== undefined) return { ...base, precision: 'year', iso: String(year) };
  if (parsed && ref && parsed.start.isCertain('day')) {
    // Relative days ("yesterday", "today") that chrono resolved against the article date.
    const d = parsed.start.date();
    return { ...base, precision: 'day', iso: d.toISOString().slice(0, 10) };
  }
  return null;
}

function yearOfMonth(month: number, ref: Date, tense: Tense): number {
  const refYear = ref.getUTCFullYear();
  const refMonth = ref.getUTCMonth() + 1;
  if (tense === 'past' && month > refMonth) return refYear - 1;
  if (tense === 'future' && month < refMonth) return refYear + 1;
  return refYear;
}

/** The stated weekday nearest the article date in the direction of the verb's tense. */
function nearestWeekday(ref: Date, weekday: number, tense: Tense): Date {
  const refDay = ref.getUTCDay();
  const offset = tense === 'future' ? (weekday - refDay + 7) % 7 || 7 : -((refDay - weekday + 7) % 7);
  return new Date(ref.getTime() + offset * 86_400_000);
}

/**
 * The tense of the verb group nearest before `index` (or after, when none precedes it),
 * which decides whether "on Thursday" or "in July" points back or forward from the article date.
 */
function tenseAt(tokens: readonly Token[], index: number, knowledge: Knowledge): Tense {
  let verb = -1;
  for (let i = index - 1; i >= 0 && verb < 0; i -= 1) if (isVerbal(tokens[i])) verb = i;
  for (let i = index + 1; i < tokens.length && verb < 0; i += 1) if (isVerbal(tokens[i])) verb = i;
  if (verb < 0) return 'present';
  let a = verb;
  let b = verb;
  while (a > 0 && isVerbGroup(tokens[a - 1])) a -= 1;
  while (b < tokens.length - 1 && isVerbGroup(tokens[b + 1])) b += 1;
  const group = tokens.slice(a, b + 1);
  if (group.some((t) => knowledge.futureMarkers.has(t.normal))) return 'future';
  if (group.some((t) => knowledge.pastMarkers.has(t.normal) || (t.pos === 'VERB' && /ed$/.test(t.normal))))
    return 'past';
  if (group.some((t) => t.pos === 'VERB' && t.lemma !== t.normal && !/(s|ing)$/.test(t.normal))) return 'past';
  return 'present';
}

function isVerbal(t: Token | undefined): boolean {
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX');
}

function isVerbGroup(t: Token | undefined): boolean {
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'ADV');
}

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const weekdayOf = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
