/**
 * The compiled entry points (dist/) never run stale: scripts/run.mjs, which the npm scripts exec,
 * rebuilds them when the sources changed since the last build. Run on a copy of the project, so the
 * edit here touches no file other tests read.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { npmScriptArgs, SCRIPT_SHELL } from './helpers/run.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'newsbot-build-'));
for (const path of [
  'src',
  'data',
  'scripts/build.mjs',
  'scripts/run.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
])
  cpSync(join(ROOT, path), join(copy, path), { recursive: true });
symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const askHelp = () =>
  spawnSync(SCRIPT_SHELL, npmScriptArgs('ask', '--help'), { cwd: copy, encoding: 'utf8', timeout: 60_000 });
const REBUILT = /The sources changed since the last build: rebuilding dist\/ … done in \d+ ms\./;

describe('npm run ask on a copy of the project', () => {
  it('builds dist/ on the first start, then runs it as it is', () => {
    const first = askHelp();
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(REBUILT);
    expect(first.stdout).toMatch(/^Usage: npm run ask/);
    const second = askHelp();
    expect(second.status).toBe(0);
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
  }, 120_000);

  it('rebuilds after an edit to src/, and runs the edited code', () => {
    const file = join(copy, 'src/cli/ask.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace("'Usage: npm run ask", "'Usage (edited): npm run ask"));
    const edited = askHelp();
    expect(edited.status).toBe(0);
    expect(edited.stderr).toMatch(REBUILT);
    expect(edited.stdout).toMatch(/^Usage \(edited\): npm run ask/);
    expect(askHelp().stderr).toBe('');
  }, 120_000);

  it('refuses to run the old build when the edited sources do not compile', () => {
    const file = join(copy, 'src/cli/ask.ts');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nconst broken = ;\n`);
    const r = askHelp();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('failed.');
    expect(r.stderr).toContain('The old build is not run in its place.');
    expect(r.stdout).toBe('');
  }, 120_000);
});
