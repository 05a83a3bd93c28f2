import type { Engine } from './engine.ts';
import type { TimelineEntry } from './timeline.ts';
import type { Answer, ConversationContext } from './types.ts';

/**
 * The engine as a server asks it: every answer a promise, so that the engine may run on a thread of
 * its own and the thread that takes requests is never blocked by an answer.
 */
export interface AsyncEngine {
  answer(question: string, context?: ConversationContext | null): Promise<Answer>;
  timeline(): Promise<readonly TimelineEntry[]>;
  examples(): Promise<readonly string[]>;
  /** The store's size, for health checks: fixed for the life of the engine. */
  readonly size: { readonly articles: number; readonly events: number };
  /** Frees what the engine holds (its thread, if it has one). */
  close(): Promise<void>;
}

/** An engine in this thread, asked the same way: each call answers at once, as a settled promise. */
export function inThisThread(engine: Engine): AsyncEngine {
  const settle = <T>(work: () => T): Promise<T> => {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  return {
    answer: (question, context) => settle(() => engine.answer(question, context)),
    timeline: () => settle(() => engine.timeline()),
    examples: () => settle(() => engine.examples()),
    size: { articles: engine.indexed.store.articles.length, events: engine.indexed.store.events.length },
    close: () => Promise.resolve(),
  };
}

/** An engine either way, as an `AsyncEngine`. */
export function asAsyncEngine(engine: AsyncEngine | Engine): AsyncEngine {
  return 'close' in engine ? engine : inThisThread(engine);
}
