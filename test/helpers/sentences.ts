import type { Knowledge } from '../../src/extract/knowledge.ts';
import { loadRelatedWords } from '../../src/answer/related.ts';
import { needsOf, type Needs } from '../../src/answer/sentence-answer.ts';
import { WordKinship } from '../../src/answer/kin.ts';
import { WordMatcher } from '../../src/answer/words.ts';
import { sharedNlp } from '../../src/nlp/wink.ts';
import type { IndexedStore } from '../../src/store/indexes.ts';
import type { Store } from '../../src/store/index.ts';
import { createUnderstander, type Question } from '../../src/understand/question.ts';
import { Vocabulary } from '../../src/understand/vocabulary.ts';
import { engineFor, sharedKnowledge } from './build.ts';

/** A store built from articles written in a test, and the pieces the sentence reader is called with. */
export interface SentenceReader {
  readonly indexed: IndexedStore;
  readonly store: Store;
  readonly knowledge: Knowledge;
  /** The question as the engine reads it (no typo repair: the test writes its questions correctly). */
  question(text: string): Question;
  needs(q: Question): Needs;
}

export async function sentenceReader(articles: Record<string, string>): Promise<SentenceReader> {
  const { engine, store } = await engineFor(articles);
  const knowledge = sharedKnowledge();
  const indexed = engine.indexed;
  const understander = createUnderstander(sharedNlp(), knowledge, indexed, new Vocabulary());
  const kinship = new WordKinship(new WordMatcher(loadRelatedWords()), knowledge);
  return {
    indexed,
    store,
    knowledge,
    question: (text) => understander.understand(text),
    needs: (q) => needsOf(q, indexed, knowledge, kinship),
  };
}
