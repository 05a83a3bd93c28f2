import type { App, BlockButtonAction } from '@slack/bolt';
import type { ConversationContext } from '../../../answer/index.ts';
import { CHOOSE_EVENT_IDS } from '../../blocks/actions.ts';
import { answerMessage, choiceFromButton } from '../../blocks/answer.ts';
import { contextMetadata } from '../../context.ts';
import type { BotDeps } from '../../deps.ts';
import { describeSlackError } from '../../errors.ts';
import { postReply } from '../../reply.ts';

/**
 * A "Did you mean" button: the same question answered for the event chosen, in the same thread (a
 * private answer, for the slash command's private reply), carrying its context like any answer.
 */
export function registerChoose(app: App, deps: BotDeps): void {
  for (const actionId of CHOOSE_EVENT_IDS) {
    app.action<BlockButtonAction>(actionId, async ({ ack, action, body, client, respond }) => {
      await ack();
      const choice = choiceFromButton(action.value);
      const previous: ConversationContext | null = choice
        ? {
            question: choice.question,
            event: null,
            subject: null,
            people: null,
            place: null,
            value: null,
            candidates: [],
            choice: choice.event,
          }
        : null;
      // A value that is not ours, or an event a rebuilt store no longer has: the question alone.
      const answer = await deps.engine.answer(choice?.question ?? '', previous);
      const message = body.message;
      const channel = body.channel?.id;
      if (!message || !channel || body.container?.is_ephemeral) {
        try {
          await respond({
            response_type: 'ephemeral',
            replace_original: false,
            ...answerMessage(answer, {
              surface: 'command',
              showQuestion: { askedBy: body.user.id },
              feedback: true,
              share: true,
            }),
          });
        } catch (error) {
          deps.logger.error(`Could not answer a choice for ${body.user.id}: ${describeSlackError(error)}`);
        }
        return;
      }
      const threadTs = (message as { thread_ts?: string }).thread_ts ?? message.ts;
      const surface = body.channel?.id?.startsWith('D') ? 'dm' : 'mention';
      await postReply(
        client,
        deps.logger,
        { channel, threadTs },
        answerMessage(answer, { surface, feedback: true, share: false }),
        contextMetadata(answer, body.user.id),
      );
    });
  }
}
