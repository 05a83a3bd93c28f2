import type { WinkMethods } from 'wink-nlp';
import type { Token } from '../nlp/analyse.ts';
import type { Article } from '../corpus/index.ts';
import {
  STORE_SCHEMA_VERSION,
  type FactArg,
  type SentenceSpan,
  type Source,
  type Store,
  type StoredFact,
  type StoredQuote,
  type StoredSentence,
} from '../store/schema.ts';
import { readClauses, readQuantities, readQuotes, type PhraseRange } from './clause-facts.ts';
import { datelineLength, filedFrom } from './dateline.ts';
import { findDates, storedDate, type DateMention } from './dates.ts';
import { buildEntities } from './entities.ts';
import { eventsOfArticle, mergeArticles, type ReadSentence } from './events.ts';
import type { Knowledge } from './knowledge.ts';
import { MAX_FACT_SENTENCE_TOKENS, readSentence } from './mentions.ts';
import { capitalisedWords, findNames, type LocatedName, type NameMention } from './names.ts';
import { splitSentences, type Sentence } from './sentences.ts';

export interface ExtractOptions {
  /** Called after each article, for progress on large inputs. */
  readonly onArticle?: (done: number, total: number, article: Article) => void;
}

/** A sentence with the names and dates found in it: what extraction knows of an article on its own. */
export interface AnnotatedSentence {
  readonly sentence: Sentence;
  readonly source: Source;
  readonly names: NameMention[];
  readonly dates: DateMention[];
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
  const annotated = ordered.map((article, i) => {
    const result = annotateArticle(article, nlp, knowledge);
    options.onArticle?.(i + 1, ordered.length, article);
    return result;
  });
  return assembleStore(ordered, annotated, knowledge);
}

/**
 * The part of extraction that needs one article and nothing else: its sentences, names and dates.
 * extract/pool.ts runs it on every core; everything after it reads across articles.
 */
export function annotateArticle(article: Article, nlp: WinkMethods, knowledge: Knowledge): AnnotatedSentence[] {
  const split = splitSentences(nlp, article);
  const capitalised = capitalisedWords(split.map((s) => s.tokens));
  return split.map((sentence) => {
    const dates = findDates(sentence.tokens, sentence.entities, article.published, knowledge);
    const dateTokens = new Set<number>();
    for (const d of dates) for (let t = d.first; t <= d.last; t += 1) dateTokens.add(t);
    // "HOUSTON, Aug. 27 (Xinhua) --": where the story was filed from, not where anything in it happened.
    const filedFrom = sentence.start + datelineLength(sentence.text);
    const names = findNames(sentence.tokens, dateTokens, knowledge, capitalised).filter(
      (n) => sentence.tokens[n.first]!.start >= filedFrom,
    );
    return { sentence, source: { article: article.id, start: sentence.start, end: sentence.end }, names, dates };
  });
}

/** The store from the annotated articles (`ordered` by `inStoreOrder`, `annotated` in the same order). */
export function assembleStore(
  ordered: readonly Article[],
  annotated: ReadonlyArray<readonly AnnotatedSentence[]>,
  knowledge: Knowledge,
): Store {
  const located: LocatedName[] = annotated.flatMap((sentences) =>
    sentences.flatMap((s) => s.names.map((mention) => ({ mention, source: s.source }))),
  );
  const registry = buildEntities(located);

  const perArticle = annotated.map((sentences) =>
    eventsOfArticle(
      sentences.map((s): ReadSentence => ({
        source: s.source,
        facts: readSentence(s.sentence.tokens, s.sentence.entities, s.names, s.dates, knowledge),
        caption: s.sentence.caption,
      })),
      registry,
      knowledge,
    ),
  );
  const events = mergeArticles(perArticle, registry);

  const sentences: StoredSentence[] = annotated.flatMap((list, a) => {
    const quotes = new QuoteReader();
    const text = ordered[a]!.text;
    return list.map(({ sentence, source, names, dates }, i) => {
      const newParagraph = i === 0 || text.slice(list[i - 1]!.sentence.end, sentence.start).includes('\n');
      const facts = factsOf(sentence, source, names, registry);
      return {
        article: source.article,
        index: sentence.index,
        start: sentence.start,
        end: sentence.end,
        text: sentence.text,
        caption: sentence.caption,
        terms: termsOf(sentence.tokens),
        spans: spansOf(sentence, source, names, dates, registry),
        facts,
        quotes: quotes.read(sentence, facts, newParagraph),
      };
    });
  });

  return {
    schema: STORE_SCHEMA_VERSION,
    articles: ordered.map((a, i) => {
      // The dateline opens the story, after the headline and whatever page furniture comes before it.
      const place = annotated[i]!.slice(0, DATELINE_WITHIN)
        .map((s) => filedFrom(s.sentence.text, knowledge))
        .find((p) => p !== null);
      return {
        id: a.id,
        text: a.text,
        published: a.published,
        chars: a.text.length,
        sentences: annotated[i]!.length,
        ...(place ? { filedFrom: place } : {}),
      };
    }),
    sentences,
    entities: registry.entities,
    events,
  };
}

/** A phrase of the sentence as a fact argument, with the entity of the name it holds (its last one: the head). */
function argOf(
  sentence: Sentence,
  range: PhraseRange,
  names: readonly NameMention[],
  source: Source,
  registry: ReturnType<typeof buildEntities>,
): FactArg {
  const tokens = sentence.tokens;
  const start = tokens[range.first]!.start;
  const end = tokens[range.last]!.end;
  const inside = names.filter((n) => n.first >= range.first && n.last <= range.last);
  const entity = inside.length > 0 ? registry.resolve(source, inside[inside.length - 1]!)?.id : undefined;
  return {
    text: sentence.text.slice(start - sentence.start, end - sentence.start),
    start,
    end,
    ...(entity ? { entity } : {}),
  };
}

