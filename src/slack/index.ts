export { readSlackConfig, ConfigError, type SlackConfig } from './config.ts';
export { startSlackBot, type RunningSlackBot, type SlackBotOptions } from './start.ts';
export { redactSecrets } from './errors.ts';
export { checkSlackCredentials, BOT_SCOPES, DEFAULT_STARTUP_RETRY, type StartupRetry } from './preflight.ts';
