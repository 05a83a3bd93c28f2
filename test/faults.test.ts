/**
 * Faults of the Slack Web API as the bot meets them: rate limits, server errors, bodies that are not
 * JSON, refused connections, expired response URLs. Acks stay immediate, replies are retried where
 * Slack allows, and the bot keeps serving. Also: 200 feedback clicks at once lose nothing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openFeedbackStore } from '../src/feedback/index.ts';
import { seedEngine } from './helpers/engine.ts';
import { startFakeSlackApi, type FakeSlackApi } from './helpers/fake-slack-api.ts';
import { startTestBot, type TestBot } from './helpers/slack-bot.ts';
import { appMentionEvent, blockAction, eventCallback } from './helpers/slack-requests.ts';

let fake: FakeSlackApi;
let bot: TestBot;

beforeAll(async () => {
  fake = await startFakeSlackApi();
  // Retries as in production, with short waits so the test does not sleep.
  bot = await startTestBot({
    engine: await seedEngine(),
    fake,
    retryConfig: { retries: 2, factor: 1, minTimeout: 5, maxTimeout: 10 },
  });
});
afterEach(() => {
  fake.reset();
  bot.logs.length = 0;
});
afterAll(async () => {
  await bot.stop();
  await fake.close();
});

const mention = () => eventCallback(appMentionEvent({ text: '<@U0BOT> when is the Helsinki summit?' }));
const errors = () => bot.logs.filter((l) => l.level === 'error');

describe('a reply that meets a fault once is retried and arrives', () => {
  it.each([
    ['HTTP 500', { kind: 'status', status: 500 }],
    ['a refused connection', { kind: 'destroy' }],
    ['a rate limit with Retry-After', { kind: 'rate_limited', retryAfterSeconds: 1 }],
  ] as const)('%s', async (_, fault) => {
    fake.fail('chat.postMessage', fault);
    const ack = await bot.send(mention());
    expect(ack.status).toBe(200);
    const [failed, retried] = await fake.waitForCalls('chat.postMessage', 2, 10_000);
    expect(failed!.fault).toBe(fault.kind);
    expect(retried!.fault).toBeUndefined();
    expect(retried!.params.text).toContain('Monday, July 16, 2018');
    if (fault.kind === 'rate_limited') expect(retried!.at - failed!.at).toBeGreaterThanOrEqual(900);
    expect(errors()).toEqual([]);
  });
});

describe('acks do not wait for replies', () => {
  it('acks new events while a reply is held up by a rate limit', async () => {
    fake.fail('chat.postMessage', { kind: 'rate_limited', retryAfterSeconds: 4 });
    await bot.send(mention());
    await fake.waitForCalls('chat.postMessage', 1);
    // The Web API client is now paused for the Retry-After; Slack's requests must still be acked.
    const acks = await Promise.all(Array.from({ length: 5 }, () => bot.send(mention())));
    expect(acks.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(fake.callsTo('chat.postMessage').filter((c) => !c.fault)).toHaveLength(0);
    await fake.waitForCalls('chat.postMessage', 7, 10_000);
    expect(fake.callsTo('chat.postMessage').filter((c) => !c.fault)).toHaveLength(6);
  });
});

describe('a reply that keeps failing', () => {
  it('is logged once, the user gets an apology, and the bot keeps serving', async () => {
    fake.fail('chat.postMessage', { kind: 'status', status: 503 }, 3);
    await bot.send(mention());
    const calls = await fake.waitForCalls('chat.postMessage', 4, 10_000);
    expect(calls.slice(0, 3).map((c) => c.fault)).toEqual(['status', 'status', 'status']);
    expect(calls[3]!.params.text).toMatch(/^Sorry, I found an answer but could not post it/);
    expect(errors().map((l) => l.text)).toEqual([
      expect.stringMatching(/Could not post a reply in C0CHAN: slack_webapi_http_error: HTTP 503/),
    ]);
    fake.reset();
    await bot.send(mention());
    const [next] = await fake.waitForCalls('chat.postMessage', 1);
    expect(next!.params.text).toContain('July 16, 2018');
  });

  it('a Slack error such as channel_not_found is not retried, and is logged with its reason', async () => {
    fake.fail('chat.postMessage', { kind: 'slack_error', error: 'channel_not_found' }, 2);
    await bot.send(mention());
    await fake.waitForCalls('chat.postMessage', 2);
    await expect.poll(() => errors().length).toBe(1);
    expect(errors()[0]!.text).toContain('channel_not_found');
    expect(fake.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('a 200 whose body is not JSON is neither retried nor apologised for: the reply was probably posted', async () => {
    fake.fail('chat.postMessage', { kind: 'invalid_json' });
    await bot.send(mention());
    await fake.waitForCalls('chat.postMessage', 1);
    await expect
      .poll(() => bot.logs.some((l) => l.level === 'warn' && l.text.includes("could not read Slack's answer")))
      .toBe(true);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(errors()).toEqual([]);
  });
});

describe('feedback under load', () => {
  it('200 concurrent clicks make 200 records in a valid file', async () => {
    const clicks = Array.from({ length: 200 }, (_, i) =>
      bot.send(
        blockAction({
          actionId: i % 3 === 0 ? 'feedback_down' : 'feedback_up',
          value: `question ${i}`,
          blockId: 'answer_actions:mention',
          userId: `U${i}X`,
          responseUrl: fake.responseUrl(),
        }),
      ),
    );
    expect((await Promise.all(clicks)).every((r) => r.status === 200)).toBe(true);
    await fake.waitForCalls('response_url', 200, 20_000);
    const file = JSON.parse(readFileSync(bot.feedbackPath, 'utf8')) as { votes: { question: string; user: string }[] };
    expect(file.votes).toHaveLength(200);
    expect(new Set(file.votes.map((v) => v.question)).size).toBe(200);
    // And it reopens as a valid feedback file with the same totals.
    const reopened = await openFeedbackStore(bot.feedbackPath);
    expect(reopened.totals()).toEqual({ up: 133, down: 67 });
  });
});
