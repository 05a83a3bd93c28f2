import type { App } from '@slack/bolt';
import { answerMessage } from '../../blocks/answer.ts';
import type { BotDeps } from '../../deps.ts';
import { postReply } from '../../reply.ts';
import { questionFromMessage } from '../../text.ts';

/** A direct message: answer in the DM (in its thread, when the question was asked in one). */
export function registerDirectMessage(app: App, deps: BotDeps): void {
  // `message.im` cannot be subscribed to by name in Bolt; filter the generic message event instead.
  app.message(async ({ message, client, context }) => {
    if (message.channel_type !== 'im') return;
    // Edits, deletions, joins and bot posts all carry a subtype; plain user messages do not.
    if (message.subtype !== undefined || 'bot_id' in message && message.bot_id) return;
    if (!message.user || typeof message.text !== 'string') return;
    if (!deps.answered.firstTime(`${message.channel}:${message.ts}`)) return;
    const answer = deps.engine.answer(questionFromMessage(message.text, context.botUserId));
    const threadTs = 'thread_ts' in message ? message.thread_ts : undefined;
    await postReply(client, deps.logger, { channel: message.channel, ...(threadTs ? { threadTs } : {}) }, answerMessage(answer, { surface: 'dm', feedback: true, share: false }));
  });
}
