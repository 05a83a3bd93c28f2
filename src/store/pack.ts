import { crc32 } from 'node:zlib';
import {
  ARG,
  DATE,
  ENTITY,
  ENTITY_KINDS,
  FACT,
  PLACE_TYPES,
  PRECISIONS,
  QUOTE,
  SLOTS,
  SPAN,
  SPAN_KINDS,
  VALUE,
  type PackedArticle,
} from './lean-format.ts';
import { eventKeys } from './event-keys.ts';
import { nameIndexOf } from './names.ts';
import { PackWriter } from './packed.ts';
import type {
  Entity,
  FactArg,
  SlotName,
  SlotValue,
  Source,
  Store,
  StoredDate,
  StoredEvent,
  StoredSentence,
} from './schema.ts';
import { STORE_SCHEMA_VERSION } from './schema.ts';

/**
 * The exact text of a store file (see lean-format.ts), one record a line, so that a rebuild can be
 * compared with the committed file byte for byte. Deterministic: tables are ordered by use, then by
 * the strings themselves, never by the order things were met in.
 */
export function serialiseStore(store: Store): string {
  const byArticle = new Map<string, StoredSentence[]>(store.articles.map((a) => [a.id, []]));
  for (const s of store.sentences) {
    const list = byArticle.get(s.article);
    if (!list) throw new Error(`a sentence of an unknown article: ${s.article}`);
    list.push(s);
  }
  // Sentences are numbered article by article, as the reader counts them from the articles' bounds.
  const sentences = store.articles.flatMap((a) => byArticle.get(a.id)!);
  const strings = stringTable(store);
  const sentenceOf = new Map(sentences.map((s, i) => [sourceKey(s), i]));
  const entityOf = new Map(store.entities.map((e, i) => [e.id, i]));
  const packer = new Packer(strings, sentenceOf, entityOf);
  const names = nameIndexOf(store.entities);
  const nameEntities = new PackWriter();
  for (const ids of names.byName.values()) nameEntities.list(ids, (id) => nameEntities.int(entityOf.get(id)!));

  const body = [
    section(
      'strings',
      [...strings.keys()].map((s) => JSON.stringify(s)),
    ),
    section(
      'articles',
      store.articles.map((a) => JSON.stringify(packer.article(a, byArticle.get(a.id)!))),
    ),
    section(
      'entities',
      store.entities.map((e) => JSON.stringify(packer.entityRecord(e))),
    ),
    section(
      'events',
      store.events.map((e) => JSON.stringify(packer.event(e))),
    ),
    section(
      'names',
      [...names.byName.keys()].map((k) => JSON.stringify(k)),
    ),
    `"nameEntities":${JSON.stringify(nameEntities.toString())}`,
    `"longestName":${names.longestName}`,
    section(
      'texts',
      store.articles.map((a) => JSON.stringify(a.text)),
    ),
    section(
      'sentences',
      sentences.map((s) => JSON.stringify(packer.sentence(s))),
    ),
  ].join(',\n');
  // Every character outside ASCII as a JSON escape: an ASCII file is read into a one-byte string, at
  // half the memory, and by the fast path of the UTF-8 decoder.
  const tail = `${body}}\n`.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const check = crc32(tail).toString(16).padStart(8, '0');
  return `{"schema":${STORE_SCHEMA_VERSION},"check":"${check}",\n${tail}`;
}

function section(name: string, lines: readonly string[]): string {
  return `"${name}":[${lines.length > 0 ? '\n' : ''}${lines.join(',\n')}]`;
}

/** Every string the packed records refer to, numbered most used first. */
function stringTable(store: Store): Map<string, number> {
  const counts = new Map<string, number>();
  const use = (s: string): void => {
    counts.set(s, (counts.get(s) ?? 0) + 1);
  };
  const date = (d: StoredDate, own: string): void => {
    if (d.text !== own) use(d.text);
    if (d.iso !== null) use(d.iso);
  };
  const arg = (a: FactArg, sentence: StoredSentence): void => {
    if (a.text !== sliceOf(sentence, a.start, a.end)) use(a.text);
  };
  for (const e of store.entities) {
    use(e.id);
    use(e.name);
    e.aliases.forEach(use);
    for (const r of e.roles) use(r.text);
    if (e.country !== undefined) use(e.country);
  }
  for (const e of store.events) {
    use(e.id);
    use(e.kind);
    use(e.label);
    for (const values of Object.values(e.slots))
      for (const v of values ?? []) {
        use(v.key);
        use(v.text);
        if (v.date) date(v.date, v.text);
      }
    for (const c of e.conflicts) c.keys.forEach(use);
  }
  for (const s of store.sentences) {
    s.terms.forEach(use);
    for (const span of s.spans) {
      if (span.text !== sliceOf(s, span.start, span.end)) use(span.text);
      if (span.date) date(span.date, span.text);
      if (span.value !== undefined) use(String(span.value));
      if (span.unit !== undefined) use(span.unit);
    }
    for (const f of s.facts) {
      use(f.predicate);
      if (f.agent) arg(f.agent, s);
      if (f.object) arg(f.object, s);
      for (const m of f.modifiers) {
        use(m.relation);
        arg(m.arg, s);
      }
    }
    for (const q of s.quotes) {
      if (q.text !== sliceOf(s, q.start, q.end)) use(q.text);
      if (q.speaker) arg(q.speaker, s);
    }
  }
  const ordered = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return new Map(ordered.map(([s], i) => [s, i]));
}

