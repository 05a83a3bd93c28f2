/**
 * `npm start` with a misconfigured Slack app, as a process against the fake Web API: each mistake stops
 * start-up within 10 s with exit code 1 and one message naming the variable and the fix, never a secret;
 * a network blip is retried with a countdown, and a network that stays down is given up on.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkSlackCredentials, readSlackConfig } from '../src/slack/index.ts';
import { createLogger, type LogLine } from '../src/slack/logger.ts';
import { startFakeSlackApi, type FakeSlackApi } from './helpers/fake-slack-api.ts';
import { npmScriptArgs, SCRIPT_SHELL } from './helpers/run.ts';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from './helpers/slack-bot.ts';

let fake: FakeSlackApi;
beforeAll(async () => {
  fake = await startFakeSlackApi();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const SECRETS = [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET];

function env(mode: 'socket' | 'http', extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: mode === 'socket' ? APP_TOKEN : '',
    SLACK_SIGNING_SECRET: mode === 'http' ? SIGNING_SECRET : '',
    SLACK_API_URL: fake.url,
    PORT: '0',
    HOST: '127.0.0.1',
    FEEDBACK_PATH: join(mkdtempSync(join(tmpdir(), 'newsbot-startup-')), 'feedback.json'),
    LOG_LEVEL: 'info',
    ...extra,
  };
}

interface Exit {
  readonly code: number | null;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs `npm start`'s entry point until it exits (or `until` matches its stderr, then stops it). */
function start(environment: NodeJS.ProcessEnv, until?: RegExp): Promise<Exit> {
  const began = Date.now();
  const child = spawn(SCRIPT_SHELL, npmScriptArgs('start'), { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (until?.test(stderr)) child.kill('SIGTERM');
  });
  // A start-up that hangs fails the test rather than the suite's timeout.
  const guard = setTimeout(() => child.kill('SIGKILL'), 25_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(guard);
      resolve({ code, stderr, ms: Date.now() - began });
    }),
  );
}

function expectStopped(r: Exit, message: RegExp): void {
  expect(r.code).toBe(1);
  expect(r.ms).toBeLessThan(10_000);
  expect(r.stderr).toMatch(message);
  // One message: the configuration error and nothing else (no stack, no retry lines).
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  for (const secret of SECRETS) expect(r.stderr).not.toContain(secret);
}

describe('npm start stops at once, naming the variable and the fix', () => {
  it('when the app token lacks connections:write (apps.connections.open answers missing_scope)', async () => {
    fake.setResponse('apps.connections.open', {
      ok: false,
      error: 'missing_scope',
      needed: 'connections:write',
      provided: '',
    });
    const r = await start(env('socket'));
    expectStopped(
      r,
      new RegExp(
        '^Configuration error: SLACK_APP_TOKEN lacks the connections:write scope, which ' +
          'Socket Mode needs\\. .*Generate Token and Scopes.*connections:write',
      ),
    );
    expect(fake.callsTo('apps.connections.open')).toHaveLength(1);
  });

  it.each([
    [
      'invalid_auth',
      new RegExp(
        '^Configuration error: Slack rejected SLACK_BOT_TOKEN \\(invalid_auth\\): the token is ' +
          'mistyped, or belongs to another app or workspace\\. Copy it again .*Bot User OAuth Token',
      ),
    ],
    [
      'account_inactive',
      new RegExp(
        '^Configuration error: Slack rejected SLACK_BOT_TOKEN \\(account_inactive\\): the app was ' +
          'uninstalled or its token revoked\\. Reinstall it .* put the new token in SLACK_BOT_TOKEN\\.',
      ),
    ],
  ])('when auth.test answers %s', async (error, message) => {
    fake.setResponse('auth.test', { ok: false, error });
    const r = await start(env('socket'));
    expectStopped(r, message);
    // The bot token is checked first; the app token is not even tried.
    expect(fake.calls.map((c) => c.method)).toEqual(['auth.test']);
  });

  it('when the bot token lacks a scope the manifest asks for (from auth.test’s x-oauth-scopes)', async () => {
    fake.setResponseHeaders('auth.test', {
      'x-oauth-scopes': 'app_mentions:read,channels:history,chat:write,commands,groups:history,mpim:history',
    });
    const r = await start(env('http'));
    expectStopped(
      r,
      new RegExp(
        '^Configuration error: SLACK_BOT_TOKEN lacks the scope im:history that manifest\\.yml ' +
          'asks for\\. .*Bot Token Scopes.*Reinstall to Fake\\).*SLACK_BOT_TOKEN\\.$',
        'm',
      ),
    );
  });

  it('when the signing secret is not shaped like one', async () => {
    const secret = `"${SIGNING_SECRET}"`;
    const r = await start(env('http', { SLACK_SIGNING_SECRET: secret }));
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(10_000);
    expect(r.stderr).toBe(
      "Configuration error: SLACK_SIGNING_SECRET does not look like a signing secret: Slack's are 32 letters " +
        'and digits, and the value given has 34, with quotes or spaces in it. ' +
        'Copy it again from the app’s Basic Information page (App Credentials → Signing Secret → Show), not the ' +
        'Client Secret or Verification Token.\nSee .env.example for every setting.\n',
    );
    expect(fake.calls).toEqual([]);
  });
});

