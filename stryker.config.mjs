// Mutation testing of the engine (issue 10): `npm run mutate`, never part of `npm test`.
// Only the tests that cover a mutant run for it (perTest), and only the fast engine tests are included
// (vitest.stryker.config.ts); a full run still takes long on 2 cores, so narrow it with --mutate when
// working on one file, e.g. `npm run mutate -- --mutate src/answer/words.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: ['src/understand/**/*.ts', 'src/answer/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Module-level tables (word lists, regexes built once) would need every test re-run per mutant.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
};
