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
  type PackedStore,
} from './lean-format.ts';
import type { EventKeys } from './event-keys.ts';
import type { NameIndex } from './names.ts';
import { LeanEntity, LeanEvent, plainEntity, plainEvent, type EntityTail, type EventBody } from './lazy-records.ts';
import { PackError, PackReader } from './packed.ts';
import type { ArticleTexts, PackedRecords } from './records.ts';
import type {
  ArticleMeta,
  Conflict,
  Entity,
  FactArg,
  SentenceSpan,
  SlotValue,
  Source,
  Store,
  StoredDate,
  StoredEvent,
  StoredFact,
  StoredQuote,
  StoredSentence,
} from './schema.ts';

/**
 * A loaded store as the engine reads it. Articles are decoded at load, and of entities and events
 * what the indexes need (names, kinds, the keys an event is filed under); the rest of an entity or
 * event when first read, and a sentence when it is read (`sentence(i)`), since an answer reads tens
 * of the hundreds of thousands a large store holds. Sentences are numbered article by article.
 */
export interface StoreView {
  readonly schema: number;
  readonly articles: readonly ArticleMeta[];
  readonly entities: readonly Entity[];
  readonly events: readonly StoredEvent[];
  /** The entities' name index, as written with the store. */
  readonly names: NameIndex;
  /** What the indexes file event `i` under, read without decoding the event. */
  eventKeys(i: number): EventKeys;
  readonly sentenceCount: number;
  sentence(i: number): StoredSentence;
  /** What a sentence says, without decoding the rest of it. */
  sentenceText(i: number): string;
  /** The id of the article sentence `i` belongs to. */
  sentenceArticle(i: number): string;
  /** The sentences of an article: numbers `first` to `first + count - 1`. */
  sentencesOf(article: string): { readonly first: number; readonly count: number };
  /** The number of the sentence of `article` starting at `start`, if there is one. */
  sentenceNumber(article: string, start: number): number | undefined;
  /** Every string the store uses; term ids index it. */
  readonly strings: readonly string[];
  /** The ids (into `strings`) of a sentence's terms, in order. */
  termIds(i: number): number[];
  /**
   * Every sentence's term ids in one list: sentence `i`'s are `ids[offsets[i]]` up to
   * `ids[offsets[i + 1]]`. For building indexes at load, where a list per sentence would cost.
   */
  allTermIds(): { readonly ids: Int32Array; readonly offsets: Int32Array };
}

/** Decoded sentences kept for reuse: an answer reads the same few sentences several times. */
const SENTENCE_CACHE = 4096;
/** Decoded texts of the articles last read whose text is not plain ASCII (src/store/records.ts). */
const TEXT_CACHE = 64;

/**
 * Opens a parsed store file, its article texts and sentence records apart (src/store/records.ts).
 * Throws PackError when a record does not decode: the store is damaged.
 */
export function openStore(data: PackedStore, texts: ArticleTexts, sentences: PackedRecords): StoreView {
  return new LeanStore(data, texts, sentences);
}

/** An article whose text stays in the store's bytes until read. */
class LeanArticle implements ArticleMeta {
  declare filedFrom?: ArticleMeta['filedFrom'];
  readonly #store: LeanStore;
  readonly #index: number;

  constructor(
    store: LeanStore,
    index: number,
    readonly id: string,
    readonly published: string | null,
    readonly chars: number,
    readonly sentences: number,
  ) {
    this.#store = store;
    this.#index = index;
  }

  get text(): string {
    return this.#store.articleText(this.#index);
  }
}

/** A plain copy, with its fields in the order extraction writes them (for tests and for checking a write). */
function plainArticle(a: ArticleMeta): ArticleMeta {
  const out: ArticleMeta = { id: a.id, text: a.text, published: a.published, chars: a.chars, sentences: a.sentences };
  if (a.filedFrom) out.filedFrom = a.filedFrom;
  return out;
}

class LeanStore implements StoreView {
  readonly schema: number;
  readonly strings: readonly string[];
  readonly articles: LeanArticle[] = [];
  readonly entities: LeanEntity[] = [];
  readonly events: LeanEvent[];
  readonly names: NameIndex;
  readonly sentenceCount: number;
  private readonly packed: PackedRecords;
  private readonly texts: ArticleTexts;
  /** Per article: 1 when its text can be sliced from the bytes as they are. */
  private readonly plain: Uint8Array;
  private readonly textCache = new Map<number, string>();
  private readonly packedEntities: readonly string[];
  private readonly packedEvents: readonly string[];
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly captions: Uint8Array;
  private readonly articleOf: Int32Array;
  /** First sentence of each article, and one past the last sentence at the end. */
  private readonly firsts: Int32Array;
  private readonly articleIndex = new Map<string, number>();
  /** Sized at load: assigning far past the end of an empty array would make it a slow dictionary. */
  private readonly sources: Array<Source | undefined>;
  private readonly cache = new Map<number, StoredSentence>();

