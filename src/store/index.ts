export * from './schema.ts';
export { StoreError, REBUILD_COMMAND } from './errors.ts';
export { loadStore, parseStore, saveStore, serialiseStore, DEFAULT_STORE_PATH } from './io.ts';
export { indexStore, type IndexedStore, type RetrievalIndex } from './indexes.ts';
