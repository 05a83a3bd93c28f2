export { extractStore, type ExtractOptions } from './build.ts';
export { loadKnowledge, type Knowledge } from './knowledge.ts';
export { resolveDate, type DateValue, type Tense } from './dates.ts';
