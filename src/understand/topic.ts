import type { Knowledge } from '../extract/knowledge.ts';
import { topicPhraseHead } from '../extract/topics.ts';
import type { Token } from '../nlp/analyse.ts';

/** Positions (in the question's words, inclusive) of a phrase that says what the asked event was about. */
export interface TopicPhrase {
  readonly first: number;
  readonly last: number;
}

function isEventNoun(t: Token, knowledge: Knowledge): boolean {
  return (
    (t.pos === 'NOUN' || t.pos === 'PROPN') && (knowledge.eventNouns.has(t.lemma) || knowledge.eventNouns.has(t.normal))
  );
}

/**
 * "the news conference on the Lafayette crash", "an inquiry into the fire": after an event noun, a topic
 * preposition whose noun phrase is headed by another event noun. The phrase (preposition to head) names the
 * event the asked one was about: its names place and date that other event, not the one asked of.
 * A phrase headed by anything else ("on the sidelines of the summit", "on Monday") is not a topic.
 */
export function readTopic(words: readonly Token[], knowledge: Knowledge): TopicPhrase | null {
  let eventBefore = false;
  for (let i = 0; i < words.length; i += 1) {
    const head = eventBefore ? topicPhraseHead(words, i, words.length - 1, knowledge) : -1;
    if (head >= 0 && isEventNoun(words[head]!, knowledge)) return { first: i, last: head };
    if (isEventNoun(words[i]!, knowledge)) eventBefore = true;
  }
  return null;
}
