/** Folders the tests use, all derived from the repository root. */
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** The repository root (the folder holding package.json). */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Everything the tests build goes under here (git-ignored), never into ./dist. */
export const TEST_BUILD = join(ROOT, '.test-build');

/** The site build the site tests run against, and its Astro cache. */
export const SITE_DIST = join(TEST_BUILD, 'dist');
export const SITE_CACHE = join(TEST_BUILD, 'cache');

/** The extracted source texts of both published documents, kept in the repository (see its README.md). */
export const SEEDS = join(ROOT, 'tests', 'seeds');

/** The content folder the site is built from: content/, or CONTENT_DIR when set (as for astro build). */
export const CONTENT = resolve(ROOT, process.env.CONTENT_DIR ?? 'content');
