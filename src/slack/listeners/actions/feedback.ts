import type { App, BlockButtonAction } from '@slack/bolt';
import type { Vote } from '../../../feedback/index.ts';
import { ACTION_IDS } from '../../blocks/actions.ts';
import { surfaceOf } from '../../blocks/answer.ts';
import type { BotDeps } from '../../deps.ts';
import { questionFromButton } from '../../text.ts';
import { describeSlackError } from '../../errors.ts';

/** 👍 / 👎 under an answer: record the vote with the question and answer, and thank the voter privately. */
export function registerFeedback(app: App, deps: BotDeps): void {
  for (const [actionId, vote] of [
    [ACTION_IDS.feedbackUp, 'up'],
    [ACTION_IDS.feedbackDown, 'down'],
  ] as const) {
    app.action<BlockButtonAction>(actionId, async ({ ack, action, body, respond }) => {
      await ack();
      const question = questionFromButton(action.value);
      const answer = await deps.engine.answer(question);
      const record: Vote = {
        at: new Date().toISOString(),
        user: body.user.id,
        vote,
        question,
        answer: answer.answer,
        answered: answer.answered,
        surface: surfaceOf(action.block_id),
        ...(body.channel?.id ? { channel: body.channel.id } : {}),
        // Slack may deliver one click twice, and a user may press the
        // same button again: one vote per user, message and button.
        key:
          `${body.user.id}:${body.channel?.id ?? ''}:` +
          `${body.container?.message_ts ?? body.message?.ts ?? ''}:${action.action_id}`,
      };
      let recorded: boolean;
      try {
        recorded = await deps.feedback.record(record);
      } catch (error) {
        deps.logger.error(
          `Could not record feedback in ${deps.feedback.path}: ` +
            `${error instanceof Error ? error.message : String(error)}`,
        );
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: 'Sorry, I could not record your feedback just now.',
        }).catch(() => undefined);
        return;
      }
      try {
        const thanks = !recorded
          ? `Your ${vote === 'up' ? '👍' : '👎'} on this answer was recorded already.`
          : vote === 'up'
            ? 'Thanks! Your 👍 is recorded.'
            : 'Thanks for telling me. Your 👎 is recorded and helps improve the answers.';
        await respond({ response_type: 'ephemeral', replace_original: false, text: thanks });
      } catch (error) {
        deps.logger.warn(`Could not thank ${body.user.id} for feedback: ${describeSlackError(error)}`);
      }
    });
  }
}
