import type { WinkMethods } from 'wink-nlp';
import type { Article } from '../corpus/index.ts';
import type { Token } from '../nlp/analyse.ts';
import type { SentenceSpan, Source, StoredFact } from '../store/schema.ts';
import { readClauses, readQuantities, readQuotes, type PhraseRange } from './clause-facts.ts';
import { datelineLength } from './dateline.ts';
import { findDates, storedDate, type DateMention } from './dates.ts';
import type { Knowledge } from './knowledge.ts';
import { MAX_FACT_SENTENCE_TOKENS, readSentence, type SentenceFacts } from './mentions.ts';
import { capitalisedWords, findNames, type NameMention } from './names.ts';
import { splitSentences, type Sentence } from './sentences.ts';

/**
 * A phrase of a sentence as a fact's argument, before the corpus's entities exist: the name it holds
 * (its last one: the head) is resolved to its entity when the store is assembled.
 */
export interface PendingArg {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly name?: NameMention;
}

/** A clause's fact as the store keeps it, but with its arguments pending. */
export type PendingFact = Omit<StoredFact, 'agent' | 'object' | 'modifiers'> & {
  readonly agent?: PendingArg;
  readonly object?: PendingArg;
  readonly modifiers: ReadonlyArray<{
    readonly relation: StoredFact['modifiers'][number]['relation'];
    readonly arg: PendingArg;
  }>;
};

/** A quotation with its speaker pending: the agent of a speech verb, of this sentence or one before it. */
export interface PendingQuote {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly speaker?: PendingArg;
}

/** A name as read in its sentence, with where it is in the article. */
export interface PlacedName {
  readonly mention: NameMention;
  readonly start: number;
  readonly end: number;
}

/**
 * One sentence with everything extraction reads from its article alone: the store's sentence but for
 * what needs the corpus's entities (the entity of each name, of each fact argument and quotation
 * speaker), which `assembleStore` adds. It holds no tokens: a worker thread sends a few kB per
 * article instead of every token it read.
 */
export interface PreparedSentence {
  readonly source: Source;
  readonly index: number;
  readonly text: string;
  /** A paragraph line with no sentence-final punctuation: a photo caption or a heading. */
  readonly caption: boolean;
  readonly names: PlacedName[];
  /** The events, reports and topics it states, for the article's events. */
  readonly mentions: SentenceFacts;
  readonly facts: PendingFact[];
  readonly quotes: PendingQuote[];
  /** Its dates, times and quantities, in order; names join them once their entities exist. */
  readonly spans: SentenceSpan[];
  readonly terms: string[];
}

/**
 * The part of extraction that needs one article and nothing else: its sentences, their names and
 * dates, and what they state. Pure apart from the wink instance. extract/pool.ts runs it on every
 * core; everything after it reads across articles.
 */
export function prepareArticle(article: Article, nlp: WinkMethods, knowledge: Knowledge): PreparedSentence[] {
  const split = splitSentences(nlp, article);
  // "HOUSTON, Aug. 27 (Xinhua) --": where and when the story was filed. The sentence's own words start after it.
  const openings = split.map((sentence) => {
    const filedFrom = sentence.start + datelineLength(sentence.text);
    const opening = sentence.tokens.findIndex((t) => t.start >= filedFrom);
    return opening < 0 ? sentence.tokens.length : opening;
  });
  const capitalised = capitalisedWords(split.map((s, i) => ({ tokens: s.tokens, opening: openings[i]! })));
  const quotes = new QuoteReader();
  return split.map((sentence, i): PreparedSentence => {
    const opening = openings[i]!;
    // Neither where anything in the story happened, nor when, if the sentence says when ("… on Friday").
    const dates = whenStated(
      findDates(sentence.tokens, sentence.entities, article.published, knowledge),
      (d) => d.first >= opening,
    );
    const dateTokens = new Set<number>();
    for (const d of dates) for (let t = d.first; t <= d.last; t += 1) dateTokens.add(t);
    const names = findNames(sentence.tokens, dateTokens, knowledge, capitalised, opening).filter(
      (n) => n.first >= opening,
    );
    const newParagraph = i === 0 || article.text.slice(split[i - 1]!.end, sentence.start).includes('\n');
    const facts = factsOf(sentence, names);
    return {
      source: { article: article.id, start: sentence.start, end: sentence.end },
      index: sentence.index,
      text: sentence.text,
      caption: sentence.caption,
      names: names.map((mention) => ({
        mention,
        start: sentence.tokens[mention.first]!.start,
        end: sentence.tokens[mention.last]!.end,
      })),
      mentions: readSentence(sentence.tokens, sentence.entities, names, dates, knowledge, opening),
      facts,
      quotes: quotes.read(sentence, facts, newParagraph),
      spans: spansOf(sentence, dates, dateTokens),
      terms: termsOf(sentence.tokens),
    };
  });
}

/** The dates of a sentence past its dateline when it states any; else the dateline's, the day of the news. */
function whenStated(dates: DateMention[], pastDateline: (d: DateMention) => boolean): DateMention[] {
  return dates.some(pastDateline) ? dates.filter(pastDateline) : dates;
}

function factsOf(sentence: Sentence, names: readonly NameMention[]): PendingFact[] {
  if (sentence.tokens.length > MAX_FACT_SENTENCE_TOKENS) return [];
  const arg = (r: PhraseRange): PendingArg => argOf(sentence, r, names);
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

function argOf(sentence: Sentence, range: PhraseRange, names: readonly NameMention[]): PendingArg {
  const tokens = sentence.tokens;
  const start = tokens[range.first]!.start;
  const end = tokens[range.last]!.end;
  const inside = names.filter((n) => n.first >= range.first && n.last <= range.last);
  const name = inside[inside.length - 1];
  return {
    text: sentence.text.slice(start - sentence.start, end - sentence.start),
    start,
    end,
    ...(name ? { name } : {}),
  };
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
  private speaker: PendingArg | undefined;

  read(sentence: Sentence, facts: readonly PendingFact[], newParagraph: boolean): PendingQuote[] {
    const { quotes, openAtEnd } = readQuotes(sentence.tokens, this.open && !newParagraph);
    const said = facts.find((f) => SPEECH_VERBS.has(f.predicate) && f.agent && !f.negated);
    // "… X said." / "X said: …": the speaker is the agent of a speech verb outside the quotation.
    const own = said && !quotes.some((q) => inside(sentence, q, said.start)) ? said.agent : undefined;
    const read = quotes.map((q): PendingQuote => {
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
    if (read.length > 0) this.speaker = read[read.length - 1]!.speaker;
    else if (!openAtEnd) this.speaker = undefined;
    this.open = openAtEnd;
    return read;
  }
}

function inside(sentence: Sentence, q: { first: number; last: number }, at: number): boolean {
  return at >= sentence.tokens[q.first]!.start && at <= sentence.tokens[q.last]!.end;
}

/** The sentence's dates, times of day and quantities, in that order. */
function spansOf(sentence: Sentence, dates: readonly DateMention[], dateTokens: ReadonlySet<number>): SentenceSpan[] {
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
  return spans;
}

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
