import { readFile, rename, rm } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { StoreError } from './errors.ts';
import type { PackedStore } from './lean-format.ts';
import { serialiseStore } from './pack.ts';
import { PackError } from './packed.ts';
import { ArticleTexts, PackedRecords } from './records.ts';
import { STORE_SCHEMA_VERSION, StoreSchema, type Store } from './schema.ts';
import { isValidStore } from './validate.ts';
import { expandStore, openStore, type StoreView } from './view.ts';

export { serialiseStore };

export const DEFAULT_STORE_PATH = 'data/store.json';
/** Above this many sentences validating in place pays for loading the compiled validator. */
const LARGE_STORE_SENTENCES = 20_000;
/** Where the article texts start, and the sentence records after them: the last sections of a store file. */
const TEXTS = '\n"texts":[';
const SENTENCES = '\n"sentences":[';

/**
 * Reads a store. Never writes: a broken store stays as it is for the user to inspect, and the error
 * says which file and how to rebuild it.
 */
export async function loadStore(path: string = DEFAULT_STORE_PATH): Promise<StoreView> {
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new StoreError(
      path,
      code === 'ENOENT' ? 'missing' : 'unreadable',
      code === 'ENOENT' ? '' : String(code ?? error),
    );
  }
  return parseStore(path, raw);
}

/**
 * A store file's text (or bytes) → the store. The checksum covers every record, so a damaged one is
 * found here, at load, although sentences are decoded only when read.
 */
export function parseStore(path: string, raw: string | Buffer): StoreView {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  // The texts and the sentence records, the last sections and most of the file, are kept as bytes, not parsed.
  const texts = bytes.indexOf(TEXTS);
  const sentences = bytes.indexOf(SENTENCES, Math.max(texts, 0));
  const kept = texts >= 0 && sentences >= 0;
  let data: unknown;
  try {
    data = JSON.parse(
      // The sections are joined by `,\n`: the part before the texts ends with its comma. A file of an
      // older schema (no texts) is read up to its sentences, enough to refuse it.
      kept
        ? `${bytes.toString('utf8', 0, texts)}"texts":[],"sentences":[]}`
        : sentences >= 0
          ? `${bytes.toString('utf8', 0, sentences + SENTENCES.length)}]}`
          : bytes.toString('utf8'),
    );
  } catch (error) {
    throw new StoreError(path, 'corrupt', `not valid JSON: ${(error as Error).message}`);
  }
  const version = (data as { schema?: unknown } | null)?.schema;
  if (version !== STORE_SCHEMA_VERSION) {
    throw new StoreError(path, 'schema', `schema ${JSON.stringify(version ?? null)}, expected ${STORE_SCHEMA_VERSION}`);
  }
  const shape = shapeProblem(data as Record<string, unknown>);
  if (shape) throw new StoreError(path, 'corrupt', shape);
  const packed = data as PackedStore;
  const firstLine = bytes.indexOf(10);
  const check =
    firstLine < 0
      ? ''
      : crc32(bytes.subarray(firstLine + 1))
          .toString(16)
          .padStart(8, '0');
  if (check !== packed.check) throw new StoreError(path, 'corrupt', 'its checksum does not match its records');
  try {
    if (!kept) return openStore(packed, ArticleTexts.of(packed.texts), PackedRecords.of(packed.sentences));
    // One copy of the last sections, so that the rest of the file's bytes can be let go.
    const tail = Buffer.from(bytes.subarray(texts));
    return openStore(
      packed,
      ArticleTexts.fromFile(tail, TEXTS.length, packed.articles.length),
      PackedRecords.fromFile(tail, sentences - texts + SENTENCES.length),
    );
  } catch (error) {
    if (error instanceof PackError) throw new StoreError(path, 'corrupt', error.message);
    throw error;
  }
}

/** A store made in memory, as the engine would read it from its file. */
export function viewOfStore(store: Store): StoreView {
  return parseStore('(a store in memory)', serialiseStore(store));
}

/** What is wrong with the outline of a parsed store file, or null: the records themselves are checked when decoded. */
function shapeProblem(data: Record<string, unknown>): string | null {
  if (typeof data.check !== 'string') return 'check: not a checksum';
  for (const key of ['strings', 'entities', 'events', 'names', 'texts', 'sentences'] as const) {
    const list = data[key];
    if (!Array.isArray(list)) return `${key}: not a list`;
    for (let i = 0; i < list.length; i += 1) if (typeof list[i] !== 'string') return `${key}.${i}: not a string`;
  }
  if (typeof data.nameEntities !== 'string') return 'nameEntities: not a packed string';
  if (!Number.isSafeInteger(data.longestName) || (data.longestName as number) < 1) return 'longestName: not a count';
  const articles = data.articles;
  if (!Array.isArray(articles)) return 'articles: not a list';
  for (let i = 0; i < articles.length; i += 1) {
    const a = articles[i] as unknown;
    if (
      !Array.isArray(a) ||
      (a.length !== 4 && a.length !== 5) ||
      typeof a[0] !== 'string' ||
      (a[1] !== null && (typeof a[1] !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(a[1]))) ||
      !Number.isSafeInteger(a[2]) ||
      (a[2] as number) < 0 ||
      typeof a[3] !== 'string' ||
      (a.length === 5 &&
        (!Array.isArray(a[4]) || a[4].length !== 2 || !a[4].every((x: unknown) => typeof x === 'string')))
    )
      return `articles.${i}: not [id, published, chars, bounds, filedFrom?]`;
  }
  const texts = data.texts as unknown[];
  if (texts.length > 0 && texts.length !== articles.length)
    return `texts: ${texts.length} for ${articles.length} articles`;
  return null;
}

/** Refuses a store that extraction should never have made, with zod's message for the first problem. */
export function validateStore(path: string, store: Store): void {
  // zod copies as it checks; a large store is checked in place by ajv first, and only a failure goes to zod.
  if (store.sentences.length > LARGE_STORE_SENTENCES && isValidStore(store)) return;
  const parsed = StoreSchema.safeParse(store);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError(path, 'corrupt', issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid');
  }
}

/**
 * Checks a store, writes it through lowdb to a temporary file, reads that back and decodes every
 * record, and only then renames it over the target: a failed or interrupted build never replaces
 * a good store with a broken one.
 */
export async function saveStore(path: string, store: Store): Promise<void> {
  // Loaded here, not at the top: answering only reads stores, and start-up should not pay for lowdb.
  const [{ Low }, { DataFile }] = await Promise.all([import('lowdb'), import('lowdb/node')]);
  const temporary = `${path}.${process.pid}.tmp`;
  const db = new Low<Store>(
    new DataFile<Store>(temporary, {
      parse: () => {
        throw new Error('a store is read with loadStore');
      },
      stringify: serialiseStore,
    }),
    store,
  );
  try {
    validateStore(temporary, store);
    await db.write();
    const written = parseStore(temporary, await readFile(temporary));
    try {
      // Every record decoded, the parts read only when an answer asks for them too.
      expandStore(written);
    } catch (error) {
      throw error instanceof PackError ? new StoreError(temporary, 'corrupt', error.message) : error;
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
