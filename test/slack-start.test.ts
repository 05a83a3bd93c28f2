/** Start-up: which mode the environment selects, clear messages for wrong settings, and Socket Mode's first call. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, readSlackConfig, startSlackBot } from '../src/slack/index.ts';
import { createLogger, type LogLine } from '../src/slack/logger.ts';
import { seedEngine } from './helpers/engine.ts';
import { startFakeSlackApi, type FakeSlackApi } from './helpers/fake-slack-api.ts';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from './helpers/slack-bot.ts';

describe('readSlackConfig', () => {
  it('chooses the terminal chat without a bot token', () => {
    expect(readSlackConfig({})).toEqual({ mode: 'terminal', storePath: 'data/store.json' });
    expect(readSlackConfig({ SLACK_BOT_TOKEN: '  ', STORE_PATH: 'x.json' })).toEqual({
      mode: 'terminal',
      storePath: 'x.json',
    });
  });

  it('chooses Socket Mode with an app token, and HTTP mode with a signing secret', () => {
    expect(
      readSlackConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET }),
    ).toMatchObject({ mode: 'socket', appToken: APP_TOKEN });
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET })).toMatchObject({
      mode: 'http',
      port: 3000,
      host: '0.0.0.0',
      feedbackPath: 'data/feedback.json',
    });
    expect(
      readSlackConfig({
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        PORT: '8080',
        SLACK_API_URL: 'http://127.0.0.1:9/api',
      }),
    ).toMatchObject({ port: 8080, apiUrl: 'http://127.0.0.1:9/api/' });
  });

  const mistakes: [string, Record<string, string>, RegExp][] = [
    [
      'an app token given as the bot token',
      { SLACK_BOT_TOKEN: APP_TOKEN, SLACK_APP_TOKEN: APP_TOKEN },
      new RegExp(
        '^SLACK_BOT_TOKEN must be the Bot User OAuth Token.*starting with xoxb-; ' +
          'the value given looks like an app-level token \\(xapp-\\)\\.$',
      ),
    ],
    [
      'a bot token given as the app token',
      { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: BOT_TOKEN },
      /^SLACK_APP_TOKEN must be an App-Level Token.*looks like a bot token \(xoxb-\)\.$/,
    ],
    [
      'a user token',
      { SLACK_BOT_TOKEN: 'xoxp-123-456', SLACK_SIGNING_SECRET: SIGNING_SECRET },
      /^SLACK_BOT_TOKEN .* looks like a xoxp- token\.$/,
    ],
    [
      'no app token or signing secret',
      { SLACK_BOT_TOKEN: BOT_TOKEN },
      /neither SLACK_APP_TOKEN \(Socket Mode\) nor SLACK_SIGNING_SECRET \(HTTP mode\)/,
    ],
    [
      'an app token without a bot token',
      { SLACK_APP_TOKEN: APP_TOKEN },
      /^SLACK_BOT_TOKEN is not set, but SLACK_APP_TOKEN is/,
    ],
    [
      'a token as the signing secret',
      { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: BOT_TOKEN },
      /^SLACK_SIGNING_SECRET holds a token/,
    ],
    [
      'a signing secret of the wrong length',
      { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET.slice(1) },
      new RegExp(
        "^SLACK_SIGNING_SECRET does not look like a signing secret: Slack's are 32 " +
          'letters and digits, and the value given has 31\\. Copy it again',
      ),
    ],
    [
      'a signing secret with other characters',
      { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: `${SIGNING_SECRET.slice(0, 31)}+` },
      /and the value given has 32, with characters other than letters and digits\./,
    ],
    [
      'a port out of range',
      { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '70000' },
      /^PORT must be a whole number/,
    ],
    [
      'an API URL that is not one',
      { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: 'slack' },
      /^SLACK_API_URL must be an absolute/,
    ],
  ];
  it.each(mistakes)('names the variable for %s, without echoing a token', (_, env, message) => {
    let error: unknown;
    try {
      readSlackConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    for (const value of Object.values(env))
      if (/^x(?:ox[a-z]|app)-/.test(value)) expect((error as Error).message).not.toContain(value);
  });
});

describe('startSlackBot', () => {
  let fake: FakeSlackApi;
  beforeAll(async () => {
    fake = await startFakeSlackApi();
  });
  afterAll(() => fake.close());

  it('in Socket Mode checks the bot token, then opens a connection with the app token', async () => {
    const logs: LogLine[] = [];
    const config = readSlackConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: fake.url,
      FEEDBACK_PATH: join(mkdtempSync(join(tmpdir(), 'newsbot-socket-')), 'feedback.json'),
    });
    if (config.mode !== 'socket') throw new Error('expected Socket Mode');
    // The fake refuses the app token as Slack would refuse a revoked one; start-up must say which token.
    const start = startSlackBot({
      config,
      engine: await seedEngine(),
      logger: createLogger('debug', (l) => logs.push(l)),
      retryConfig: { retries: 0 },
    });
    await expect(start).rejects.toThrow(/^Slack rejected SLACK_APP_TOKEN \(invalid_auth\)/);
    expect(fake.calls.map((c) => c.method)).toEqual(['auth.test', 'apps.connections.open']);
    expect(fake.callsTo('auth.test')[0]!.token).toBe(BOT_TOKEN);
    expect(fake.callsTo('apps.connections.open')[0]!.token).toBe(APP_TOKEN);
    const logged = logs.map((l) => l.text).join('\n');
    expect(logged).not.toContain(BOT_TOKEN);
    expect(logged).not.toContain(APP_TOKEN);
  });

  it('says the bot token was rejected when auth.test refuses it', async () => {
    fake.reset();
    fake.setResponse('auth.test', { ok: false, error: 'invalid_auth' });
    const config = readSlackConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.url,
      PORT: '0',
      HOST: '127.0.0.1',
    });
    if (config.mode !== 'http') throw new Error('expected HTTP mode');
    await expect(
      startSlackBot({
        config,
        engine: await seedEngine(),
        logger: createLogger('error', () => undefined),
        retryConfig: { retries: 0 },
      }),
    ).rejects.toThrow(/^Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)/);
  });
});