function sliceOf(sentence: StoredSentence, start: number, end: number): string {
  return sentence.text.slice(start - sentence.start, end - sentence.start);
}

const sourceKey = (s: Source): string => `${s.article}\0${s.start}\0${s.end}`;

class Packer {
  constructor(
    private readonly strings: ReadonlyMap<string, number>,
    private readonly sentences: ReadonlyMap<string, number>,
    private readonly entities: ReadonlyMap<string, number>,
  ) {}

  private string(s: string): number {
    const id = this.strings.get(s);
    if (id === undefined) throw new Error(`store string not in its table: ${JSON.stringify(s)}`);
    return id;
  }

  private source(s: Source): number {
    const i = this.sentences.get(sourceKey(s));
    if (i === undefined) throw new Error(`a source that is not a sentence: ${s.article} ${s.start}-${s.end}`);
    return i;
  }

  private entity(id: string): number {
    const i = this.entities.get(id);
    if (i === undefined) throw new Error(`a reference to an unknown entity: ${id}`);
    return i;
  }

  article(a: Store['articles'][number], sentences: readonly StoredSentence[]): PackedArticle {
    if (a.text.length !== a.chars || sentences.length !== a.sentences)
      throw new Error(`article ${a.id} does not match its sentences`);
    const w = new PackWriter();
    let end = 0;
    sentences.forEach((s, i) => {
      if (s.index !== i || s.start < end || a.text.slice(s.start, s.end) !== s.text)
        throw new Error(`sentence ${i} of ${a.id} is not the next span of its text`);
      w.int(s.start - end).int((s.end - s.start) * 2 + Number(s.caption));
      end = s.end;
    });
    return a.filedFrom
      ? [a.id, a.published, a.chars, w.toString(), [a.filedFrom.name, a.filedFrom.text]]
      : [a.id, a.published, a.chars, w.toString()];
  }

  /** What the indexes read at load first; roles and mentions, read when an answer asks, last. */
  entityRecord(e: Entity): string {
    const w = new PackWriter();
    w.int(this.string(e.id))
      .int(ENTITY_KINDS.indexOf(e.kind))
      .int(this.string(e.name))
      .list(e.aliases, (s) => w.int(this.string(s)))
      .int((e.country !== undefined ? ENTITY.country : 0) | (e.placeType !== undefined ? ENTITY.placeType : 0));
    if (e.country !== undefined) w.int(this.string(e.country));
    if (e.placeType !== undefined) w.int(PLACE_TYPES.indexOf(e.placeType));
    w.list(e.roles, (r) => w.int(this.string(r.text)).int(this.source(r.source)));
    this.sources(w, e.mentions);
    return w.toString();
  }

  /** Sources as differences from the one before (zigzag: they are not always in order). */
  private sources(w: PackWriter, sources: readonly Source[]): void {
    let previous = 0;
    w.list(sources, (s) => {
      const i = this.source(s);
      w.signed(i - previous);
      previous = i;
    });
  }

  private date(w: PackWriter, d: StoredDate, own: string): void {
    const flags =
      (d.text !== own ? DATE.text : 0) |
      (d.iso !== null ? DATE.iso : 0) |
      (d.month !== undefined ? DATE.month : 0) |
      (d.weekday !== undefined ? DATE.weekday : 0);
    w.int(flags).int(PRECISIONS.indexOf(d.precision));
    if (flags & DATE.text) w.int(this.string(d.text));
    if (d.iso !== null) w.int(this.string(d.iso));
    if (d.month !== undefined) w.int(d.month);
    if (d.weekday !== undefined) w.int(d.weekday);
  }

