import { setFlagsFromString } from 'node:v8';
import { createEngine, type Engine } from '../answer/index.ts';
import { loadKnowledge } from '../extract/index.ts';
import { sharedNlp } from '../nlp/wink.ts';
import { DEFAULT_STORE_PATH, loadStore, StoreError } from '../store/index.ts';

/**
 * How far past its live size V8 lets the heap grow before collecting it in full, in percent. By
 * default it grows to up to four times the live size when collections are quick; a loaded store is
 * a large heap that lives as long as the process, and answers make short-lived garbage, so that
 * headroom is mostly garbage (at 10,000 articles it was ~300 MB of the process's ~740).
 */
export const HEAP_GROWTH_PERCENT = 50;

/** Loads the store, knowledge and model once; the returned engine answers without further I/O. */
export async function loadEngine(storePath: string = DEFAULT_STORE_PATH): Promise<Engine> {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWTH_PERCENT}`);
  const store = await loadStore(storePath);
  return createEngine(store, loadKnowledge(), sharedNlp());
}

/** Prints a store problem (or any start-up failure) plainly and exits non-zero; never touches the file. */
export function exitWithError(error: unknown): never {
  const message =
    error instanceof StoreError ? error.message : `Error: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exit(error instanceof StoreError ? 2 : 1);
}
