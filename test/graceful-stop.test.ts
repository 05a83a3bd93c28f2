/**
 * Graceful stop where the signal is really sent: to `npm start` (the README's command, what a process
 * manager runs), to the whole process group (Ctrl-C in a terminal), and to the Dockerfile's CMD run as
 * the container runs it (PID 1 gets `docker stop`'s SIGTERM). Each case runs in HTTP mode against
 * signed requests and in Socket Mode against a fake Socket Mode server, both with the fake Web API on
 * loopback, and checks what an operator relies on: every event acked before the stop is answered
 * exactly once, nothing is acked that is not answered, the exit code is 0, and no process of the
 * group is left within 10 s of the signal.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readDockerfile } from './helpers/dockerfile.ts';
import { startFakeSlackApi, type FakeSlackApi } from './helpers/fake-slack-api.ts';
import { startFakeSocketMode, type FakeSocketMode } from './helpers/fake-socket-mode.ts';
import { startInGroup, type GroupProcess } from './helpers/process-group.ts';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from './helpers/slack-bot.ts';
import { appMentionEvent, eventCallback, sendToSlackEndpoint } from './helpers/slack-requests.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOCKERFILE = readDockerfile(join(ROOT, 'Dockerfile'));
/** The bound: the whole process tree is gone this long after the signal. */
const STOP_WITHIN_MS = 10_000;
/** Replies the fake Web API holds back while the stop begins, so that there are replies in flight. */
const SLOW_REPLY_MS = 1_000;
const PROCESS_TEST_MS = 90_000;

type Mode = 'http' | 'socket';

interface Launcher {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

const NPM_START: Launcher = { name: 'npm start', command: 'npm', args: ['start'], env: {} };
const [cmd = '', ...cmdArgs] = DOCKERFILE.cmd ?? [];
/** The container's command as Docker runs it (exec form, no shell), with the image's ENV under the test's settings. */
const DOCKER_CMD: Launcher = { name: 'the Dockerfile CMD', command: cmd, args: cmdArgs, env: DOCKERFILE.env };

let fake: FakeSlackApi;
let socket: FakeSocketMode | undefined;
let bot: GroupProcess | undefined;

beforeAll(async () => {
  fake = await startFakeSlackApi();
});
afterEach(async () => {
  bot?.cleanUp();
  bot = undefined;
  await socket?.close();
  socket = undefined;
});
afterAll(() => fake.close());

function launch(launcher: Launcher, mode: Mode, logLevel = 'info'): GroupProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...launcher.env,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: mode === 'socket' ? APP_TOKEN : '',
    SLACK_SIGNING_SECRET: mode === 'http' ? SIGNING_SECRET : '',
    SLACK_API_URL: fake.url,
    PORT: '0',
    HOST: '127.0.0.1',
    FEEDBACK_PATH: join(mkdtempSync(join(tmpdir(), 'newsbot-stop-')), 'feedback.json'),
    LOG_LEVEL: logLevel,
  };
  bot = startInGroup(launcher.command, launcher.args, { env, cwd: ROOT });
  return bot;
}

async function startBot(
  launcher: Launcher,
  mode: Mode,
  logLevel = 'info',
): Promise<{ endpoint: string | undefined; port: string | undefined }> {
  fake.reset();
  if (mode === 'socket') {
    const server = await startFakeSocketMode();
    socket = server;
    fake.setResponse('apps.connections.open', () => server.connectionsOpenResponse());
  }
  launch(launcher, mode, logLevel);
  if (mode === 'socket') {
    await bot!.waitForLine(/Connected to Slack in Socket Mode as U0BOT/);
    return { endpoint: undefined, port: undefined };
  }
  const [, port] = await bot!.waitForLine(/Listening for Slack on http:\/\/127\.0\.0\.1:(\d+)\/slack\/events/);
  return { endpoint: `http://127.0.0.1:${port}/slack/events`, port };
}

