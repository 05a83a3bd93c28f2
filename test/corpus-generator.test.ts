import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/index.ts';
import { parseArticle } from '../src/corpus/index.ts';
import { expandStore, parseStore, type Store } from '../src/store/index.ts';
import { generateCorpus, questionsAbout, type GeneratedArticle } from '../bench/corpus.ts';
import { engineFor } from './helpers/build.ts';

// The benchmark's article generator (bench/corpus.ts): deterministic, varied, and its articles are
// ones extraction reads the planted facts back from. Not a timed test.

const words = (text: string): number => text.trim().split(/\s+/).length;

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

  it('writes articles as the corpus reader takes them: date header, paragraphs, 250–500 words', () => {
    for (const a of corpus) {
      const article = parseArticle(a.id, a.text);
      expect(article.published).toBe(a.published);
      if (a.published) expect(a.text.startsWith(` date ${a.published} `)).toBe(true);
      expect(a.text.split('\n\n').length).toBeGreaterThanOrEqual(6);
      expect(words(a.text.slice(article.bodyStart))).toBeGreaterThanOrEqual(250);
      expect(words(a.text.slice(article.bodyStart))).toBeLessThanOrEqual(500);
      expect(a.text).not.toMatch(/\$\{|undefined|NaN|\bnull\b/);
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
    expect(distinct(corpus, (a) => a.kinds)).toBeGreaterThanOrEqual(12);
    const sentences = (list: readonly GeneratedArticle[]): number =>
      new Set(list.flatMap((a) => a.text.split(/(?<=[.!?"])\s+/))).size;
    expect(sentences(corpus)).toBeGreaterThan(8 * sentences(small));
    expect(new Set(corpus.map((a) => a.facts.when.iso)).size).toBeGreaterThan(700);
  });

  it('never uses the names, places or sentences of the seed articles in its source', () => {
    const source = readdirSync('bench')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(`bench/${f}`, 'utf8'))
      .join('\n');
    const seed = expandStore(parseStore('data/store.json', readFileSync('data/store.json')));
    // People by their full names and each of their names; places and organisations by name and alias.
    const names = seed.entities
      .filter((e) => e.kind !== 'other')
      .flatMap((e) => [e.name, ...e.aliases, ...(e.kind === 'person' ? e.name.split(' ') : [])]);
    for (const name of new Set(names)) {
      if (name.length < 3) continue;
      expect(source, name).not.toMatch(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
    }
    for (const s of seed.sentences) expect(source.includes(s.text.slice(0, 60))).toBe(false);
  });
});

describe('generated articles through the real extraction', () => {
  // Dated articles of each main kind, so that every planted question has a calendar answer.
  const sample = (() => {
    const all = generateCorpus(60, 11).filter((a) => a.published);
    const byKind = ['summit', 'meeting', 'visit'].flatMap((kind) =>
      all.filter((a) => a.facts.kind === kind).slice(0, 2),
    );
    return byKind;
  })();
  let engine: Engine;
  let store: Store;
  beforeAll(async () => {
    ({ engine, store } = await engineFor(Object.fromEntries(sample.map((a) => [a.id, a.text]))));
  });

  it('finds each main event with the planted date, place and people', () => {
    expect(sample).toHaveLength(6);
    for (const a of sample) {
      const f = a.facts;
      const event = store.events.find(
        (e) =>
          e.sources.some((s) => s.article === a.id) &&
          (e.slots.when ?? []).some((v) => v.date?.iso === f.when.iso) &&
          (e.slots.where ?? []).some((v) => v.text === f.city),
      );
      expect(event, `${a.id}: ${f.kind} in ${f.city} on ${f.when.iso}`).toBeDefined();
      const people = new Set([...(event!.slots.participants ?? []), ...(event!.slots.agents ?? [])].map((v) => v.text));
      expect(people.has(f.participants[f.kind === 'visit' ? 1 : 0]!.name)).toBe(true);
      if (f.kind !== 'visit') expect(people.has(f.participants[1]!.name)).toBe(true);
      expect((event!.slots.confirmedBy ?? []).map((v) => v.text)).toContain(f.confirmedBy.name);
    }
  });

  it('answers questions about the planted facts from the articles, citing the sentence', () => {
    for (const a of sample) {
      for (const q of questionsAbout(a)) {
        const answer = engine.answer(q.q);
        expect(answer.answered, q.q).toBe(true);
        for (const e of q.expect) expect(answer.answer.toLowerCase(), q.q).toContain(e.toLowerCase());
        const citation = answer.citations.find((c) => c.article === a.id);
        expect(citation, q.q).toBeDefined();
        expect(a.text.slice(citation!.start, citation!.end)).toBe(citation!.snippet);
      }
    }
  });
});
