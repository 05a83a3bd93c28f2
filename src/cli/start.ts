import { existsSync } from 'node:fs';
import { ConfigError, readSlackConfig, type SlackConfig } from '../slack/config.ts';
import { redactSecrets } from '../slack/errors.ts';
import type { RunningSlackBot } from '../slack/start.ts';

// Modules are imported as each step needs them: a start-up that is going to stop on a bad setting or
// token should stop without first loading Bolt, the language model and the date parser, and the
// terminal chat does not need Bolt at all.

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

if (config.mode === 'terminal') {
  const { exitWithError, loadEngine } = await import('./load.ts');
  const engine = await loadEngine(config.storePath).catch(exitWithError);
  // On stderr, so that `npm start < questions.txt > answers.txt` keeps only the conversation.
  process.stderr.write(
    'No Slack credentials are set, so this is the terminal chat, on the same engine as the Slack bot.\n' +
      '(To connect Slack, see "Connect it to a workspace" in the README.)\n' +
      'Ask about the news events: type "help" for examples, "list" for the timeline, "exit" to leave.\n\n',
  );
  const { runTerminalChat } = await import('./chat.ts');
  await runTerminalChat(engine);
  process.exit(0);
}

const startFailed = (error: unknown): never => {
  process.stderr.write(
    `${error instanceof ConfigError ? 'Configuration error' : 'Could not start'}: ` +
      `${redactSecrets(error instanceof Error ? error.message : String(error))}\n`,
  );
  process.exit(1);
};

// A deploy or Ctrl-C: stop taking requests, let replies in flight finish, flush feedback, exit cleanly.
// The npm scripts `exec` node, so node is npm's own child whatever /bin/sh is, and npm passes on the
// SIGTERM or SIGINT it gets (a process manager, `kill`) and exits with node's code. Ctrl-C in a terminal
// therefore arrives twice at once: the terminal signals the whole foreground group, npm included, and
// npm forwards its copy (npm/cli#5021). So only a signal repeated after a moment means "now": exit at once.
// The handlers go in before anything connects: without one, a signal takes node's default action and
// kills the process outright, so a stop sent just as the bot says it is listening would not be graceful.
// eslint-disable-next-line prefer-const -- the signal handlers read it before its one assignment below
let bot: Promise<RunningSlackBot> | undefined;
let stoppingSince: number | undefined;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stoppingSince !== undefined) {
      if (Date.now() - stoppingSince < 2_000) return;
      process.stderr.write(`${signal} again: exiting without waiting.\n`);
      process.exit(1);
    }
    stoppingSince = Date.now();
    if (bot === undefined) {
      // Still checking credentials or loading the engine: nothing is connected, so nothing to finish.
      process.stderr.write(`${signal} during start-up: stopping.\n`);
      process.exit(0);
    }
    process.stderr.write(`${signal}: finishing replies in flight, then stopping.\n`);
    // A bot still connecting finishes connecting first, so that whatever it has taken is answered.
    bot
      .then((running) => running.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`Error while stopping: ${error instanceof Error ? error.message : String(error)}\n`);
          process.exit(1);
        },
      );
  });
}

// The Slack credentials are checked with Slack before the engine loads, so a misconfigured app stops in seconds.
const { checkSlackCredentials, startSlackBot } = await import('../slack/index.ts');
const { createLogger } = await import('../slack/logger.ts');
const identity = await checkSlackCredentials(config, {
  logger: createLogger(config.logLevel),
  countdown: process.stderr,
}).catch(startFailed);

// The engine answers on a thread of its own, so that a slow answer never holds up the acknowledgement
// Slack waits for (3 s) on every other request, and answers run beside request handling.
const { exitWithError } = await import('./load.ts');
const { startEngineThread } = await import('./engine-thread.ts');
const engine = await startEngineThread(config.storePath, {
  // Nothing can be answered any more: exit, for the process manager to start the bot again.
  onFailure: (error) => {
    process.stderr.write(`[ERROR] ${error.message}: exiting.\n`);
    process.exit(1);
  },
}).catch(exitWithError);

bot = startSlackBot({ config, engine, identity }).catch(startFailed);

// A listener's stray rejection is logged, never fatal: one bad request must not stop the bot for everyone.
process.on('unhandledRejection', (reason) => {
  process.stderr.write(
    `[ERROR] Unhandled rejection: ${redactSecrets(reason instanceof Error ? reason.message : String(reason))}\n`,
  );
});
