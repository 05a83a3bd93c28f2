// @ts-check
/**
 * Compiles the command-line entry points to plain JavaScript in dist/, so that starting the bot
 * costs no TypeScript transpiling: `npm ci` runs this through `prepare`, `npm run build` by hand,
 * and scripts/run.mjs before each start whose sources changed since the last build.
 *
 *   node scripts/build.mjs            clean dist/ and build
 *
 * One esbuild bundle per entry, with code split into shared chunks, so that what an entry imports
 * with `await import(…)` (Bolt, the terminal chat, lowdb) stays out of a start that does not need it.
 * Pure-JavaScript packages are bundled too: esbuild drops what is never used (chrono-node's 14 other
 * languages) and node resolves one file instead of hundreds. Kept external: Bolt and ajv (loaded on
 * demand, CommonJS with their own dependency trees) and the wink model (3 MB of data).
 *
 * Every output file sits two folders below the package root (dist/cli/, dist/chunks/, dist/extract/),
 * as src/ files do, so `new URL('../../data/…', import.meta.url)` means the same file in both.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, 'build.json');

/** Entry points by output name (dist/<name>.js). */
export const ENTRIES = {
  'cli/start': 'src/cli/start.ts',
  'cli/ask': 'src/cli/ask.ts',
  'cli/extract': 'src/cli/extract.ts',
  'extract/worker': 'src/extract/worker.ts',
  'cli/engine-worker': 'src/cli/engine-worker.ts',
};

const EXTERNAL = ['@slack/bolt', 'ajv', 'wink-eng-lite-web-model'];

/** Everything the output depends on: the sources, the locked package versions and this build itself. */
function inputFiles() {
  const sources = readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
  return [...sources, 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs'].sort();
}

/**
 * A digest of the inputs' names and contents (~5 ms): contents, not modification times, so that a
 * checkout, a copy that keeps old times or an edit undone all count for what they are.
 */
export function inputsDigest() {
  const hash = createHash('sha256');
  for (const file of inputFiles()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(ROOT, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The dist/ file of a src/ entry point, or undefined for a file that is not one. */
export function outputOf(/** @type {string} */ entry) {
  const name = Object.entries(ENTRIES).find(([, source]) => source === entry)?.[0];
  return name === undefined ? undefined : join(DIST, `${name}.js`);
}

/** Whether dist/ was built from the sources as they are now. */
export function isFresh(digest = inputsDigest()) {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8')).inputs === digest;
  } catch {
    return false;
  }
}

/**
 * Builds dist/. Each file is written to a temporary name and renamed, and the stamp last, so that
 * processes building at the same moment (tests start several) never see half a file; a build that
 * fails leaves the stamp as it was. `clean` first removes dist/ (older chunks otherwise stay: a
 * running bot may still import one of them).
 */
export async function build({ clean = false } = {}) {
  const digest = inputsDigest();
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: DIST,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    external: EXTERNAL,
    // Bundled CommonJS packages call require(), which an ES module has to make for itself.
    banner: {
      js: "import { createRequire as __require_ } from 'node:module';\nconst require = __require_(import.meta.url);",
    },
    write: false,
    logLevel: 'warning',
    legalComments: 'none',
  });
  if (clean) rmSync(DIST, { recursive: true, force: true });
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  const temporary = `${STAMP}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ inputs: digest })}\n`);
  renameSync(temporary, STAMP);
  return result.outputFiles.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const began = performance.now();
  const files = await build({ clean: true });
  process.stderr.write(`built dist/ (${files} files) in ${Math.round(performance.now() - began)} ms\n`);
}
