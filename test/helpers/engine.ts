import { readFileSync } from 'node:fs';
import { createEngine, type Engine } from '../../src/answer/index.ts';
import { loadKnowledge } from '../../src/extract/index.ts';
import { sharedNlp } from '../../src/nlp/wink.ts';
import { loadStore } from '../../src/store/index.ts';

let cached: Promise<Engine> | undefined;

/** The engine over the committed store, as `npm run ask` and `npm start` use it. */
export function seedEngine(): Promise<Engine> {
  cached ??= loadStore('data/store.json').then((store) => createEngine(store, loadKnowledge(), sharedNlp()));
  return cached;
}

const articles = new Map<string, string>();
export function articleText(id: string, dir = 'data/articles'): string {
  const key = `${dir}/${id}`;
  if (!articles.has(key)) articles.set(key, readFileSync(`${dir}/${id}.txt`, 'utf8'));
  return articles.get(key)!;
}
