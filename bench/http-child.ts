/**
 * One side of the HTTP benchmark, in its own process so each gets the same CPU: `bot` is the real
 * Slack bot in HTTP mode over data/store.json, its engine on a thread of its own as `npm start` runs it;
 * `bolt` is a bare Bolt App whose only listener acks;
 * `bolt-reply` is that App also posting a one-line reply, the least any bot that answers must do;
 * `bot-known` is the bot with every answer already known (each distinct question answered once by the
 * engine thread, then from memory): not a way to run it, but the most its request thread allows, so the
 * run shows how much of the gap to `bolt-reply` is the engine's and how much the Slack side's.
 * Both use the same signing secret and the parent's fake Web API; each prints its port when ready.
 *
 *   node --import tsx bench/http-child.ts bot|bot-known|bolt|bolt-reply API_URL SECRET
 */
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { AddressInfo } from 'node:net';
import type { Answer, AsyncEngine } from '../src/answer/index.ts';
import { startEngineThread } from '../src/cli/engine-thread.ts';
import { readSlackConfig, startSlackBot } from '../src/slack/index.ts';
import { createLogger } from '../src/slack/logger.ts';

const [mode, apiUrl, secret] = process.argv.slice(2) as ['bot' | 'bot-known' | 'bolt' | 'bolt-reply', string, string];
const token = 'xoxb-bench-token';
// A clean exit on SIGTERM, so that `node --cpu-prof` writes its profile (bench/http.ts --profile).
process.on('SIGTERM', () => process.exit(0));

if (mode === 'bot' || mode === 'bot-known') {
  const config = readSlackConfig({
    SLACK_BOT_TOKEN: token,
    SLACK_SIGNING_SECRET: secret,
    SLACK_API_URL: apiUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    FEEDBACK_PATH: '.tmp/bench/feedback.json',
  });
  if (config.mode !== 'http') throw new Error('expected HTTP mode');
  const thread = await startEngineThread(undefined);
  const engine = mode === 'bot' ? thread : answersKnown(thread);
  const bot = await startSlackBot({ config, engine, logger: createLogger('warn') });
  process.stdout.write(`${bot.port}\n`);
} else {
  // The baseline: the same receiver and client options, ids given so Bolt makes no auth.test per event.
  const receiver = new HTTPReceiver({ signingSecret: secret, endpoints: '/slack/events', logLevel: LogLevel.WARN });
  const app = new App({
    token,
    botId: 'B0BOT',
    botUserId: 'U0BOT',
    receiver,
    logLevel: LogLevel.WARN,
    clientOptions: { slackApiUrl: apiUrl },
  });
  if (mode === 'bolt-reply') {
    app.event('app_mention', async ({ event, client }) => {
      await client.chat.postMessage({ channel: event.channel, thread_ts: event.ts, text: 'ok' });
    });
  } else {
    app.event('app_mention', async () => undefined);
  }
  const server = await receiver.start({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
}

/** The engine with each question's answer (asked with no earlier answer) remembered after its first time. */
function answersKnown(engine: AsyncEngine): AsyncEngine {
  const known = new Map<string, Promise<Answer>>();
  return {
    ...engine,
    answer: (question, context) => {
      if (context) return engine.answer(question, context);
      let answer = known.get(question);
      if (!answer) known.set(question, (answer = engine.answer(question)));
      return answer;
    },
  };
}
