import {
  sameSource,
  type Conflict,
  type Entity,
  type SlotName,
  type SlotValue,
  type Source,
  type StoredDate,
  type StoredEvent,
} from '../store/schema.ts';
import { samePlace } from '../store/places.ts';
import { storedDate, type DateMention } from './dates.ts';
import type { EntityRegistry } from './entities.ts';
import { slug } from '../store/ids.ts';
import { phraseKey, type EventKindDef, type Knowledge } from './knowledge.ts';
import type { Actor } from './actors.ts';
import type { EventMention, ReportMention, SentenceFacts } from './mentions.ts';

/** An event as it is being assembled from the mentions of one article, then of the corpus. */
interface Draft {
  kind: EventKindDef;
  /** Position of the kind in the knowledge list: lower is more specific ("summit" before "meeting"). */
  rank: number;
  slots: Map<SlotName, SlotValue[]>;
  sources: Source[];
}

export interface ReadSentence {
  readonly source: Source;
  readonly facts: SentenceFacts;
  /** A photo caption or a heading: told in passing, never over what the body says. */
  readonly caption?: boolean;
}

/**
 * Turns the mentions of one article, in reading order, into its events. A mention joins an
 * earlier event when it points back to it ("the meeting", "this summit" → the article's first
 * event, its focus), shares its ordinal, place or date, or comes from the same sentence;
 * otherwise it starts a new event. Reports with no event of their own go to the focus.
 */
export function eventsOfArticle(
  sentences: readonly ReadSentence[],
  registry: EntityRegistry,
  knowledge: Knowledge,
): Draft[] {
  const places = placeIndex(registry.entities);
  const events: Draft[] = [];
  let focus: Draft | null = null;
  for (const { source, facts } of sentences) {
    const inSentence: Draft[] = [];
    for (const m of facts.events) {
      // By name, not by identity: mentions read on a worker thread hold copies of the knowledge's kinds.
      const draft = draftOf(
        m,
        source,
        registry,
        knowledge.eventKinds.findIndex((k) => k.kind === m.kind.kind),
      );
      for (const t of m.topics) addTopic(draft, t, source, knowledge);
      let target: Draft | undefined =
        inSentence.find((d) => compatible(d, draft, places) && d.kind.family === draft.kind.family) ??
        (m.anaphoric && focus && compatible(focus, draft, places) ? focus : undefined) ??
        best(events, draft, places);
      if (!target && m.anaphoric) target = [...events].reverse().find((e) => compatible(e, draft, places));
      if (m.groupReference && keysOf(draft, 'participants').size === 0) {
        const from = target ?? focus;
        for (const v of from?.slots.get('participants') ?? []) add(draft, 'participants', { ...v, source });
      }
      if (target) absorb(target, draft);
      else if (isSubstantial(draft) || !focus) {
        events.push(draft);
        target = draft;
      }
      if (!target) continue;
      focus ??= target;
      if (!inSentence.includes(target)) inSentence.push(target);
      for (const r of m.reports) addReport(target, r, source, registry);
    }
    const host = inSentence[0] ?? focus;
    if (!host) continue;
    // A bare "X said" is too weak to tie to the focus; announcements and confirmations are not.
    for (const r of facts.reports)
      if (r.slot !== 'statedBy' || inSentence.length > 0) addReport(host, r, source, registry);
    if (facts.events.length === 0) for (const t of facts.topics) addTopic(host, t, source, knowledge);
  }
  return bodyOverCaptions(events, sentences);
}

/**
 * A caption's or heading's value stands only where the body gives none or agrees: "Leaders pose ahead
 * of the banquet in London" does not put a summit the body places elsewhere in London.
 */
function bodyOverCaptions(events: Draft[], sentences: readonly ReadSentence[]): Draft[] {
  const captions = new Set(sentences.filter((s) => s.caption).map((s) => s.source.start));
  if (captions.size === 0) return events;
  const captionOnly = (e: Draft): boolean => e.sources.every((s) => captions.has(s.start));
  // An event only a caption tells, of a kind the body tells too, is the body's event told loosely.
  const told = new Set(events.filter((e) => !captionOnly(e)).map((e) => e.kind.family));
  events = events.filter((e) => !captionOnly(e) || !told.has(e.kind.family));
  for (const event of events)
    for (const [slot, values] of event.slots) {
      const body = new Set(values.filter((v) => !captions.has(v.source.start)).map((v) => v.key));
      if (body.size === 0) continue;
      const kept = values.filter((v) => !captions.has(v.source.start) || body.has(v.key));
      if (kept.length < values.length) event.slots.set(slot, kept);
    }
  return events;
}

