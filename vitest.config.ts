/**
 * Two test projects, run together by `npm test` (scripts/test.mjs):
 * - unit: pure TypeScript in src/lib, src/schemas …, no build needed;
 * - site: the built site, built once by tests/support/global-setup.ts into .test-build/dist,
 *   served on a free localhost port and driven with Chromium (see tests/support/README.md).
 *
 * Sized for the machine: one worker per core; `test.concurrent` runs as many tests at once as
 * tests/support/limits.ts allows (one per two cores: a site test drives a browser or a build).
 * Every wait is for a condition; the timeouts (tests/support/limits.ts) only end a hang.
 */
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { HANG_GUARD, SIDE_BY_SIDE, TEST_HANG_GUARD } from './tests/support/limits';

/**
 * Vitest's order (slowest first when it has timings of an earlier run, else largest first), with
 * the one visit of every page first: it is the longest file by far, and started late (as on a
 * fresh clone, where there are no timings) it would run on alone at the end.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (spec: TestSpecification) => spec.moduleId.endsWith('/tests/site/pages.test.ts');
    return [...sorted.filter(first), ...sorted.filter((spec) => !first(spec))];
  }
}

export default defineConfig({
  test: {
    maxWorkers: availableParallelism(),
    sequence: { sequencer: LongestFirst },
    teardownTimeout: 30_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Vitest's defaults (5 s a test, 10 s a hook) are budgets a loaded machine can miss, e.g.
          // removing the content check's copies of content/; these only end a hang.
          testTimeout: HANG_GUARD,
          hookTimeout: HANG_GUARD,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          // A worker's test files share its modules, hence its one Chromium (tests/support/browser.ts);
          // site-setup.ts closes the pages each file leaves open.
          isolate: false,
          setupFiles: ['tests/support/site-setup.ts'],
          testTimeout: TEST_HANG_GUARD,
          hookTimeout: TEST_HANG_GUARD,
          // expect.poll waits for its condition up to the hang guard, not Vitest's default 1 s.
          expect: { poll: { timeout: HANG_GUARD } },
          maxConcurrency: SIDE_BY_SIDE,
        },
      },
    ],
  },
});
