import type { IndexedStore } from '../store/indexes.ts';
import { isoParts } from '../store/dates.ts';
import { samePlace } from '../store/places.ts';
import type { SlotName, StoredDate, StoredEvent } from '../store/schema.ts';
import type { Question } from '../understand/question.ts';
import type { QuestionDate } from '../understand/target.ts';
import { asksAboutPast } from '../understand/tense.ts';
import { precisionRank } from './format.ts';

export interface RankedEvent {
  readonly event: StoredEvent;
  readonly score: number;
}

/**
 * Events that fit the question's target, best first. Every person the question names must
 * take part, and a stated place, ordinal, date or kind must agree: an event that contradicts
 * the question is never offered as its answer.
 */
export function rankEvents(
  question: Question,
  indexed: IndexedStore,
  wantedSlot: SlotName | null,
  families: ReadonlyMap<string, string>,
): RankedEvent[] {
  if (question.focus !== undefined) {
    const focused = indexed.eventById.get(question.focus);
    return focused ? [{ event: focused, score: Number.MAX_SAFE_INTEGER }] : [];
  }
  const t = question.target;
  const people = t.entities.filter((id) => indexed.entities.get(id)?.kind === 'person');
  const places = t.entities.filter((id) => indexed.entities.get(id)?.kind === 'place');
  const orgs = t.entities.filter((id) => indexed.entities.get(id)?.kind === 'organisation');

  let pool: readonly StoredEvent[];
  const seeds = [
    ...t.entities.flatMap((id) => indexed.eventsByEntity.get(id) ?? []),
    ...t.occasions.flatMap((k) => indexed.eventsByOccasion.get(k) ?? []),
  ];
  const narrowed = t.kinds.length > 0 || t.ordinal !== null || t.date !== null || t.reportSlot !== null;
  // "the Mexican election" is also the one held in Morelia: a place asked about holds the events of its
  // cities, which its own name does not index.
  if (places.length > 0 && people.length === 0 && narrowed) seeds.push(...unnamedPool(t, indexed, families));
  if (seeds.length > 0) pool = [...new Set(seeds)];
  else if (narrowed) pool = unnamedPool(t, indexed, families);
  else return [];

  const pastQuestion = asksAboutPast(question.text);
  const topic = toldWith(t.topicEntities, indexed);
  const ranked: RankedEvent[] = [];
  for (const event of pool) {
    const { actors, upcoming } = indexed.eventFacts.get(event)!;
    if (!people.every((id) => actors.has(id))) continue;
    let score = people.length * 2;
    // "the news conference on the Lafayette crash": told of in an article that tells of the crash, best in the
    // same sentence.
    if (topic !== null) {
      if (!event.sources.some((s) => topic.articles.has(s.article))) continue;
      score += event.sources.some((s) => topic.sentences.has(sentenceKey(s))) ? 3 : 2;
    }
    const where = (event.slots.where ?? []).map((v) => v.entity ?? v.key);
    if (places.length > 0) {
      const inPlace = places.some((p) => where.some((w) => samePlace(p, w, indexed.entities)));
      const asActor = places.some((p) => actors.has(p));
      if (!inPlace && !asActor) continue;
      score += 3;
    }
    score += orgs.filter((o) => actors.has(o)).length;
    if (t.families.length > 0) {
      const family = families.get(event.kind) ?? event.kind;
      if (!t.families.includes(family)) continue;
      if (!kindFits(t.kinds, event.kind, family)) continue;
      score += t.kinds.includes(event.kind) ? 2 : 1;
    }
    const ordinals = new Set((event.slots.ordinal ?? []).map((v) => Number(v.key)));
    if (t.ordinal !== null) {
      if (!ordinals.has(t.ordinal)) continue;
      score += 4;
    }
    if (t.date) {
      const dates = (event.slots.when ?? []).map((v) => v.date).filter((d): d is StoredDate => !!d);
      if (!dates.some((d) => dateMatches(t.date!, d))) continue;
      score += 3;
    }
    const occasions = new Set((event.slots.occasion ?? []).map((v) => v.key));
    if (t.occasions.some((o) => occasions.has(o))) score += 2;
    if (t.reportSlot && (event.slots[t.reportSlot]?.length ?? 0) > 0) score += 1;
    if (wantedSlot) {
      const values = event.slots[wantedSlot] ?? [];
      if (values.length > 0) score += 0.5 + 0.1 * Math.max(...values.map((v) => (v.date ? precisionRank(v.date) : 0)));
    }
    if (upcoming) score += pastQuestion ? -0.5 : 1;
    score += Math.min(event.sources.length, 20) * 0.01;
    if (score > 0) ranked.push({ event, score });
  }
  ranked.sort((a, b) => b.score - a.score || (a.event.id < b.event.id ? -1 : 1));
  // The words that describe it ("presidential"): the names have been weighed above. Each as its lemma or as
  // written: a sentence's capitalised first word, tagged a proper noun, is stored unlemmatised ("Nurses …").
  const described = question.tokens
    .filter((w) => !w.stop && /^\p{Ll}/u.test(w.text))
    .map((w) => [w.lemma, w.normal] as const);
  return breakTopTie(ranked, described, indexed);
}

