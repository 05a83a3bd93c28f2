export * from './schema.ts';
export { StoreError, REBUILD_COMMAND } from './errors.ts';
export {
  loadStore,
  parseStore,
  saveStore,
  serialiseStore,
  validateStore,
  viewOfStore,
  DEFAULT_STORE_PATH,
} from './io.ts';
export { expandStore, openStore, type StoreView } from './view.ts';
export { indexStore, type IndexedStore, type RetrievalIndex, type PostingList } from './indexes.ts';
