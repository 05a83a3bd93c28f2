/**
 * A fake Slack Web API on 127.0.0.1 for tests. Point a WebClient (or Bolt's `clientOptions.slackApiUrl`) at
 * `fake.url`; every request is recorded with its decoded parameters and the token it carried, and faults can
 * be queued per method to exercise retry and error paths without touching slack.com.
 *
 * It also serves response URLs (`fake.responseUrl()`), which Bolt's `respond()` POSTs JSON to.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A failure the fake answers with instead of a normal response. */
export type Fault =
  | { readonly kind: 'status'; readonly status: number }
  /** HTTP 429 with a `Retry-After` header, as Slack rate-limits. */
  | { readonly kind: 'rate_limited'; readonly retryAfterSeconds: number }
  /** HTTP 200 with a body that is not JSON (an HTML error page from a proxy, say). */
  | { readonly kind: 'invalid_json' }
  /** HTTP 200 `{ ok: false, error }`, how Slack reports most API errors. */
  | { readonly kind: 'slack_error'; readonly error: string }
  /** The socket is destroyed without any response: a network failure as the client sees it. */
  | { readonly kind: 'destroy' }
  /** The normal response, sent after `ms`. */
  | { readonly kind: 'delay'; readonly ms: number };

export type FaultKind = Fault['kind'];

export interface RecordedCall {
  /** The Web API method (`chat.postMessage`), or `response_url` for posts to a response URL. */
  readonly method: string;
  /**
   * Decoded request parameters. Form values stay strings as sent (`"true"`, `"42"`), except `blocks`, `view`,
   * `attachments` and `metadata`, which WebClient sends as JSON strings and are decoded here. Response URL
   * calls hold the JSON body plus `path`.
   */
  readonly params: Record<string, unknown>;
  /** The bearer token from the Authorization header, else a `token` form field. */
  readonly token: string | undefined;
  /** `Date.now()` when the request body had been read. */
  readonly at: number;
  readonly contentType: string | undefined;
  /** Set when this attempt was answered with a fault (a response URL that had expired shows `expired_url`). */
  readonly fault?: FaultKind | 'expired_url';
}

/** A response body for a method, or a function of the call that builds it. */
export type ResponseBody = Record<string, unknown> | ((call: RecordedCall) => Record<string, unknown>);

export interface ResponseUrlOptions {
  /** Answer 404 `expired_url` from the start. */
  readonly expired?: boolean;
}

