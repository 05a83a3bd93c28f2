/** A process killed with SIGKILL in the middle of writing leaves files that load: writes are atomic. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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
    child.once('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`exited ${code}: ${stderr}`))));
  });
}

describe('SIGKILL during a write loop', () => {
  it.each([0, 37, 151])('leaves a feedback file and a store that load (killed %i ms into the loop)', async (afterMs) => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbot-crash-'));
    const feedbackPath = join(dir, 'feedback.json');
    const storePath = join(dir, 'store.json');
    await killMidWrite(feedbackPath, storePath, afterMs);
    const feedback = await openFeedbackStore(feedbackPath);
    const { up, down } = feedback.totals();
    expect(up + down).toBeGreaterThanOrEqual(60);
    const store = await loadStore(storePath);
    expect(store.articles).toHaveLength(2);
  });
});
