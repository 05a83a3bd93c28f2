/**
 * `npm start` as a process: HTTP mode from the environment, a signed mention answered through the fake
 * Web API, and SIGTERM while a reply is in flight (the reply finishes, then exit 0).
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlackApi, type FakeSlackApi } from './helpers/fake-slack-api.ts';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from './helpers/slack-bot.ts';
import { npmScriptArgs, SCRIPT_SHELL } from './helpers/run.ts';
import { appMentionEvent, eventCallback, sendToSlackEndpoint } from './helpers/slack-requests.ts';

let fake: FakeSlackApi;

beforeAll(async () => {
  fake = await startFakeSlackApi();
});
afterAll(() => fake.close());

function httpEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: '',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.url,
    PORT: '0',
    HOST: '127.0.0.1',
    FEEDBACK_PATH: join(mkdtempSync(join(tmpdir(), 'newsbot-process-')), 'feedback.json'),
    LOG_LEVEL: 'debug',
  };
}

function waitForLine(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer): void => {
      seen += chunk.toString();
      const match = seen.match(pattern);
      if (match) {
        child.stderr.off('data', onData);
        resolve(match);
      }
    };
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ${pattern}: ${seen}`)));
  });
}

describe('npm start with Slack credentials', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'serves HTTP mode, answers a signed mention, and on %s finishes the reply in flight and exits 0',
    async (signal) => {
      fake.reset();
      const child = spawn(SCRIPT_SHELL, npmScriptArgs('start'), { env: httpEnv() });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      const [, port] = await waitForLine(child, /Listening for Slack on http:\/\/127\.0\.0\.1:(\d+)\/slack\/events/);
      const endpoint = `http://127.0.0.1:${port}/slack/events`;

      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      await sendToSlackEndpoint(
        endpoint,
        SIGNING_SECRET,
        eventCallback(appMentionEvent({ text: '<@U0BOT> when is the Helsinki summit?' })),
      );
      const [reply] = await fake.waitForCalls('chat.postMessage', 1, 10_000);
      expect(reply!.params.text).toContain('Monday, July 16, 2018');

      // The next reply is slow; SIGTERM arrives while it is under way.
      fake.reset();
      fake.fail('chat.postMessage', { kind: 'delay', ms: 700 });
      await sendToSlackEndpoint(
        endpoint,
        SIGNING_SECRET,
        eventCallback(appMentionEvent({ text: '<@U0BOT> where is the Helsinki summit?' })),
      );
      await fake.waitForCalls('chat.postMessage', 1, 10_000);
      const signalledAt = Date.now();
      child.kill(signal);
      // Ctrl-C under npm arrives twice at once; that is still one graceful stop.
      if (signal === 'SIGINT') setTimeout(() => child.kill('SIGINT'), 10);
      expect(await exited).toBe(0);
      // It waited for the slow reply rather than dropping it.
      expect(Date.now() - signalledAt).toBeGreaterThanOrEqual(500);
      expect(stderr).toContain(`${signal}: finishing replies in flight`);
      expect(stderr).not.toContain('Could not post');
      expect(stderr).not.toContain(BOT_TOKEN);
      expect(stderr).not.toContain(SIGNING_SECRET);
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    },
  );

  it('on SIGTERM during load, answers every event it acked exactly once and exits 0', async () => {
    fake.reset();
    const child = spawn(SCRIPT_SHELL, npmScriptArgs('start'), { env: httpEnv() });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const [, port] = await waitForLine(child, /Listening for Slack on http:\/\/127\.0\.0\.1:(\d+)\/slack\/events/);
    const endpoint = `http://127.0.0.1:${port}/slack/events`;
    const acked = new Set<string>();
    const statuses = new Set<number>();
    let refused = 0;
    let sent = 0;
    const load = Promise.all(
      Array.from({ length: 16 }, async () => {
        while (sent < 400) {
          sent += 1;
          const event = appMentionEvent({ text: '<@U0BOT> when is the Helsinki summit?' });
          try {
            const response = await sendToSlackEndpoint(endpoint, SIGNING_SECRET, eventCallback(event));
            statuses.add(response.status);
            // Anything but 200 is refused: 503 on a connection still open once the stop began.
            if (response.status === 200) acked.add(String(event.ts));
            else refused += 1;
          } catch {
            // Refused once the server stopped listening: not acked, so Slack would deliver it again.
            refused += 1;
          }
        }
      }),
    );
    await fake.waitForCalls('chat.postMessage', 50, 20_000);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await load;
    const replies = fake.callsTo('chat.postMessage').map((c) => String(c.params.thread_ts));
    expect(new Set(replies)).toEqual(acked);
    expect(replies).toHaveLength(acked.size);
    expect(acked.size + refused).toBe(sent);
    expect(refused).toBeGreaterThan(0);
    expect([...statuses].filter((status) => status !== 200 && status !== 503)).toEqual([]);
  });

  it('stops with a message naming the variable when a token is in the wrong place', () => {
    const r = spawnSync(SCRIPT_SHELL, npmScriptArgs('start'), {
      env: { ...httpEnv(), SLACK_BOT_TOKEN: APP_TOKEN },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^Configuration error: SLACK_BOT_TOKEN must be the Bot User OAuth Token/);
    expect(r.stderr).toContain('.env.example');
    expect(r.stderr).not.toContain(APP_TOKEN);
  });
});