  constructor(data: PackedStore, texts: ArticleTexts, sentences: PackedRecords) {
    this.schema = data.schema;
    this.strings = data.strings;
    this.packed = sentences;
    this.texts = texts;
    if (texts.count !== data.articles.length)
      throw new PackError(`${texts.count} texts for ${data.articles.length} articles`);
    this.plain = new Uint8Array(data.articles.length);
    this.packedEntities = data.entities;
    this.packedEvents = data.events;
    const n = sentences.count;
    this.sentenceCount = n;
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.captions = new Uint8Array(n);
    this.articleOf = new Int32Array(n);
    this.firsts = new Int32Array(data.articles.length + 1);
    this.sources = new Array<Source | undefined>(n);
    let i = 0;
    data.articles.forEach(([id, published, chars, bounds, filed], a) => {
      this.firsts[a] = i;
      this.plain[a] = texts.isPlain(a, chars) ? 1 : 0;
      this.articleIndex.set(id, a);
      const r = new PackReader(bounds);
      let end = 0;
      const first = i;
      while (!r.done) {
        if (i >= n) throw new PackError(`article ${id} has more sentences than the store`);
        const start = end + r.int();
        const packed = r.int();
        end = start + Math.floor(packed / 2);
        if (end > chars) throw new PackError(`sentence ${i} ends after its article ${id}`);
        this.starts[i] = start;
        this.ends[i] = end;
        this.captions[i] = packed % 2;
        this.articleOf[i] = a;
        i += 1;
      }
      const article = new LeanArticle(this, a, id, published, chars, i - first);
      if (filed) article.filedFrom = { name: filed[0], text: filed[1] };
      this.articles.push(article);
    });
    if (i !== n) throw new PackError(`${n} sentences, but the articles have ${i}`);
    this.firsts[data.articles.length] = n;
    data.entities.forEach((e, i) => this.entities.push(inRecord(`entity ${i}`, () => this.entityHead(e, i))));
    this.events = data.events.map((e, i) => inRecord(`event ${i}`, () => this.eventHead(e, i)));
    this.names = inRecord('the name index', () => this.nameIndex(data));
  }

  eventKeys(i: number): EventKeys {
    return inRecord(`event ${i}`, () => {
      const r = new PackReader(this.packedEvents[i]!);
      for (let k = 0; k < 3; k += 1) this.string(r);
      return this.keys(r);
    });
  }

  entityTail(i: number): EntityTail {
    return inRecord(`entity ${i}`, () => {
      const r = new PackReader(this.packedEntities[i]!);
      this.skipEntityHead(r);
      const roles = r.list(() => ({ text: this.string(r), source: this.source(r.int()) }));
      const mentions = this.sourceList(r);
      end(r, this.entities[i]!.id);
      return { roles, mentions };
    });
  }

  eventBody(i: number): EventBody {
    return inRecord(`event ${i}`, () => this.event(this.packedEvents[i]!));
  }

