import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine, type Engine } from '../../src/answer/index.ts';
import { readCorpus } from '../../src/corpus/index.ts';
import { extractStore, loadKnowledge } from '../../src/extract/index.ts';
import type { Knowledge } from '../../src/extract/knowledge.ts';
import { sharedNlp } from '../../src/nlp/wink.ts';
import { expandStore, loadStore, saveStore, type Store } from '../../src/store/index.ts';

let knowledge: Knowledge | undefined;

/**
 * The knowledge files, read once per test file: reading and checking them takes longer than extracting a small
 * article, and a file that builds a store per test would read them three times each.
 */
export function sharedKnowledge(): Knowledge {
  return (knowledge ??= loadKnowledge());
}

/** Writes articles to a fresh folder, extracts them to a store file there, and loads an engine from it. */
export async function engineFor(
  articles: Record<string, string>,
): Promise<{ engine: Engine; store: Store; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'news-bot-'));
  for (const [id, text] of Object.entries(articles)) writeFileSync(join(dir, `${id}.txt`), text);
  const corpus = await readCorpus([dir]);
  const path = join(dir, 'store.json');
  await saveStore(path, extractStore(corpus.articles, sharedNlp(), sharedKnowledge()));
  const store = await loadStore(path);
  return { engine: createEngine(store, sharedKnowledge(), sharedNlp()), store: expandStore(store), dir };
}
