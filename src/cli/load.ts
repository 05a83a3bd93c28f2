import { createEngine, type Engine } from '../answer/index.ts';
import { loadKnowledge } from '../extract/index.ts';
import { sharedNlp } from '../nlp/wink.ts';
import { DEFAULT_STORE_PATH, loadStore, StoreError } from '../store/index.ts';

/** Loads the store, knowledge and model once; the returned engine answers without further I/O. */
export async function loadEngine(storePath: string = DEFAULT_STORE_PATH): Promise<Engine> {
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
