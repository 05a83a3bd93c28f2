import type { App } from '@slack/bolt';
import { answerMessage } from '../../blocks/answer.ts';
import { contextMetadata, dmContext, threadContext } from '../../context.ts';
import type { BotDeps } from '../../deps.ts';
import { postReply } from '../../reply.ts';
import { questionFromMessage } from '../../text.ts';

/**
 * A direct message: answer in the DM (in its thread, when the question was asked in one), as a
 * follow-up to the bot's last answer there within 30 minutes (or in that thread).
 */
export function registerDirectMessage(app: App, deps: BotDeps): void {
  // `message.im` cannot be subscribed to by name in Bolt; filter the generic message event instead.
  app.message(async ({ message, client, context }) => {
    if (message.channel_type !== 'im') return;
    // Edits, deletions, joins and bot posts all carry a subtype; plain user messages do not.
    if (message.subtype !== undefined || ('bot_id' in message && message.bot_id)) return;
    if (!message.user || typeof message.text !== 'string') return;
    if (!deps.answered.firstTime(`${message.channel}:${message.ts}`)) return;
    const threadTs = 'thread_ts' in message ? message.thread_ts : undefined;
    const where = { channel: message.channel, user: message.user, botId: context.botId };
    const previous = threadTs
      ? await threadContext(client, deps.logger, { ...where, threadTs })
      : await dmContext(client, deps.logger, where);
    const answer = await deps.engine.answer(questionFromMessage(message.text, context.botUserId), previous);
    await postReply(
      client,
      deps.logger,
      { channel: message.channel, ...(threadTs ? { threadTs } : {}) },
      answerMessage(answer, { surface: 'dm', feedback: true, share: false }),
      contextMetadata(answer, message.user),
    );
  });
}
