import type { ItemCustomEntity, ItemEntity, ItsFunction, WinkMethods } from 'wink-nlp';

/** A token with its exact character span in the analysed text (wink has no offset API). */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly pos: string;
  readonly lemma: string;
  /** Lowercased form. */
  readonly normal: string;
  readonly type: string;
  readonly stop: boolean;
  /** Whitespace before the token, so line breaks can be found. */
  readonly space: string;
  /**
   * The word's lowercase form is in wink's English lexicon ("clashes", "organised", "Apple"). The
   * lexicon holds common words, not names: "Jones" and "Sivan" are not in it, nor are typos.
   */
  readonly common?: boolean;
}

/** A verb in a form other than its lemma ending like a past participle ("arrested", "taken", "shown", "sent"). */
export function isParticiple(t: Token): boolean {
  return t.pos === 'VERB' && t.normal !== t.lemma && /(?:ed|en|wn|t)$/.test(t.normal);
}

/** A wink entity (DATE, TIME, ORDINAL, CARDINAL, …) as an inclusive token range. */
export interface TokenEntity {
  readonly type: string;
  readonly first: number;
  readonly last: number;
  readonly custom: boolean;
}

export interface Analysis {
  readonly tokens: Token[];
  /** Inclusive token ranges of wink's sentences. */
  readonly sentences: Array<readonly [number, number]>;
  readonly entities: TokenEntity[];
}

/**
 * Runs wink over `text` and rebuilds character offsets from each token's preceding spaces,
 * shifted by `base` so spans index into the enclosing article.
 */
export function analyse(nlp: WinkMethods, text: string, base = 0): Analysis {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as string[];
  const lemmas = all.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const normals = all.out(its.normal) as string[];
  const types = all.out(its.type) as string[];
  const stops = all.out(its.stopWordFlag) as boolean[];

  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? '';
    cursor += (spaces[i] ?? '').length;
    // wink normalises a few characters; fall back to a search so a span always matches the text.
    let start = cursor;
    if (!text.startsWith(value, start)) {
      const found = text.indexOf(value, cursor);
      start = found >= 0 ? found : cursor;
    }
    const end = start + value.length;
    tokens.push({
      text: value,
      start: base + start,
      end: base + end,
      pos: pos[i] ?? 'X',
      lemma: (lemmas[i] ?? value).toLowerCase(),
      normal: (normals[i] ?? value).toLowerCase(),
      type: types[i] ?? 'word',
      stop: stops[i] ?? false,
      space: spaces[i] ?? '',
      ...(/\p{L}/u.test(value) && !doc.isOOV(value.toLowerCase()) ? { common: true } : {}),
    });
    cursor = end;
  }

  const sentences = (doc.sentences().out(its.span) as unknown as Array<[number, number]>).map(
    ([a, b]) => [a, b] as const,
  );
  const entities: TokenEntity[] = [];
  doc.entities().each((e: ItemEntity) => {
    const [first, last] = e.out(its.span) as unknown as [number, number];
    entities.push({ type: e.out(its.type) as string, first, last, custom: false });
  });
  doc.customEntities().each((e: ItemCustomEntity) => {
    const [first, last] = e.out(its.span) as unknown as [number, number];
    entities.push({ type: e.out(its.type) as string, first, last, custom: true });
  });
  return { tokens, sentences, entities };
}