/** Evidence two articles' events need to be taken for one (see `evidence`). */
const MERGE_THRESHOLD = 3;

/** Merges the events of all articles: the same event told by several articles becomes one. */
export function mergeArticles(perArticle: readonly Draft[][], registry: EntityRegistry): StoredEvent[] {
  const places = placeIndex(registry.entities);
  const merged: Draft[] = [];
  // Only drafts that share some evidence with a new one can reach the merge threshold, so the
  // candidates come from an index of that evidence instead of a scan of every event so far.
  const index = new EvidenceIndex(places);
  for (const drafts of perArticle) {
    const before = merged.length;
    for (const d of drafts) {
      // Across articles a family is not enough: one story's storm and another's earthquake in the same
      // country and year are two disasters. A kind meets itself or its family's general kind (a summit is
      // a meeting). Within one article the family is: its storm and the flooding it caused are one event.
      const candidates = index
        .candidates(d, before)
        .map((i) => merged[i]!)
        .filter((c) => kindsFit(c.kind, d.kind));
      const target = best(candidates, d, places, MERGE_THRESHOLD);
      if (target) {
        absorb(target, d);
        index.add(target, index.positionOf(target));
      } else {
        merged.push(d);
        index.add(d, merged.length - 1);
      }
    }
  }
  return merged
    .map((d) => finish(d, places))
    .sort(byFirstSource)
    .map((e, i) => ({ ...e, id: `e${i + 1}-${e.id}` }));
}

function kindsFit(a: EventKindDef, b: EventKindDef): boolean {
  return a.kind === b.kind || a.kind === a.family || b.kind === b.family;
}

/**
 * Merge candidates by the evidence `evidence()` scores, per family (drafts of different families
 * are never compatible). No single kind of evidence scores more than 2, so reaching the threshold
 * of 3 takes two kinds: a draft is filed under every pair of its evidence keys (ordinal, occasion,
 * place, resolved date, unresolved date) and under each named participant. A draft with named
 * participants is only compatible with drafts that share one or name none, so it looks at the
 * drafts of its participants and at the pairs of drafts that named nobody when filed.
 */
class EvidenceIndex {
  private readonly lists = new Map<string, number[]>();
  private readonly filed = new Map<number, Set<string>>();
  private readonly positions = new Map<Draft, number>();
  /** Drafts whose dates have an unexpected shape: always candidates. */
  private readonly odd: number[] = [];

  constructor(private readonly places: PlaceIndex) {}

  positionOf(d: Draft): number {
    return this.positions.get(d)!;
  }

  /** Positions (below `limit`, ascending) of every draft that could score the threshold with `d`. */
  candidates(d: Draft, limit: number): number[] {
    const found = new Set<number>();
    const take = (key: string): void => {
      for (const i of this.lists.get(key) ?? []) if (i < limit) found.add(i);
    };
    const keys = this.keys(d, 'query');
    if (!keys) {
      for (let i = 0; i < limit; i += 1) found.add(i);
    } else if (keys.participants.length > 0) {
      for (const p of keys.participants) take(p);
      for (const pair of keys.pairs) take(`np\u0002${pair}`);
    } else {
      for (const pair of keys.pairs) take(`all\u0002${pair}`);
    }
    for (const i of this.odd) if (i < limit) found.add(i);
    return [...found].sort((a, b) => a - b);
  }

  add(d: Draft, position: number): void {
    this.positions.set(d, position);
    let known = this.filed.get(position);
    if (!known) this.filed.set(position, (known = new Set()));
    const file = (key: string): void => {
      if (known.has(key)) return;
      known.add(key);
      const list = this.lists.get(key) ?? [];
      list.push(position);
      this.lists.set(key, list);
    };
    const keys = this.keys(d, 'own');
    if (!keys) {
      if (!known.has('odd')) {
        known.add('odd');
        this.odd.push(position);
      }
      return;
    }
    for (const p of keys.participants) file(p);
    for (const pair of keys.pairs) {
      file(`all\u0002${pair}`);
      if (keys.participants.length === 0) file(`np\u0002${pair}`);
    }
  }

