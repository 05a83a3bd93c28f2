/** The engine on a thread of its own (what `npm start` runs in Slack mode): the same answers, and its failures. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AsyncEngine, Engine } from '../src/answer/index.ts';
import { startEngineThread } from '../src/cli/engine-thread.ts';
import { loadEngine } from '../src/cli/load.ts';
import { seedEngine } from './helpers/engine.ts';
import { answerable } from './questions/seed-questions.ts';

let here: Engine;
let thread: AsyncEngine;

beforeAll(async () => {
  here = await seedEngine();
  thread = await startEngineThread('data/store.json');
}, 60_000);
afterAll(() => thread.close());

describe('startEngineThread', () => {
  it('answers every seed question exactly as the engine in this thread does', async () => {
    const questions = answerable.map((c) => c.q);
    const answers = await Promise.all(questions.map((q) => thread.answer(q)));
    expect(answers).toEqual(questions.map((q) => here.answer(q)));
  });

  it('answers a follow-up in the context it is given, as this thread does', async () => {
    const first = here.answer('When is the Helsinki summit?');
    expect(first.remember).not.toBeNull();
    expect(await thread.answer('Where is it?', first.remember)).toEqual(here.answer('Where is it?', first.remember));
  });

  it('gives the same timeline, examples and store size', async () => {
    expect(await thread.timeline()).toEqual(here.timeline());
    expect(await thread.examples()).toEqual(here.examples());
    expect(thread.size).toEqual({
      articles: here.indexed.store.articles.length,
      events: here.indexed.store.events.length,
    });
  });

  it('refuses a store it cannot load with the message loading it here gives', async () => {
    const expected = await loadEngine('.tmp/no-such-store.json').then(
      () => 'loaded',
      (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
    );
    expect(expected).toMatch(/^StoreError: No store at/);
    await expect(
      startEngineThread('.tmp/no-such-store.json').then(
        () => 'loaded',
        (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
      ),
    ).resolves.toBe(expected);
  }, 60_000);

  it('once closed, an answer still awaited and every later one fail rather than wait forever', async () => {
    const closing = await startEngineThread('data/store.json');
    const awaited = expect(closing.answer('When is the Helsinki summit?')).rejects.toThrow(
      'the engine thread is closed',
    );
    await closing.close();
    await awaited;
    await expect(closing.answer('When is the Helsinki summit?')).rejects.toThrow('the engine thread is closed');
  }, 60_000);

  it('when the thread dies: the answers under way and every later one fail, and onFailure is told once', async () => {
    process.env.NEWSBOT_ENGINE_CRASH_ON = 'crash now';
    const failures: string[] = [];
    let doomed: AsyncEngine;
    try {
      doomed = await startEngineThread('data/store.json', { onFailure: (error) => failures.push(error.message) });
    } finally {
      delete process.env.NEWSBOT_ENGINE_CRASH_ON;
    }
    const before = doomed.answer('When is the Helsinki summit?');
    const crash = doomed.answer('crash now');
    await expect(before).resolves.toMatchObject({ answered: true });
    await expect(crash).rejects.toThrow('the engine thread stopped (exit code 70)');
    await expect(doomed.answer('When is the Helsinki summit?')).rejects.toThrow('the engine thread stopped');
    expect(failures).toEqual(['the engine thread stopped (exit code 70)']);
    await doomed.close();
  }, 60_000);
});
