import type { WinkMethods } from 'wink-nlp';
import type { Article } from '../corpus/index.ts';
import {
  STORE_SCHEMA_VERSION,
  type FactArg,
  type SentenceSpan,
  type StoredFact,
  type StoredQuote,
  type StoredSentence,
  type Store,
} from '../store/schema.ts';
import { filedFrom } from './dateline.ts';
import { buildEntities, type EntityRegistry } from './entities.ts';
import { eventsOfArticle, mergeArticles, type ReadSentence } from './events.ts';
import type { Knowledge } from './knowledge.ts';
import type { LocatedName } from './names.ts';
import { prepareArticle, type PendingArg, type PendingFact, type PreparedSentence } from './prepare.ts';

export interface ExtractOptions {
  /** Called after each article, for progress on large inputs. */
  readonly onArticle?: (done: number, total: number, article: Article) => void;
}

/** Articles in the order the store lists them: by id. */
export function inStoreOrder(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * articles → store. Pure apart from the wink instance: the same articles and knowledge always
 * give the same store, byte for byte (everything is ordered by article id and offset).
 */
export function extractStore(
  articles: readonly Article[],
  nlp: WinkMethods,
  knowledge: Knowledge,
  options: ExtractOptions = {},
): Store {
  const ordered = inStoreOrder(articles);
  const prepared = ordered.map((article, i) => {
    const result = prepareArticle(article, nlp, knowledge);
    options.onArticle?.(i + 1, ordered.length, article);
    return result;
  });
  return assembleStore(ordered, prepared, knowledge);
}

/**
 * The store from the prepared articles (`ordered` by `inStoreOrder`, `prepared` in the same order):
 * the corpus's entities from every name, then each name, fact argument and speaker resolved to its
 * entity, and the events of each article merged across articles.
 */
export function assembleStore(
  ordered: readonly Article[],
  prepared: ReadonlyArray<readonly PreparedSentence[]>,
  knowledge: Knowledge,
): Store {
  const located: LocatedName[] = prepared.flatMap((sentences) =>
    sentences.flatMap((s) => s.names.map(({ mention }) => ({ mention, source: s.source }))),
  );
  const registry = buildEntities(located);

  const perArticle = prepared.map((sentences) =>
    eventsOfArticle(
      sentences.map((s): ReadSentence => ({ source: s.source, facts: s.mentions, caption: s.caption })),
      registry,
      knowledge,
    ),
  );
  const events = mergeArticles(perArticle, registry);

  const sentences: StoredSentence[] = prepared.flatMap((list) => {
    // A quotation's speaker is an argument of a fact of its sentence or one before it, resolved there.
    const resolved = new Map<PendingArg, FactArg>();
    return list.map((s): StoredSentence => {
      const resolve = (arg: PendingArg): FactArg => {
        const entity = arg.name ? registry.resolve(s.source, arg.name)?.id : undefined;
        const done: FactArg = { text: arg.text, start: arg.start, end: arg.end, ...(entity ? { entity } : {}) };
        resolved.set(arg, done);
        return done;
      };
      const facts = s.facts.map((f) => factOf(f, resolve));
      return {
        article: s.source.article,
        index: s.index,
        start: s.source.start,
        end: s.source.end,
        text: s.text,
        caption: s.caption,
        terms: s.terms,
        spans: spansOf(s, registry),
        facts,
        quotes: s.quotes.map((q): StoredQuote => {
          const speaker = q.speaker ? (resolved.get(q.speaker) ?? resolve(q.speaker)) : undefined;
          return { text: q.text, start: q.start, end: q.end, ...(speaker ? { speaker } : {}) };
        }),
      };
    });
  });

  return {
    schema: STORE_SCHEMA_VERSION,
    articles: ordered.map((a, i) => {
      // The dateline opens the story, after the headline and whatever page furniture comes before it.
      const place = prepared[i]!.slice(0, DATELINE_WITHIN)
        .map((s) => filedFrom(s.text, knowledge))
        .find((p) => p !== null);
      return {
        id: a.id,
        text: a.text,
        published: a.published,
        chars: a.text.length,
        sentences: prepared[i]!.length,
        ...(place ? { filedFrom: place } : {}),
      };
    }),
    sentences,
    entities: registry.entities,
    events,
  };
}

function factOf(f: PendingFact, resolve: (arg: PendingArg) => FactArg): StoredFact {
  return {
    predicate: f.predicate,
    start: f.start,
    end: f.end,
    negated: f.negated,
    passive: f.passive,
    planned: f.planned,
    ...(f.agent ? { agent: resolve(f.agent) } : {}),
    ...(f.object ? { object: resolve(f.object) } : {}),
    modifiers: f.modifiers.map((m) => ({ relation: m.relation, arg: resolve(m.arg) })),
  };
}

/** The sentence's dates, times and quantities, and its names with their entities, in reading order. */
function spansOf(s: PreparedSentence, registry: EntityRegistry): SentenceSpan[] {
  const spans = [...s.spans];
  for (const { mention: n, start, end } of s.names) {
    const e = registry.resolve(s.source, n);
    if (!e) continue;
    // "Japanese", "the Saudis": the country is named, but as people of it, never as a place where something happened.
    spans.push({ kind: n.kind === 'demonym' ? 'other' : e.kind, text: n.text, start, end, entity: e.id });
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Sentences from the top of an article that may hold its dateline. */
const DATELINE_WITHIN = 10;
