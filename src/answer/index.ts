export { createEngine, type Engine } from './engine.ts';
export { formatDate } from './format.ts';
export type { Answer, AnswerType, Citation, ConflictView, DeclineReason } from './types.ts';
export type { TimelineEntry } from './timeline.ts';
export { AnswerSchema } from './schema.ts';
