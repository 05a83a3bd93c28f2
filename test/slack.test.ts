/**
 * The real Bolt App in HTTP mode on 127.0.0.1, driven by requests signed and shaped as Slack sends them,
 * replying to a fake Slack Web API on loopback. Assertions are on what the bot posts.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/index.ts';
import { seedEngine } from './helpers/engine.ts';
import { startFakeSlackApi, type FakeSlackApi, type RecordedCall } from './helpers/fake-slack-api.ts';
import { BOT_TOKEN, startTestBot, type TestBot } from './helpers/slack-bot.ts';
import {
  appHomeOpenedEvent,
  appMentionEvent,
  blockAction,
  CHANNEL_ID,
  directMessageEvent,
  DM_CHANNEL_ID,
  eventCallback,
  slashCommand,
  urlVerification,
  USER_ID,
} from './helpers/slack-requests.ts';

const SUMMIT_SENTENCE =
  'The meeting will be held on July 16 in Helsinki and is now considered a very high profile step in smoothing ' +
  'over relations between the two countries.';
const SEED_ARTICLE = '000_0822db5d3fbd1d06';

let engine: Engine;
let fake: FakeSlackApi;
let bot: TestBot;

beforeAll(async () => {
  engine = await seedEngine();
  fake = await startFakeSlackApi();
  bot = await startTestBot({ engine, fake });
});
afterEach(() => fake.reset());
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

/** Every string anywhere in a recorded call's parameters. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function allText(call: RecordedCall): string {
  return strings(call.params).join('\n');
}

/** Sends events that must get no reply, then one that must, and checks only the last was answered. */
async function expectOnlySentinelAnswered(ignored: ReturnType<typeof eventCallback>[]): Promise<void> {
  for (const request of ignored) expect((await bot.send(request)).status).toBe(200);
  const sentinel = appMentionEvent({ text: '<@U0BOT> where is the Helsinki summit?' });
  await bot.send(eventCallback(sentinel));
  const [reply] = await fake.waitForCalls('chat.postMessage', 1);
  await bot.settled();
  expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  expect(reply!.params.thread_ts).toBe(sentinel.ts);
}

describe('@mention in a channel', () => {
  it('answers in the thread of the mention, with the cited sentence, its article and date', async () => {
    const event = appMentionEvent({ text: '<@U0BOT> when is the Helsinki summit?' });
    const response = await bot.send(eventCallback(event));
    expect(response.status).toBe(200);

    const [reply] = await fake.waitForCalls('chat.postMessage', 1);
    expect(reply!.token).toBe(BOT_TOKEN);
    expect(reply!.params.channel).toBe(CHANNEL_ID);
    expect(reply!.params.thread_ts).toBe(event.ts);
    expect(reply!.params.text).toContain('Monday, July 16, 2018');
    const blocks = reply!.params.blocks as {
      type: string;
      text?: { text: string };
      elements?: { text?: string; action_id?: string }[];
    }[];
    expect(blocks[0]!.type).toBe('section');
    expect(blocks[0]!.text!.text).toMatch(/^Monday, July 16, 2018: the Helsinki summit\.$/);
    const citation = blocks.find((b) => b.type === 'context')!.elements![0]!.text!;
    expect(citation).toContain(`“${SUMMIT_SENTENCE}”`);
    expect(citation).toContain(SEED_ARTICLE);
    expect(citation).toContain('published 2018-06-29');
    const buttons = blocks.find((b) => b.type === 'actions')!.elements!.map((e) => e.action_id);
    expect(buttons).toEqual(['feedback_up', 'feedback_down']);
  });

  it('keeps answering in an existing thread', async () => {
    const event = appMentionEvent({
      text: '<@U0BOT> who announced the Helsinki summit?',
      thread_ts: '1700000000.000001',
    });
    await bot.send(eventCallback(event));
    const [reply] = await fake.waitForCalls('chat.postMessage', 1);
    expect(reply!.params.thread_ts).toBe('1700000000.000001');
    expect(reply!.params.text).toMatch(/^White House and Moscow announced: the Helsinki summit\./);
    expect(allText(reply!)).toContain('as both the White House and Moscow announced on Thursday, June 28.”');
  });

  it('explains itself when mentioned with no question', async () => {
    await bot.send(eventCallback(appMentionEvent({ text: '<@U0BOT>' })));
    const [reply] = await fake.waitForCalls('chat.postMessage', 1);
    expect(reply!.params.text).toMatch(/^Ask me a question about the news events/);
  });
});

