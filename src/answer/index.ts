export { createEngine, type Engine } from './engine.ts';
export { formatDate } from './format.ts';
export type { Answer, Citation, ConflictView, DeclineReason, ReadKind } from './types.ts';
export type { TimelineEntry } from './timeline.ts';
export { AnswerSchema } from './schema.ts';
