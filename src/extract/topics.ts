import type { Token } from '../nlp/analyse.ts';
import type { Knowledge } from './knowledge.ts';
import { spanText } from './names.ts';

/** What an event is about: the object of "discuss", or the quote after "talking point(s) would be". */
export function findTopics(tokens: readonly Token[], a: number, b: number, knowledge: Knowledge): string[] {
  const topics: string[] = [];
  for (let i = a; i <= b; i += 1) {
    const t = tokens[i] as Token;
    const pair = i < b ? `${t.normal} ${tokens[i + 1]!.normal}` : '';
    let from = -1;
    if (t.pos === 'VERB' && knowledge.topicVerbs.has(t.lemma)) from = i + 1;
    else if (
      knowledge.topicNouns.has(pair) ||
      (t.pos === 'NOUN' && knowledge.topicNouns.has(t.normal) && tokens[i + 1]?.pos === 'AUX')
    ) {
      from = pair && knowledge.topicNouns.has(pair) ? i + 2 : i + 1;
      while (from <= b && (tokens[from]!.pos === 'AUX' || tokens[from]!.pos === 'PART' || tokens[from]!.pos === 'VERB'))
        from += 1;
    }
    if (from < 0 || from > b) continue;
    const quoted = /^["“]$/.test(tokens[from]!.text);
    if (quoted) from += 1;
    let end = from;
    while (end <= b) {
      const w = tokens[end] as Token;
      if (quoted ? /^["”]$/.test(w.text) : w.pos === 'PUNCT' && w.text !== ',') break;
      // A date or place phrase closes an unquoted topic ("… conflicts in July").
      if (
        !quoted &&
        w.pos === 'ADP' &&
        ['in', 'on', 'at', 'during', 'before', 'after', 'by', 'with'].includes(w.normal)
      )
        break;
      end += 1;
    }
    let last = end - 1;
    while (last >= from && /^[,"”]$/.test(tokens[last]!.text)) last -= 1;
    if (last >= from && last - from < 40) {
      const text = spanText(tokens, from, last);
      if (/\p{L}{3}/u.test(text) && !/^(it|them|this|that)$/i.test(text)) topics.push(text);
    }
    i = Math.max(i, last);
  }
  return topics;
}

/** Tags of the words of a noun phrase up to its head ("the Lafayette crash", "Tuesday's vote"). */
const PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART']);

/**
 * The head of the noun phrase after a topic preposition ("on the Lafayette crash" → "crash"): its last noun before
 * anything that is no part of a noun phrase, up to `end`; -1 when `at` is no topic preposition or no noun follows.
 */
export function topicPhraseHead(tokens: readonly Token[], at: number, end: number, knowledge: Knowledge): number {
  if (!knowledge.topicPrepositions.has(tokens[at]?.normal ?? '')) return -1;
  let head = -1;
  for (let j = at + 1; j <= end && PHRASE_TAGS.has(tokens[j]!.pos); j += 1)
    if (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN') head = j;
  return head;
}
