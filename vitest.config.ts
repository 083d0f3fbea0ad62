/**
 * Two test projects, run together by `npm test` (scripts/test.mjs):
 * - unit: pure TypeScript in src/lib, src/schemas …, no build needed;
 * - site: the built site, built once by tests/support/global-setup.ts into .test-build/dist,
 *   served on a free localhost port and driven with Chromium (see tests/support/README.md).
 */
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each site test file runs its own Chromium; more workers than cores only slows them down.
    maxWorkers: Math.max(1, Math.min(4, availableParallelism())),
    teardownTimeout: 30_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          // Browser and build steps, never timing assertions: generous limits only stop a hang.
          // Builds run one at a time (tests/support/build.ts), so a test may wait for others' builds.
          testTimeout: 600_000,
          hookTimeout: 240_000,
          // Suites over every page run a few pages at once in the file's browser.
          maxConcurrency: 4,
        },
      },
    ],
  },
});
