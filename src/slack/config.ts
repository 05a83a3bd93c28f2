import * as z from 'zod';
import { DEFAULT_STORE_PATH } from '../store/index.ts';

/** How the bot reaches Slack, decided by which credentials the environment holds. */
export type SlackConfig =
  | { readonly mode: 'terminal'; readonly storePath: string }
  | (CommonConfig & { readonly mode: 'socket'; readonly appToken: string })
  | (CommonConfig & {
      readonly mode: 'http';
      readonly signingSecret: string;
      readonly port: number;
      readonly host: string;
    });

interface CommonConfig {
  readonly botToken: string;
  /** Web API base URL ending in `/`; undefined means Slack's own. */
  readonly apiUrl: string | undefined;
  readonly feedbackPath: string;
  readonly storePath: string;
  readonly logLevel: LogLevelName;
}

export type LogLevelName = 'debug' | 'info' | 'warn' | 'error';

/** A configuration mistake, worded for the person starting the bot: it names the variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export const DEFAULT_FEEDBACK_PATH = 'data/feedback.json';

/**
 * Slack's signing secrets are 32 hexadecimal characters; letters beyond f are let through (Slack's own
 * documented example has some), since refusing a real secret would be worse than missing a typo. The
 * length alone catches a partial copy, the Verification Token (24) and quotes or spaces around it.
 */
const SIGNING_SECRET_SHAPE = /^[0-9a-z]{32}$/i;

const optional = z
  .string()
  .transform((s) => s.trim())
  .optional()
  .transform((s) => (s === '' ? undefined : s));

const EnvSchema = z.object({
  SLACK_BOT_TOKEN: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_API_URL: optional,
  PORT: optional,
  HOST: optional,
  FEEDBACK_PATH: optional,
  STORE_PATH: optional,
  LOG_LEVEL: optional,
});

type Env = Readonly<Record<string, string | undefined>>;

/** Reads the Slack settings from an environment; throws ConfigError naming the variable that is wrong. */
export function readSlackConfig(env: Env): SlackConfig {
  const e = EnvSchema.parse(pick(env));
  const logLevel = readLogLevel(e.LOG_LEVEL);
  if (!e.SLACK_BOT_TOKEN) {
    if (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) {
      throw new ConfigError(
        `SLACK_BOT_TOKEN is not set, but ${e.SLACK_APP_TOKEN ? 'SLACK_APP_TOKEN' : 'SLACK_SIGNING_SECRET'} is: set ` +
          `SLACK_BOT_TOKEN to the app's Bot User OAuth Token (xoxb-…).`,
      );
    }
    return { mode: 'terminal', storePath: e.STORE_PATH ?? DEFAULT_STORE_PATH };
  }
  const botToken = checkToken(
    'SLACK_BOT_TOKEN',
    e.SLACK_BOT_TOKEN,
    'xoxb-',
    'the Bot User OAuth Token (OAuth & Permissions page)',
  );
  const common: CommonConfig = {
    botToken,
    apiUrl: readApiUrl(e.SLACK_API_URL),
    feedbackPath: e.FEEDBACK_PATH ?? DEFAULT_FEEDBACK_PATH,
    storePath: e.STORE_PATH ?? DEFAULT_STORE_PATH,
    logLevel,
  };
  if (e.SLACK_APP_TOKEN) {
    const appToken = checkToken(
      'SLACK_APP_TOKEN',
      e.SLACK_APP_TOKEN,
      'xapp-',
      'an App-Level Token with the connections:write scope (Basic Information page)',
    );
    return { ...common, mode: 'socket', appToken };
  }
  if (!e.SLACK_SIGNING_SECRET) {
    throw new ConfigError(
      'SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is: ' +
        'set one of them.',
    );
  }
  if (/^xox[a-z]-|^xapp-/.test(e.SLACK_SIGNING_SECRET)) {
    throw new ConfigError(
      'SLACK_SIGNING_SECRET holds a token, not a signing secret: copy the Signing Secret from the Basic ' +
        'Information page.',
    );
  }
  if (!SIGNING_SECRET_SHAPE.test(e.SLACK_SIGNING_SECRET)) {
    // Every request would fail its signature check and Slack would show only "request URL failed": say so now.
    // The message gives the length and what is odd about the value, never the value.
    const odd = /["'\s]/.test(e.SLACK_SIGNING_SECRET)
      ? ', with quotes or spaces in it'
      : /[^0-9a-z]/i.test(e.SLACK_SIGNING_SECRET)
        ? ', with characters other than letters and digits'
        : '';
    throw new ConfigError(
      `SLACK_SIGNING_SECRET does not look like a signing secret: Slack's are 32 letters and digits, and the value ` +
        `given has ${e.SLACK_SIGNING_SECRET.length}${odd}. ` +
        'Copy it again from the app’s Basic Information page (App Credentials → Signing Secret → Show), not the ' +
        'Client Secret or Verification Token.',
    );
  }
  return {
    ...common,
    mode: 'http',
    signingSecret: e.SLACK_SIGNING_SECRET,
    port: readPort(e.PORT),
    host: e.HOST ?? '0.0.0.0',
  };
}

function pick(env: Env): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const key of Object.keys(EnvSchema.shape)) out[key] = env[key];
  return out;
}

function checkToken(variable: string, value: string, prefix: string, what: string): string {
  if (value.startsWith(prefix) && /^[\w-]+$/.test(value)) return value;
  // Say which kind of token it looks like, never the token itself.
  const looksLike = /^xoxb-/.test(value)
    ? 'a bot token (xoxb-)'
    : /^xapp-/.test(value)
      ? 'an app-level token (xapp-)'
      : /^xox[a-z]-/.test(value)
        ? `a ${value.slice(0, 4)}- token`
        : 'not a Slack token';
  throw new ConfigError(
    `${variable} must be ${what}, starting with ${prefix}; the value given looks like ${looksLike}.`,
  );
}

function readApiUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('SLACK_API_URL must be an absolute http(s) URL such as https://slack.com/api/.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigError('SLACK_API_URL must start with http:// or https://.');
  // The Web API client appends the method name directly to this base.
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function readPort(value: string | undefined): number {
  if (value === undefined) return 3000;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new ConfigError(`PORT must be a whole number from 0 to 65535 (got "${value.slice(0, 20)}").`);
  return port;
}

function readLogLevel(value: string | undefined): LogLevelName {
  if (value === undefined) return 'info';
  const level = value.toLowerCase();
  if (level === 'debug' || level === 'info' || level === 'warn' || level === 'error') return level;
  throw new ConfigError(`LOG_LEVEL must be one of debug, info, warn, error (got "${value.slice(0, 20)}").`);
}