describe('direct messages', () => {
  it('answers in the DM', async () => {
    await bot.send(eventCallback(directMessageEvent({ text: 'where did Trump and Putin first meet?' })));
    const [reply] = await fake.waitForCalls('chat.postMessage', 1);
    expect(reply!.params.channel).toBe(DM_CHANNEL_ID);
    expect(reply!.params.thread_ts).toBeUndefined();
    expect(reply!.params.text).toMatch(/^Hamburg/);
  });

  it('ignores bot messages (its own and other apps’), edits and deletions', async () => {
    await expectOnlySentinelAnswered([
      eventCallback(directMessageEvent({ text: 'when is the Helsinki summit?', bot_id: 'B0BOT', user: 'U0BOT' })),
      eventCallback(directMessageEvent({ text: 'when is the Helsinki summit?', bot_id: 'B0OTHER', user: 'U0OTHER' })),
      eventCallback(directMessageEvent({ text: 'when is the Helsinki summit?', subtype: 'bot_message' })),
      eventCallback(directMessageEvent({ text: 'when is the Helsinki summit?', subtype: 'message_changed' })),
      eventCallback(directMessageEvent({ text: '', subtype: 'message_deleted' })),
      eventCallback({ ...appMentionEvent({ text: '<@U0BOT> when is the Helsinki summit?' }), bot_id: 'B0OTHER' }),
    ]);
  });
});