  /**
   * The evidence keys of a draft, as filed (`own`) or as looked up (`query`): the two differ for
   * places (a city meets its country) and dates (a day meets its month and year). Null when a
   * date has a shape the keys do not cover.
   */
  private keys(d: Draft, side: 'own' | 'query'): { participants: string[]; pairs: string[] } | null {
    const f = d.kind.family;
    const ordinals = (d.slots.get('ordinal') ?? []).map((v) => `o:${v.key}`);
    const occasions = (d.slots.get('occasion') ?? []).map((v) => `c:${v.key}`);
    const where: string[] = [];
    for (const v of d.slots.get('where') ?? []) {
      where.push(`w:${v.key}`);
      const p = this.places.byId.get(v.key);
      if (!p) continue;
      // samePlace: the same place, or a city and its country either way round.
      if (side === 'own') {
        where.push(`wn:${p.name}`);
        if (p.country !== undefined) where.push(`wc:${p.country}`);
      } else {
        where.push(`wc:${p.name}`);
        if (p.country !== undefined) where.push(`wn:${p.country}`);
      }
    }
    const dates: string[] = [];
    const unresolved: string[] = [];
    for (const v of d.slots.get('when') ?? []) {
      if (!v.date) continue;
      const iso = v.date.iso;
      if (!iso) {
        unresolved.push(`u:${v.key}`);
        continue;
      }
      // datesAgree: one ISO value is a prefix of the other.
      const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
      if (!m) return null;
      const year = m[1]!;
      const month = m[2] ? `${year}-${m[2]}` : null;
      if (m[3])
        dates.push(
          ...(side === 'own' ? [`d:${iso}`, `md:${month}`, `yd:${year}`] : [`d:${iso}`, `m:${month}`, `y:${year}`]),
        );
      else if (month)
        dates.push(...(side === 'own' ? [`m:${month}`, `yd:${year}`] : [`md:${month}`, `m:${month}`, `y:${year}`]));
      else dates.push(...(side === 'own' ? [`y:${year}`] : [`yd:${year}`, `y:${year}`]));
    }
    const kinds = [ordinals, occasions, where, dates, unresolved].map((list) => [...new Set(list)]);
    const pairs: string[] = [];
    for (let i = 0; i < kinds.length; i += 1) {
      for (let j = i + 1; j < kinds.length; j += 1)
        for (const a of kinds[i]!) for (const b of kinds[j]!) pairs.push(`${f}\u0000${a}\u0001${b}`);
    }
    const participants = [
      ...new Set(
        (d.slots.get('participants') ?? [])
          .filter((v) => !v.key.startsWith('group:'))
          .map((v) => `${f}\u0000p:${v.key}`),
      ),
    ];
    return { participants, pairs };
  }
}

function draftOf(m: EventMention, source: Source, registry: EntityRegistry, rank: number): Draft {
  const d: Draft = { kind: m.kind, rank, slots: new Map(), sources: [source] };
  for (const a of m.participants) addActor(d, 'participants', a, source, registry);
  for (const a of m.agents) addActor(d, 'agents', a, source, registry);
  for (const a of m.patients) addActor(d, 'patients', a, source, registry);
  for (const p of m.places) {
    const e = registry.resolve(source, p);
    if (e) add(d, 'where', { key: e.id, text: e.name, entity: e.id, source });
  }
  for (const date of m.dates) add(d, 'when', dateValue(date, source));
  if (m.ordinal !== null) add(d, 'ordinal', { key: String(m.ordinal), text: String(m.ordinal), source });
  if (m.occasion) add(d, 'occasion', { key: phraseKey(m.occasion), text: m.occasion, source });
  return d;
}

function dateValue(date: DateMention, source: Source): SlotValue {
  const v = date.value;
  return { key: v.iso ?? `text:${phraseKey(v.text)}`, text: v.text, date: storedDate(v), source };
}

function addActor(d: Draft, slot: SlotName, a: Actor, source: Source, registry: EntityRegistry): void {
  const e = a.mention ? registry.resolve(source, a.mention) : null;
  if (e) add(d, slot, { key: e.id, text: e.name, entity: e.id, source });
  else add(d, slot, { key: `group:${phraseKey(a.text)}`, text: a.text, source });
}

