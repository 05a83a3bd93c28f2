import type { App, BlockButtonAction } from '@slack/bolt';
import type { Vote } from '../../../feedback/index.ts';
import { ACTION_IDS } from '../../blocks/actions.ts';
import { surfaceOf } from '../../blocks/answer.ts';
import type { BotDeps } from '../../deps.ts';
import { questionFromButton } from '../../text.ts';
import { describeSlackError } from '../../errors.ts';

/** 👍 / 👎 under an answer: record the vote with the question and answer, and thank the voter privately. */
export function registerFeedback(app: App, deps: BotDeps): void {
  for (const [actionId, vote] of [[ACTION_IDS.feedbackUp, 'up'], [ACTION_IDS.feedbackDown, 'down']] as const) {
    app.action<BlockButtonAction>(actionId, async ({ ack, action, body, respond }) => {
      await ack();
      const question = questionFromButton(action.value);
      const answer = deps.engine.answer(question);
      const record: Vote = {
        at: new Date().toISOString(),
        user: body.user.id,
        vote,
        question,
        answer: answer.answer,
        answered: answer.answered,
        surface: surfaceOf(action.block_id),
        ...(body.channel?.id ? { channel: body.channel.id } : {}),
      };
      try {
        await deps.feedback.record(record);
      } catch (error) {
        deps.logger.error(`Could not record feedback in ${deps.feedback.path}: ${error instanceof Error ? error.message : String(error)}`);
        await respond({ response_type: 'ephemeral', replace_original: false, text: 'Sorry, I could not record your feedback just now.' }).catch(() => undefined);
        return;
      }
      try {
        await respond({ response_type: 'ephemeral', replace_original: false, text: vote === 'up' ? 'Thanks! Your 👍 is recorded.' : 'Thanks for telling me. Your 👎 is recorded and helps improve the answers.' });
      } catch (error) {
        deps.logger.warn(`Could not thank ${body.user.id} for feedback: ${describeSlackError(error)}`);
      }
    });
  }
}
