/**
 * A worker thread of extract/pool.ts: loads the wink model and the knowledge once, then prepares
 * each article it is sent with the same function single-threaded extraction uses.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../corpus/index.ts';
import { sharedNlp } from '../nlp/wink.ts';
import { loadKnowledge } from './knowledge.ts';
import type { ToWorker, FromWorker } from './pool.ts';
import { prepareArticle } from './prepare.ts';

const port = parentPort;
if (!port) throw new Error('extract/worker.ts runs as a worker thread of extract/pool.ts');
const { knowledgeDir, crashOn } = workerData as { knowledgeDir: string; crashOn: string | undefined };
const nlp = sharedNlp();
const knowledge = loadKnowledge(knowledgeDir);

port.on('message', ({ index, article }: ToWorker) => {
  // The fault the tests inject (NEWSBOT_EXTRACT_CRASH_ON=<article id>): the thread dies mid-article,
  // as it would on running out of memory, with no message back.
  if (article.id === crashOn) process.exit(70);
  let reply: FromWorker;
  try {
    reply = { index, sentences: prepareArticle(article as Article, nlp, knowledge) };
  } catch (error) {
    reply = { index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies FromWorker);
