/**
 * How much the tests do at once, and how long anything may take before it counts as hung. One
 * source, read by vitest.config.ts, the browser (tests/support/browser.ts) and the builds
 * (tests/support/build.ts).
 *
 * Every wait in the tests is for a condition (a URL, a selector, an event, a response); these
 * limits only end a hang, and a loaded machine must never come near them.
 */
import { availableParallelism } from 'node:os';

/**
 * Things run side by side, one per two cores: a page in Chromium (whose renderers need CPU besides
 * the test's worker). Used for `test.concurrent` and the pages visited at once by
 * tests/site/pages.test.ts. Builds run one at a time (tests/support/build.ts).
 */
export const SIDE_BY_SIDE = Math.max(1, Math.floor(availableParallelism() / 2));

/** Any one browser action or wait (a navigation, a click, a selector, a condition, a poll). */
export const HANG_GUARD = 120_000;

/** A test of the site project (several pages, each with many actions). */
export const TEST_HANG_GUARD = 5 * 60_000;

/**
 * A test that builds the site: a minute or two a build on a quiet 2-core machine, many more on a
 * busy one, and it may first wait for the other tests' builds (one at a time).
 */
export const BUILD_HANG_GUARD = 30 * 60_000;
