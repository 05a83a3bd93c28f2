/**
 * The thread of cli/engine-thread.ts: loads the engine once, then answers what it is asked, in the
 * order asked. A store that cannot be loaded is reported with its reason, for the same message and
 * exit code as a load in the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Engine } from '../answer/index.ts';
import { StoreError } from '../store/index.ts';
import type { FromEngine, ToEngine } from './engine-thread.ts';
import { loadEngine } from './load.ts';

const port = parentPort;
if (!port) throw new Error('cli/engine-worker.ts runs as a worker thread of cli/engine-thread.ts');
const { storePath, crashOn } = workerData as { storePath: string | undefined; crashOn: string | undefined };

const engine = await loadEngine(storePath).catch((error: unknown) => {
  // The main thread ends this thread when it reads this.
  port.postMessage({
    loadFailed:
      error instanceof StoreError
        ? { store: { path: error.path, reason: error.reason, detail: error.detail } }
        : { message: error instanceof Error ? error.message : String(error) },
  } satisfies FromEngine);
  return undefined;
});
if (engine) serve(engine);

function serve(engine: Engine): void {
  port!.on('message', (request: ToEngine) => {
    // The fault the tests inject (NEWSBOT_ENGINE_CRASH_ON=<question>): the thread dies mid-answer, as it
    // would on running out of memory, with no reply.
    if (request.op === 'answer' && request.question === crashOn) process.exit(70);
    let reply: FromEngine;
    try {
      const result =
        request.op === 'answer'
          ? engine.answer(request.question, request.context)
          : request.op === 'timeline'
            ? engine.timeline()
            : engine.examples();
      reply = { id: request.id, result };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
    port!.postMessage(reply);
  });
  port!.postMessage({
    ready: { articles: engine.indexed.store.articles.length, events: engine.indexed.store.events.length },
  } satisfies FromEngine);
}