function addReport(d: Draft, r: ReportMention, source: Source, registry: EntityRegistry): void {
  if (r.agents.length === 0 && r.dates.length === 0) return;
  const slot = r.slot as SlotName;
  for (const a of r.agents) addActor(d, slot, a, source, registry);
  for (const date of r.dates) add(d, r.dateSlot as SlotName, dateValue(date, source));
  if (!d.sources.some((s) => sameSource(s, source))) d.sources.push(source);
}

function addTopic(d: Draft, text: string, source: Source, knowledge: Knowledge): void {
  if (text.split(/\s+/).every((w) => knowledge.eventNouns.has(w.toLowerCase()) || /^(a|an|the)$/i.test(w))) return;
  add(d, 'about', { key: phraseKey(text), text, source });
  if (!d.sources.some((s) => sameSource(s, source))) d.sources.push(source);
}

function add(d: Draft, slot: SlotName, value: SlotValue): void {
  const list = d.slots.get(slot) ?? [];
  if (!list.some((v) => v.key === value.key && sameSource(v.source, value.source))) list.push(value);
  d.slots.set(slot, list);
}

function absorb(target: Draft, d: Draft): void {
  for (const [slot, values] of d.slots) for (const v of values) add(target, slot, v);
  for (const s of d.sources) if (!target.sources.some((t) => sameSource(t, s))) target.sources.push(s);
  // Keep the most specific kind of the family ("summit" over "meeting").
  if (d.rank < target.rank) {
    target.kind = d.kind;
    target.rank = d.rank;
  }
}

/** Worth keeping on its own: more than participants alone (a date, place, ordinal, occasion or report). */
function isSubstantial(d: Draft): boolean {
  return ['when', 'where', 'ordinal', 'occasion', 'about', 'announcedBy', 'confirmedBy', 'patients'].some(
    (s) => (d.slots.get(s as SlotName)?.length ?? 0) > 0,
  );
}

const keysOf = (d: Draft, slot: SlotName): Set<string> => new Set((d.slots.get(slot) ?? []).map((v) => v.key));

interface PlaceIndex {
  readonly byId: ReadonlyMap<string, Entity>;
}

const placeIndexes = new WeakMap<readonly Entity[], PlaceIndex>();

/** Built once per registry: every article's events look places up in it. */
function placeIndex(entities: readonly Entity[]): PlaceIndex {
  let index = placeIndexes.get(entities);
  if (!index) {
    index = { byId: new Map(entities.filter((e) => e.kind === 'place').map((e) => [e.id, e])) };
    placeIndexes.set(entities, index);
  }
  return index;
}

function datesAgree(a: StoredDate, b: StoredDate): boolean {
  if (a.iso && b.iso) return a.iso.startsWith(b.iso) || b.iso.startsWith(a.iso);
  const ma = a.month ?? monthOf(a.iso);
  const mb = b.month ?? monthOf(b.iso);
  if (ma !== undefined && mb !== undefined && ma !== mb) return false;
  if (
    a.weekday !== undefined &&
    b.weekday !== undefined &&
    a.precision === 'unresolved' &&
    b.precision === 'unresolved'
  )
    return a.weekday === b.weekday;
  return true;
}

function monthOf(iso: string | null): number | undefined {
  return iso && iso.length >= 7 ? Number(iso.slice(5, 7)) : undefined;
}

function compatible(a: Draft, b: Draft, places: PlaceIndex): boolean {
  if (a.kind.family !== b.kind.family) return false;
  const oa = keysOf(a, 'ordinal');
  const ob = keysOf(b, 'ordinal');
  if (oa.size > 0 && ob.size > 0 && ![...oa].some((k) => ob.has(k))) return false;
  const pa = [...keysOf(a, 'where')];
  const pb = [...keysOf(b, 'where')];
  if (pa.length > 0 && pb.length > 0 && !pa.some((x) => pb.some((y) => samePlace(x, y, places.byId)))) return false;
  const da = (a.slots.get('when') ?? []).map((v) => v.date!).filter(Boolean);
  const db = (b.slots.get('when') ?? []).map((v) => v.date!).filter(Boolean);
  if (da.length > 0 && db.length > 0 && !da.some((x) => db.some((y) => datesAgree(x, y)))) return false;
  const na = [...keysOf(a, 'participants')].filter((k) => !k.startsWith('group:'));
  const nb = [...keysOf(b, 'participants')].filter((k) => !k.startsWith('group:'));
  if (na.length > 0 && nb.length > 0 && !na.some((k) => nb.includes(k))) return false;
  return true;
}

