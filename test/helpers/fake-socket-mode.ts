/**
 * A fake Slack Socket Mode server on 127.0.0.1, for tests. Paired with the fake Web API, whose
 * `apps.connections.open` it answers with a `ws://` URL (`socket.connectionsOpenResponse`), it speaks
 * the protocol as Slack does: `hello` on connect, `events_api` envelopes sent by the test, and the
 * app's acks (`{ envelope_id, payload }`) recorded with the time they arrived. Close frames are
 * recorded with their code, so a test can tell a clean close (1000) from a process that vanished (1006).
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { API_APP_ID } from './slack-requests.ts';

export interface RecordedAck {
  readonly envelopeId: string;
  readonly payload: unknown;
  /** `Date.now()` when it arrived. */
  readonly at: number;
}

export interface RecordedClose {
  readonly code: number;
  /** `Date.now()` when the connection closed. */
  readonly at: number;
}

export interface FakeSocketMode {
  /** `ws://127.0.0.1:PORT/link/?ticket=…`, a fresh ticket on each call as Slack issues one per connection. */
  connectionUrl(): string;
  /** The body for the fake Web API's `apps.connections.open`. */
  connectionsOpenResponse(): Record<string, unknown>;
  /** Connections opened so far. */
  readonly connections: number;
  readonly open: boolean;
  /** Every ack, in arrival order. */
  readonly acks: readonly RecordedAck[];
  /** Every connection's close, in order. */
  readonly closes: readonly RecordedClose[];
  /** Ids of every envelope sent, in order. */
  readonly sent: readonly string[];
  /**
   * Sends an `events_api` envelope wrapping `body` (an `event_callback`) on the open connection and
   * returns its envelope id, or undefined when no connection is open.
   */
  sendEvent(body: Readonly<Record<string, unknown>>): string | undefined;
  /** Resolves once a connection has received `hello`, rejecting after `timeoutMs`. */
  waitForConnection(timeoutMs?: number): Promise<void>;
  /** Resolves once the open connection has closed, rejecting after `timeoutMs`. */
  waitForClose(timeoutMs?: number): Promise<RecordedClose>;
  /** Resolves once `predicate()` holds (checked on each ack and close), rejecting after `timeoutMs`. */
  waitFor(predicate: () => boolean, timeoutMs: number, description: string): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const acks: RecordedAck[] = [];
  const closes: RecordedClose[] = [];
  const sent: string[] = [];
  const checks = new Set<() => void>();
  let current: WebSocket | undefined;
  let connections = 0;
  let counter = 0;
  const poke = (): void => {
    for (const check of checks) check();
  };

  server.on('connection', (ws) => {
    connections += 1;
    current = ws;
    ws.on('message', (data, isBinary) => {
      if (isBinary) return;
      const message = JSON.parse(data.toString()) as { envelope_id?: unknown; payload?: unknown };
      if (typeof message.envelope_id === 'string')
        acks.push({ envelopeId: message.envelope_id, payload: message.payload, at: Date.now() });
      poke();
    });
    ws.on('close', (code) => {
      closes.push({ code, at: Date.now() });
      if (current === ws) current = undefined;
      poke();
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        debug_info: { host: 'fake-socket-mode', approximate_connection_time: 18060 },
        connection_info: { app_id: API_APP_ID },
      }),
    );
    poke();
  });

  const waitFor = (predicate: () => boolean, timeoutMs: number, description: string): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const check = (): void => {
        if (!predicate()) return;
        settle();
        resolve();
      };
      const timer = setTimeout(() => {
        settle();
        reject(
          new Error(
            `fake Socket Mode: timed out after ${timeoutMs} ms waiting for ${description} (${connections} ` +
              `connection(s), ${sent.length} sent, ${acks.length} acked, ` +
              `closes ${JSON.stringify(closes.map((c) => c.code))})`,
          ),
        );
      }, timeoutMs);
      const settle = (): void => {
        clearTimeout(timer);
        checks.delete(check);
      };
      checks.add(check);
      check();
    });

  const connectionUrl = (): string =>
    `ws://127.0.0.1:${port}/link/?ticket=${randomBytes(16).toString('hex')}&app_id=${API_APP_ID}`;
  return {
    connectionUrl,
    connectionsOpenResponse: () => ({ ok: true, url: connectionUrl() }),
    get connections() {
      return connections;
    },
    get open() {
      return current !== undefined && current.readyState === current.OPEN;
    },
    acks,
    closes,
    sent,
    sendEvent: (body) => {
      if (!current || current.readyState !== current.OPEN) return undefined;
      const envelopeId = `env-${++counter}-${randomBytes(4).toString('hex')}`;
      current.send(
        JSON.stringify({
          envelope_id: envelopeId,
          payload: body,
          type: 'events_api',
          accepts_response_payload: false,
          retry_attempt: 0,
          retry_reason: '',
        }),
      );
      sent.push(envelopeId);
      return envelopeId;
    },
    waitForConnection: (timeoutMs = 10_000) => waitFor(() => current !== undefined, timeoutMs, 'a connection'),
    waitForClose: async (timeoutMs = 10_000) => {
      const before = closes.length;
      await waitFor(() => closes.length > before || current === undefined, timeoutMs, 'the connection to close');
      return closes[closes.length - 1]!;
    },
    waitFor,
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of server.clients) ws.terminate();
        server.close(() => resolve());
      }),
  };
}
