/**
 * The build's loaders, on the content check: each collection is read and checked by
 * `checkCollection` (./check.ts) before Astro stores anything, so the build stops with the same
 * Chinese messages as `npm run check:content`, and never with a parser's English from deep
 * inside Astro or Vite.
 * - YAML collections store the check's own data (dates stay the text written).
 * - Stories (.md) and policies (.mdx) keep Astro's glob() loader, which renders their text (a
 *   story's Markdown as it stores the entry, a policy's MDX as a module of the build); the check
 *   runs over the folder first. For stories it has made sure every image exists, so no
 *   ImageNotFound can come from Vite.
 * In `astro dev` a changed file is checked again and any problem is logged in the same words.
 */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { formatContentErrors, type ContentError } from '../content-error';
import { checkCollection } from './check';
import { COLLECTIONS, type CollectionName } from './collections';
import { FOLDER_GUIDE } from './scan';

/** The problems of a collection, thrown as one error with every message (as check:content prints them). */
export class ContentCheckError extends Error {
  readonly problems: readonly ContentError[];
  constructor(problems: readonly ContentError[]) {
    super(formatContentErrors(problems));
    this.name = 'ContentCheckError';
    this.problems = problems;
    // Astro prints the stack under the message; for an editor the message says everything.
    this.stack = `${this.name}: ${this.message}`;
  }
}

type FolderOf<F extends 'yaml' | 'md' | 'mdx'> = {
  [K in CollectionName]: (typeof COLLECTIONS)[K] extends { kind: 'folder'; format: F } ? K : never;
}[CollectionName];
/** Collections of files with a text below their fields: stories (.md) and policies (.mdx). */
export type TextCollection = FolderOf<'md' | 'mdx'>;
export type YamlCollection = Exclude<CollectionName, TextCollection>;

/** The collection's folder or file, absolute, from the project root. */
function sourcePath(root: string, contentDir: string, name: CollectionName): string {
  const spec = COLLECTIONS[name];
  return resolve(root, contentDir, spec.kind === 'list' ? spec.file : spec.folder);
}

/** Checks the collection; throws its problems. */
async function checked(root: string, contentDir: string, name: CollectionName) {
  const check = await checkCollection(resolve(root, contentDir), name);
  if (check.errors.length > 0) throw new ContentCheckError(check.errors);
  return check.entries;
}

/** Watchers already told about a path (a loader may be run again in one dev server). */
const watched = new WeakMap<object, Set<string>>();

/** In `astro dev`: runs `sync` whenever a file of the collection changes, logging problems in Chinese. */
function watch(context: LoaderContext, path: string, sync: () => Promise<void>): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  const paths = watched.get(watcher) ?? new Set<string>();
  watched.set(watcher, paths);
  if (paths.has(path)) return;
  paths.add(path);
  watcher.add(path);
  const onChange = (changed: string) => {
    if (changed !== path && !changed.startsWith(`${path}${sep}`)) return;
    sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
  };
  for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onChange);
}

/** A YAML collection (a folder of files, or one list file), stored as the content check read it. */
export function contentLoader(contentDir: string, name: YamlCollection): Loader {
  return {
    name: `content-check-${name}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const sync = async () => {
        const entries = await checked(root, contentDir, name);
        context.store.clear();
        for (const entry of entries) {
          const data = await context.parseData({ id: entry.id, data: entry.raw, filePath: entry.path });
          context.store.set({
            id: entry.id,
            data,
            filePath: relative(root, entry.path).split(sep).join('/'),
            digest: context.generateDigest(entry.raw),
          });
        }
      };
      await sync();
      watch(context, sourcePath(root, contentDir, name), sync);
    },
  };
}

/** Stories or policies: Astro's glob() loader, after the content check of their folder. */
export function checkedGlob(contentDir: string, name: TextCollection): Loader {
  const { folder, format } = COLLECTIONS[name];
  // The folder's README.md is the editors' guide to it, not a story.
  const inner = glob({ pattern: [`*.${format}`, `!${FOLDER_GUIDE}`], base: `${contentDir}/${folder}` });
  return {
    name: `content-check-${name}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      await checked(root, contentDir, name);
      // glob() keeps a stored entry whose text is unchanged even when its file has moved (a story
      // renamed from .mdx to .md), and would still import the old file. Entries whose file is gone
      // are dropped first, so that glob() reads them again from where they are now.
      for (const [id, entry] of context.store.entries()) {
        if (entry.filePath && !existsSync(resolve(root, entry.filePath))) context.store.delete(id);
      }
      await inner.load(context);
      // glob() reloads a changed file itself; the check says in Chinese what it will complain about.
      watch(context, sourcePath(root, contentDir, name), async () => void (await checked(root, contentDir, name)));
    },
  };
}
