/**
 * `http`: correctly signed `app_mention` events, driven by autocannon against the real bot in HTTP
 * mode, and, in the same run under the same load, against a bare Bolt App whose only listener acks.
 * Both answer to a fake Slack Web API on loopback (here, in the parent), and each runs in its own
 * process. Every request has its own event id and timestamp, so deduplication shortcuts nothing:
 * the bot answers each one and posts the reply to the fake API.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { answerable } from '../test/questions/seed-questions.ts';

export interface HttpFigures {
  readonly bot_rps: number;
  readonly p99_ms: number;
  readonly bolt_rps: number;
  readonly ratio: number;
}

// Shaped like Slack's signing secrets (32 hexadecimal characters), which start-up checks.
const SECRET = '0123456789abcdef0123456789abcdef';
const CONNECTIONS = 32;
const WARMUP_S = 2;
const DURATION_S = 8;

export async function measureHttp(log: (line: string) => void): Promise<HttpFigures> {
  const api = await fakeWebApi();
  const apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}/api/`;
  try {
    const bolt = await underLoad('bolt', apiUrl, log);
    // Not a key of the result: context for reading the ratio (a reply costs a Web API call per event).
    const boltReply = await underLoad('bolt-reply', apiUrl, log);
    const bot = await underLoad('bot', apiUrl, log);
    log(`http: bot / (bare Bolt posting a one-line reply) = ${(bot.rps / boltReply.rps).toFixed(2)}`);
    return { bot_rps: bot.rps, p99_ms: bot.p99_ms, bolt_rps: bolt.rps, ratio: bot.rps / bolt.rps };
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
  mode: 'bot' | 'bolt' | 'bolt-reply',
  apiUrl: string,
  log: (line: string) => void,
): Promise<{ rps: number; p99_ms: number }> {
  const { child, port } = await startChild(mode, apiUrl);
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
    child.kill('SIGKILL');
  }
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
  mode: 'bot' | 'bolt' | 'bolt-reply',
  apiUrl: string,
): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/http-child.ts', mode, apiUrl, SECRET], {
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