export interface FakeSlackApi {
  /** `http://127.0.0.1:PORT/api/`, for WebClient's `slackApiUrl`. */
  readonly url: string;
  /** `http://127.0.0.1:PORT`. */
  readonly origin: string;
  /** Every request so far, in arrival order, failed attempts included. */
  readonly calls: readonly RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** A fresh response URL on this server; posts to it are recorded as method `response_url`. */
  responseUrl(options?: ResponseUrlOptions): string;
  /** From now until `reset()`, every response URL answers 404 `{ ok: false, error: 'expired_url' }`. */
  expireResponseUrls(): void;
  /** Answers the next `times` calls to `method` with `fault`; queued faults are used in order. */
  fail(method: string, fault: Fault, times?: number): void;
  /** Replaces the successful response for `method` (until `reset()`). */
  setResponse(method: string, body: ResponseBody): void;
  /**
   * Replaces the extra headers of `method`'s successful responses (until `reset()`). By default `auth.test`
   * carries `x-oauth-scopes` with FAKE_BOT_SCOPES, as Slack lists a token's scopes.
   */
  setResponseHeaders(method: string, headers: Record<string, string>): void;
  /** Resolves once `predicate(calls)` holds; rejects after `timeoutMs` naming the methods seen. */
  waitFor(
    predicate: (calls: readonly RecordedCall[]) => boolean,
    timeoutMs?: number,
    description?: string,
  ): Promise<void>;
  /** Resolves with the calls to `method` once there are at least `count` of them. */
  waitForCalls(method: string, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  /**
   * Messages in a channel as Slack keeps them: every chat.postMessage lands here (with its metadata), and a
   * test may add others (a user's message, another app's post). conversations.replies and
   * conversations.history answer from these, with metadata only when `include_all_metadata` is set.
   */
  messages(channel: string): readonly FakeMessage[];
  addMessage(channel: string, message: FakeMessage): void;
  /** Forgets calls, messages, queued faults, response overrides and expiry. Message timestamps keep increasing. */
  reset(): void;
  close(): Promise<void>;
}

/** A message as conversations.replies / conversations.history return it. */
export interface FakeMessage {
  readonly ts: string;
  readonly thread_ts?: string;
  readonly text?: string;
  readonly user?: string;
  readonly bot_id?: string;
  readonly metadata?: unknown;
  readonly [key: string]: unknown;
}

export const FAKE_TEAM_ID = 'T0FAKE';
export const FAKE_BOT_USER_ID = 'U0BOT';
export const FAKE_BOT_ID = 'B0BOT';
/** The scopes a fully installed bot token has: the ones manifest.yml asks for. */
export const FAKE_BOT_SCOPES = [
  'app_mentions:read',
  'channels:history',
  'chat:write',
  'commands',
  'groups:history',
  'im:history',
  'mpim:history',
] as const;
const DEFAULT_HEADERS: Record<string, Record<string, string>> = {
  'auth.test': { 'x-oauth-scopes': FAKE_BOT_SCOPES.join(',') },
};

const RESPONSE_URL_PREFIX = '/respond/';
/** Fields WebClient JSON-encodes into one form value; tests want to look inside them. */
const JSON_FORM_FIELDS = new Set(['blocks', 'view', 'attachments', 'metadata']);

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const state = new FakeState();
  const server = createServer((req, res) => {
    handle(state, req, res).catch((error: unknown) => {
      // A bug in the fake must show up in the test, not as a hung request.
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: `fake_slack_api_bug: ${String(error)}` });
    });
  });
  const origin = await listen(server);
  state.origin = origin;
  return {
    url: `${origin}/api/`,
    origin,
    get calls() {
      return state.calls;
    },
    callsTo: (method) => state.calls.filter((c) => c.method === method),
    responseUrl: (options) => state.issueResponseUrl(options),
    expireResponseUrls: () => {
      state.allResponseUrlsExpired = true;
    },
    fail: (method, fault, times = 1) => state.queueFault(method, fault, times),
    setResponse: (method, body) => {
      state.overrides.set(method, body);
    },
    setResponseHeaders: (method, headers) => {
      state.headers.set(method, headers);
    },
    waitFor: (predicate, timeoutMs = 5000, description) => state.waitFor(predicate, timeoutMs, description),
    waitForCalls: async (method, count = 1, timeoutMs = 5000) => {
      const matching = () => state.calls.filter((c) => c.method === method);
      await state.waitFor(() => matching().length >= count, timeoutMs, `${count} call(s) to ${method}`);
      return matching();
    },
    messages: (channel) => state.messages.get(channel) ?? [],
    addMessage: (channel, message) => state.addMessage(channel, message),
    reset: () => state.reset(),
    close: () => state.close(server),
  };
}

interface Waiter {
  readonly check: () => boolean;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

/** Everything the fake remembers between requests. */
class FakeState {
  origin = '';
  calls: RecordedCall[] = [];
  readonly faults = new Map<string, Fault[]>();
  readonly overrides = new Map<string, ResponseBody>();
  readonly headers = new Map<string, Record<string, string>>();
  readonly expiredPaths = new Set<string>();
  allResponseUrlsExpired = false;
  readonly messages = new Map<string, FakeMessage[]>();
  private responseUrlCount = 0;
  private tsCount = 0;
  private readonly waiters = new Set<Waiter>();

  issueResponseUrl(options: ResponseUrlOptions = {}): string {
    const path = `${RESPONSE_URL_PREFIX}${++this.responseUrlCount}`;
    if (options.expired) this.expiredPaths.add(path);
    return `${this.origin}${path}`;
  }

  isExpired(path: string): boolean {
    return this.allResponseUrlsExpired || this.expiredPaths.has(path);
  }

