import type { IndexedStore } from '../store/indexes.ts';
import type { SentenceSpan, StoredSentence } from '../store/schema.ts';
import type { Question } from '../understand/question.ts';

export type ExpectedSpan = 'date' | 'place' | 'actor' | 'sentence';

export interface Retrieved {
  readonly sentence: StoredSentence;
  /** The span of the expected kind, or null when the whole sentence is the answer. */
  readonly span: SentenceSpan | null;
}

const K1 = 1.2;
const B = 0.75;

/**
 * The generic fallback: BM25 over stored sentences, kept only when the sentence covers the
 * question (its names, its content verbs, most of its weighted terms) and holds a span of the
 * expected kind that the question did not already name. Anything less is no answer.
 */
export function retrieve(question: Question, indexed: IndexedStore, expected: ExpectedSpan): Retrieved | null {
  const { postings, lengths, averageLength, count } = indexed.retrieval;
  const terms = [...new Set(question.target.terms)];
  if (terms.length === 0 || count === 0) return null;
  const idf = new Map<string, number>();
  for (const t of terms) {
    const df = postings.get(t)?.length ?? 0;
    idf.set(t, Math.log(1 + (count - df + 0.5) / (df + 0.5)));
  }
  const scores = new Map<number, number>();
  for (const t of terms) {
    for (const [i, tf] of postings.get(t) ?? []) {
      const norm = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * (lengths[i] ?? 0)) / (averageLength || 1)));
      scores.set(i, (scores.get(i) ?? 0) + (idf.get(t) ?? 0) * norm);
    }
  }
  const totalWeight = terms.reduce((sum, t) => sum + (idf.get(t) ?? 0), 0);
  const candidates = [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 20);
  const named = new Set(question.target.entities);
  for (const [i] of candidates) {
    const sentence = indexed.store.sentences[i]!;
    const have = new Set(sentence.terms);
    const mentioned = new Set(sentence.spans.map((s) => s.entity).filter(Boolean));
    if (![...named].every((id) => mentioned.has(id) || nameWordsIn(indexed, id, have))) continue;
    if (!question.target.verbs.every((v) => have.has(v))) continue;
    const covered = terms.reduce((sum, t) => sum + (have.has(t) ? (idf.get(t) ?? 0) : 0), 0);
    if (covered / (totalWeight || 1) < 0.6) continue;
    if (expected === 'sentence') return { sentence, span: null };
    const span = pickSpan(sentence, expected, named);
    if (span) return { sentence, span };
  }
  return null;
}

function nameWordsIn(indexed: IndexedStore, id: string, have: ReadonlySet<string>): boolean {
  const e = indexed.entities.get(id);
  return (
    !!e &&
    e.name
      .toLowerCase()
      .split(/\s+/)
      .some((w) => have.has(w))
  );
}

function pickSpan(
  sentence: StoredSentence,
  expected: Exclude<ExpectedSpan, 'sentence'>,
  named: ReadonlySet<string>,
): SentenceSpan | null {
  const fits = sentence.spans.filter((s) => {
    if (s.entity && named.has(s.entity)) return false;
    if (expected === 'date') return s.kind === 'date';
    if (expected === 'place')
      return (
        s.kind === 'place' ||
        (s.kind === 'organisation' &&
          /\b(?:at|in)\s+(?:the\s+)?$/i.test(sentence.text.slice(0, s.start - sentence.start)))
      );
    return s.kind === 'person' || s.kind === 'organisation';
  });
  return fits[0] ?? null;
}
