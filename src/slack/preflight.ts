import { webApi, type Logger } from '@slack/bolt';
import type { BotIdentity, ConnectedConfig } from './app.ts';
import { ConfigError } from './config.ts';
import { describeSlackError } from './errors.ts';

/**
 * The bot scopes manifest.yml and manifest.http.yml ask for (test/manifest.test.ts keeps them equal).
 * Kept in code rather than read from the manifest at start-up, so a deployment without the manifest
 * file still checks them.
 */
export const BOT_SCOPES: readonly string[] = [
  'app_mentions:read',
  'channels:history',
  'chat:write',
  'commands',
  'groups:history',
  'im:history',
  'mpim:history',
];

/** How start-up rides out a network failure: `attempts` tries in all, waiting 1, 2, 4… s (capped) between them. */
export interface StartupRetry {
  readonly attempts: number;
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
}

/** About 15 s of retrying (1 + 2 + 4 + 8): a Wi-Fi blip or a container's network coming up, not an outage. */
export const DEFAULT_STARTUP_RETRY: StartupRetry = { attempts: 5, firstDelayMs: 1_000, maxDelayMs: 8_000 };

export interface PreflightOptions {
  readonly logger: Logger;
  readonly retry?: StartupRetry;
  /** Where a live countdown is drawn between attempts, when it is a terminal (stderr in `npm start`). */
  readonly countdown?: NodeJS.WriteStream;
}

/** One request may take this long before it counts as a failed attempt: start-up must not hang on a silent network. */
const REQUEST_TIMEOUT_MS = 10_000;

/**
 * Checks the credentials before anything else starts, so a misconfigured app stops within seconds with
 * one message naming the variable and the fix, instead of retrying forever (Socket Mode retries a
 * `missing_scope` answer without end) or failing on the first event. Secrets are never part of a message.
 */
export async function checkSlackCredentials(config: ConnectedConfig, options: PreflightOptions): Promise<BotIdentity> {
  const identity = await checkBotToken(config, options);
  if (config.mode === 'socket') await checkAppToken(config, options);
  return identity;
}

async function checkBotToken(config: ConnectedConfig, options: PreflightOptions): Promise<BotIdentity> {
  const client = webClient(config.botToken, config, options.logger);
  const result = await withRetries('auth.test', config, options, () => client.auth.test()).catch((error: unknown) => {
    throw rejected('SLACK_BOT_TOKEN', error) ?? error;
  });
  if (!result.user_id || !result.bot_id)
    throw new ConfigError(
      'SLACK_BOT_TOKEN is not a bot token: auth.test returned no bot user. Use the Bot User OAuth Token (xoxb-…) ' +
        'from OAuth & Permissions.',
    );
  // Slack lists the token's scopes in the x-oauth-scopes header of every response; the client puts them here.
  const granted = result.response_metadata?.scopes;
  if (granted === undefined) {
    options.logger.debug(
      'auth.test gave no x-oauth-scopes header (a proxy in between?), so the bot token’s scopes were not checked.',
    );
  } else {
    const missing = BOT_SCOPES.filter((s) => !granted.includes(s));
    if (missing.length > 0) {
      throw new ConfigError(
        `SLACK_BOT_TOKEN lacks the ${missing.length === 1 ? 'scope' : 'scopes'} ${missing.join(', ')} that ` +
          `manifest.yml asks for. ` +
          'Add them on the app’s OAuth & Permissions page under Bot Token Scopes (or paste manifest.yml again on ' +
          'the App Manifest page), ' +
          `then reinstall the app (Install App → Reinstall to ${result.team ?? 'your workspace'}) and put the new ` +
          `Bot User OAuth Token in SLACK_BOT_TOKEN.`,
      );
    }
  }
  return { botId: result.bot_id, botUserId: result.user_id, team: result.team };
}

/** Socket Mode's own first call, made once here, where its failure can be explained and ended. */
async function checkAppToken(
  config: Extract<ConnectedConfig, { mode: 'socket' }>,
  options: PreflightOptions,
): Promise<void> {
  const client = webClient(config.appToken, config, options.logger);
  await withRetries('apps.connections.open', config, options, () => client.apps.connections.open()).catch(
    (error: unknown) => {
      if (platformError(error) === 'missing_scope') {
        throw new ConfigError(
          'SLACK_APP_TOKEN lacks the connections:write scope, which Socket Mode needs. Make a new one: the app’s ' +
            'Basic Information page → ' +
            'App-Level Tokens → Generate Token and Scopes, give it a name, Add Scope → connections:write, ' +
            'Generate; put the xapp-… token in SLACK_APP_TOKEN.',
        );
      }
      throw rejected('SLACK_APP_TOKEN', error) ?? error;
    },
  );
}

