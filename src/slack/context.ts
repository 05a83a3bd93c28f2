import type { Logger, webApi } from '@slack/bolt';
import { readContext, type Answer, type ConversationContext } from '../answer/index.ts';
import { describeSlackError } from './errors.ts';

/**
 * Conversation context kept with Slack, not in process memory: each answer the bot posts carries what
 * the engine asked it to remember as message metadata, and a follow-up reads it back from the thread
 * (conversations.replies) or the DM (conversations.history). So a restart, or another replica behind a
 * load balancer, answers the next question the same way.
 */
export const CONTEXT_EVENT_TYPE = 'news_answer';
/** A DM's last exchange counts as context for this long. */
export const DM_CONTEXT_MS = 30 * 60 * 1000;
/**
 * Reading the context back: conversations.replies / conversations.history
 * in channels, private channels, DMs and group DMs.
 */
export const CONTEXT_SCOPES = ['channels:history', 'groups:history', 'im:history', 'mpim:history'] as const;

export interface MessageMetadata {
  readonly event_type: string;
  readonly event_payload: Record<string, string>;
}

/** The metadata an answer's message carries: its context, and whom it answered (a context never crosses users). */
export function contextMetadata(answer: Answer, user: string): MessageMetadata | undefined {
  if (!answer.remember) return undefined;
  const { choice: _choice, ...kept } = answer.remember;
  return { event_type: CONTEXT_EVENT_TYPE, event_payload: { user, context: JSON.stringify(kept) } };
}

interface Where {
  readonly channel: string;
  readonly user: string;
  readonly botId: string | undefined;
}

interface HistoryMessage {
  readonly bot_id?: string;
  readonly metadata?: { readonly event_type?: unknown; readonly event_payload?: unknown };
}

/** The context of the bot's last answer to `user` in a thread; null when there is none, or Slack cannot say. */
export async function threadContext(
  client: webApi.WebClient,
  logger: Logger,
  where: Where & { readonly threadTs: string },
): Promise<ConversationContext | null> {
  try {
    const result = await client.conversations.replies({
      channel: where.channel,
      ts: where.threadTs,
      include_all_metadata: true,
      limit: 200,
    });
    return latest((result.messages ?? []) as HistoryMessage[], where);
  } catch (error) {
    logger.warn(
      `Could not read the thread ${where.threadTs} in ${where.channel} for context; answering the question alone: ` +
        `${describeSlackError(error)}`,
    );
    return null;
  }
}

/** The context of the bot's last answer to `user` in a DM, within the last 30 minutes. */
export async function dmContext(
  client: webApi.WebClient,
  logger: Logger,
  where: Where,
  now = Date.now(),
): Promise<ConversationContext | null> {
  try {
    const oldest = ((now - DM_CONTEXT_MS) / 1000).toFixed(6);
    const result = await client.conversations.history({
      channel: where.channel,
      oldest,
      include_all_metadata: true,
      limit: 20,
    });
    return latest((result.messages ?? []) as HistoryMessage[], where);
  } catch (error) {
    logger.warn(
      `Could not read the DM ${where.channel} for context; answering the question alone: ${describeSlackError(error)}`,
    );
    return null;
  }
}

/**
 * The newest message that is this bot's own answer to this user, read into a context. Messages from
 * other apps (metadata can be forged by any of them), other users' answers, and malformed payloads are
 * passed over.
 */
function latest(messages: readonly HistoryMessage[], where: Where): ConversationContext | null {
  const ours = messages.filter(
    (m) => where.botId !== undefined && m.bot_id === where.botId && m.metadata?.event_type === CONTEXT_EVENT_TYPE,
  );
  // conversations.replies lists oldest first, conversations.history newest first: order by ts.
  const sorted = [...ours].sort(
    (a, b) => Number((b as { ts?: string }).ts ?? 0) - Number((a as { ts?: string }).ts ?? 0),
  );
  for (const m of sorted) {
    const payload = m.metadata?.event_payload as { user?: unknown; context?: unknown } | undefined;
    if (!payload || payload.user !== where.user || typeof payload.context !== 'string' || payload.context.length > 8000)
      continue;
    try {
      return readContext(JSON.parse(payload.context));
    } catch {
      return null;
    }
  }
  return null;
}
