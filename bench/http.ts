/**
 * `http`: correctly signed `app_mention` events, driven by autocannon against the real bot in HTTP
 * mode, and, in the same run under the same load, against two bare Bolt Apps: one posting a one-line
 * reply to each mention (the baseline of `ratio`: the least any answering bot does) and one that only
 * acks (kept for reference); and once more against the bot with its answers known (`bot_known_rps`).
 * Both answer to a fake Slack Web API on loopback (here, in the parent), and each runs in its own
 * process. Every request has its own event id and timestamp, so deduplication shortcuts nothing:
 * the bot answers each one and posts the reply to the fake API.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { answerable } from '../test/questions/seed-questions.ts';

export interface HttpFigures {
  readonly bot_rps: number;
  readonly p99_ms: number;
  /** The ack-only Bolt App: kept for reference (it posts nothing, so no answering bot comes near it). */
  readonly bolt_rps: number;
  /** The baseline of `ratio`: a bare Bolt App posting a one-line reply to each mention. */
  readonly bolt_reply_rps: number;
  readonly bolt_reply_p99_ms: number;
  /** bot_rps / bolt_reply_rps. */
  readonly ratio: number;
  /**
   * The bot with every answer already known (bench/http-child.ts `bot-known`), one round: what its request
   * thread allows, so how much of the gap to the baseline is the engine's and how much the Slack side's.
   */
  readonly bot_known_rps: number;
  readonly bot_known_p99_ms: number;
}

type Mode = 'bot' | 'bot-known' | 'bolt' | 'bolt-reply';

export interface HttpOptions {
  /** Which sides to run (all three by default, in this order). */
  readonly modes?: readonly Mode[];
  /** Profile each child with `node --cpu-prof`, writing .cpuprofile files here. */
  readonly profileDir?: string;
}

// Shaped like Slack's signing secrets (32 hexadecimal characters), which start-up checks.
const SECRET = '0123456789abcdef0123456789abcdef';
const CONNECTIONS = 32;
const WARMUP_S = 2;
/**
 * The bot and its reply baseline are measured this many times, alternately, and each keeps its best
 * round: on a machine shared with other work, a round that other processes slowed down says little.
 */
const ROUNDS = 2;
const DURATION_S = 8;

export async function measureHttp(log: (line: string) => void, options: HttpOptions = {}): Promise<HttpFigures> {
  const api = await fakeWebApi();
  const apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}/api/`;
  const none = { rps: Number.NaN, p99_ms: Number.NaN };
  const modes = options.modes ?? ['bolt', 'bolt-reply', 'bot', 'bot-known'];
  const run = (mode: Mode): Promise<{ rps: number; p99_ms: number }> =>
    modes.includes(mode) ? underLoad(mode, apiUrl, log, options.profileDir) : Promise.resolve(none);
  try {
    const bolt = await run('bolt');
    const best = (a: { rps: number; p99_ms: number }, b: { rps: number; p99_ms: number }): typeof a =>
      Number.isNaN(a.rps) || b.rps > a.rps ? b : a;
    let boltReply = none;
    let bot = none;
    for (let round = 0; round < ROUNDS; round += 1) {
      boltReply = best(boltReply, await run('bolt-reply'));
      bot = best(bot, await run('bot'));
    }
    const known = await run('bot-known');
    log(
      `http: bot / (bare Bolt posting a one-line reply) = ${(bot.rps / boltReply.rps).toFixed(2)}; ` +
        `bot / (ack-only Bolt) = ${(bot.rps / bolt.rps).toFixed(2)}; ` +
        `bot with its answers known / (bare Bolt posting a reply) = ${(known.rps / boltReply.rps).toFixed(2)}`,
    );
    return {
      bot_rps: bot.rps,
      p99_ms: bot.p99_ms,
      bolt_rps: bolt.rps,
      bolt_reply_rps: boltReply.rps,
      bolt_reply_p99_ms: boltReply.p99_ms,
      ratio: bot.rps / boltReply.rps,
      bot_known_rps: known.rps,
      bot_known_p99_ms: known.p99_ms,
    };
  } finally {
    api.closeAllConnections();
    api.close();
  }
}

/** Answers every Web API method with ok, as fast as it can: the bot's replies are part of its cost. */
function fakeWebApi(): Promise<Server> {
  let ts = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      ts += 1;
      const body = req.url?.endsWith('/auth.test')
        ? '{"ok":true,"team":"Bench","team_id":"T0FAKE","user_id":"U0BOT","bot_id":"B0BOT"}'
        : `{"ok":true,"channel":"C0CHAN","ts":"1700000000.${String(ts).padStart(6, '0')}"}`;
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function underLoad(
  mode: Mode,
  apiUrl: string,
  log: (line: string) => void,
  profileDir: string | undefined,
): Promise<{ rps: number; p99_ms: number }> {
  const { child, port } = await startChild(mode, apiUrl, profileDir);
  try {
    const url = `http://127.0.0.1:${port}/slack/events`;
    await load(url, WARMUP_S);
    const result = await load(url, DURATION_S);
    const bad = result.non2xx + result.errors + result.timeouts;
    if (bad > 0)
      throw new Error(`${mode}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
    log(
      `http ${mode}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, ` +
        `p99 ${result.latency.p99} ms (${CONNECTIONS} connections, ${DURATION_S} s)`,
    );
    return { rps: result.requests.average, p99_ms: result.latency.p99 };
  } finally {
    await stop(child, profileDir !== undefined);
  }
}

/** A profiled child is asked to exit (SIGTERM), so that node writes its profile; others are killed. */
function stop(child: ChildProcess, gently: boolean): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(gently ? 'SIGTERM' : 'SIGKILL');
  return exited;
}

let sequence = 0;
const questions = answerable.map((c) => c.q);

function load(url: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          sequence += 1;
          const ts = `1700000000.${String(sequence).padStart(6, '0')}`;
          const body = JSON.stringify({
            type: 'event_callback',
            team_id: 'T0FAKE',
            api_app_id: 'A0FAKE',
            event_id: `EvBench${sequence}`,
            event_time: Math.floor(Date.now() / 1000),
            authorizations: [{ team_id: 'T0FAKE', user_id: 'U0BOT', is_bot: true }],
            event: {
              type: 'app_mention',
              user: 'U0USER',
              channel: 'C0CHAN',
              ts,
              event_ts: ts,
              text: `<@U0BOT> ${questions[sequence % questions.length]}`,
            },
          });
          const timestamp = String(Math.floor(Date.now() / 1000));
          const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
          return {
            ...request,
            body,
            headers: {
              'content-type': 'application/json',
              'x-slack-request-timestamp': timestamp,
              'x-slack-signature': signature,
            },
          };
        },
      },
    ],
  });
}

function startChild(
  mode: Mode,
  apiUrl: string,
  profileDir: string | undefined,
): Promise<{ child: ChildProcess; port: number }> {
  // One folder per side: node writes a profile per thread (tsx's loader runs in a worker of its own).
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, mode)}`] : [];
  return new Promise((resolve, reject) => {
    const args = [...profile, '--import', 'tsx', 'bench/http-child.ts', mode, apiUrl, SECRET];
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve({ child, port: Number(line) });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`http ${mode} child exited with ${code} before it was ready`)));
  });
}