function webClient(token: string, config: ConnectedConfig, logger: Logger): webApi.WebClient {
  // No retries inside the client: withRetries does them, visibly and within a limit.
  return new webApi.WebClient(token, {
    logger,
    timeout: REQUEST_TIMEOUT_MS,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
  });
}

/** How to fix each way Slack refuses a token; the message names the variable and never its value. */
const TOKEN_FIXES: Record<string, (variable: string) => string> = {
  invalid_auth: (v) =>
    `the token is mistyped, or belongs to another app or workspace. Copy it again from this app’s settings (` +
    (v === 'SLACK_BOT_TOKEN' ? 'OAuth & Permissions → Bot User OAuth Token' : 'Basic Information → App-Level Tokens') +
    ').',
  account_inactive: (v) =>
    `the app was uninstalled or its token revoked. Reinstall it (Install App → Install to your workspace) and put ` +
    `the new token in ${v}.`,
  token_revoked: (v) =>
    `the token was revoked. Reinstall the app (Install App) or generate a new token, and put it in ${v}.`,
  token_expired: (v) =>
    `the token expired (token rotation is on). Turn token rotation off for this app, reinstall it, and put the new ` +
    `token in ${v}.`,
  not_authed: (v) => `no token reached Slack. Check that ${v} is set, without quotes or spaces.`,
  not_allowed_token_type: (v) =>
    `it is the wrong kind of token. ` +
    `${v === 'SLACK_BOT_TOKEN' ? 'Use the Bot User OAuth Token (xoxb-…).' : 'Use an App-Level Token (xapp-…).'}`,
  team_disabled: () => 'the workspace has been disabled.',
  user_removed_from_team: () => 'the app’s bot user was removed from the workspace. Reinstall the app.',
};

function rejected(variable: string, error: unknown): ConfigError | undefined {
  const reason = platformError(error);
  const fix = reason ? TOKEN_FIXES[reason] : undefined;
  return fix && reason ? new ConfigError(`Slack rejected ${variable} (${reason}): ${fix(variable)}`) : undefined;
}

function platformError(error: unknown): string | undefined {
  const e = error as { code?: string; data?: { error?: unknown } };
  return e.code === webApi.ErrorCode.PlatformError && typeof e.data?.error === 'string' ? e.data.error : undefined;
}

/** Slack's answers that mean "try again shortly", as opposed to a refusal that will not change. */
const TRANSIENT_PLATFORM_ERRORS = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
]);

function isTransient(error: unknown): boolean {
  const e = error as { code?: string; statusCode?: number };
  if (e.code === webApi.ErrorCode.RequestError || e.code === webApi.ErrorCode.RateLimitedError) return true;
  if (e.code === webApi.ErrorCode.HTTPError) return (e.statusCode ?? 0) >= 500 || e.statusCode === 429;
  const reason = platformError(error);
  return reason !== undefined && TRANSIENT_PLATFORM_ERRORS.has(reason);
}

/** Runs `call`, retrying network failures with a countdown in the log, up to the limit; anything else fails at once. */
async function withRetries<T>(
  method: string,
  config: ConnectedConfig,
  options: PreflightOptions,
  call: () => Promise<T>,
): Promise<T> {
  const retry = options.retry ?? DEFAULT_STARTUP_RETRY;
  const where = config.apiUrl ? ` at ${config.apiUrl}` : '';
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isTransient(error)) throw error;
      const reason = describeSlackError(error);
      if (attempt >= retry.attempts) {
        throw new Error(
          `Could not reach Slack${where} after ${retry.attempts} attempts (${method}: ${reason}). Check the ` +
            `network connection${config.apiUrl ? ' and SLACK_API_URL' : ''}, then start again.`,
          { cause: error },
        );
      }
      const retryAfterMs = ((error as { retryAfter?: number }).retryAfter ?? 0) * 1_000;
      const delayMs = Math.max(retryAfterMs, Math.min(retry.firstDelayMs * 2 ** (attempt - 1), retry.maxDelayMs));
      options.logger.warn(
        `Could not reach Slack${where} (${method}: ${reason}). Retrying in ${seconds(delayMs)} (attempt ` +
          `${attempt + 1} of ${retry.attempts}).`,
      );
      await countdown(delayMs, options.countdown);
    }
  }
}

function seconds(ms: number): string {
  return ms >= 1_000 ? `${Math.round(ms / 1_000)} s` : `${ms} ms`;
}

/** Waits `ms`; on a terminal, counts the seconds down on one line so the wait is visibly going somewhere. */
async function countdown(ms: number, stream: NodeJS.WriteStream | undefined): Promise<void> {
  if (!stream?.isTTY || ms < 1_000) return sleep(ms);
  for (let left = Math.round(ms / 1_000); left > 0; left--) {
    stream.write(`\r  retrying in ${left} s… `);
    await sleep(1_000);
  }
  stream.write('\r\x1b[K');
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
