import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real browsers: one file at a time, since two
// browsers on a 2-core machine make timings flaky, and generous timeouts for browser start-up.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