  sentence(i: number): StoredSentence {
    let s = this.cache.get(i);
    if (s) return s;
    if (!(i >= 0 && i < this.sentenceCount)) throw new RangeError(`no sentence ${i}`);
    s = inRecord(`sentence ${i}`, () => this.decodeSentence(i));
    if (this.cache.size >= SENTENCE_CACHE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(i, s);
    return s;
  }

  sentenceText(i: number): string {
    const a = this.articleOf[i]!;
    if (this.plain[a] === 1) return this.texts.plainSlice(a, this.starts[i]!, this.ends[i]!);
    return this.articleText(a).slice(this.starts[i]!, this.ends[i]!);
  }

  articleText(a: number): string {
    if (this.plain[a] === 1) return this.texts.plainSlice(a, 0, this.articles[a]!.chars);
    let text = this.textCache.get(a);
    if (text !== undefined) return text;
    text = inRecord(`text ${a}`, () => this.texts.text(a));
    if (text.length !== this.articles[a]!.chars)
      throw new PackError(`text ${a}: not ${this.articles[a]!.chars} characters`);
    if (this.textCache.size >= TEXT_CACHE) this.textCache.delete(this.textCache.keys().next().value!);
    this.textCache.set(a, text);
    return text;
  }

  sentenceArticle(i: number): string {
    return this.articles[this.articleOf[i]!]!.id;
  }

  sentencesOf(article: string): { first: number; count: number } {
    const a = this.articleIndex.get(article);
    if (a === undefined) return { first: 0, count: 0 };
    return { first: this.firsts[a]!, count: this.firsts[a + 1]! - this.firsts[a]! };
  }

  sentenceNumber(article: string, start: number): number | undefined {
    const { first, count } = this.sentencesOf(article);
    let lo = first;
    let hi = first + count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.starts[mid]!;
      if (at === start) return mid;
      if (at < start) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  termIds(i: number): number[] {
    const r = new PackReader(this.packed.text(i));
    const limit = this.strings.length;
    return r.list(() => r.below(limit));
  }

  allTermIds(): { ids: Int32Array; offsets: Int32Array } {
    const out = { ids: new Int32Array(this.sentenceCount * 16) };
    const offsets = new Int32Array(this.sentenceCount + 1);
    let at = 0;
    let i = 0;
    inRecord('a sentence', () => {
      for (; i < this.sentenceCount; i += 1) {
        at = this.packed.appendList(i, out, at);
        offsets[i + 1] = at;
      }
    });
    const ids = out.ids.subarray(0, at);
    const limit = this.strings.length;
    for (let k = 0; k < at; k += 1) if (ids[k]! >= limit) throw new PackError(`a term id out of range ${limit}`);
    return { ids, offsets };
  }

  private string(r: PackReader): string {
    return this.strings[r.below(this.strings.length)]!;
  }

  /** One Source object per sentence, shared by everything that cites it. */
  private source(i: number): Source {
    if (!(i >= 0 && i < this.sentenceCount)) throw new PackError(`no sentence ${i}`);
    return (this.sources[i] ??= {
      article: this.articles[this.articleOf[i]!]!.id,
      start: this.starts[i]!,
      end: this.ends[i]!,
    });
  }

  private sourceList(r: PackReader): Source[] {
    let previous = 0;
    return r.list(() => {
      previous += r.signed();
      return this.source(previous);
    });
  }

  /** Entities are decoded before anything that refers to them. */
  private entityId(r: PackReader): string {
    return this.entities[r.below(this.entities.length)]!.id;
  }

  /** What is read of an entity at load: all but its roles and mentions. */
  private entityHead(packed: string, i: number): LeanEntity {
    const r = new PackReader(packed);
    const id = this.string(r);
    const kind = ENTITY_KINDS[r.below(ENTITY_KINDS.length)]!;
    const name = this.string(r);
    const aliases = r.list(() => this.string(r));
    const flags = r.int();
    const entity = new LeanEntity(this, i, id, kind, name, aliases);
    // Set only when present, as extraction writes them.
    if (flags & ENTITY.country) entity.country = this.string(r);
    if (flags & ENTITY.placeType) entity.placeType = PLACE_TYPES[r.below(PLACE_TYPES.length)]!;
    return entity;
  }

  private skipEntityHead(r: PackReader): void {
    r.int();
    r.int();
    r.int();
    r.list(() => r.int());
    const flags = r.int();
    if (flags & ENTITY.country) r.int();
    if (flags & ENTITY.placeType) r.int();
  }

  private nameIndex(data: PackedStore): NameIndex {
    const r = new PackReader(data.nameEntities);
    const byName = new Map<string, string[]>();
    for (const key of data.names)
      byName.set(
        key,
        r.list(() => this.entityId(r)),
      );
    end(r, 'the index');
    return { byName, longestName: data.longestName };
  }

  private eventHead(packed: string, i: number): LeanEvent {
    const r = new PackReader(packed);
    return new LeanEvent(this, i, this.string(r), this.string(r), this.string(r));
  }

  private keys(r: PackReader): EventKeys {
    const entities = r.list(() => this.entityId(r));
    const occasions = r.list(() => this.string(r));
    const ordinals = r.list(() => this.string(r));
    const dates = r.list(() => {
      const iso = r.int();
      const month = r.int();
      if (month > 12) throw new PackError(`month ${month}`);
      return {
        iso: iso === 0 ? null : (this.strings[iso - 1] ?? invalid(`string ${iso - 1}`)),
        ...(month > 0 ? { month } : {}),
      };
    });
    return { entities, occasions, ordinals, dates, sources: r.int() };
  }

  private date(r: PackReader, own: string): StoredDate {
    const flags = r.int();
    const precision = PRECISIONS[r.below(PRECISIONS.length)]!;
    const text = flags & DATE.text ? this.string(r) : own;
    const iso = flags & DATE.iso ? this.string(r) : null;
    const month = flags & DATE.month ? r.int() : undefined;
    const weekday = flags & DATE.weekday ? r.int() : undefined;
    const date: StoredDate = { text, precision, iso };
    if (month !== undefined) date.month = month;
    if (weekday !== undefined) date.weekday = weekday;
    return date;
  }

  private event(packed: string): EventBody {
    const r = new PackReader(packed);
    const id = this.string(r);
    this.string(r);
    this.string(r);
    this.keys(r);
    const slots: StoredEvent['slots'] = {};
    for (let n = r.int(); n > 0; n -= 1) {
      const name = SLOTS[r.below(SLOTS.length)]!;
      slots[name] = r.list((): SlotValue => {
        const key = this.string(r);
        const text = this.string(r);
        const flags = r.int();
        const value = { key, text } as SlotValue;
        if (flags & VALUE.entity) value.entity = this.entityId(r);
        if (flags & VALUE.date) value.date = this.date(r, text);
        value.source = this.source(r.int());
        return value;
      });
    }
    const conflicts = r.list((): Conflict => ({
      slot: SLOTS[r.below(SLOTS.length)]!,
      keys: r.list(() => this.string(r)),
    }));
    const sources = this.sourceList(r);
    end(r, id);
    return { slots, conflicts, sources };
  }

  private decodeSentence(i: number): StoredSentence {
    const r = new PackReader(this.packed.text(i));
    const start = this.starts[i]!;
    const text = this.sentenceText(i);
    const a = this.articleOf[i]!;
    const slice = (from: number, length: number): string => text.slice(from, from + length);
    const terms = r.list(() => this.string(r));
    const spans = r.list((): SentenceSpan => {
      const kind = SPAN_KINDS[r.below(SPAN_KINDS.length)]!;
      const from = r.signed();
      const length = r.int();
      const flags = r.int();
      const own = flags & SPAN.text ? this.string(r) : slice(from, length);
      const span: SentenceSpan = { kind, text: own, start: start + from, end: start + from + length };
      if (flags & SPAN.entity) span.entity = this.entityId(r);
      if (flags & SPAN.date) span.date = this.date(r, own);
      if (flags & SPAN.value) span.value = Number(this.string(r));
      if (flags & SPAN.unit) span.unit = this.string(r);
      return span;
    });
    const args = r.list((): FactArg => {
      const from = r.signed();
      const length = r.int();
      const flags = r.int();
      const entity = flags & ARG.entity ? this.entityId(r) : undefined;
      const own = flags & ARG.text ? this.string(r) : slice(from, length);
      const arg: FactArg = { text: own, start: start + from, end: start + from + length };
      if (entity !== undefined) arg.entity = entity;
      return arg;
    });
    const arg = (): FactArg => args[r.below(args.length)]!;
    const facts = r.list((): StoredFact => {
      const predicate = this.string(r);
      const from = r.signed();
      const length = r.int();
      const flags = r.int();
      const fact = {
        predicate,
        start: start + from,
        end: start + from + length,
        negated: (flags & FACT.negated) !== 0,
        passive: (flags & FACT.passive) !== 0,
        planned: (flags & FACT.planned) !== 0,
      } as StoredFact;
      if (flags & FACT.agent) fact.agent = arg();
      if (flags & FACT.object) fact.object = arg();
      fact.modifiers = r.list(() => ({ relation: this.string(r), arg: arg() }));
      return fact;
    });
    const quotes = r.list((): StoredQuote => {
      const from = r.signed();
      const length = r.int();
      const flags = r.int();
      const speaker = flags & QUOTE.speaker ? arg() : undefined;
      const own = flags & QUOTE.text ? this.string(r) : slice(from, length);
      const quote: StoredQuote = { text: own, start: start + from, end: start + from + length };
      if (speaker) quote.speaker = speaker;
      return quote;
    });
    end(r, 'it');
    return {
      article: this.articles[a]!.id,
      index: i - this.firsts[a]!,
      start,
      end: this.ends[i]!,
      text,
      caption: this.captions[i] === 1,
      terms,
      spans,
      facts,
      quotes,
    };
  }
}

/** Decodes one record, naming it in the error when it does not decode. */
function inRecord<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    if (error instanceof PackError) throw new PackError(`${what}: ${error.message}`);
    throw error;
  }
}

function invalid(what: string): never {
  throw new PackError(`no ${what}`);
}

function end(r: PackReader, what: string): void {
  if (!r.done) throw new PackError(`more in the record than ${what} holds`);
}

/** Every sentence decoded: the whole store as extraction made it (for tests and for checking a write). */
export function expandStore(view: StoreView): Store {
  const sentences: StoredSentence[] = [];
  for (let i = 0; i < view.sentenceCount; i += 1) sentences.push(view.sentence(i));
  return {
    schema: view.schema as Store['schema'],
    articles: view.articles.map(plainArticle),
    sentences,
    entities: view.entities.map(plainEntity),
    events: view.events.map(plainEvent),
  };
}
