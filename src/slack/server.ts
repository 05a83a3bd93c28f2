import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@slack/bolt';
import type { WorkInFlight } from './work.ts';

export const SLACK_PATH = '/slack/events';
/** Slack's largest payloads (a full message with blocks in a block_actions body) are a few tens of kB. */
export const MAX_BODY_BYTES = 256 * 1024;
/** Slack's own replay window: a signed request stamped further from now than this is refused. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
/**
 * Requests and replies under way beyond which a new request waits before Bolt sees it. Bolt acks an
 * event before its listener runs, and the engine answers on its own thread, so without a bound a
 * burst faster than the engine would be acked at once and its answers pile up without limit (memory,
 * and replies minutes late); held here, the acks slow down instead, as they do when one thread does all.
 */
export const MAX_WORK_IN_FLIGHT = 64;

export interface BotServerOptions {
  /** Bolt's HTTPReceiver request listener: verifies the signature and dispatches to the App. */
  readonly slack: RequestListener;
  readonly health: () => Record<string, unknown>;
  /** Each request is tracked until its response closes, so a shutdown can wait for acks under way. */
  readonly work: WorkInFlight;
  /** See MAX_WORK_IN_FLIGHT. */
  readonly maxWorkInFlight?: number;
  readonly logger: Logger;
  readonly now?: () => number;
}

/**
 * The HTTP front of the bot: `/slack/events` for events, commands and interactivity (handed to Bolt,
 * which verifies every signature), `GET /healthz` for load balancers, 404 for anything else. Before
 * Bolt sees a request it refuses what no genuine Slack request looks like: bodies over the limit
 * and timestamps from the future (Bolt itself refuses only stale ones).
 */
export function createBotServer(options: BotServerOptions): Server {
  const now = options.now ?? Date.now;
  const maxWork = options.maxWorkInFlight ?? MAX_WORK_IN_FLIGHT;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD'))
      return json(res, 200, { ok: true, ...options.health() });
    if (path !== SLACK_PATH) return json(res, 404, { ok: false, error: 'not_found' });
    if (req.method !== 'POST') return json(res, 405, { ok: false, error: 'method_not_allowed' });
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > MAX_BODY_BYTES) return refuse(req, res, 413);
    if (fromTheFuture(req, now())) return refuse(req, res, 401);
    // Once a stop has begun (server.close()), nothing new reaches Bolt: it would ack the event at once,
    // and its answer could come after the stop stopped waiting. A kept-alive connection still delivers
    // requests after close(), so each is refused here, unacknowledged, for Slack to deliver again.
    if (!server.listening) return refuse(req, res, 503);
    const handle = (): void => {
      // Bolt verifies the signature and reads the body asynchronously before any listener runs.
      options.work.track(new Promise((resolve) => res.once('close', resolve)));
      try {
        options.slack(req, res);
      } catch (error) {
        // Bolt's own server wraps its listener the same way: a synchronous throw must not end the process.
        options.logger.error(`Request handling failed: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) res.writeHead(500).end();
      }
    };
    // The client may have given up while it waited: then there is nothing to answer. A request still
    // waiting when the stop began is refused as one that came after it.
    options.work.startWhenBelow(maxWork, () => {
      if (req.destroyed) return;
      if (!server.listening) return refuse(req, res, 503);
      handle();
    });
  });
  server.on('error', (error) => options.logger.error(`HTTP server error: ${error.message}`));
  // Longer than the idle timeout of common load balancers (60 s), so they never reuse a closed socket;
  // a request itself (headers and body) must arrive within 15 s.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  return server;
}

function fromTheFuture(req: IncomingMessage, nowMs: number): boolean {
  const stamp = Number(req.headers['x-slack-request-timestamp']);
  return Number.isFinite(stamp) && stamp - nowMs / 1000 > MAX_CLOCK_SKEW_SECONDS;
}

function refuse(req: IncomingMessage, res: ServerResponse, status: number): void {
  // Drain what the client is sending, so it reads our answer rather than a reset connection.
  req.resume();
  res.writeHead(status, { connection: 'close' }).end();
}

function json(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Stops accepting connections and closes idle ones; requests under way finish on their own, and any
 * later request on a connection still open is refused (see createBotServer).
 */
export function stopAccepting(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
