/**
 * What `npm run ask` does before its first answer: load the engine (store, knowledge, wink model)
 * and answer one question. The parent times from spawning this process until the answer line
 * arrives on stdout; the line also carries this process's memory.
 *
 *   tsx bench/startup-child.ts [--store FILE] QUESTION
 */
import { parseArgs } from 'node:util';
import { loadEngine } from '../src/cli/load.ts';
import { MB } from './stats.ts';

const { values, positionals } = parseArgs({ options: { store: { type: 'string' } }, allowPositionals: true });
const engine = await loadEngine(values.store);
const answer = engine.answer(positionals.join(' '));
process.stdout.write(`${JSON.stringify({ answered: answer.answered, rss_mb: process.memoryUsage().rss / MB })}\n`);
