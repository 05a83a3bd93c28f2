/**
 * Follow-ups over the real App in HTTP mode on loopback, with signed requests and the fake Web API:
 * context travels in the bot's own replies as message metadata and is read back from the fake Slack,
 * so it survives a restart; choices between events are buttons; a context never crosses threads or users.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/index.ts';
import { seedEngine } from './helpers/engine.ts';
import { startFakeSlackApi, type FakeSlackApi, type RecordedCall } from './helpers/fake-slack-api.ts';
import { startTestBot, type TestBot } from './helpers/slack-bot.ts';
import {
  appMentionEvent,
  blockAction,
  CHANNEL_ID,
  directMessageEvent,
  DM_CHANNEL_ID,
  eventCallback,
  slashCommand,
  uniqueTs,
} from './helpers/slack-requests.ts';

let engine: Engine;
let fake: FakeSlackApi;
let bot: TestBot;
const feedbackPath = join(mkdtempSync(join(tmpdir(), 'newsbot-convo-')), 'feedback.json');

beforeAll(async () => {
  engine = await seedEngine();
  fake = await startFakeSlackApi();
  bot = await startTestBot({ engine, fake, feedbackPath });
});
afterEach(() => fake.reset());
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: { text?: string | { text: string }; action_id?: string; value?: string }[];
};

/** Mentions the bot (in `thread` when given) and returns its reply. */
async function mention(text: string, thread?: string, user?: string): Promise<{ reply: RecordedCall; ts: string }> {
  const before = fake.callsTo('chat.postMessage').length;
  const event = appMentionEvent({
    text: `<@U0BOT> ${text}`,
    ...(thread ? { thread_ts: thread } : {}),
    ...(user ? { user } : {}),
  });
  expect((await bot.send(eventCallback(event))).status).toBe(200);
  const calls = await fake.waitForCalls('chat.postMessage', before + 1);
  await bot.settled();
  return { reply: calls[before]!, ts: String(event.ts) };
}

async function dm(text: string, user?: string): Promise<RecordedCall> {
  const before = fake.callsTo('chat.postMessage').length;
  await bot.send(eventCallback(directMessageEvent({ text, ...(user ? { user } : {}) })));
  const calls = await fake.waitForCalls('chat.postMessage', before + 1);
  await bot.settled();
  return calls[before]!;
}

const blocksOf = (call: RecordedCall): Block[] => (call.params.blocks ?? []) as Block[];
const answerText = (call: RecordedCall): string => blocksOf(call).find((b) => b.type === 'section')!.text!.text;

describe('a thread', () => {
  it('answers a follow-up mention in the context of the bot’s last answer there, and says how it read it', async () => {
    const first = await mention('when is the Helsinki summit?');
    expect(answerText(first.reply)).toBe('Monday, July 16, 2018: the Helsinki summit.');
    const metadata = first.reply.params.metadata as {
      event_type: string;
      event_payload: { user: string; context: string };
    };
    expect(metadata.event_type).toBe('news_answer');
    expect(JSON.parse(metadata.event_payload.context)).toMatchObject({
      event: 'e1-helsinki-summit',
      subject: 'the Helsinki summit',
    });

    const second = await mention('who announced it?', first.ts);
    const replies = fake.callsTo('conversations.replies');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.params).toMatchObject({ channel: CHANNEL_ID, ts: first.ts, include_all_metadata: 'true' });
    expect(second.reply.params.thread_ts).toBe(first.ts);
    expect(answerText(second.reply)).toBe('White House and Moscow announced: the Helsinki summit.');
    expect(JSON.stringify(second.reply.params.blocks)).toContain('Taking \\"it\\" as the Helsinki summit');

    const third = await mention('and where?', first.ts);
    expect(answerText(third.reply)).toBe('Helsinki: the Helsinki summit.');
  });

  it('keeps the context after the App is stopped and started again: it is read back from Slack', async () => {
    const first = await mention('where did Trump and Putin first meet?');
    expect(answerText(first.reply)).toMatch(/^Hamburg: the Hamburg summit\./);
    await bot.stop();
    bot = await startTestBot({ engine, fake, feedbackPath });
    const second = await mention('what about the second one?', first.ts);
    expect(answerText(second.reply)).toBe('Vietnam: the Vietnam summit.');
    expect(JSON.stringify(second.reply.params.blocks)).toContain('Taking \\"the second one\\" as the Vietnam summit');
  });

  it('gives a follow-up in an unrelated thread, or from another user, no context', async () => {
    const first = await mention('when is the Helsinki summit?');
    const elsewhere = await mention('and where?', uniqueTs());
    expect(JSON.stringify(elsewhere.reply.params.blocks)).not.toContain('Taking');
    expect(answerText(elsewhere.reply)).not.toBe('Helsinki: the Helsinki summit.');
    const otherUser = await mention('and where?', first.ts, 'U0OTHER');
    expect(JSON.stringify(otherUser.reply.params.blocks)).not.toContain('Taking');
    expect(answerText(otherUser.reply)).not.toBe('Helsinki: the Helsinki summit.');
  });

  it('ignores metadata forged by another app, malformed metadata, and a failing conversations.replies', async () => {
    const thread = uniqueTs();
    fake.addMessage(CHANNEL_ID, {
      ts: uniqueTs(),
      thread_ts: thread,
      bot_id: 'B0OTHER',
      metadata: {
        event_type: 'news_answer',
        event_payload: {
          user: 'U0USER',
          context: JSON.stringify({
            question: 'when is the Helsinki summit?',
            event: 'e1-helsinki-summit',
            subject: 'the Helsinki summit',
            people: null,
            place: null,
            value: null,
            candidates: [],
          }),
        },
      },
    });
    fake.addMessage(CHANNEL_ID, {
      ts: uniqueTs(),
      thread_ts: thread,
      bot_id: 'B0BOT',
      metadata: { event_type: 'news_answer', event_payload: { user: 'U0USER', context: '{"question": 42' } },
    });
    const forged = await mention('who announced it?', thread);
    expect(JSON.stringify(forged.reply.params.blocks)).not.toContain('Taking');

    const first = await mention('when is the Helsinki summit?');
    fake.fail('conversations.replies', { kind: 'slack_error', error: 'ratelimited' });
    const failed = await mention('who announced it?', first.ts);
    expect(JSON.stringify(failed.reply.params.blocks)).not.toContain('Taking');
    expect(bot.logs.some((l) => l.level === 'warn' && l.text.includes('answering the question alone'))).toBe(true);
  });

  it('ignores a context whose event a rebuilt store no longer has', async () => {
    const thread = uniqueTs();
    fake.addMessage(CHANNEL_ID, {
      ts: uniqueTs(),
      thread_ts: thread,
      bot_id: 'B0BOT',
      metadata: {
        event_type: 'news_answer',
        event_payload: {
          user: 'U0USER',
          context: JSON.stringify({
            question: 'when is the Oslo summit?',
            event: 'e9-gone',
            subject: 'the Oslo summit',
            people: null,
            place: null,
            value: null,
            candidates: [],
          }),
        },
      },
    });
    const reply = await mention('who announced it?', thread);
    expect(JSON.stringify(reply.reply.params.blocks)).not.toContain('Taking');
  });
});

