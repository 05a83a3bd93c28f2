import type { App, RespondArguments } from '@slack/bolt';
import { answerMessage } from '../../blocks/answer.ts';
import { helpMessage, timelineMessage } from '../../blocks/help.ts';
import type { BotDeps } from '../../deps.ts';
import { describeSlackError } from '../../errors.ts';
import { questionFromMessage } from '../../text.ts';

/**
 * `/events QUESTION`: a private answer with a button to share it; `/events`, `/events help`: usage;
 * `/events list`: the timeline. Help and list go in the acknowledgement itself; answers follow it
 * through the response URL, which works in every channel and DM, whether or not the bot is a member.
 */
export function registerEventsCommand(app: App, deps: BotDeps): void {
  app.command(deps.command, async ({ command, ack, respond }) => {
    const question = questionFromMessage(command.text ?? '', undefined);
    if (/^(?:help|\?)?$/i.test(question)) {
      await ack({ response_type: 'ephemeral', ...helpMessage(deps.command, await deps.engine.examples()) });
      return;
    }
    if (/^(?:list|timeline)$/i.test(question)) {
      await ack({ response_type: 'ephemeral', ...timelineMessage(await deps.engine.timeline()) });
      return;
    }
    await ack();
    const answer = await deps.engine.answer(question);
    const reply: RespondArguments = {
      response_type: 'ephemeral',
      ...answerMessage(answer, {
        surface: 'command',
        showQuestion: { askedBy: command.user_id },
        feedback: true,
        share: true,
      }),
    };
    try {
      await respond(reply);
    } catch (error) {
      deps.logger.error(`Could not answer ${deps.command} from ${command.user_id}: ${describeSlackError(error)}`);
    }
  });
}
