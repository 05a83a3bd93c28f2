import type { App, BlockButtonAction } from '@slack/bolt';
import { ACTION_IDS } from '../../blocks/actions.ts';
import { answerMessage } from '../../blocks/answer.ts';
import type { BotDeps } from '../../deps.ts';
import { questionFromButton } from '../../text.ts';
import { describeSlackError } from '../../errors.ts';

/** "Share in channel" under a private answer: post the answer for everyone, then remove the private copy. */
export function registerShare(app: App, deps: BotDeps): void {
  app.action<BlockButtonAction>(ACTION_IDS.share, async ({ ack, action, body, respond }) => {
    await ack();
    // The answer is computed again from the question: the engine is deterministic for one store.
    const answer = await deps.engine.answer(questionFromButton(action.value));
    try {
      await respond({
        response_type: 'in_channel',
        replace_original: false,
        ...answerMessage(answer, {
          surface: 'share',
          showQuestion: { askedBy: body.user.id },
          feedback: true,
          share: false,
        }),
      });
    } catch (error) {
      deps.logger.error(`Could not share an answer for ${body.user.id}: ${describeSlackError(error)}`);
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: 'Sorry, I could not share that answer. Please try again.',
      }).catch(() => undefined);
      return;
    }
    // Shared already: a private copy left behind is untidy, not a failure to report to the user.
    await respond({ delete_original: true }).catch((error: unknown) =>
      deps.logger.warn(`Could not remove the private answer after sharing: ${describeSlackError(error)}`),
    );
  });
}
