import type { Answer, AsyncEngine, ConversationContext, TimelineEntry } from '../answer/index.ts';
import { startWorker } from '../extract/worker-thread.ts';
import { StoreError } from '../store/index.ts';

/** To the engine's thread: one question, or one of the lists help texts show. */
export type ToEngine =
  | {
      readonly id: number;
      readonly op: 'answer';
      readonly question: string;
      readonly context: ConversationContext | null;
    }
  | { readonly id: number; readonly op: 'timeline' | 'examples' };

/** From the engine's thread: loaded (and the store's size), or why not; then one reply per request. */
export type FromEngine =
  | { readonly ready: { readonly articles: number; readonly events: number } }
  | {
      readonly loadFailed:
        | { readonly store: { readonly path: string; readonly reason: StoreError['reason']; readonly detail: string } }
        | { readonly message: string };
    }
  | { readonly id: number; readonly result: Answer | readonly TimelineEntry[] | readonly string[] }
  | { readonly id: number; readonly error: string };

export interface EngineThreadOptions {
  /** Called once if the thread dies while in use: every answer under way, and every later one, fails. */
  readonly onFailure?: (error: Error) => void;
}

/**
 * The engine on a worker thread of its own: the store, the model and every answer live there, so the
 * thread taking requests only passes questions and answers (a few kB each way). It acknowledges Slack
 * at once whatever the engine is doing, and on a machine with more than one core, answers and the
 * handling of requests run at the same time. Rejects, as `loadEngine` does, when the store cannot be
 * loaded (a `StoreError` with the same message).
 */
export async function startEngineThread(
  storePath: string | undefined,
  options: EngineThreadOptions = {},
): Promise<AsyncEngine> {
  const worker = startWorker('cli/engine-worker', { storePath, crashOn: process.env.NEWSBOT_ENGINE_CRASH_ON });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let failure: Error | undefined;
  let closing = false;
  let nextId = 0;

  const size = await new Promise<{ articles: number; events: number }>((resolve, reject) => {
    const fail = (error: Error): void => {
      void worker.terminate();
      reject(error);
    };
    worker.once('message', (message: FromEngine) => {
      worker.off('error', fail);
      worker.off('exit', exited);
      if ('ready' in message) return resolve(message.ready);
      if ('loadFailed' in message) {
        const why = message.loadFailed;
        return fail(
          'store' in why ? new StoreError(why.store.path, why.store.reason, why.store.detail) : new Error(why.message),
        );
      }
      fail(new Error('the engine thread answered before it was ready'));
    });
    const exited = (code: number): void =>
      fail(new Error(`the engine thread stopped while loading (exit code ${code})`));
    worker.once('error', fail);
    worker.once('exit', exited);
  });

  const die = (error: Error): void => {
    if (failure || closing) return;
    failure = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    options.onFailure?.(error);
  };
  worker.on('message', (message: FromEngine) => {
    if (!('id' in message)) return;
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if ('error' in message) waiting?.reject(new Error(message.error));
    else waiting?.resolve(message.result);
  });
  worker.on('error', (error) => die(new Error(`the engine thread failed: ${error.message}`)));
  worker.on('exit', (code) => die(new Error(`the engine thread stopped (exit code ${code})`)));

  const ask = <T>(request: ToEngine): Promise<T> => {
    if (failure) return Promise.reject(failure);
    return new Promise<T>((resolve, reject) => {
      pending.set(request.id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage(request);
    });
  };
  // Fixed for the life of the store: asked once.
  let timeline: Promise<readonly TimelineEntry[]> | undefined;
  let examples: Promise<readonly string[]> | undefined;
  return {
    answer: (question, context) => ask<Answer>({ id: nextId++, op: 'answer', question, context: context ?? null }),
    timeline: () => (timeline ??= ask<readonly TimelineEntry[]>({ id: nextId++, op: 'timeline' })),
    examples: () => (examples ??= ask<readonly string[]>({ id: nextId++, op: 'examples' })),
    size,
    close: async () => {
      closing = true;
      // Whatever is asked from now on, or still awaited, would wait forever on a thread that is gone.
      failure ??= new Error('the engine thread is closed');
      for (const { reject } of pending.values()) reject(failure);
      pending.clear();
      await worker.terminate();
    },
  };
}
