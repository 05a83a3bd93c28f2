// @ts-check
/**
 * Runs a command-line entry point from its compiled JavaScript: what `npm start`, `npm run ask` and
 * `npm run extract` exec.
 *
 *   node scripts/run.mjs src/cli/start.ts [ARGS…]
 *
 * dist/ is checked against the sources first (a digest of their contents, a few milliseconds): when
 * they changed since the last build, it is rebuilt, saying so on stderr, so an edit to src/ is never
 * silently ignored. The entry then runs in this process, so node stays the one process a signal reaches.
 */
import { pathToFileURL } from 'node:url';
import { build, inputsDigest, isFresh, outputOf } from './build.mjs';

const entry = process.argv[2] ?? '';
const output = outputOf(entry);
if (output === undefined) {
  process.stderr.write(`scripts/run.mjs: ${entry || 'no entry point'} is not one of the built entry points.\n`);
  process.exit(64);
}

if (!isFresh(inputsDigest())) {
  const began = performance.now();
  process.stderr.write('The sources changed since the last build: rebuilding dist/ … ');
  try {
    await build();
  } catch (error) {
    process.stderr.write(
      `failed.\n${error instanceof Error ? error.message : String(error)}\n` +
        'The old build is not run in its place. Fix the error above, or run `npm run build`.\n',
    );
    process.exit(1);
  }
  process.stderr.write(`done in ${Math.round(performance.now() - began)} ms.\n`);
}

// The entry reads its arguments from process.argv, as if node had been started on it.
process.argv.splice(1, 2, output);
await import(pathToFileURL(output).href);
