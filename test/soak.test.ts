/**
 * Soak: 5,000 signed mentions at high concurrency against the bot in HTTP mode. Every one is acked with
 * 200 and answered exactly once (retries mixed in), the memory of handled deliveries stays within its
 * bound, the heap levels off, and nothing is logged at error level. Bounded by count; stops by itself.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEngine } from './helpers/engine.ts';
import { startFakeSlackApi, type FakeSlackApi } from './helpers/fake-slack-api.ts';
import { startTestBot, type TestBot } from './helpers/slack-bot.ts';
import { appMentionEvent, eventCallback } from './helpers/slack-requests.ts';

const ROUNDS = 5;
const PER_ROUND = 1_000;
const CONCURRENCY = 64;
// Below the number of events, so the bound is reached; above how many events can pass between an
// event and its retry here (the retry follows the ack), so retries still fall inside it.
const DEDUPE_BOUND = 2_000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

let fake: FakeSlackApi;
let bot: TestBot;
beforeAll(async () => {
  fake = await startFakeSlackApi();
  bot = await startTestBot({
    engine: await seedEngine(),
    fake,
    dedupe: { maxEntries: DEDUPE_BOUND, maxAgeMs: 60_000 },
    keepDebugLogs: false,
  });
});
afterAll(async () => {
  await bot.stop();
  await fake.close();
});

const QUESTIONS = [
  'when is the Helsinki summit?',
  'where did Trump and Putin first meet?',
  'who announced the summit?',
  'how many times have they met?',
  'who is Sergei Lavrov?',
  'what is the population of Mars?',
];

/** Runs `task` for 0..count-1 with at most `limit` under way at once. */
async function pool(count: number, limit: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

describe('soak', () => {
  it(`acks and answers ${ROUNDS * PER_ROUND} mentions exactly once each, with bounded memory, no errors`, async () => {
    const heap: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const statuses = new Map<number, number>();
      const expected = new Set<string>();
      await pool(PER_ROUND, CONCURRENCY, async (i) => {
        const event = appMentionEvent({ text: `<@U0BOT> ${QUESTIONS[i % QUESTIONS.length]}` });
        const request = eventCallback(event);
        expected.add(String(event.ts));
        const first = await bot.send(request);
        statuses.set(first.status, (statuses.get(first.status) ?? 0) + 1);
        // One in ten is delivered again as Slack's retry: it must not get a second reply.
        if (i % 10 === 0) {
          const retry = await bot.send(request, { retryNum: 1, retryReason: 'http_timeout' });
          statuses.set(retry.status, (statuses.get(retry.status) ?? 0) + 1);
        }
      });
      expect([...statuses]).toEqual([[200, PER_ROUND + PER_ROUND / 10]]);
      await fake.waitForCalls('chat.postMessage', PER_ROUND, 60_000);
      await bot.settled();
      const replies = fake.callsTo('chat.postMessage');
      expect(replies).toHaveLength(PER_ROUND);
      expect(new Set(replies.map((c) => String(c.params.thread_ts)))).toEqual(expected);
      fake.reset();
      expect(bot.bot.slack.deps.deliveries.size).toBeLessThanOrEqual(DEDUPE_BOUND);
      expect(bot.bot.slack.deps.answered.size).toBeLessThanOrEqual(DEDUPE_BOUND);
      heap.push(heapMb());
    }
    // Levels off: after the first rounds warm everything up, later rounds add (almost) nothing.
    // 3,000 events over the last three rounds: under 2 kB each, where the old per-event debug logging was 7 kB.
    const growth = heap[ROUNDS - 1]! - heap[1]!;
    expect(growth, `heap after each round (MB): ${heap.map((h) => h.toFixed(1)).join(', ')}`).toBeLessThan(6);
    expect(bot.allLogs.filter((l) => l.level === 'error')).toEqual([]);
    expect(bot.leaks).toEqual([]);
  }, 180_000);
});
