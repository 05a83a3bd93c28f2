/** A process killed with SIGKILL in the middle of writing leaves files that load: writes are atomic. */
import { spawn } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFeedbackStore } from '../src/feedback/index.ts';
import { loadStore } from '../src/store/index.ts';
import { NODE, tsArgs } from './helpers/run.ts';

function killMidWrite(feedbackPath: string, storePath: string, afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, tsArgs('test/fixtures/write-loop.ts', feedbackPath, storePath));
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), afterMs));
    child.once('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`exited ${code}: ${stderr}`)),
    );
  });
}

describe('SIGKILL during a write loop', () => {
  // Each case starts a process that builds and rewrites a 50,000-sentence store, then loads it twice:
  // 15-20 s on a loaded 2-core machine, so the default 30 s left no room (it timed out under load).
  it.each([0, 110, 280])(
    'leaves a feedback file and a store that load (killed %i ms into the loop)',
    { timeout: 90_000 },
    async (afterMs) => {
      const dir = mkdtempSync(join(tmpdir(), 'newsbot-crash-'));
      const feedbackPath = join(dir, 'feedback.json');
      const storePath = join(dir, 'store.json');
      await killMidWrite(feedbackPath, storePath, afterMs);
      const feedback = await openFeedbackStore(feedbackPath);
      const { up, down } = feedback.totals();
      expect(up + down).toBeGreaterThanOrEqual(20);
      const store = await loadStore(storePath);
      expect(store.articles).toHaveLength(3000);
      expect(store.sentenceCount).toBeGreaterThan(50_000);
    },
  );
});

describe('a store being rewritten', () => {
  it(
    'is never seen half-written by a reader: it is replaced whole, never written in place',
    { timeout: 90_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'newsbot-atomic-'));
      const storePath = join(dir, 'store.json');
      const child = spawn(NODE, tsArgs('test/fixtures/write-loop.ts', join(dir, 'feedback.json'), storePath));
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await new Promise((resolve) => child.stdout.once('data', resolve));
      const full = statSync(storePath).size;
      let looks = 0;
      let partial = 0;
      const until = Date.now() + 1500;
      while (Date.now() < until) {
        // A file written in place is first truncated, then grows: any other size is a reader's view of half a store.
        if (statSync(storePath).size !== full) partial += 1;
        looks += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
      child.kill('SIGKILL');
      await exited;
      expect(looks).toBeGreaterThan(100);
      expect(partial).toBe(0);
    },
  );
});
