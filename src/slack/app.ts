import { App, HTTPReceiver, SocketModeReceiver, type Logger, type webApi } from '@slack/bolt';
import { asAsyncEngine, type AsyncEngine, type Engine } from '../answer/index.ts';
import type { FeedbackStore } from '../feedback/index.ts';
import type { SlackConfig } from './config.ts';
import { RecentDeliveries } from './dedupe.ts';
import { SLASH_COMMAND, type BotDeps } from './deps.ts';
import { describeSlackError } from './errors.ts';
import { registerListeners, type Registered } from './listeners/index.ts';
import { MAX_BODY_BYTES, SLACK_PATH } from './server.ts';
import { gateEnvelopes, type EnvelopeGate } from './socket.ts';
import { WorkInFlight } from './work.ts';

export type ConnectedConfig = Exclude<SlackConfig, { mode: 'terminal' }>;

/** Who the bot is in its workspace, from one `auth.test` at start-up. */
export interface BotIdentity {
  readonly botId: string;
  readonly botUserId: string;
  readonly team: string | undefined;
}

export interface SlackAppParts {
  readonly config: ConnectedConfig;
  /** An `Engine` is asked in this thread. */
  readonly engine: AsyncEngine | Engine;
  readonly feedback: FeedbackStore;
  readonly logger: Logger;
  readonly identity: BotIdentity;
  readonly retryConfig: webApi.RetryOptions;
  /** Bounds of the memory of handled deliveries. */
  readonly dedupe?: DedupeLimits;
}

export interface DedupeLimits {
  readonly maxEntries: number;
  readonly maxAgeMs: number;
}

/**
 * Slack retries an unacknowledged event three times: at once, after a minute and after five. Ten
 * minutes covers them all; 50,000 ids (a few MB) covers ten minutes of over 80 events a second, and
 * beyond that the oldest are dropped first, so memory stays bounded whatever the traffic.
 */
const DEFAULT_DEDUPE: DedupeLimits = { maxEntries: 50_000, maxAgeMs: 10 * 60 * 1000 };

export interface SlackApp {
  readonly app: App;
  /** Present in HTTP mode: its request listener is mounted on our own server. */
  readonly receiver: HTTPReceiver | undefined;
  /** Present in Socket Mode: the receiver (its client owns the socket) and the gate its envelopes pass. */
  readonly socket: { readonly receiver: SocketModeReceiver; readonly gate: EnvelopeGate } | undefined;
  readonly deps: BotDeps;
  readonly registered: Registered;
}

/**
 * The real Bolt App with its real receiver. Passing the bot's ids (from our own auth.test) keeps Bolt
 * from calling auth.test itself, and request verification stays on: HTTP mode has no switch for it.
 */
export function createSlackApp(parts: SlackAppParts): SlackApp {
  const { config, logger, identity } = parts;
  const dedupe = parts.dedupe ?? DEFAULT_DEDUPE;
  const clientOptions = { retryConfig: parts.retryConfig, ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}) };
  // No conversation store: nothing here keeps per-conversation state, and Bolt's default one costs
  // a lookup and a write on every event.
  const common = {
    token: config.botToken,
    botId: identity.botId,
    botUserId: identity.botUserId,
    logger,
    clientOptions,
    convoStore: false as const,
  };
  const work = new WorkInFlight();
  let app: App;
  let receiver: HTTPReceiver | undefined;
  let socket: SlackApp['socket'];
  if (config.mode === 'socket') {
    // Our own receiver, built as Bolt builds it for `socketMode: true`, so that a stop can gate its envelopes.
    const socketReceiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger,
      installerOptions: { clientOptions },
    });
    socket = { receiver: socketReceiver, gate: gateEnvelopes(socketReceiver.client, work, logger) };
    app = new App({ ...common, socketMode: true, receiver: socketReceiver });
  } else {
    receiver = new HTTPReceiver({
      signingSecret: config.signingSecret,
      endpoints: SLACK_PATH,
      logger,
      bodyLimit: MAX_BODY_BYTES,
    });
    app = new App({ ...common, receiver });
  }
  const deps: BotDeps = {
    engine: asAsyncEngine(parts.engine),
    feedback: parts.feedback,
    logger,
    command: SLASH_COMMAND,
    answered: new RecentDeliveries(dedupe.maxEntries, dedupe.maxAgeMs),
    deliveries: new RecentDeliveries(dedupe.maxEntries, dedupe.maxAgeMs),
    work,
  };
  const registered = registerListeners(app, deps);
  app.error(async (error) => {
    logger.error(`A listener failed: ${describeSlackError(error.original ?? error)}`);
  });
  return { app, receiver, socket, deps, registered };
}
