import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { webApi } from '@slack/bolt';
import type { Engine } from '../../src/answer/index.ts';
import { readSlackConfig, startSlackBot, type RunningSlackBot } from '../../src/slack/index.ts';
import { createLogger, type LogLine } from '../../src/slack/logger.ts';
import type { FakeSlackApi } from './fake-slack-api.ts';
import {
  sendToSlackEndpoint,
  type SendOptions,
  type SlackEndpointResponse,
  type SlackRequest,
} from './slack-requests.ts';

export const BOT_TOKEN = 'xoxb-1111-2222-testtokenvalue';
export const APP_TOKEN = 'xapp-1-A0FAKEAPP-3333-apptokenvalue';
/** Shaped like Slack's: 32 hexadecimal characters. */
export const SIGNING_SECRET = 'f00dfeedcafe0123456789abcdef4567';

export interface TestBot {
  readonly bot: RunningSlackBot;
  readonly endpoint: string;
  readonly origin: string;
  readonly feedbackPath: string;
  /** Lines the bot logged, at any level (debug included); tests may clear this between cases. */
  readonly logs: LogLine[];
  /** Every line the bot ever logged, never cleared (debug lines only when `keepDebugLogs`). */
  readonly allLogs: readonly LogLine[];
  /** Lines, at any level, that held the bot token or the signing secret: checked as each is written. */
  readonly leaks: readonly LogLine[];
  /** Resolves when every request and reply under way has finished. */
  settled(): Promise<void>;
  send(request: SlackRequest, opts?: SendOptions): Promise<SlackEndpointResponse>;
  stop(): Promise<void>;
}

export interface TestBotOptions {
  readonly engine: Engine;
  readonly fake: FakeSlackApi;
  readonly feedbackPath?: string;
  readonly retryConfig?: webApi.RetryOptions;
  readonly shutdownGraceMs?: number;
  readonly dedupe?: { readonly maxEntries: number; readonly maxAgeMs: number };
  /**
   * Keep debug lines in `logs`/`allLogs` (default true); a soak turns this off so the test holds no memory per event.
   */
  readonly keepDebugLogs?: boolean;
}

/** The real bot in HTTP mode on 127.0.0.1 (a free port), talking to the fake Web API. */
export async function startTestBot(options: TestBotOptions): Promise<TestBot> {
  const feedbackPath = options.feedbackPath ?? join(mkdtempSync(join(tmpdir(), 'newsbot-feedback-')), 'feedback.json');
  const config = readSlackConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: options.fake.url,
    PORT: '0',
    HOST: '127.0.0.1',
    FEEDBACK_PATH: feedbackPath,
  });
  if (config.mode !== 'http') throw new Error(`expected HTTP mode, got ${config.mode}`);
  const logs: LogLine[] = [];
  const allLogs: LogLine[] = [];
  const leaks: LogLine[] = [];
  const keepDebug = options.keepDebugLogs ?? true;
  const bot = await startSlackBot({
    config,
    engine: options.engine,
    logger: createLogger('debug', (line) => {
      if (line.text.includes(BOT_TOKEN) || line.text.includes(SIGNING_SECRET)) leaks.push(line);
      if (line.level === 'debug' && !keepDebug) return;
      logs.push(line);
      allLogs.push(line);
    }),
    retryConfig: options.retryConfig ?? { retries: 0 },
    ...(options.shutdownGraceMs !== undefined ? { shutdownGraceMs: options.shutdownGraceMs } : {}),
    ...(options.dedupe ? { dedupe: options.dedupe } : {}),
  });
  const origin = `http://127.0.0.1:${bot.port}`;
  const endpoint = `${origin}/slack/events`;
  return {
    bot,
    endpoint,
    origin,
    feedbackPath,
    logs,
    allLogs,
    leaks,
    settled: async () => {
      if (!(await bot.slack.deps.work.settle(10_000))) throw new Error('work still under way after 10 s');
    },
    send: (request, opts) => sendToSlackEndpoint(endpoint, SIGNING_SECRET, request, opts),
    stop: () => bot.stop(),
  };
}
