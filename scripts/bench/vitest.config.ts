import { defineConfig } from 'vitest/config';

/** `npm run bench`: measurements, not tests; one file at a time, printed in full. */
export default defineConfig({
  test: {
    include: ['scripts/bench/**/*.bench.ts'],
    fileParallelism: false,
    testTimeout: 3_600_000,
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default'],
  },
});
