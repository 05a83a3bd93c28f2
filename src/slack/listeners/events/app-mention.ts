import type { App } from '@slack/bolt';
import { answerMessage } from '../../blocks/answer.ts';
import type { BotDeps } from '../../deps.ts';
import { postReply } from '../../reply.ts';
import { questionFromMessage } from '../../text.ts';

/** @-mention in a channel: answer in the thread of the mention, without the mention in the question. */
export function registerAppMention(app: App, deps: BotDeps): void {
  app.event('app_mention', async ({ event, client, context }) => {
    // Other bots can mention us too; answering them invites loops. Edits arrive with a subtype.
    if (event.bot_id || event.subtype || !event.user) return;
    if (!deps.answered.firstTime(`${event.channel}:${event.ts}`)) return;
    const answer = deps.engine.answer(questionFromMessage(event.text, context.botUserId));
    await postReply(client, deps.logger, { channel: event.channel, threadTs: event.thread_ts ?? event.ts }, answerMessage(answer, { surface: 'mention', feedback: true, share: false }));
  });
}
