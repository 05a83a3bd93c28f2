export { extractStore, type ExtractOptions } from './build.ts';
export { loadKnowledge, phraseKey, DEFAULT_KNOWLEDGE_DIR, type Knowledge, type PlaceInfo } from './knowledge.ts';
export { resolveDate, type DateValue, type Tense } from './dates.ts';