describe('deliveries', () => {
  it('gives one reply to an event Slack retries', async () => {
    const request = eventCallback(appMentionEvent({ text: '<@U0BOT> when is the Helsinki summit?' }));
    expect((await bot.send(request)).status).toBe(200);
    expect((await bot.send(request, { retryNum: 1, retryReason: 'http_timeout' })).status).toBe(200);
    expect((await bot.send(request, { retryNum: 2, retryReason: 'http_timeout' })).status).toBe(200);
    await fake.waitForCalls('chat.postMessage', 1);
    fake.reset();
    await expectOnlySentinelAnswered([]);
    // Skips are logged at debug level, which LOG_LEVEL=debug must let through although Bolt resets levels.
    expect(bot.logs.filter((l) => l.level === 'debug' && l.text.includes('Skipping a repeated delivery'))).toHaveLength(
      2,
    );
  });

  it('handles a retried event with no message of its own (Home opened) once', async () => {
    const request = eventCallback(appHomeOpenedEvent());
    await bot.send(request);
    await bot.send(request, { retryNum: 1, retryReason: 'http_error' });
    await expectOnlySentinelAnswered([]);
    expect(fake.callsTo('views.publish')).toHaveLength(1);
  });

  it('gives one reply when the same message arrives under two event ids', async () => {
    const event = appMentionEvent({ text: '<@U0BOT> when is the Helsinki summit?' });
    await expectOnlySentinelAnswered([]);
    fake.reset();
    await bot.send(eventCallback(event));
    await bot.send(eventCallback(event));
    await fake.waitForCalls('chat.postMessage', 1);
    await bot.settled();
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('refuses a bad signature and a stale or future timestamp with 401, and answers none of them', async () => {
    const now = Math.floor(Date.now() / 1000);
    const bad = await bot.send(eventCallback(appMentionEvent({ text: '<@U0BOT> when?' })), {
      signature: 'v0=deadbeef',
    });
    const stale = await bot.send(eventCallback(appMentionEvent({ text: '<@U0BOT> when?' })), {
      timestamp: now - 6 * 60,
    });
    const future = await bot.send(eventCallback(appMentionEvent({ text: '<@U0BOT> when?' })), {
      timestamp: now + 6 * 60,
    });
    expect([bad.status, stale.status, future.status]).toEqual([401, 401, 401]);
    await expectOnlySentinelAnswered([]);
  });

  it('answers Slack’s URL verification only when signed', async () => {
    const signed = await bot.send(urlVerification('challenge-123'));
    expect(signed.status).toBe(200);
    expect(signed.body).toContain('challenge-123');
    const unsigned = await bot.send(urlVerification('challenge-456'), { signature: 'v0=00' });
    expect(unsigned.status).toBe(401);
  });
});

describe('/events slash command', () => {
  it('acks at once and answers privately through the response URL, with a share button', async () => {
    const responseUrl = fake.responseUrl();
    const ack = await bot.send(slashCommand({ text: 'when is the Helsinki summit?', responseUrl }));
    expect(ack.status).toBe(200);
    const [reply] = await fake.waitForCalls('response_url', 1);
    expect(reply!.params.response_type).toBe('ephemeral');
    expect(reply!.params.text).toContain('Monday, July 16, 2018');
    const text = allText(reply!);
    expect(text).toContain(`<@${USER_ID}> asked: when is the Helsinki summit?`);
    expect(text).toContain(`“${SUMMIT_SENTENCE}”`);
    expect(text).toContain('share_answer');
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it.each(['', 'help'])('explains usage with example questions for "/events %s"', async (text) => {
    const ack = await bot.send(slashCommand({ text, responseUrl: fake.responseUrl() }));
    expect(ack.status).toBe(200);
    const body = JSON.parse(ack.body) as { response_type: string; text: string; blocks: unknown[] };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('/events QUESTION');
    expect(strings(body.blocks).join('\n')).toMatch(/`\/events When is the [^`]+\?`/);
  });

  it('lists the timeline for "/events list"', async () => {
    const ack = await bot.send(slashCommand({ text: 'list', responseUrl: fake.responseUrl() }));
    const body = JSON.parse(ack.body) as { blocks: unknown[] };
    const text = strings(body.blocks).join('\n');
    expect(text).toContain('*Helsinki summit*: Monday, July 16, 2018, Helsinki (1 source)');
    expect(text).toMatch(/Known events\* \(\d+\)/);
  });

  it('shares the answer in the channel when the button is clicked, and removes the private copy', async () => {
    const responseUrl = fake.responseUrl();
    await bot.send(
      blockAction({
        actionId: 'share_answer',
        value: 'when is the Helsinki summit?',
        blockId: 'answer_actions:command',
        responseUrl,
      }),
    );
    const [shared, removed] = await fake.waitForCalls('response_url', 2);
    expect(shared!.params.response_type).toBe('in_channel');
    expect(shared!.params.text).toContain('Monday, July 16, 2018');
    expect(allText(shared!)).toContain(`“${SUMMIT_SENTENCE}”`);
    expect(allText(shared!)).not.toContain('share_answer');
    expect(removed!.params.delete_original).toBe(true);
  });

  it('fails cleanly when the response URL has expired', async () => {
    await bot.send(
      slashCommand({ text: 'when is the Helsinki summit?', responseUrl: fake.responseUrl({ expired: true }) }),
    );
    await fake.waitForCalls('response_url', 1);
    await expect
      .poll(() => bot.logs.filter((l) => l.level === 'error' && l.text.includes('/events')).length, { timeout: 5000 })
      .toBe(1);
    const health = await fetch(`${bot.origin}/healthz`);
    expect(health.status).toBe(200);
    bot.logs.length = 0;
  });
});

describe('feedback', () => {
  it('records a 👍 with the question, answer, user and time, and thanks the user privately', async () => {
    const before = Date.now();
    const responseUrl = fake.responseUrl();
    await bot.send(
      blockAction({
        actionId: 'feedback_up',
        value: 'when is the Helsinki summit?',
        blockId: 'answer_actions:mention',
        responseUrl,
        messageTs: '1700000000.000100',
      }),
    );
    const [thanks] = await fake.waitForCalls('response_url', 1);
    expect(thanks!.params).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(thanks!.params.text)).toContain('👍');
    const file = JSON.parse(readFileSync(bot.feedbackPath, 'utf8')) as {
      schema: number;
      votes: Record<string, unknown>[];
    };
    const vote = file.votes.at(-1)!;
    expect(vote).toMatchObject({
      user: USER_ID,
      vote: 'up',
      question: 'when is the Helsinki summit?',
      answer: 'Monday, July 16, 2018: the Helsinki summit.',
      answered: true,
      surface: 'mention',
      channel: CHANNEL_ID,
    });
    expect(Date.parse(String(vote.at))).toBeGreaterThanOrEqual(before - 1000);
  });

  it('records a 👎 too, and the Home tab shows the totals', async () => {
    await bot.send(
      blockAction({
        actionId: 'feedback_down',
        value: 'who won?',
        blockId: 'answer_actions:dm',
        responseUrl: fake.responseUrl(),
      }),
    );
    await fake.waitForCalls('response_url', 1);
    const votes = (JSON.parse(readFileSync(bot.feedbackPath, 'utf8')) as { votes: { vote: string }[] }).votes;
    expect(votes.map((v) => v.vote)).toEqual(['up', 'down']);
    await bot.send(eventCallback(appHomeOpenedEvent()));
    const [publish] = await fake.waitForCalls('views.publish', 1);
    expect(allText(publish!)).toContain('👍 1 · 👎 1');
  });
});

describe('App Home', () => {
  it('publishes a timeline of the known events with example questions', async () => {
    await bot.send(eventCallback(appHomeOpenedEvent({ user: 'U0READER' })));
    const [publish] = await fake.waitForCalls('views.publish', 1);
    expect(publish!.params.user_id).toBe('U0READER');
    const view = publish!.params.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = allText(publish!);
    expect(text).toContain('*Helsinki summit*\nMonday, July 16, 2018 · Helsinki · 1 source');
    expect(text).toMatch(/\*Try asking\*\n• When is the /);
  });

  it('does nothing when the Messages tab is opened', async () => {
    await bot.send(eventCallback(appHomeOpenedEvent({ tab: 'messages' })));
    await expectOnlySentinelAnswered([]);
    expect(fake.callsTo('views.publish')).toHaveLength(0);
  });
});

describe('safety', () => {
  it('never lets a question make the bot post a broadcast, a mention or a link', async () => {
    // As Slack delivers them: a real broadcast and link as markup, and literal angle brackets escaped.
    const hostile =
      '<@U0BOT> <!channel> &lt;!here&gt; who is &lt;@U0ADMIN&gt; at &lt;https://evil.example|click&gt; ' +
      '<https://evil.example|click> Zorblax?';
    await bot.send(eventCallback(appMentionEvent({ text: hostile })));
    const [reply] = await fake.waitForCalls('chat.postMessage', 1);
    const text = allText(reply!);
    expect(text).not.toMatch(/<[!@#]|<https?:/);
    expect(text).toContain('&lt;');

    const responseUrl = fake.responseUrl();
    await bot.send(slashCommand({ text: '<!channel> &lt;!everyone&gt; when is the Helsinki summit?', responseUrl }));
    const [private_] = await fake.waitForCalls('response_url', 1);
    // The only markup allowed is the asker's own mention, built from the user id Slack signed.
    expect(allText(private_!).replace(`<@${USER_ID}>`, '')).not.toMatch(/<[!@#]|<https?:/);
  });

  it('survives a failing chat.postMessage: logs it, apologises, and keeps serving', async () => {
    fake.fail('chat.postMessage', { kind: 'status', status: 500 });
    await bot.send(eventCallback(appMentionEvent({ text: '<@U0BOT> when is the Helsinki summit?' })));
    const [failed, apology] = await fake.waitForCalls('chat.postMessage', 2);
    expect(failed!.fault).toBe('status');
    expect(apology!.params.text).toMatch(/^Sorry/);
    expect(bot.logs.some((l) => l.level === 'error' && l.text.includes('Could not post a reply'))).toBe(true);
    bot.logs.splice(0, bot.logs.length, ...bot.logs.filter((l) => !l.text.includes('Could not post a reply')));

    fake.reset();
    await bot.send(eventCallback(appMentionEvent({ text: '<@U0BOT> when is the Helsinki summit?' })));
    const [next] = await fake.waitForCalls('chat.postMessage', 1);
    expect(next!.params.text).toContain('July 16, 2018');
  });

  it('refuses a body over the size limit with 413, whether or not it declares its length', async () => {
    const huge = eventCallback(appMentionEvent({ text: `<@U0BOT> ${'a'.repeat(300 * 1024)}` }));
    expect((await bot.send(huge)).status).toBe(413);
    // Chunked: no Content-Length to check up front, so Bolt's own body limit has to stop it.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        bot.endpoint,
        { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 300; i += 1) req.write('x'.repeat(1024));
      req.end();
    });
    expect(status).toBe(413);
  });

  it('answers an over-long question politely instead of reading it', async () => {
    await bot.send(eventCallback(appMentionEvent({ text: `<@U0BOT> when is the summit ${'and then '.repeat(300)}?` })));
    const [reply] = await fake.waitForCalls('chat.postMessage', 1);
    expect(reply!.params.text).toMatch(/^That question is too long \(the limit is 1000 characters\)/);
  });

  it('serves /healthz and 404 elsewhere', async () => {
    const health = await fetch(`${bot.origin}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, mode: 'http', articles: 2 });
    expect((await fetch(`${bot.origin}/nowhere`)).status).toBe(404);
    expect((await fetch(bot.endpoint)).status).toBe(405);
  });

  it('logged no error it should not have, and never a token or the signing secret', () => {
    expect(bot.allLogs.some((l) => l.level === 'debug')).toBe(true);
    expect(bot.leaks).toEqual([]);
    expect(bot.logs.filter((l) => l.level === 'error')).toEqual([]);
  });
});
