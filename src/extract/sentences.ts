import type { WinkMethods } from 'wink-nlp';
import type { Article } from '../corpus/index.ts';
import { analyse, type Token, type TokenEntity } from '../nlp/analyse.ts';

/** A sentence of an article with its tokens; `start`/`end` index into `article.text`. */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** A paragraph line with no sentence-final punctuation: a photo caption or a heading. */
  readonly caption: boolean;
  readonly tokens: Token[];
  /** wink entities with token indexes relative to `tokens`. */
  readonly entities: TokenEntity[];
}

const SENTENCE_END = /[.!?]["'”’)\]]*$/;

/**
 * Splits an article into sentences, one paragraph (line) at a time because wink does not
 * break at line ends, and mends wink's splits inside abbreviations ("U.S. | and Russian")
 * and web addresses ("www. | example. | org"): a piece that starts in lowercase continues
 * the sentence before it.
 */
export function splitSentences(nlp: WinkMethods, article: Article): Sentence[] {
  const sentences: Sentence[] = [];
  const body = article.text.slice(article.bodyStart);
  const line = /[^\r\n]+/g;
  for (let m = line.exec(body); m; m = line.exec(body)) {
    if (m[0].trim() === '') continue;
    const base = article.bodyStart + m.index;
    const { tokens, sentences: ranges, entities } = analyse(nlp, m[0], base);
    const pieces: Array<[number, number]> = [];
    for (const [first, last] of ranges) {
      const [a, b] = trimSpaceTokens(tokens, first, last);
      if (a > b) continue;
      const previous = pieces[pieces.length - 1];
      if (previous && continuesSentence(tokens, a)) previous[1] = b;
      else pieces.push([a, b]);
    }
    const isCaption = pieces.length === 1 && !SENTENCE_END.test(m[0].trimEnd());
    for (const [a, b] of pieces) {
      const first = tokens[a] as Token;
      const last = tokens[b] as Token;
      sentences.push({
        index: sentences.length,
        start: first.start,
        end: last.end,
        text: article.text.slice(first.start, last.end),
        caption: isCaption,
        tokens: tokens.slice(a, b + 1),
        entities: entities
          .filter((e) => e.first >= a && e.last <= b)
          .map((e) => ({ ...e, first: e.first - a, last: e.last - a })),
      });
    }
  }
  return sentences;
}

function trimSpaceTokens(tokens: Token[], first: number, last: number): [number, number] {
  let a = first;
  let b = last;
  while (a <= b && isBlank(tokens[a])) a += 1;
  while (b >= a && isBlank(tokens[b])) b -= 1;
  return [a, b];
}

function isBlank(token: Token | undefined): boolean {
  return !token || token.text.trim() === '';
}

function continuesSentence(tokens: Token[], first: number): boolean {
  const token = tokens[first];
  if (!token) return false;
  const ch = token.text.charAt(0);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase() && /\p{Ll}/u.test(ch);
}
