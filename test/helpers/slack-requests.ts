/**
 * Requests shaped and signed the way Slack sends them to an app's HTTP endpoint (Events API, slash commands,
 * interactivity), for driving a Bolt HTTPReceiver in tests.
 */
import { createHmac, randomBytes } from 'node:crypto';

/** A request body and the exact Content-Type Slack sends it with. */
export interface SlackRequest {
  readonly body: string;
  readonly contentType: string;
}

export interface SendOptions {
  /** Seconds since the epoch; defaults to now. Bolt rejects values more than 5 minutes in the past. */
  readonly timestamp?: number;
  /** Sent instead of the correct signature, for bad-signature tests. */
  readonly signature?: string;
  readonly retryNum?: number;
  /** Slack sends e.g. `http_timeout`, `http_error`, `connection_failed`. */
  readonly retryReason?: string;
  /** Extra headers, applied last so they can replace any of the above. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface SlackEndpointResponse {
  readonly status: number;
  readonly body: string;
  readonly headers: Record<string, string>;
}

/** A Slack event inside an `event_callback` envelope. */
export type SlackEvent = Readonly<Record<string, unknown>> & { readonly type: string };

export const TEAM_ID = 'T0FAKE';
export const API_APP_ID = 'A0FAKEAPP';
export const BOT_USER_ID = 'U0BOT';
export const USER_ID = 'U0USER';
export const CHANNEL_ID = 'C0CHAN';
export const DM_CHANNEL_ID = 'D0DM';

/** Slack's request signature: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{raw body}` keyed by the signing secret. */
export function sign(secret: string, timestamp: number | string, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

/** POSTs a signed request to a Slack endpoint (e.g. Bolt's `http://127.0.0.1:PORT/slack/events`). */
export async function sendToSlackEndpoint(
  endpointUrl: string,
  secret: string,
  request: SlackRequest,
  opts: SendOptions = {},
): Promise<SlackEndpointResponse> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': request.contentType,
    'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': opts.signature ?? sign(secret, timestamp, request.body),
  };
  if (opts.retryNum !== undefined) headers['x-slack-retry-num'] = String(opts.retryNum);
  if (opts.retryReason !== undefined) headers['x-slack-retry-reason'] = opts.retryReason;
  Object.assign(headers, opts.headers);
  const response = await fetch(endpointUrl, { method: 'POST', headers, body: request.body });
  return { status: response.status, body: await response.text(), headers: Object.fromEntries(response.headers) };
}

// ---------------------------------------------------------------------------------------------------------
// Unique ids. A random run prefix keeps event ids distinct across test runs, in case a dedupe cache persists.

const RUN = randomBytes(3).toString('hex').toUpperCase();
const START_SECONDS = Math.floor(Date.now() / 1000);
let counter = 0;

/** A message timestamp like Slack's (`1712345678.000042`), unique and increasing within the process. */
export function uniqueTs(): string {
  const n = ++counter;
  return `${START_SECONDS + Math.floor(n / 1_000_000)}.${String(n % 1_000_000).padStart(6, '0')}`;
}

export function uniqueEventId(): string {
  return `Ev${RUN}${String(++counter).padStart(6, '0')}`;
}

function uniqueTriggerId(): string {
  return `${++counter}.${RUN}.${randomBytes(16).toString('hex')}`;
}

// ---------------------------------------------------------------------------------------------------------
// Events API

export interface EventCallbackOptions {
  readonly eventId?: string;
  readonly teamId?: string;
  readonly apiAppId?: string;
  /** Seconds since the epoch. */
  readonly eventTime?: number;
}

/**
 * Wraps an event in Slack's `event_callback` envelope. The returned `eventId` lets a test resend the same
 * event as a retry.
 */