describe('npm start on a flaky network', () => {
  it('retries a failed connection with a countdown, then starts', async () => {
    fake.fail('auth.test', { kind: 'destroy' }, 2);
    const r = await start(env('http'), /Listening for Slack on http:\/\/127\.0\.0\.1:\d+\/slack\/events/);
    const retries = r.stderr.split('\n').filter((l) => l.includes('Could not reach Slack'));
    expect(retries).toEqual([
      expect.stringMatching(
        new RegExp(
          '^\\[WARN\\] Could not reach Slack at http:\\/\\/127\\.0\\.0\\.1:\\d+\\/api\\/ \\' +
            '(auth\\.test: .+\\)\\. Retrying in 1 s \\(attempt 2 of 5\\)\\.$',
        ),
      ),
      expect.stringMatching(/^\[WARN\] Could not reach Slack at .* Retrying in 2 s \(attempt 3 of 5\)\.$/),
    ]);
    expect(fake.callsTo('auth.test')).toHaveLength(3);
    expect(r.code).toBe(0);
    for (const secret of SECRETS) expect(r.stderr).not.toContain(secret);
  });

  it('gives up after the limit with a message saying what to check', async () => {
    fake.fail('auth.test', { kind: 'status', status: 503 }, 3);
    const config = readSlackConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.url,
    });
    if (config.mode === 'terminal') throw new Error('expected a Slack mode');
    const logs: LogLine[] = [];
    const check = checkSlackCredentials(config, {
      logger: createLogger('info', (l) => logs.push(l)),
      retry: { attempts: 3, firstDelayMs: 20, maxDelayMs: 40 },
    });
    await expect(check).rejects.toThrow(
      new RegExp(
        '^Could not reach Slack at http:\\/\\/127\\.0\\.0\\.1:\\d+\\/api\\/ after 3 ' +
          'attempts \\(auth\\.test: slack_webapi_http_error: HTTP 503\\)\\. Check the ' +
          'network connection and SLACK_API_URL, then start again\\.$',
      ),
    );
    expect(logs.map((l) => l.text.replace(/ at http\S+/, ''))).toEqual([
      '[WARN] Could not reach Slack (auth.test: slack_webapi_http_error: HTTP 503). Retrying in 20 ms (attempt ' +
        '2 of 3).',
      '[WARN] Could not reach Slack (auth.test: slack_webapi_http_error: HTTP 503). Retrying in 40 ms (attempt ' +
        '3 of 3).',
    ]);
    expect(fake.callsTo('auth.test')).toHaveLength(3);
  });

  it('counts the wait down, second by second, on a terminal', async () => {
    fake.fail('auth.test', { kind: 'status', status: 500 }, 1);
    const config = readSlackConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.url,
    });
    if (config.mode === 'terminal') throw new Error('expected a Slack mode');
    let drawn = '';
    const terminal = Object.assign(new PassThrough(), { isTTY: true }) as unknown as NodeJS.WriteStream;
    (terminal as unknown as PassThrough).on('data', (c: Buffer) => (drawn += c.toString()));
    const identity = await checkSlackCredentials(config, {
      logger: createLogger('error', () => undefined),
      retry: { attempts: 2, firstDelayMs: 2_000, maxDelayMs: 2_000 },
      countdown: terminal,
    });
    expect(identity.botUserId).toBe('U0BOT');
    // Drawn over one line, then cleared for the log lines that follow.
    expect(drawn).toBe('\r  retrying in 2 s… \r  retrying in 1 s… \r\x1b[K');
  });

  it('does not retry a refusal: a rejected token is not a network problem', async () => {
    fake.setResponse('auth.test', { ok: false, error: 'invalid_auth' });
    const config = readSlackConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.url,
    });
    if (config.mode === 'terminal') throw new Error('expected a Slack mode');
    await expect(
      checkSlackCredentials(config, {
        logger: createLogger('info', () => undefined),
        retry: { attempts: 3, firstDelayMs: 20, maxDelayMs: 40 },
      }),
    ).rejects.toThrow(/^Slack rejected SLACK_BOT_TOKEN/);
    expect(fake.callsTo('auth.test')).toHaveLength(1);
  });
});
