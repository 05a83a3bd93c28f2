/**
 * The bound on requests and replies under way (slack/server.ts, slack/work.ts): beyond it, requests wait.
 * And what a stop lets through it: nothing new.
 */
import type { Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createBotServer, SLACK_PATH, stopAccepting } from '../src/slack/server.ts';
import { WorkInFlight } from '../src/slack/work.ts';
import { createLogger } from '../src/slack/logger.ts';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('WorkInFlight.startWhenBelow', () => {
  it('starts at once below the bound, else in the order asked as work finishes', async () => {
    const work = new WorkInFlight();
    const first = deferred();
    const second = deferred();
    work.track(first.promise);
    work.track(second.promise);
    const started: string[] = [];
    work.startWhenBelow(3, () => started.push('a'));
    expect(started).toEqual(['a']);
    work.startWhenBelow(2, () => started.push('b'));
    work.startWhenBelow(2, () => started.push('c'));
    expect(started).toEqual(['a']);
    first.resolve();
    await first.promise;
    await Promise.resolve();
    expect(started).toEqual(['a', 'b', 'c']);
    second.resolve();
  });

  it('lets the next in as soon as work finishes, and counts what the started one tracks', async () => {
    const work = new WorkInFlight();
    const held = deferred();
    work.track(held.promise);
    let next: ReturnType<typeof deferred> | undefined;
    work.startWhenBelow(1, () => {
      next = deferred();
      work.track(next.promise);
    });
    expect(next).toBeUndefined();
    held.resolve();
    await held.promise;
    await Promise.resolve();
    expect(next).toBeDefined();
    expect(work.count).toBe(1);
    next!.resolve();
    expect(await work.settle(1000)).toBe(true);
  });
});

describe('createBotServer with maxWorkInFlight', () => {
  it('hands a request to Bolt only when the work under way is below the bound', async () => {
    const work = new WorkInFlight();
    const reply = deferred();
    work.track(reply.promise);
    const seen: string[] = [];
    const server = createBotServer({
      slack: (req, res) => {
        seen.push(req.url ?? '');
        res.writeHead(200).end();
      },
      health: () => ({}),
      work,
      maxWorkInFlight: 1,
      logger: createLogger('error', () => undefined),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${SLACK_PATH}`;
      const response = fetch(url, { method: 'POST', body: '{}' });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(seen).toEqual([]);
      reply.resolve();
      expect((await response).status).toBe(200);
      expect(seen).toEqual([SLACK_PATH]);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

/** A bot server whose stand-in for Bolt notes each request, holds its answer until `answer()`, then answers at once. */
async function heldServer(
  work: WorkInFlight,
  maxWorkInFlight?: number,
): Promise<{ server: Server; port: number; seen: string[]; answer: () => void }> {
  const seen: string[] = [];
  let held: Array<() => void> | undefined = [];
  const server = createBotServer({
    slack: (req, res) => {
      seen.push(req.url ?? '');
      req.resume();
      const ack = (): void => void res.writeHead(200, { 'content-length': '2' }).end('ok');
      if (held) held.push(ack);
      else ack();
    },
    health: () => ({}),
    work,
    ...(maxWorkInFlight === undefined ? {} : { maxWorkInFlight }),
    logger: createLogger('error', () => undefined),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const answer = (): void => {
    const release = held ?? [];
    held = undefined;
    for (const ack of release) ack();
  };
  return { server, port: (server.address() as AddressInfo).port, seen, answer };
}

const POST = `POST ${SLACK_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}`;

/** Reads one response from a raw connection: its head, then as many body bytes as it announces. */
function readResponse(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer): void => {
      seen += chunk.toString('latin1');
      const headEnd = seen.indexOf('\r\n\r\n');
      if (headEnd < 0) return;
      const length = Number(/content-length: *(\d+)/i.exec(seen.slice(0, headEnd))?.[1] ?? 0);
      if (seen.length < headEnd + 4 + length) return;
      socket.off('data', onData);
      socket.off('error', reject);
      resolve(seen);
    };
    socket.on('data', onData);
    socket.once('error', reject);
  });
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('createBotServer once a stop has begun', () => {
  it('refuses, unacknowledged, a request that comes on a connection kept alive through the stop', async () => {
    const work = new WorkInFlight();
    const { server, port, seen, answer } = await heldServer(work);
    const socket = connect(port, '127.0.0.1');
    try {
      socket.write(POST);
      await until(() => seen.length === 1);
      const closed = stopAccepting(server);
      answer();
      // The request under way is answered, and its connection stays open (HTTP/1.1 keeps it alive).
      expect(await readResponse(socket)).toMatch(/^HTTP\/1\.1 200 /);
      // Slack sends the next event on that connection: no ack (Bolt acks an event before it is answered,
      // which a stopping bot may never do), and the connection closes.
      const ended = new Promise((resolve) => socket.once('end', resolve));
      socket.write(POST);
      const refused = await readResponse(socket);
      expect(refused).toMatch(/^HTTP\/1\.1 503 /);
      expect(refused.toLowerCase()).toContain('connection: close');
      await ended;
      expect(seen).toEqual([SLACK_PATH]);
      expect(await work.settle(1000)).toBe(true);
      await closed;
    } finally {
      socket.destroy();
      server.closeAllConnections();
    }
  });

  it('refuses a request that was waiting for room when the stop began, once there is room', async () => {
    const work = new WorkInFlight();
    const reply = deferred();
    work.track(reply.promise);
    const { server, port, seen, answer } = await heldServer(work, 1);
    try {
      const response = fetch(`http://127.0.0.1:${port}${SLACK_PATH}`, { method: 'POST', body: '{}' });
      // It waits (the reply under way fills the bound) while the stop begins.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const closed = stopAccepting(server);
      answer();
      reply.resolve();
      expect((await response).status).toBe(503);
      expect(seen).toEqual([]);
      expect(await work.settle(1000)).toBe(true);
      await closed;
    } finally {
      server.closeAllConnections();
    }
  });
});