function factsOf(
  sentence: Sentence,
  source: Source,
  names: readonly NameMention[],
  registry: ReturnType<typeof buildEntities>,
): StoredFact[] {
  if (sentence.tokens.length > MAX_FACT_SENTENCE_TOKENS) return [];
  const arg = (r: PhraseRange): FactArg => argOf(sentence, r, names, source, registry);
  return readClauses(sentence.tokens).map((c) => ({
    predicate: c.predicate,
    start: sentence.tokens[c.verb.first]!.start,
    end: sentence.tokens[c.verb.last]!.end,
    negated: c.negated,
    passive: c.passive,
    planned: c.planned,
    ...(c.agent ? { agent: arg(c.agent) } : {}),
    ...(c.object ? { object: arg(c.object) } : {}),
    modifiers: c.modifiers.map((m) => ({ relation: m.relation, arg: arg(m.arg) })),
  }));
}

const SPEECH_VERBS = new Set([
  'say',
  'tell',
  'add',
  'state',
  'declare',
  'write',
  'announce',
  'insist',
  'warn',
  'call',
  'note',
  'explain',
  'reply',
  'claim',
  'argue',
  'ask',
  'remark',
  'quip',
  'describe',
  'quote',
]);

/**
 * Reads an article's quotations sentence by sentence: a quotation open at the end of a sentence
 * goes on in the next one of the paragraph, and a paragraph that opens by going on with a quotation
 * keeps the speaker of the quotation before it (the journalist's convention for long quotes).
 */
class QuoteReader {
  private open = false;
  private speaker: FactArg | undefined;

  read(sentence: Sentence, facts: readonly StoredFact[], newParagraph: boolean): StoredQuote[] {
    const { quotes, openAtEnd } = readQuotes(sentence.tokens, this.open && !newParagraph);
    const said = facts.find((f) => SPEECH_VERBS.has(f.predicate) && f.agent && !f.negated);
    // "… X said." / "X said: …": the speaker is the agent of a speech verb outside the quotation.
    const own = said && !quotes.some((q) => inside(sentence, q, said.start)) ? said.agent : undefined;
    const stored = quotes.map((q): StoredQuote => {
      const start = sentence.tokens[q.first]!.start;
      const end = sentence.tokens[q.last]!.end;
      const speaker = own ?? (q.atStart ? this.speaker : undefined);
      return {
        text: sentence.text.slice(start - sentence.start, end - sentence.start),
        start,
        end,
        ...(speaker ? { speaker } : {}),
      };
    });
    if (stored.length > 0) this.speaker = stored[stored.length - 1]!.speaker;
    else if (!openAtEnd) this.speaker = undefined;
    this.open = openAtEnd;
    return stored;
  }
}

function inside(sentence: Sentence, q: { first: number; last: number }, at: number): boolean {
  return at >= sentence.tokens[q.first]!.start && at <= sentence.tokens[q.last]!.end;
}

function spansOf(
  sentence: Sentence,
  source: Source,
  names: readonly NameMention[],
  dates: readonly DateMention[],
  registry: ReturnType<typeof buildEntities>,
): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const at = (first: number, last: number): { start: number; end: number } => ({
    start: sentence.tokens[first]!.start,
    end: sentence.tokens[last]!.end,
  });
  for (const d of dates) {
    const v = d.value;
    spans.push({
      kind: 'date',
      text: v.text,
      ...at(d.first, d.last),
      date: storedDate(v),
    });
  }
  const dateTokens = new Set<number>();
  for (const d of dates) for (let t = d.first; t <= d.last; t += 1) dateTokens.add(t);
  // Times of day wink finds on their own ("just after 5 a.m."), not already part of a date.
  for (const e of sentence.entities) {
    if (e.custom || e.type !== 'TIME' || dateTokens.has(e.first)) continue;
    const span = at(e.first, e.last);
    spans.push({
      kind: 'time',
      text: sentence.text.slice(span.start - sentence.start, span.end - sentence.start),
      ...span,
    });
  }
  for (const q of readQuantities(sentence.tokens, sentence.entities, dateTokens)) {
    const span = at(q.first, q.last);
    spans.push({
      kind: 'quantity',
      text: sentence.text.slice(span.start - sentence.start, span.end - sentence.start),
      ...span,
      ...(q.value !== null ? { value: q.value } : {}),
      ...(q.unit ? { unit: q.unit } : {}),
    });
  }
  for (const n of names) {
    const e = registry.resolve(source, n);
    if (!e) continue;
    // "Japanese", "the Saudis": the country is named, but as people of it, never as a place where something happened.
    spans.push({ kind: n.kind === 'demonym' ? 'other' : e.kind, text: n.text, ...at(n.first, n.last), entity: e.id });
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Sentences from the top of an article that may hold its dateline. */
const DATELINE_WITHIN = 10;

/** Lemmas of the words, with a number-word compound also as its parts: "41-gun" is about guns. */
function termsOf(tokens: readonly Token[]): string[] {
  const terms: string[] = [];
  for (const t of tokens) {
    if (!/[\p{L}\p{N}]/u.test(t.text)) continue;
    terms.push(t.lemma);
    const compound = /^(\d[\d,.]*)-(\p{L}+)$/u.exec(t.lemma);
    if (compound) terms.push(compound[1]!, compound[2]!);
  }
  return terms;
}