export function eventCallback(
  event: SlackEvent,
  opts: EventCallbackOptions = {},
): SlackRequest & { readonly eventId: string } {
  const teamId = opts.teamId ?? TEAM_ID;
  const eventId = opts.eventId ?? uniqueEventId();
  const envelope = {
    token: 'legacy',
    team_id: teamId,
    context_team_id: teamId,
    context_enterprise_id: null,
    api_app_id: opts.apiAppId ?? API_APP_ID,
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: opts.eventTime ?? Math.floor(Date.now() / 1000),
    authorizations: [
      { enterprise_id: null, team_id: teamId, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
  };
  return { body: JSON.stringify(envelope), contentType: 'application/json', eventId };
}

/** What a user's message carries, whichever event delivers it. */
export interface MessageOptions {
  /** Real mentions contain the bot's mention, e.g. `<@U0BOT> when is the summit?`. */
  readonly text: string;
  readonly user?: string;
  readonly channel?: string;
  readonly ts?: string;
  readonly thread_ts?: string;
}

export type AppMentionOptions = MessageOptions;

export interface DirectMessageOptions extends MessageOptions {
  /** Set for messages posted by a bot (our own or another app's). */
  readonly bot_id?: string;
  /** e.g. `bot_message`, `message_changed`. */
  readonly subtype?: string;
}

/** The fields every message event shares, as Slack sends them. */
function messageFields(o: MessageOptions, defaultChannel: string): Record<string, unknown> {
  const ts = o.ts ?? uniqueTs();
  return {
    user: o.user ?? USER_ID,
    text: o.text,
    ts,
    ...(o.thread_ts !== undefined ? { thread_ts: o.thread_ts } : {}),
    team: TEAM_ID,
    channel: o.channel ?? defaultChannel,
    event_ts: ts,
  };
}

export function appMentionEvent(o: AppMentionOptions): SlackEvent {
  return { type: 'app_mention', ...messageFields(o, CHANNEL_ID) };
}

export function directMessageEvent(o: DirectMessageOptions): SlackEvent {
  return {
    type: 'message',
    ...(o.subtype !== undefined ? { subtype: o.subtype } : {}),
    ...(o.bot_id !== undefined ? { bot_id: o.bot_id } : {}),
    ...messageFields(o, DM_CHANNEL_ID),
    channel_type: 'im',
  };
}

export function appHomeOpenedEvent(o: { readonly user?: string; readonly tab?: 'home' | 'messages' } = {}): SlackEvent {
  return {
    type: 'app_home_opened',
    user: o.user ?? USER_ID,
    channel: DM_CHANNEL_ID,
    tab: o.tab ?? 'home',
    event_ts: uniqueTs(),
  };
}

export function urlVerification(challenge: string): SlackRequest {
  return {
    body: JSON.stringify({ token: 'legacy', challenge, type: 'url_verification' }),
    contentType: 'application/json',
  };
}

// ---------------------------------------------------------------------------------------------------------
// Slash commands and interactivity

/**
 * Exactly this: Bolt compares the header by string equality, and with `; charset=utf-8` it parses the body as
 * JSON and answers 400.
 */
export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

export interface SlashCommandOptions {
  readonly command?: string;
  readonly text?: string;
  readonly userId?: string;
  readonly userName?: string;
  readonly channelId?: string;
  readonly channelName?: string;
  /** Required so that a test can never make Bolt's respond() reach the real Slack; use `fake.responseUrl()`. */
  readonly responseUrl: string;
  readonly triggerId?: string;
}

export function slashCommand(o: SlashCommandOptions): SlackRequest {
  // Field order as Slack sends them (it does not matter to Bolt, but keeps captured bodies comparable).
  const fields: Record<string, string> = {
    token: 'legacy',
    team_id: TEAM_ID,
    team_domain: 'fake',
    channel_id: o.channelId ?? CHANNEL_ID,
    channel_name: o.channelName ?? 'general',
    user_id: o.userId ?? USER_ID,
    user_name: o.userName ?? 'user',
    command: o.command ?? '/events',
    text: o.text ?? '',
    api_app_id: API_APP_ID,
    is_enterprise_install: 'false',
    response_url: o.responseUrl,
    trigger_id: o.triggerId ?? uniqueTriggerId(),
  };
  return { body: new URLSearchParams(fields).toString(), contentType: FORM_CONTENT_TYPE };
}

export interface BlockActionOptions {
  readonly actionId: string;
  readonly value?: string;
  readonly blockId?: string;
  readonly userId?: string;
  readonly channelId?: string;
  readonly responseUrl: string;
  /**
   * The ts of the (non-ephemeral) message holding the button; the payload then carries that `message`.
   * Without it the click comes from an ephemeral message, which Slack sends without a `message`.
   */
  readonly messageTs?: string;
  /** Extra fields of the clicked message (e.g. its `blocks`), merged into `message` when `messageTs` is given. */
  readonly message?: Readonly<Record<string, unknown>>;
  readonly container?: Readonly<Record<string, unknown>>;
}

/** A button click: form field `payload` holding a `block_actions` JSON payload. */
export function blockAction(o: BlockActionOptions): SlackRequest {
  const userId = o.userId ?? USER_ID;
  const channelId = o.channelId ?? CHANNEL_ID;
  const messageTs = o.messageTs ?? uniqueTs();
  const isEphemeral = o.messageTs === undefined;
  const payload = {
    type: 'block_actions',
    user: { id: userId, username: 'user', name: 'user', team_id: TEAM_ID },
    api_app_id: API_APP_ID,
    token: 'legacy',
    container: o.container ?? {
      type: 'message',
      message_ts: messageTs,
      channel_id: channelId,
      is_ephemeral: isEphemeral,
    },
    trigger_id: uniqueTriggerId(),
    team: { id: TEAM_ID, domain: 'fake' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channelId, name: 'general' },
    ...(isEphemeral
      ? {}
      : { message: { type: 'message', user: BOT_USER_ID, bot_id: 'B0BOT', text: '', ts: messageTs, ...o.message } }),
    state: { values: {} },
    response_url: o.responseUrl,
    actions: [
      {
        action_id: o.actionId,
        block_id: o.blockId ?? 'actions',
        text: { type: 'plain_text', text: o.actionId, emoji: true },
        ...(o.value !== undefined ? { value: o.value } : {}),
        type: 'button',
        action_ts: uniqueTs(),
      },
    ],
  };
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: FORM_CONTENT_TYPE };
}
