import { existsSync } from 'node:fs';
import type { BotIdentity } from '../slack/app.ts';
import { checkSlackCredentials, ConfigError, readSlackConfig, redactSecrets, startSlackBot, type RunningSlackBot, type SlackConfig } from '../slack/index.ts';
import { createLogger } from '../slack/logger.ts';
import { runTerminalChat } from './chat.ts';
import { exitWithError, loadEngine } from './load.ts';

// Settings come from the environment, or from a .env file for what the environment does not set.
if (existsSync('.env')) process.loadEnvFile('.env');

let config: SlackConfig;
try {
  config = readSlackConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`Configuration error: ${error.message}\nSee .env.example for every setting.\n`);
  process.exit(1);
}

const startFailed = (error: unknown): never => {
  process.stderr.write(`${error instanceof ConfigError ? 'Configuration error' : 'Could not start'}: ${redactSecrets(error instanceof Error ? error.message : String(error))}\n`);
  process.exit(1);
};

// Slack credentials are checked before the engine loads, so a misconfigured app stops in seconds.
let identity: BotIdentity | undefined;
if (config.mode !== 'terminal') {
  identity = await checkSlackCredentials(config, { logger: createLogger(config.logLevel), countdown: process.stderr }).catch(startFailed);
}

const engine = await loadEngine(config.storePath).catch(exitWithError);

if (config.mode === 'terminal') {
  // On stderr, so that `npm start < questions.txt > answers.txt` keeps only the conversation.
  process.stderr.write(
    'No Slack credentials are set, so this is the terminal chat, on the same engine as the Slack bot.\n' +
      '(To connect Slack, see "Connect it to a workspace" in the README.)\n' +
      'Ask about the news events: type "help" for examples, "list" for the timeline, "exit" to leave.\n\n',
  );
  await runTerminalChat(engine);
  process.exit(0);
}

const bot: RunningSlackBot = await startSlackBot({ config, engine, ...(identity ? { identity } : {}) }).catch(startFailed);

// A listener's stray rejection is logged, never fatal: one bad request must not stop the bot for everyone.
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`[ERROR] Unhandled rejection: ${redactSecrets(reason instanceof Error ? reason.message : String(reason))}\n`);
});

// A deploy or Ctrl-C: stop taking requests, let replies in flight finish, flush feedback, exit cleanly.
// Ctrl-C under npm arrives twice at once (from the terminal and forwarded by npm, npm/cli#5021), so
// only a signal repeated after a moment means "now": exit at once.
let stoppingSince: number | undefined;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stoppingSince !== undefined) {
      if (Date.now() - stoppingSince < 2_000) return;
      process.stderr.write(`${signal} again: exiting without waiting.\n`);
      process.exit(1);
    }
    stoppingSince = Date.now();
    process.stderr.write(`${signal}: finishing replies in flight, then stopping.\n`);
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Error while stopping: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
  });
}