  queueFault(method: string, fault: Fault, times: number): void {
    const queue = this.faults.get(method) ?? [];
    for (let i = 0; i < times; i++) queue.push(fault);
    this.faults.set(method, queue);
  }

  takeFault(method: string): Fault | undefined {
    return this.faults.get(method)?.shift();
  }

  /** Slack-style message timestamps, strictly increasing over the server's life so ids never collide. */
  nextTs(): string {
    const micros = ++this.tsCount * 100;
    return `${1_700_000_000 + Math.floor(micros / 1_000_000)}.${String(micros % 1_000_000).padStart(6, '0')}`;
  }

  addMessage(channel: string, message: FakeMessage): void {
    const list = this.messages.get(channel) ?? [];
    list.push(message);
    this.messages.set(channel, list);
  }

  record(call: RecordedCall): void {
    this.calls.push(call);
    for (const waiter of this.waiters) this.poll(waiter);
  }

  /** A predicate that throws fails its own wait rather than the request being recorded. */
  private poll(waiter: Waiter): void {
    try {
      if (waiter.check()) waiter.resolve();
    } catch (error) {
      waiter.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  waitFor(
    predicate: (calls: readonly RecordedCall[]) => boolean,
    timeoutMs: number,
    description?: string,
  ): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        check: () => predicate(this.calls),
        resolve: () => settle(() => resolve()),
        reject: (error) => settle(() => reject(error)),
      };
      const timer = setTimeout(() => {
        const what = description ?? 'the predicate';
        waiter.reject(
          new Error(
            `fake Slack API: timed out after ${timeoutMs} ms waiting for ${what}; calls seen: ${summarize(this.calls)}`,
          ),
        );
      }, timeoutMs);
      const settle = (finish: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
        finish();
      };
      this.waiters.add(waiter);
      this.poll(waiter);
    });
  }

  reset(): void {
    this.calls = [];
    this.messages.clear();
    this.faults.clear();
    this.overrides.clear();
    this.headers.clear();
    this.expiredPaths.clear();
    this.allResponseUrlsExpired = false;
  }

  async close(server: Server): Promise<void> {
    for (const waiter of this.waiters) waiter.reject(new Error('fake Slack API closed while a test was waiting'));
    const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    // server.close() alone waits for keep-alive sockets (fetch keeps them), which can outlive the test.
    server.closeAllConnections();
    await closed;
  }
}

