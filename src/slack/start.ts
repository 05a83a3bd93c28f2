import type { Logger, webApi } from '@slack/bolt';
import { asAsyncEngine, type AsyncEngine, type Engine } from '../answer/index.ts';
import { openFeedbackStore } from '../feedback/index.ts';
import { createSlackApp, type BotIdentity, type ConnectedConfig, type DedupeLimits, type SlackApp } from './app.ts';
import { ConfigError } from './config.ts';
import { checkSlackCredentials, type StartupRetry } from './preflight.ts';
import { describeSlackError } from './errors.ts';
import { createLogger } from './logger.ts';
import { createBotServer, listen, stopAccepting } from './server.ts';
import { disconnect } from './socket.ts';

export interface SlackBotOptions {
  readonly config: ConnectedConfig;
  /**
   * The engine on its own thread (cli/engine-thread.ts, as `npm start` runs it), or one in this thread;
   * a stop closes it.
   */
  readonly engine: AsyncEngine | Engine;
  /** Where Bolt, the Web API client and our listeners log; defaults to stderr at config.logLevel. */
  readonly logger?: Logger;
  /** Web API retry policy; tests pass `{ retries: 0 }` so a failing fake does not stall them. */
  readonly retryConfig?: webApi.RetryOptions;
  /** How long a shutdown waits for replies in flight. */
  readonly shutdownGraceMs?: number;
  readonly dedupe?: DedupeLimits;
  /** The bot's ids from an earlier checkSlackCredentials; without them the credentials are checked here. */
  readonly identity?: BotIdentity;
  /** How the credential check retries network failures (tests shorten it). */
  readonly startupRetry?: StartupRetry;
}

export interface RunningSlackBot {
  readonly mode: 'http' | 'socket';
  /** HTTP mode: the port actually bound (PORT=0 picks a free one). */
  readonly port: number | undefined;
  readonly identity: BotIdentity;
  readonly slack: SlackApp;
  /** Stops taking requests, waits (bounded) for replies in flight, flushes feedback, closes. */
  stop(): Promise<void>;
}

/** Retries a few times with backoff: enough to ride out a blip, short enough that a reply is still timely. */
const DEFAULT_RETRIES: webApi.RetryOptions = {
  retries: 3,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 5_000,
  randomize: true,
};
const DEFAULT_GRACE_MS = 10_000;
/** How long a Socket Mode stop waits for Slack to answer the close frame (the client's own limit is 30 s). */
const SOCKET_CLOSE_MS = 2_000;
/** Slack's answers to a token it does not accept: a configuration problem, not a network one. */
const REJECTED_TOKEN = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
]);

/** Connects the engine to Slack: Socket Mode with an app token, otherwise HTTP on config.port. */
export async function startSlackBot(options: SlackBotOptions): Promise<RunningSlackBot> {
  const { config } = options;
  const engine = asAsyncEngine(options.engine);
  const logger = options.logger ?? createLogger(config.logLevel);
  const retryConfig = options.retryConfig ?? DEFAULT_RETRIES;
  const graceMs = options.shutdownGraceMs ?? DEFAULT_GRACE_MS;
  const identity =
    options.identity ??
    (await checkSlackCredentials(config, { logger, ...(options.startupRetry ? { retry: options.startupRetry } : {}) }));
  const feedback = await openFeedbackStore(config.feedbackPath);
  const slack = createSlackApp({
    config,
    engine,
    feedback,
    logger,
    identity,
    retryConfig,
    ...(options.dedupe ? { dedupe: options.dedupe } : {}),
  });
  const finish = async (): Promise<void> => {
    if (!(await slack.deps.work.settle(graceMs)))
      logger.warn(
        `Stopped with ${slack.deps.work.count} repl${slack.deps.work.count === 1 ? 'y' : 'ies'} unfinished after ` +
          `${graceMs} ms.`,
      );
    await feedback.flush();
    await engine.close();
  };

  if (config.mode === 'socket') {
    const socket = slack.socket!;
    try {
      await slack.app.start();
    } catch (error) {
      throw connectionError('SLACK_APP_TOKEN', error, config.apiUrl);
    }
    logger.info(`Connected to Slack in Socket Mode as ${who(identity)}.`);
    return {
      mode: 'socket',
      port: undefined,
      identity,
      slack,
      // Refuse new envelopes first: Slack delivers an unacknowledged one again, to the next instance.
      // Those already taken are acked and answered while the socket is still open; then it closes.
      stop: once(async () => {
        socket.gate.close();
        await finish();
        await disconnect(socket.receiver.client, SOCKET_CLOSE_MS, logger);
        if (socket.gate.refused > 0)
          logger.info(
            `Left ${socket.gate.refused} envelope${socket.gate.refused === 1 ? '' : 's'} unacknowledged while ` +
              `stopping, for Slack to deliver again.`,
          );
      }),
    };
  }

  const server = createBotServer({
    slack: slack.receiver!.requestListener,
    work: slack.deps.work,
    logger,
    health: () => ({
      mode: 'http',
      articles: engine.size.articles,
      events: engine.size.events,
      inFlight: slack.deps.work.count,
    }),
  });
  const port = await listen(server, config.port, config.host);
  logger.info(`Listening for Slack on http://${config.host}:${port}/slack/events as ${who(identity)}.`);
  return {
    mode: 'http',
    port,
    identity,
    slack,
    stop: once(async () => {
      const closed = stopAccepting(server);
      await finish();
      server.closeAllConnections();
      await closed;
    }),
  };
}

function connectionError(variable: string, error: unknown, apiUrl: string | undefined): Error {
  const reason = (error as { data?: { error?: string } }).data?.error;
  if (reason && REJECTED_TOKEN.has(reason))
    return new ConfigError(
      `Slack rejected ${variable} (${reason}): check that it is the right token for this app and that the app is ` +
        `installed.`,
    );
  return new Error(`Could not connect to Slack${apiUrl ? ` at ${apiUrl}` : ''}: ${describeSlackError(error)}`);
}

function who(identity: BotIdentity): string {
  return `${identity.botUserId}${identity.team ? ` in ${identity.team}` : ''}`;
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= fn());
}
