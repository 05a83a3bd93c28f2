import type { Logger, webApi } from '@slack/bolt';
import type { SlackMessage } from './blocks/elements.ts';
import type { MessageMetadata } from './context.ts';
import { describeSlackError } from './errors.ts';

export interface ReplyTarget {
  readonly channel: string;
  readonly threadTs?: string;
}

const APOLOGY = 'Sorry, I found an answer but could not post it just now. Please ask again in a moment.';

/**
 * Posts a reply. The Web API client already retries what Slack allows (rate limits after Retry-After,
 * server errors, network failures); when it still fails, the failure is logged and a short apology is
 * attempted, and the listener returns normally so the process keeps serving.
 */
export async function postReply(
  client: webApi.WebClient,
  logger: Logger,
  target: ReplyTarget,
  message: SlackMessage,
  metadata?: MessageMetadata,
): Promise<boolean> {
  const base = {
    channel: target.channel,
    ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
    unfurl_links: false,
    unfurl_media: false,
  };
  try {
    await client.chat.postMessage({
      ...base,
      text: message.text,
      blocks: message.blocks,
      ...(metadata ? { metadata } : {}),
    });
    return true;
  } catch (error) {
    if (outcomeUnknown(error)) {
      // Slack answered 200 with a body that is not its JSON (a proxy page, a cut response): the reply was
      // probably posted, so neither a retry nor an apology, which could show the user two messages.
      logger.warn(
        `Posted a reply in ${target.channel} but could not read Slack's answer: ${describeSlackError(error)}`,
      );
      return false;
    }
    logger.error(`Could not post a reply in ${target.channel}: ${describeSlackError(error)}`);
  }
  try {
    await client.chat.postMessage({ ...base, text: APOLOGY });
  } catch (error) {
    logger.warn(`Could not post the apology in ${target.channel} either: ${describeSlackError(error)}`);
  }
  return false;
}

/** Slack's own error codes are snake_case words; anything else in `data.error` is a body Slack did not write. */
function outcomeUnknown(error: unknown): boolean {
  const e = error as { code?: string; data?: { error?: unknown } };
  return (
    e.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string' && !/^[a-z0-9_]+$/.test(e.data.error)
  );
}
