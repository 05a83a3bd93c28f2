/** The bound on requests and replies under way (slack/server.ts, slack/work.ts): beyond it, requests wait. */
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createBotServer, SLACK_PATH } from '../src/slack/server.ts';
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