async function handle(state: FakeState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const raw = await readBody(req);
  const path = new URL(req.url ?? '/', state.origin).pathname;
  const contentType = req.headers['content-type'];
  const params = decodeParams(raw, contentType);
  const isResponseUrl = path.startsWith(RESPONSE_URL_PREFIX);
  const method = isResponseUrl ? 'response_url' : path.replace(/^\/api\//, '');
  const expired = isResponseUrl && state.isExpired(path);
  const fault = expired ? undefined : state.takeFault(method);
  const call: RecordedCall = {
    method,
    params: isResponseUrl ? { ...params, path } : params,
    token: bearerToken(req.headers.authorization) ?? stringOrUndefined(params['token']),
    at: Date.now(),
    contentType,
    ...(expired ? { fault: 'expired_url' as const } : fault ? { fault: fault.kind } : {}),
  };
  state.record(call);

  if (expired) return sendJson(res, 404, { ok: false, error: 'expired_url' });
  if (fault && fault.kind !== 'delay') return sendFault(res, fault);
  if (fault?.kind === 'delay') await sleep(fault.ms);
  if (res.destroyed) return; // The client gave up or the fake was closed during a delay.
  sendJson(res, 200, successBody(state, call), state.headers.get(method) ?? DEFAULT_HEADERS[method]);
}

function sendFault(res: ServerResponse, fault: Exclude<Fault, { kind: 'delay' }>): void {
  switch (fault.kind) {
    case 'status':
      return sendJson(res, fault.status, { ok: false, error: `fake_http_${fault.status}` });
    case 'rate_limited':
      res.setHeader('Retry-After', String(fault.retryAfterSeconds));
      return sendJson(res, 429, { ok: false, error: 'ratelimited' });
    case 'invalid_json':
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>502 Bad Gateway</body></html>');
      return;
    case 'slack_error':
      return sendJson(res, 200, { ok: false, error: fault.error });
    case 'destroy':
      res.socket?.destroy();
      return;
  }
}

/** The response a healthy Slack would give; an override set with setResponse wins. */
function successBody(state: FakeState, call: RecordedCall): Record<string, unknown> {
  const override = state.overrides.get(call.method);
  if (override) return typeof override === 'function' ? override(call) : override;
  const p = call.params;
  switch (call.method) {
    case 'auth.test':
      return {
        ok: true,
        url: 'https://fake.slack.com/',
        team: 'Fake',
        user: 'newsbot',
        team_id: FAKE_TEAM_ID,
        user_id: FAKE_BOT_USER_ID,
        bot_id: FAKE_BOT_ID,
      };
    case 'chat.postMessage': {
      const ts = state.nextTs();
      const message = {
        type: 'message',
        user: FAKE_BOT_USER_ID,
        bot_id: FAKE_BOT_ID,
        text: p['text'],
        blocks: p['blocks'],
        thread_ts: p['thread_ts'],
        ts,
        ...(p['metadata'] ? { metadata: p['metadata'] } : {}),
      };
      state.addMessage(String(p['channel']), message as FakeMessage);
      return { ok: true, channel: p['channel'], ts, message };
    }
    case 'conversations.replies': {
      // The thread's parent and its replies, oldest first.
      const all = state.messages.get(String(p['channel'])) ?? [];
      const thread = all
        .filter((m) => m.ts === p['ts'] || m.thread_ts === p['ts'])
        .sort((a, b) => Number(a.ts) - Number(b.ts));
      return { ok: true, messages: thread.map((m) => withMetadata(m, p)), has_more: false };
    }
    case 'conversations.history': {
      // Top-level messages newest first, since `oldest` when given.
      const all = state.messages.get(String(p['channel'])) ?? [];
      const oldest = p['oldest'] !== undefined ? Number(p['oldest']) : -Infinity;
      const top = all
        .filter((m) => (m.thread_ts === undefined || m.thread_ts === m.ts) && Number(m.ts) >= oldest)
        .sort((a, b) => Number(b.ts) - Number(a.ts));
      return {
        ok: true,
        messages: top.slice(0, Number(p['limit'] ?? 100)).map((m) => withMetadata(m, p)),
        has_more: false,
      };
    }
    case 'chat.postEphemeral':
      return { ok: true, message_ts: state.nextTs() };
    case 'chat.update':
      return { ok: true, channel: p['channel'], ts: p['ts'], text: p['text'] };
    case 'views.publish':
      return { ok: true, view: { id: 'V1' } };
    case 'apps.connections.open':
      // Socket Mode treats invalid_auth as unrecoverable, so a bot under test gives up at once instead of retrying.
      return { ok: false, error: 'invalid_auth' };
    default:
      return { ok: true };
  }
}

/** Slack returns a message's metadata only to a caller that asks with include_all_metadata. */
function withMetadata(m: FakeMessage, p: Record<string, unknown>): FakeMessage {
  if (p['include_all_metadata'] === 'true' || p['include_all_metadata'] === true) return m;
  const { metadata: _hidden, ...rest } = m;
  return rest as FakeMessage;
}

function decodeParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType === 'application/x-www-form-urlencoded') return decodeForm(raw);
  if (raw === '') return {};
  const parsed = tryJson(raw);
  return isRecord(parsed) ? parsed : { rawBody: raw };
}

function decodeForm(raw: string): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = JSON_FORM_FIELDS.has(key) ? (tryJson(value) ?? value) : value;
  }
  return params;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(.+)$/i);
  return match?.[1];
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function summarize(calls: readonly RecordedCall[]): string {
  if (calls.length === 0) return 'none';
  const counts = new Map<string, number>();
  for (const c of calls) counts.set(c.method, (counts.get(c.method) ?? 0) + 1);
  return [...counts].map(([method, n]) => (n > 1 ? `${method} ×${n}` : method)).join(', ');
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${port}`);
    });
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
