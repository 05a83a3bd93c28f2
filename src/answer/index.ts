export { createEngine, type Engine } from './engine.ts';
export { formatDate } from './format.ts';
export type {
  Answer,
  Candidate,
  Citation,
  ConflictView,
  ConversationContext,
  DeclineReason,
  ReadKind,
} from './types.ts';
export { CONTEXT_PAYLOAD_SCHEMA, readContext } from './conversation.ts';
export type { TimelineEntry } from './timeline.ts';
export { AnswerSchema } from './schema.ts';
export { asAsyncEngine, inThisThread, type AsyncEngine } from './async-engine.ts';