const sentenceKey = (s: { readonly article: string; readonly start: number }): string => `${s.article}:${s.start}`;

/** The sentences and articles telling of the events of any of these entities; null when there are none to look for. */
function toldWith(
  entities: readonly string[],
  indexed: IndexedStore,
): { readonly sentences: ReadonlySet<string>; readonly articles: ReadonlySet<string> } | null {
  if (entities.length === 0) return null;
  const sentences = new Set<string>();
  const articles = new Set<string>();
  for (const id of entities)
    for (const event of indexed.eventsByEntity.get(id) ?? [])
      for (const s of event.sources) {
        sentences.add(sentenceKey(s));
        articles.add(s.article);
      }
  return { sentences, articles };
}

/**
 * Events that fit the question equally well ("the 2020 Indonesian presidential election" and a parliamentary one
 * of the same country and year), ordered by how many of the question's describing words the sentences telling of
 * them use: the first would otherwise be whichever id sorts first.
 */
function breakTopTie(
  ranked: RankedEvent[],
  terms: ReadonlyArray<readonly [lemma: string, written: string]>,
  indexed: IndexedStore,
): RankedEvent[] {
  const top = ranked[0]?.score;
  let tied = 0;
  while (tied < ranked.length && ranked[tied]!.score === top) tied += 1;
  if (tied < 2) return ranked;
  const wordsUsed = (event: StoredEvent): number => {
    const said = new Set<string>();
    for (const s of event.sources)
      for (const term of indexed.sentenceAt(s.article, s.start)?.terms ?? []) said.add(term);
    return terms.filter(([lemma, written]) => said.has(lemma) || said.has(written)).length;
  };
  const used = new Map(ranked.slice(0, tied).map((r) => [r, wordsUsed(r.event)]));
  const head = ranked.slice(0, tied).sort((a, b) => used.get(b)! - used.get(a)!);
  return [...head, ...ranked.slice(tied)];
}

/**
 * Whether an event's kind can be the one a question names. A family holds a general kind and the
 * kinds it includes (a summit is a meeting: family "meeting") or only sibling kinds (an earthquake is
 * not a storm: family "disaster", which is no kind): the kind asked, the family's general kind, or
 * any kind of the family when the question asks for the general one. A question's families are those
 * of the kinds it names, so `asked` is never empty here.
 */
function kindFits(asked: readonly string[], kind: string, family: string): boolean {
  return asked.includes(kind) || kind === family || asked.includes(family);
}

/**
 * Candidates for a question that names no one and no occasion. The kind family, the ordinal and the
 * date are hard filters below, so the events of those kinds, with that ordinal, or with a date that
 * can match (see dateMatches: a date missing the year or month asked about is not ruled out) hold
 * every possible answer: the smallest such list is scanned instead of the whole store.
 */
function unnamedPool(
  t: Question['target'],
  indexed: IndexedStore,
  families: ReadonlyMap<string, string>,
): readonly StoredEvent[] {
  const lists: Array<readonly StoredEvent[]> = [];
  if (t.families.length > 0) {
    const ofFamily: StoredEvent[] = [];
    for (const [kind, events] of indexed.eventsByKind)
      if (t.families.includes(families.get(kind) ?? kind)) for (const e of events) ofFamily.push(e);
    lists.push(ofFamily);
  }
  if (t.ordinal !== null) lists.push(indexed.eventsByOrdinal.get(t.ordinal) ?? []);
  // An event can have dates under both keys; each must be ranked once.
  const either = (a: readonly StoredEvent[] = [], b: readonly StoredEvent[] = []): StoredEvent[] => [
    ...new Set([...a, ...b]),
  ];
  if (t.date?.year !== undefined)
    lists.push(either(indexed.eventsByYear.get(t.date.year), indexed.eventsByYear.get(null)));
  else if (t.date?.month !== undefined)
    lists.push(either(indexed.eventsByMonth.get(t.date.month), indexed.eventsByMonth.get(null)));
  if (lists.length === 0) return indexed.store.events;
  return lists.reduce((a, b) => (b.length < a.length ? b : a));
}

function dateMatches(q: QuestionDate, d: StoredDate): boolean {
  const { year: y, month: m, day } = isoParts(d.iso);
  if (q.year !== undefined && y !== undefined && q.year !== y) return false;
  const month = m ?? d.month;
  if (q.month !== undefined && month !== undefined && q.month !== month) return false;
  if (q.day !== undefined && day !== undefined && q.day !== day) return false;
  if (q.weekday !== undefined && d.weekday !== undefined && q.weekday !== d.weekday) return false;
  if (q.month !== undefined && month === undefined && d.precision !== 'year') return false;
  return true;
}
