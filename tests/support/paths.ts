/** Folders the tests use, all derived from the repository root. */
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** The repository root (the folder holding package.json). */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Everything the tests build goes under here (git-ignored), never into ./dist. */
export const TEST_BUILD = join(ROOT, '.test-build');

/** The extracted source texts of both published documents, kept in the repository (see its README.md). */
export const SEEDS = join(ROOT, 'tests', 'seeds');

/** The content folder the site is built from: content/, or CONTENT_DIR when set (as for astro build). */
export const CONTENT = resolve(ROOT, process.env.CONTENT_DIR ?? 'content');