/** How strongly two compatible drafts look like the same event: shared ordinal, place, date, occasion, people. */
function evidence(a: Draft, b: Draft, places: PlaceIndex): number {
  let score = 0;
  const shared = (slot: SlotName): boolean => [...keysOf(a, slot)].some((k) => keysOf(b, slot).has(k));
  if (shared('ordinal')) score += 2;
  if (shared('occasion')) score += 1;
  const pa = [...keysOf(a, 'where')];
  if (pa.some((x) => [...keysOf(b, 'where')].some((y) => samePlace(x, y, places.byId)))) score += 2;
  const da = (a.slots.get('when') ?? []).map((v) => v.date!).filter((d) => d && d.iso);
  const db = (b.slots.get('when') ?? []).map((v) => v.date!).filter((d) => d && d.iso);
  if (da.some((x) => db.some((y) => datesAgree(x, y)))) score += 1;
  // Unresolved dates of an undated article still match when they name the same month or day.
  const ua = (a.slots.get('when') ?? []).filter((v) => v.date && !v.date.iso);
  const ub = (b.slots.get('when') ?? []).filter((v) => v.date && !v.date.iso);
  if (ua.some((x) => ub.some((y) => x.key === y.key))) score += 1;
  const na = [...keysOf(a, 'participants')].filter((k) => !k.startsWith('group:'));
  if (na.some((k) => keysOf(b, 'participants').has(k))) score += 1;
  return score;
}

function best(candidates: readonly Draft[], d: Draft, places: PlaceIndex, threshold = 2): Draft | undefined {
  let winner: Draft | undefined;
  let top = threshold - 1;
  for (const c of candidates) {
    if (!compatible(c, d, places)) continue;
    const score = evidence(c, d, places);
    if (score > top) {
      winner = c;
      top = score;
    }
  }
  return winner;
}

function finish(d: Draft, places: PlaceIndex): StoredEvent {
  const slots: StoredEvent['slots'] = {};
  for (const [slot, values] of [...d.slots].sort(([a], [b]) => (a < b ? -1 : 1)))
    slots[slot] = [...values].sort(bySource);
  const conflicts: Conflict[] = [];
  const occasionKeys = [...new Set((slots.occasion ?? []).map((v) => v.key))].sort();
  if (occasionKeys.length > 1) conflicts.push({ slot: 'occasion', keys: occasionKeys });
  const whereKeys = [...new Set((slots.where ?? []).map((v) => v.key))].sort();
  if (whereKeys.length > 1 && whereKeys.some((a) => whereKeys.some((b) => !samePlace(a, b, places.byId))))
    conflicts.push({ slot: 'where', keys: whereKeys });
  const dated = (slots.when ?? []).filter((v) => v.date?.iso);
  const whenKeys = [...new Set(dated.map((v) => v.key))].sort();
  if (dated.some((x) => dated.some((y) => !datesAgree(x.date!, y.date!))))
    conflicts.push({ slot: 'when', keys: whenKeys });
  const sources = [...d.sources].sort(bySource);
  const label = labelOf(d.kind, slots);
  return { id: slug(label), kind: d.kind.kind, label, slots, conflicts, sources };
}

function labelOf(kind: EventKindDef, slots: StoredEvent['slots']): string {
  const place = slots.where?.[0]?.text;
  const occasion = slots.occasion?.[0]?.text;
  const people = [...new Set((slots.participants ?? []).filter((v) => v.entity).map((v) => v.text))];
  const patients = [...new Set((slots.patients ?? []).map((v) => v.text))];
  if (place) return `${place} ${kind.label}`;
  if (occasion) return `${occasion} ${kind.label}`;
  if (patients.length > 0) return `${kind.label} of ${patients.join(' and ')}`;
  if (people.length > 0) return `${kind.label} of ${people.join(' and ')}`;
  return kind.label;
}

function bySource(a: { source: Source } | Source, b: { source: Source } | Source): number {
  const sa = 'source' in a ? a.source : a;
  const sb = 'source' in b ? b.source : b;
  return sa.article < sb.article ? -1 : sa.article > sb.article ? 1 : sa.start - sb.start;
}

function byFirstSource(a: StoredEvent, b: StoredEvent): number {
  return bySource(a.sources[0]!, b.sources[0]!);
}
