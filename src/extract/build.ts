import type { WinkMethods } from 'wink-nlp';
import type { Article } from '../corpus/index.ts';
import { STORE_SCHEMA_VERSION, type SentenceSpan, type Source, type Store, type StoredSentence } from '../store/schema.ts';
import { findDates, type DateMention } from './dates.ts';
import { buildEntities, type LocatedName } from './entities.ts';
import { eventsOfArticle, mergeArticles, type ReadSentence } from './events.ts';
import type { Knowledge } from './knowledge.ts';
import { readSentence } from './mentions.ts';
import { findNames, type NameMention } from './names.ts';
import { splitSentences, type Sentence } from './sentences.ts';

export interface ExtractOptions {
  /** Called after each article, for progress on large inputs. */
  readonly onArticle?: (done: number, total: number, article: Article) => void;
}

interface AnnotatedSentence {
  readonly sentence: Sentence;
  readonly source: Source;
  readonly names: NameMention[];
  readonly dates: DateMention[];
}

/**
 * articles → store. Pure apart from the wink instance: the same articles and knowledge always
 * give the same store, byte for byte (everything is ordered by article id and offset).
 */
export function extractStore(articles: readonly Article[], nlp: WinkMethods, knowledge: Knowledge, options: ExtractOptions = {}): Store {
  const ordered = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const annotated: AnnotatedSentence[][] = ordered.map((article, i) => {
    const result = splitSentences(nlp, article).map((sentence) => {
      const dates = findDates(sentence.tokens, sentence.entities, article.published, knowledge);
      const dateTokens = new Set<number>();
      for (const d of dates) for (let t = d.first; t <= d.last; t += 1) dateTokens.add(t);
      const names = findNames(sentence.tokens, dateTokens, knowledge);
      return { sentence, source: { article: article.id, start: sentence.start, end: sentence.end }, names, dates };
    });
    options.onArticle?.(i + 1, ordered.length, article);
    return result;
  });

  const located: LocatedName[] = annotated.flatMap((sentences) => sentences.flatMap((s) => s.names.map((mention) => ({ mention, source: s.source }))));
  const registry = buildEntities(located);

  const perArticle = annotated.map((sentences) =>
    eventsOfArticle(
      sentences.map((s): ReadSentence => ({
        source: s.source,
        facts: readSentence(s.sentence.tokens, s.sentence.entities, s.names, s.dates, knowledge),
      })),
      registry,
      knowledge,
    ),
  );
  const events = mergeArticles(perArticle, registry);

  const sentences: StoredSentence[] = annotated.flatMap((list) =>
    list.map(({ sentence, source, names, dates }) => ({
      article: source.article,
      index: sentence.index,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      caption: sentence.caption,
      terms: sentence.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).map((t) => t.lemma),
      spans: spansOf(sentence, source, names, dates, registry),
    })),
  );

  return {
    schema: STORE_SCHEMA_VERSION,
    articles: ordered.map((a, i) => ({ id: a.id, published: a.published, chars: a.text.length, sentences: annotated[i]!.length })),
    sentences,
    entities: registry.entities,
    events,
  };
}

function spansOf(
  sentence: Sentence,
  source: Source,
  names: readonly NameMention[],
  dates: readonly DateMention[],
  registry: ReturnType<typeof buildEntities>,
): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const at = (first: number, last: number): { start: number; end: number } => ({ start: sentence.tokens[first]!.start, end: sentence.tokens[last]!.end });
  for (const d of dates) {
    const v = d.value;
    spans.push({ kind: 'date', text: v.text, ...at(d.first, d.last), date: { text: v.text, precision: v.precision, iso: v.iso, ...(v.month ? { month: v.month } : {}), ...(v.weekday !== undefined ? { weekday: v.weekday } : {}) } });
  }
  for (const n of names) {
    const e = registry.resolve(source, n);
    if (!e) continue;
    spans.push({ kind: e.kind, text: n.text, ...at(n.first, n.last), entity: e.id });
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}
