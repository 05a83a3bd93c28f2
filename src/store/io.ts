import { readFile, rename, rm } from 'node:fs/promises';
import { StoreError } from './errors.ts';
import { STORE_SCHEMA_VERSION, StoreSchema, type Store } from './schema.ts';
import { isValidStore } from './validate.ts';

export const DEFAULT_STORE_PATH = 'data/store.json';
/** Above this size (about 140 articles) validating in place pays for loading the compiled validator. */
const LARGE_STORE_CHARS = 5_000_000;

/**
 * Reads and validates a store. Never writes: a broken store stays as it is for the user to
 * inspect, and the error says which file and how to rebuild it.
 */
export async function loadStore(path: string = DEFAULT_STORE_PATH): Promise<Store> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
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

export function parseStore(path: string, raw: string): Store {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new StoreError(path, 'corrupt', `not valid JSON: ${(error as Error).message}`);
  }
  const version = (data as { schema?: unknown } | null)?.schema;
  if (version !== STORE_SCHEMA_VERSION) {
    throw new StoreError(path, 'schema', `schema ${JSON.stringify(version ?? null)}, expected ${STORE_SCHEMA_VERSION}`);
  }
  // A large well-formed store is used as parsed; zod (which copies) checks small ones and gives every message.
  if (raw.length > LARGE_STORE_CHARS && isValidStore(data)) return data;
  const parsed = StoreSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoreError(path, 'corrupt', issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid');
  }
  return parsed.data;
}

/**
 * The exact bytes a store is written as, so a rebuild can be compared with the committed file: one
 * record a line. Compact, because the clause facts of 10,000 articles written with indentation pass
 * the longest string JavaScript can hold; a line a record keeps a rebuild's diff readable.
 */
export function serialiseStore(store: Store): string {
  const parts: string[] = [`{"schema":${JSON.stringify(store.schema)}`];
  for (const key of ['articles', 'sentences', 'entities', 'events'] as const) {
    const records = store[key] as readonly unknown[];
    parts.push(`,"${key}":[${records.length > 0 ? '\n' : ''}${records.map((r) => JSON.stringify(r)).join(',\n')}]`);
  }
  return `${parts.join('\n')}}\n`;
}

/**
 * Writes a store through lowdb to a temporary file, validates what was written by reading it
 * back, and only then renames it over the target: a failed or interrupted build never replaces
 * a good store with a broken one.
 */
export async function saveStore(path: string, store: Store): Promise<void> {
  // Loaded here, not at the top: answering only reads stores, and start-up should not pay for lowdb.
  const [{ Low }, { DataFile }] = await Promise.all([import('lowdb'), import('lowdb/node')]);
  const temporary = `${path}.${process.pid}.tmp`;
  const db = new Low<Store>(new DataFile<Store>(temporary, { parse: JSON.parse, stringify: serialiseStore }), store);
  try {
    await db.write();
    parseStore(temporary, await readFile(temporary, 'utf8'));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