  event(e: StoredEvent): string {
    const w = new PackWriter();
    w.int(this.string(e.id)).int(this.string(e.kind)).int(this.string(e.label));
    // The keys the indexes file it under, so that loading a store decodes none of its events.
    const keys = eventKeys(e);
    w.list(keys.entities, (id) => w.int(this.entity(id)))
      .list(keys.occasions, (k) => w.int(this.string(k)))
      .list(keys.ordinals, (k) => w.int(this.string(k)))
      .list(keys.dates, (d) => w.int(d.iso === null ? 0 : this.string(d.iso) + 1).int(d.month ?? 0))
      .int(keys.sources);
    const slots = Object.entries(e.slots) as Array<[SlotName, SlotValue[] | undefined]>;
    w.list(slots, ([name, values]) => {
      w.int(SLOTS.indexOf(name));
      w.list(values ?? [], (v) => {
        w.int(this.string(v.key))
          .int(this.string(v.text))
          .int((v.entity !== undefined ? VALUE.entity : 0) | (v.date ? VALUE.date : 0));
        if (v.entity !== undefined) w.int(this.entity(v.entity));
        if (v.date) this.date(w, v.date, v.text);
        w.int(this.source(v.source));
      });
    });
    w.list(e.conflicts, (c) => w.int(SLOTS.indexOf(c.slot)).list(c.keys, (k) => w.int(this.string(k))));
    this.sources(w, e.sources);
    return w.toString();
  }

  sentence(s: StoredSentence): string {
    const w = new PackWriter();
    // Counted from the sentence's start; a speaker named in an earlier sentence lies before it.
    const rel = (offset: number): number => offset - s.start;
    w.list(s.terms, (t) => w.int(this.string(t)));
    w.list(s.spans, (span) => {
      const own = span.text !== sliceOf(s, span.start, span.end);
      const flags =
        (span.entity !== undefined ? SPAN.entity : 0) |
        (span.date ? SPAN.date : 0) |
        (span.value !== undefined ? SPAN.value : 0) |
        (span.unit !== undefined ? SPAN.unit : 0) |
        (own ? SPAN.text : 0);
      w.int(SPAN_KINDS.indexOf(span.kind))
        .signed(rel(span.start))
        .int(span.end - span.start)
        .int(flags);
      if (own) w.int(this.string(span.text));
      if (span.entity !== undefined) w.int(this.entity(span.entity));
      if (span.date) this.date(w, span.date, span.text);
      if (span.value !== undefined) w.int(this.string(String(span.value)));
      if (span.unit !== undefined) w.int(this.string(span.unit));
    });
    // Fact arguments once each: the modifiers of one clause are often those of the next.
    const args: FactArg[] = [];
    const argKeys = new Map<string, number>();
    const argOf = (a: FactArg): number => {
      const key = `${a.start}\0${a.end}\0${a.entity ?? ''}\0${a.text}`;
      let i = argKeys.get(key);
      if (i === undefined) {
        i = args.length;
        args.push(a);
        argKeys.set(key, i);
      }
      return i;
    };
    for (const f of s.facts) {
      if (f.agent) argOf(f.agent);
      if (f.object) argOf(f.object);
      for (const m of f.modifiers) argOf(m.arg);
    }
    for (const q of s.quotes) if (q.speaker) argOf(q.speaker);
    w.list(args, (a) => {
      const own = a.text !== sliceOf(s, a.start, a.end);
      w.signed(rel(a.start))
        .int(a.end - a.start)
        .int((a.entity !== undefined ? ARG.entity : 0) | (own ? ARG.text : 0));
      if (a.entity !== undefined) w.int(this.entity(a.entity));
      if (own) w.int(this.string(a.text));
    });
    w.list(s.facts, (f) => {
      const flags =
        (f.negated ? FACT.negated : 0) |
        (f.passive ? FACT.passive : 0) |
        (f.planned ? FACT.planned : 0) |
        (f.agent ? FACT.agent : 0) |
        (f.object ? FACT.object : 0);
      w.int(this.string(f.predicate))
        .signed(rel(f.start))
        .int(f.end - f.start)
        .int(flags);
      if (f.agent) w.int(argOf(f.agent));
      if (f.object) w.int(argOf(f.object));
      w.list(f.modifiers, (m) => w.int(this.string(m.relation)).int(argOf(m.arg)));
    });
    w.list(s.quotes, (q) => {
      const own = q.text !== sliceOf(s, q.start, q.end);
      w.signed(rel(q.start))
        .int(q.end - q.start)
        .int((q.speaker ? QUOTE.speaker : 0) | (own ? QUOTE.text : 0));
      if (q.speaker) w.int(argOf(q.speaker));
      if (own) w.int(this.string(q.text));
    });
    return w.toString();
  }
}