describe('a DM', () => {
  it('answers a follow-up from the last exchange, read back with conversations.history', async () => {
    expect(answerText(await dm('when is the Helsinki summit?'))).toBe('Monday, July 16, 2018: the Helsinki summit.');
    const reply = await dm('who announced it?');
    expect(fake.callsTo('conversations.history')[1]!.params).toMatchObject({
      channel: DM_CHANNEL_ID,
      include_all_metadata: 'true',
    });
    expect(answerText(reply)).toBe('White House and Moscow announced: the Helsinki summit.');
  });
});

describe('a question that fits several events', () => {
  it(
    'answers for the best, offers the others as buttons, ' +
      'and a click answers the same question for that event in the thread',
    async () => {
      const first = await mention('where was the summit?');
      expect(answerText(first.reply)).toMatch(/^Hamburg: the Hamburg summit\./);
      const choices = blocksOf(first.reply).find((b) => b.block_id === 'answer_choices')!;
      const buttons = choices.elements!.map((e) => (e.text as { text: string }).text);
      expect(buttons).toEqual(['the Vietnam summit (November 2017)', 'the Helsinki summit (Monday, July 16, 2018)']);
      const vietnam = choices.elements![0]!;
      const replyTs = String((await fake.waitForCalls('chat.postMessage', 1))[0]!.params.thread_ts);
      const messageTs = fake.messages(CHANNEL_ID)[0]!.ts;
      await bot.send(
        blockAction({
          actionId: vietnam.action_id!,
          value: vietnam.value!,
          responseUrl: fake.responseUrl(),
          messageTs,
          message: { thread_ts: replyTs },
        }),
      );
      const [, chosen] = await fake.waitForCalls('chat.postMessage', 2);
      expect(chosen!.params.thread_ts).toBe(replyTs);
      expect(answerText(chosen!)).toBe('Vietnam: the Vietnam summit.');
    },
  );

  it('answers a click under the private slash-command answer privately', async () => {
    await bot.send(slashCommand({ text: 'where was the summit?', responseUrl: fake.responseUrl() }));
    const [privateAnswer] = await fake.waitForCalls('response_url', 1);
    const choices = (privateAnswer!.params.blocks as Block[]).find((b) => b.block_id === 'answer_choices')!;
    const helsinki = choices.elements![1]!;
    await bot.send(
      blockAction({ actionId: helsinki.action_id!, value: helsinki.value!, responseUrl: fake.responseUrl() }),
    );
    const [, chosen] = await fake.waitForCalls('response_url', 2);
    expect(chosen!.params.response_type).toBe('ephemeral');
    expect(JSON.stringify(chosen!.params.blocks)).toContain('Helsinki: the Helsinki summit.');
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});

describe('votes', () => {
  it('records a replayed click (same user, message and button) once', async () => {
    const { readFileSync } = await import('node:fs');
    const click = blockAction({
      actionId: 'feedback_up',
      value: 'when is the Helsinki summit?',
      responseUrl: fake.responseUrl(),
      messageTs: uniqueTs(),
      blockId: 'answer_actions:mention',
    });
    await bot.send(click);
    await fake.waitForCalls('response_url', 1);
    await bot.send(click);
    await fake.waitForCalls('response_url', 2);
    await bot.settled();
    await bot.bot.slack.deps.feedback.flush();
    const votes = (JSON.parse(readFileSync(feedbackPath, 'utf8')) as { votes: unknown[] }).votes;
    expect(votes).toHaveLength(1);
    expect(String(fake.callsTo('response_url')[1]!.params.text)).toContain('recorded already');
  });
});
