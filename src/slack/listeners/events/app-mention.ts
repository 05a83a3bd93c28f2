import type { App } from '@slack/bolt';
import { answerMessage } from '../../blocks/answer.ts';
import { contextMetadata, threadContext } from '../../context.ts';
import type { BotDeps } from '../../deps.ts';
import { postReply } from '../../reply.ts';
import { questionFromMessage } from '../../text.ts';

/**
 * @-mention in a channel: answer in the thread of the mention, without the mention in the question. A
 * mention inside a thread where the bot answered this user is read as a follow-up to that answer.
 */
export function registerAppMention(app: App, deps: BotDeps): void {
  app.event('app_mention', async ({ event, client, context }) => {
    // Other bots can mention us too; answering them invites loops. Edits arrive with a subtype.
    if (event.bot_id || event.subtype || !event.user) return;
    if (!deps.answered.firstTime(`${event.channel}:${event.ts}`)) return;
    const previous = event.thread_ts
      ? await threadContext(client, deps.logger, {
          channel: event.channel,
          threadTs: event.thread_ts,
          user: event.user,
          botId: context.botId,
        })
      : null;
    const answer = await deps.engine.answer(questionFromMessage(event.text, context.botUserId), previous);
    await postReply(
      client,
      deps.logger,
      { channel: event.channel, threadTs: event.thread_ts ?? event.ts },
      answerMessage(answer, { surface: 'mention', feedback: true, share: false }),
      contextMetadata(answer, event.user),
    );
  });
}
