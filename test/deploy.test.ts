/**
 * How the bot is started outside the tests: the npm scripts and the Dockerfile. Their signal handling
 * is exercised in graceful-stop.test.ts; this checks what a process cannot show, such as that the
 * image's `npm ci --omit=dev` installs everything the code imports at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDockerfile } from './helpers/dockerfile.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const docker = readDockerfile(join(ROOT, 'Dockerfile'));

/** The environment setting the bot's npm scripts start node with (see the README's Performance). */
const MALLOC_SETTING = /^(\S+=\S+) exec node /.exec(pkg.scripts.start ?? '')?.[1];

/** The package a bare import specifier names: `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(?:ts|mjs)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Every package imported (statically or dynamically) by the code under src/. */
function runtimeImports(): Set<string> {
  const packages = new Set<string>();
  const forms = [
    /\bfrom\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /^\s*import\s+['"]([^'"]+)['"]/gm,
  ];
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const form of forms) for (const [, specifier = ''] of text.matchAll(form)) packages.add(specifier);
  }
  const bare = [...packages].filter((s) => !s.startsWith('.') && !s.startsWith('node:') && !builtinModules.includes(s));
  return new Set(bare.map(packageOf));
}

describe('npm scripts', () => {
  it.each(['start', 'ask', 'extract'])(
    '%s execs node on the compiled entry point, so no shell stands between npm and the process that handles signals',
    (name) => {
      expect(pkg.scripts[name]).toBe(`${MALLOC_SETTING} exec node scripts/run.mjs src/cli/${name}.ts`);
    },
  );

  it('gives glibc malloc transparent huge pages, in npm start, the image and the benchmark alike', () => {
    // See the README's Performance: on this kind of virtual machine each fresh 4 KB page costs a fault.
    expect(MALLOC_SETTING).toBe('GLIBC_TUNABLES=glibc.malloc.hugetlb=1');
    expect(`GLIBC_TUNABLES=${docker.env.GLIBC_TUNABLES}`).toBe(MALLOC_SETTING);
    expect(pkg.scripts.bench).toBe(`${MALLOC_SETTING} exec node --import tsx bench/run.ts`);
  });

  it('builds dist/ when npm ci or npm install runs (prepare), and on demand', () => {
    expect(pkg.scripts.prepare).toBe('exec node scripts/build.mjs');
    expect(pkg.scripts.build).toBe('exec node scripts/build.mjs');
  });

  it('every script that runs node execs it', () => {
    for (const [name, script] of Object.entries(pkg.scripts)) {
      // node in command position, after any environment settings: `exec` must come right before it.
      for (const m of script.matchAll(/(?:^|[;&|]\s*)(?:\w+=\S*\s+)*(exec\s+)?node\s/g))
        expect(m[1], name).toBeDefined();
    }
  });
});

describe('Dockerfile', () => {
  it('builds on Node 20 slim, installs runtime dependencies only, and runs as an unprivileged user', () => {
    expect(docker.from).toMatch(/^node:20(?:\.\d+)*-slim$/);
    expect(docker.run.some((r) => /\bnpm ci\b.*--omit=dev/.test(r))).toBe(true);
    expect(docker.user).toBeDefined();
    expect(docker.user).not.toMatch(/^(?:root|0)(?::|$)/);
  });

  it('stops on SIGTERM, and runs node directly in exec form (no shell or npm as PID 1)', () => {
    expect(docker.stopSignal).toBe('SIGTERM');
    expect(docker.cmd).toEqual(['node', 'dist/cli/start.js']);
  });

  it('checks health with /healthz in exec form, and keeps feedback in a writable folder of its own', () => {
    expect(docker.healthcheck?.cmd).toEqual(['node', 'src/cli/healthcheck.mjs']);
    expect(readFileSync(join(ROOT, 'src/cli/healthcheck.mjs'), 'utf8')).toContain('/healthz');
    expect(docker.env.FEEDBACK_PATH).toMatch(/^\/app\/state\//);
    expect(docker.run.some((r) => /chown\s+node:node\s+\/app\/state/.test(r))).toBe(true);
  });

  it('keeps .env (the tokens) out of the build context', () => {
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim());
    expect(ignored).toContain('.env');
    expect(ignored).toContain('data/feedback.json');
  });

  it(
    'gets everything the code imports at run time from `npm ci --omit=dev`: ' +
      'esbuild (which builds dist/) and every package src/ imports are dependencies',
    () => {
      const imported = runtimeImports();
      // A sanity check that the scan sees imports at all.
      expect(imported).toContain('@slack/bolt');
      expect(imported).toContain('wink-nlp');
      // The image builds dist/ after copying the sources, and runs it with no loader.
      expect(docker.run.some((r) => /\bnode scripts\/build\.mjs\b/.test(r))).toBe(true);
      expect(docker.cmd!.includes('--import')).toBe(false);
      // extract/pool.ts registers tsx in a worker only when it runs from the TypeScript sources (the bench,
      // tools run through tsx); compiled, as in the image, it starts dist/extract/worker.js instead.
      imported.delete('tsx');
      for (const name of [...imported, 'esbuild']) {
        expect(Object.keys(pkg.dependencies), `${name} is needed at run time`).toContain(name);
      }
    },
  );
});
