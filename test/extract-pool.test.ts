/**
 * Extraction on worker threads (`npm run extract -- --threads N`): the same store, byte for byte, as
 * single-threaded extraction; and a worker that dies mid-article fails the build, naming the article,
 * with the previous store left untouched. Through the npm script's own command, as users run it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandStore, parseStore } from '../src/store/index.ts';
import { npmScriptArgs, SCRIPT_SHELL } from './helpers/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'newsbot-pool-'));
const articles = join(dir, 'articles');
for (const from of ['data/articles', 'test/articles']) cpSync(from, articles, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const extract = (out: string, threads: number, env: Record<string, string> = {}) =>
  spawnSync(SCRIPT_SHELL, npmScriptArgs('extract', '--threads', String(threads), '--out', out, articles), {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });

describe('npm run extract on worker threads', () => {
  it('writes exactly the store single-threaded extraction writes', () => {
    expect(readdirSync(articles)).toHaveLength(10);
    const single = extract(join(dir, 'single.json'), 1);
    expect(single.status, single.stderr).toBe(0);
    const pooled = extract(join(dir, 'pooled.json'), 3);
    expect(pooled.status, pooled.stderr).toBe(0);
    expect(pooled.stderr).toMatch(/wrote .*pooled\.json: 10 articles, \d+ sentences/);
    const bytes = readFileSync(join(dir, 'single.json'));
    // A whole store, not two empty ones: every article with its sentences, entities and events.
    const store = expandStore(parseStore(join(dir, 'single.json'), bytes));
    expect(store.articles).toHaveLength(10);
    expect(store.articles.every((a) => a.sentences > 0)).toBe(true);
    expect(store.events.length).toBeGreaterThan(10);
    expect(readFileSync(join(dir, 'pooled.json')).equals(bytes)).toBe(true);
  }, 240_000);

  it('fails the build when a worker dies, naming the article, and leaves the previous store as it was', () => {
    const out = join(dir, 'store.json');
    const previous = '{"schema": "the previous store, whatever it holds"}\n';
    writeFileSync(out, previous);
    const r = extract(out, 2, { NEWSBOT_EXTRACT_CRASH_ON: 'election' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('extraction failed on article election: its worker stopped (exit code 70)');
    expect(r.stderr).toContain(`${out} is left as it was.`);
    expect(readFileSync(out, 'utf8')).toBe(previous);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  }, 120_000);
});
