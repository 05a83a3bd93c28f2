import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/index.ts';
import { parseArticle } from '../src/corpus/index.ts';
import { expandStore, parseStore, type Store } from '../src/store/index.ts';
import { generateCorpus, judge, plantedQuestions, type GeneratedArticle } from '../bench/corpus.ts';
import { engineFor } from './helpers/build.ts';

// The benchmark's article generator (bench/corpus.ts): deterministic, varied, and its articles are
// ones extraction reads the planted facts back from. Not a timed test.

const words = (text: string): number => text.trim().split(/\s+/).length;
/** A sentence with its capitalised words and numbers blanked: what is left is how it is written. */
const shape = (sentence: string): string =>
  sentence
    .replace(/\b[A-Z][\p{L}'-]*(?:\s+[A-Z][\p{L}'-]*)*/gu, 'X')
    .replace(/[0-9][0-9.,]*/g, '0')
    .trim();

describe('the benchmark corpus generator', () => {
  const corpus = generateCorpus(1000, 7);

  it('is deterministic: the same seed gives the same articles, a longer corpus extends a shorter one', () => {
    const again = generateCorpus(50, 7);
    expect(again.map((a) => a.text)).toEqual(corpus.slice(0, 50).map((a) => a.text));
    expect(again.map((a) => a.id)).toEqual(corpus.slice(0, 50).map((a) => a.id));
    const other = generateCorpus(50, 8);
    expect(other.filter((a, i) => a.text === corpus[i]!.text)).toHaveLength(0);
  });

  it('gives unique ids that are valid file names', () => {
    expect(new Set(corpus.map((a) => a.id)).size).toBe(corpus.length);
    for (const a of corpus) expect(a.id).toMatch(/^[0-9]{5}_[0-9a-f]{16}$/);
  });

  it('writes articles as the corpus reader takes them: date header, paragraphs, 110–400 words', () => {
    for (const a of corpus) {
      const article = parseArticle(a.id, a.text);
      expect(article.published).toBe(a.published);
      if (a.published) expect(a.text.startsWith(` date ${a.published} `)).toBe(true);
      expect(a.text.split('\n\n').length).toBeGreaterThanOrEqual(5);
      expect(words(a.text.slice(article.bodyStart))).toBeGreaterThanOrEqual(110);
      expect(words(a.text.slice(article.bodyStart))).toBeLessThanOrEqual(400);
      expect(a.text).not.toMatch(/\$\{|undefined|NaN|\bnull\b|\{c\}/);
    }
    const dated = corpus.filter((a) => a.published).length;
    expect(dated).toBeGreaterThan(850);
    expect(dated).toBeLessThan(1000);
  });

  it('varies: people, places, organisations, event kinds and sentences keep growing with the corpus', () => {
    const distinct = (list: readonly GeneratedArticle[], of: (a: GeneratedArticle) => readonly string[]): number =>
      new Set(list.flatMap(of)).size;
    const small = corpus.slice(0, 100);
    expect(distinct(corpus, (a) => a.people)).toBeGreaterThan(5 * distinct(small, (a) => a.people));
    expect(distinct(corpus, (a) => a.places)).toBeGreaterThan(3 * distinct(small, (a) => a.places));
    expect(distinct(corpus, (a) => a.organisations)).toBeGreaterThan(4 * distinct(small, (a) => a.organisations));
    expect(distinct(corpus, (a) => a.kinds)).toBeGreaterThanOrEqual(18);
    const sentences = (list: readonly GeneratedArticle[]): number =>
      new Set(list.flatMap((a) => a.text.split(/(?<=[.!?"])\s+/))).size;
    expect(sentences(corpus)).toBeGreaterThan(8 * sentences(small));
    expect(new Set(corpus.map((a) => a.facts.when.iso)).size).toBeGreaterThan(700);
  });

  it('opens with many kinds of main event, none of them most of the corpus, each written several ways', () => {
    const count = new Map<string, number>();
    for (const a of corpus) count.set(a.facts.kind, (count.get(a.facts.kind) ?? 0) + 1);
    const known = new Set(
      (JSON.parse(readFileSync('data/knowledge/events.json', 'utf8')) as { kinds: Array<{ kind: string }> }).kinds.map(
        (k) => k.kind,
      ),
    );
    expect([...count.keys()].filter((k) => !known.has(k))).toEqual([]);
    expect(count.size).toBeGreaterThanOrEqual(15);
    expect(Math.max(...count.values())).toBeLessThan(corpus.length * 0.15);
    // The first sentence with names, places and numbers blanked: at least three shapes per kind.
    const shapes = new Map<string, Set<string>>();
    for (const a of corpus) {
      const body = a.text.slice(parseArticle(a.id, a.text).bodyStart);
      const first = shape(body.split(/(?<=[.;])\s/)[0]!);
      shapes.set(a.facts.kind, (shapes.get(a.facts.kind) ?? new Set()).add(first));
    }
    for (const [kind, set] of shapes) expect(set.size, kind).toBeGreaterThanOrEqual(3);
  });

  it('has people who share a first or last name, within articles and across them', () => {
    const sharing = corpus.filter((a) => {
      const firsts = a.people.map((p) => p.split(' ')[0]);
      const lasts = a.people.map((p) => p.split(' ').slice(1).join(' '));
      return new Set(firsts).size < firsts.length || new Set(lasts).size < lasts.length;
    });
    expect(sharing.length).toBeGreaterThan(corpus.length / 3);
    const people = new Set(corpus.flatMap((a) => a.people));
    const bySurname = new Map<string, number>();
    for (const p of people) bySurname.set(p.split(' ')[1]!, (bySurname.get(p.split(' ')[1]!) ?? 0) + 1);
    expect(Math.max(...bySurname.values())).toBeGreaterThanOrEqual(10);
  });

  it('names events after cities, and asks about some of them by that name', () => {
    const named = corpus.filter((a) => a.text.includes(`the ${a.facts.city} ${a.facts.noun}`));
    expect(named.length).toBeGreaterThan(corpus.length / 5);
    const asked = plantedQuestions(corpus).filter((q) => q.key.startsWith('label:'));
    expect(asked.length).toBeGreaterThan(100);
  });

  it('asks only questions with one right answer in the corpus', () => {
    const all = corpus.flatMap((a) => a.questions);
    const kept = plantedQuestions(corpus);
    expect(kept.length).toBeLessThan(all.length);
    expect(kept.length).toBeGreaterThan(all.length * 0.9);
    const owners = new Map<string, Set<string>>();
    for (const q of all) owners.set(q.key, (owners.get(q.key) ?? new Set()).add(q.article));
    for (const q of kept) expect(owners.get(q.key)!.size, q.q).toBe(1);
  });

  it('never uses the names, places or sentences of the seed articles in its source', () => {
    const source = readdirSync('bench')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(`bench/${f}`, 'utf8'))
      .join('\n');
    const seed: Store = expandStore(parseStore('data/store.json', readFileSync('data/store.json')));
    // People by their full names and each of their names; places and organisations by name and alias.
    const names = seed.entities
      .filter((e) => e.kind !== 'other')
      .flatMap((e) => [e.name, ...e.aliases, ...(e.kind === 'person' ? e.name.split(' ') : [])]);
    for (const name of new Set(names)) {
      if (name.length < 3) continue;
      expect(source, name).not.toMatch(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
    }
    for (const s of seed.sentences) expect(source.includes(s.text.slice(0, 60))).toBe(false);
    // Nor their sentence shapes: no generated sentence is a seed sentence with other names and numbers.
    const seedShapes = new Set(seed.sentences.map((s) => shape(s.text)));
    const generated = corpus.flatMap((a) => a.text.split(/(?<=[.!?"])\s+/));
    expect(generated.filter((s) => seedShapes.has(shape(s)))).toEqual([]);
  });
});

describe('generated articles through the real extraction', () => {
  // One dated article of each main kind.
  const sample = (() => {
    const all = generateCorpus(200, 11).filter((a) => a.published);
    return [...new Set(all.map((a) => a.facts.kind))].map((kind) => all.find((a) => a.facts.kind === kind)!);
  })();
  let engine: Engine;
  let store: Store;
  beforeAll(async () => {
    ({ engine, store } = await engineFor(Object.fromEntries(sample.map((a) => [a.id, a.text]))));
  });

  it('finds each main event with its planted date, but one the extraction is known to miss', () => {
    expect(sample.length).toBeGreaterThanOrEqual(15);
    const missing = sample.filter(
      (a) =>
        !store.events.some(
          (e) =>
            e.kind === a.facts.kind &&
            e.sources.some((s) => s.article === a.id) &&
            (e.slots.when ?? []).some((v) => v.date?.iso === a.facts.when.iso),
        ),
    );
    // "In a deal announced in X on Tuesday, A will acquire B": the date goes to the announcement (read
    // as an agreement), not to the acquisition. Take it off this list when extraction reads it.
    expect(missing.map((a) => `${a.facts.kind} on ${a.facts.when.iso}`)).toEqual(['acquisition on 2012-05-15']);
  });

  it('judges answers: the planted value from its article is right, another value wrong, none declined', () => {
    const q = sample.flatMap((a) => a.questions).find((x) => x.fact === 'when')!;
    const answer = engine.answer(q.q);
    expect(judge(q, answer), q.q).toBe('right');
    expect(judge({ ...q, expect: '1999-01-01' }, answer)).toBe('wrong');
    expect(judge({ ...q, article: 'elsewhere' }, answer)).toBe('wrong');
    const where = sample.flatMap((a) => a.questions).find((x) => x.fact === 'where')!;
    const placed = engine.answer(where.q);
    expect(judge(where, placed), where.q).toBe('right');
    expect(judge({ ...where, expect: `${where.expect}x` }, placed)).toBe('wrong');
    const none = engine.answer('When did the comet land on the moon?');
    expect(judge(q, none)).toBe('declined');
  });
});
