import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/build-once.ts'],
    // The wink model takes ~200 ms to load per worker; a few workers keep the suite quick on 2 cores.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
