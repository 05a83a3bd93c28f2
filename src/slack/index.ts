export { readSlackConfig, ConfigError, type SlackConfig } from './config.ts';
export { startSlackBot, type RunningSlackBot, type SlackBotOptions } from './start.ts';
export { redactSecrets } from './errors.ts';