function mention(): { body: Record<string, unknown>; ts: string; request: ReturnType<typeof eventCallback> } {
  const event = appMentionEvent({ text: '<@U0BOT> when is the Helsinki summit?' });
  const request = eventCallback(event);
  return { body: JSON.parse(request.body) as Record<string, unknown>, ts: String(event.ts), request };
}

/** The `thread_ts` of every reply posted, one entry per post: a mention's reply goes in its thread. */
function replies(): string[] {
  return fake.callsTo('chat.postMessage').map((c) => String(c.params.thread_ts));
}

/** Holds back the next few replies and waits until one of them is under way. */
async function slowReplies(count: number): Promise<void> {
  fake.fail('chat.postMessage', { kind: 'delay', ms: SLOW_REPLY_MS }, count);
  await fake.waitFor((calls) => calls.some((c) => c.fault === 'delay'), 20_000, 'a slow reply under way');
}

/** Signed mentions from 16 clients at once until the server stops listening (bounded by `max`). */
async function httpLoad(endpoint: string, max: number): Promise<{ acked: Set<string>; refused: number; sent: number }> {
  const acked = new Set<string>();
  let refused = 0;
  let sent = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (sent < max) {
        sent += 1;
        const { ts, request } = mention();
        try {
          const response = await sendToSlackEndpoint(endpoint, SIGNING_SECRET, request);
          if (response.status === 200) acked.add(ts);
        } catch {
          // Refused once the bot stopped listening: not acked, so Slack would deliver it again.
          refused += 1;
          return;
        }
      }
    }),
  );
  return { acked, refused, sent };
}

/**
 * Envelopes on the socket, at most 16 unacknowledged at a time, until the socket closes (bounded by `max` and time).
 */
async function socketLoad(server: FakeSocketMode, max: number, tsOf: Map<string, string>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (server.open && server.sent.length < max && Date.now() < deadline) {
    if (server.sent.length - server.acks.length >= 16) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      continue;
    }
    const { body, ts } = mention();
    const envelopeId = server.sendEvent(body);
    if (envelopeId === undefined) return;
    tsOf.set(envelopeId, ts);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function runHealthcheck(port: string | undefined, mode: Mode): number | null {
  const [command = '', ...args] = DOCKERFILE.healthcheck?.cmd ?? [];
  const env = {
    ...process.env,
    ...DOCKERFILE.env,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: mode === 'socket' ? APP_TOKEN : '',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    PORT: port ?? '0',
    HOST: '127.0.0.1',
  };
  return spawnSync(command, args, { cwd: ROOT, env, timeout: 30_000 }).status;
}

function expectNoSecrets(text: string): void {
  for (const secret of [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET]) expect(text).not.toContain(secret);
  expect(text).not.toMatch(/ticket=(?!\[redacted\])/);
}

describe.each([NPM_START, DOCKER_CMD])('SIGTERM to $name under load', (launcher) => {
  it(
    'in HTTP mode: every event acked is answered exactly once, then exit 0 with no process left',
    { timeout: PROCESS_TEST_MS },
    async () => {
      const { endpoint, port } = await startBot(launcher, 'http');
      if (launcher === DOCKER_CMD) expect(runHealthcheck(port, 'http')).toBe(0);
      const load = httpLoad(endpoint!, 5_000);
      await fake.waitForCalls('chat.postMessage', 50, 30_000);
      await slowReplies(4);
      const signalledAt = Date.now();
      bot!.signal('SIGTERM');
      expect(await bot!.exited).toBe(0);
      const stoppedAfter = Date.now() - signalledAt;
      expect(await bot!.groupGoneBy(signalledAt + STOP_WITHIN_MS)).toBe(true);
      const { acked, refused, sent } = await load;

      // It waited for the slow replies rather than dropping them.
      expect(stoppedAfter).toBeGreaterThanOrEqual(SLOW_REPLY_MS / 2);
      expect(new Set(replies())).toEqual(acked);
      expect(replies()).toHaveLength(acked.size);
      expect(refused).toBeGreaterThan(0);
      expect(acked.size + refused).toBeLessThanOrEqual(sent);
      expect(bot!.stderr()).toContain('SIGTERM: finishing replies in flight');
      expect(bot!.stderr()).not.toMatch(/Could not post|unfinished|\[ERROR\]/);
      expectNoSecrets(bot!.stderr() + bot!.stdout());
      if (launcher === DOCKER_CMD) expect(runHealthcheck(port, 'http')).toBe(1);
    },
  );

  it(
    'in Socket Mode: stops taking envelopes, answers those acked exactly once, closes the socket (1000), exit 0 ' +
      'with no process left',
    { timeout: PROCESS_TEST_MS },
    async () => {
      await startBot(launcher, 'socket');
      const server = socket!;
      if (launcher === DOCKER_CMD) expect(runHealthcheck(undefined, 'socket')).toBe(0);
      const tsOf = new Map<string, string>();
      const load = socketLoad(server, 5_000, tsOf);
      await fake.waitForCalls('chat.postMessage', 50, 30_000);
      await slowReplies(4);
      const signalledAt = Date.now();
      bot!.signal('SIGTERM');
      expect(await bot!.exited).toBe(0);
      const stoppedAfter = Date.now() - signalledAt;
      expect(await bot!.groupGoneBy(signalledAt + STOP_WITHIN_MS)).toBe(true);
      await load;

      const acked = server.acks.map((a) => a.envelopeId);
      expect(new Set(acked).size).toBe(acked.length);
      const ackedTs = acked.map((id) => tsOf.get(id));
      expect(new Set(replies())).toEqual(new Set(ackedTs));
      expect(replies()).toHaveLength(acked.length);
      // Envelopes that came in after the stop began were left for Slack to deliver again.
      expect(server.sent.length - acked.length).toBeGreaterThan(0);
      expect(bot!.stderr()).toMatch(/Left \d+ envelopes? unacknowledged while stopping/);
      expect(stoppedAfter).toBeGreaterThanOrEqual(SLOW_REPLY_MS / 2);
      expect(server.connections).toBe(1);
      expect(server.closes.map((c) => c.code)).toEqual([1000]);
      expect(bot!.stderr()).toContain('SIGTERM: finishing replies in flight');
      expect(bot!.stderr()).not.toMatch(/Could not post|unfinished|\[ERROR\]/);
      expectNoSecrets(bot!.stderr() + bot!.stdout());
    },
  );
});

describe('Ctrl-C on npm start (SIGINT to the whole process group: node gets it from the terminal and from npm)', () => {
  it(
    'in HTTP mode: one graceful stop, the reply in flight finishes, nothing new is taken, exit 0 with no process left',
    { timeout: PROCESS_TEST_MS },
    async () => {
      const { endpoint } = await startBot(NPM_START, 'http', 'debug');
      fake.fail('chat.postMessage', { kind: 'delay', ms: SLOW_REPLY_MS });
      const first = mention();
      expect((await sendToSlackEndpoint(endpoint!, SIGNING_SECRET, first.request)).status).toBe(200);
      const [slow] = await fake.waitForCalls('chat.postMessage', 1, 20_000);
      expect(slow!.fault).toBe('delay');

      const signalledAt = Date.now();
      bot!.signalGroup('SIGINT');
      await bot!.waitForLine(/SIGINT: finishing replies in flight/);
      const late = mention();
      const lateStatus = await sendToSlackEndpoint(endpoint!, SIGNING_SECRET, late.request).then(
        (r) => r.status,
        () => 'refused',
      );
      expect(await bot!.exited).toBe(0);
      expect(await bot!.groupGoneBy(signalledAt + STOP_WITHIN_MS)).toBe(true);

      expect(lateStatus).not.toBe(200);
      expect(replies()).toEqual([first.ts]);
      expect(Date.now() - signalledAt).toBeGreaterThanOrEqual(SLOW_REPLY_MS / 2);
      expect(bot!.stderr().match(/finishing replies in flight/g)).toHaveLength(1);
      expect(bot!.stderr()).not.toContain('exiting without waiting');
      expectNoSecrets(bot!.stderr() + bot!.stdout());
    },
  );

  it(
    'in Socket Mode: an envelope that arrives after the stop began is not acked; the reply in flight finishes ' +
      'before the socket closes',
    { timeout: PROCESS_TEST_MS },
    async () => {
      await startBot(NPM_START, 'socket', 'debug');
      const server = socket!;
      fake.fail('chat.postMessage', { kind: 'delay', ms: SLOW_REPLY_MS });
      const first = mention();
      const firstId = server.sendEvent(first.body)!;
      const [slow] = await fake.waitForCalls('chat.postMessage', 1, 20_000);
      expect(slow!.fault).toBe('delay');
      expect(server.acks.map((a) => a.envelopeId)).toEqual([firstId]);

      const signalledAt = Date.now();
      bot!.signalGroup('SIGINT');
      // The line is written as the stop begins, in the same turn that closes the gate.
      await bot!.waitForLine(/SIGINT: finishing replies in flight/);
      const late = Array.from({ length: 5 }, () => mention());
      const lateIds = late.map((m) => server.sendEvent(m.body));
      expect(lateIds.every((id) => id !== undefined)).toBe(true);
      expect(await bot!.exited).toBe(0);
      expect(await bot!.groupGoneBy(signalledAt + STOP_WITHIN_MS)).toBe(true);

      expect(server.acks.map((a) => a.envelopeId)).toEqual([firstId]);
      expect(replies()).toEqual([first.ts]);
      // The socket closed cleanly, and only once the slow reply had been answered.
      expect(server.closes.map((c) => c.code)).toEqual([1000]);
      expect(server.closes[0]!.at - slow!.at).toBeGreaterThanOrEqual(SLOW_REPLY_MS - 50);
      expect(bot!.stderr()).toContain(`Left ${late.length} envelopes unacknowledged while stopping`);
      expect(bot!.stderr().match(/finishing replies in flight/g)).toHaveLength(1);
      expect(bot!.stderr()).not.toContain('exiting without waiting');
      expectNoSecrets(bot!.stderr() + bot!.stdout());
    },
  );
});

describe('a second signal to npm start, more than 2 s after the first', () => {
  it(
    'exits at once with code 1 instead of waiting for the replies in flight, leaving no process',
    { timeout: PROCESS_TEST_MS },
    async () => {
      const { endpoint } = await startBot(NPM_START, 'http');
      // Long enough that only the second signal can end the wait.
      fake.fail('chat.postMessage', { kind: 'delay', ms: 60_000 });
      expect((await sendToSlackEndpoint(endpoint!, SIGNING_SECRET, mention().request)).status).toBe(200);
      await fake.waitForCalls('chat.postMessage', 1, 20_000);
      bot!.signal('SIGTERM');
      await bot!.waitForLine(/SIGTERM: finishing replies in flight/);
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      const signalledAt = Date.now();
      bot!.signal('SIGTERM');
      expect(await bot!.exited).toBe(1);
      expect(await bot!.groupGoneBy(signalledAt + STOP_WITHIN_MS)).toBe(true);
      expect(bot!.stderr()).toContain('SIGTERM again: exiting without waiting.');
    },
  );
});

describe('SIGTERM to npm start while it is still starting', () => {
  it(
    'stops at once with exit 0 (nothing is connected yet), leaving no process',
    { timeout: PROCESS_TEST_MS },
    async () => {
      fake.reset();
      // Slack unreachable for now: start-up waits and retries, the moment a deploy may change its mind.
      fake.fail('auth.test', { kind: 'destroy' }, 5);
      const starting = launch(NPM_START, 'http');
      await starting.waitForLine(/Could not reach Slack/);
      const signalledAt = Date.now();
      starting.signal('SIGTERM');
      expect(await starting.exited).toBe(0);
      expect(await starting.groupGoneBy(signalledAt + STOP_WITHIN_MS)).toBe(true);
      expect(starting.stderr()).toContain('SIGTERM during start-up: stopping.');
      expect(starting.stderr()).not.toContain('Listening for Slack');
    },
  );
});
