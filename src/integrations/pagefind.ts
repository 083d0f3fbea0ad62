import type { AstroIntegration } from 'astro';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Pagefind's ready-made UIs. The site has its own search page (src/pages/search/) and talks to
 * pagefind.js directly, so these are deleted from the output rather than shipped unused.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Builds the Pagefind search index into the build output (dist/pagefind) once Astro has written
 * every page. Nothing is copied into public/.
 *
 * - Language: the whole site is indexed as zh-CN (Chinese word segmentation at index time).
 * - Content: only `<main data-pagefind-body>` of each page (Base.astro); header, footer and
 *   clause tools are `data-pagefind-ignore`. Pages built with `searchable={false}` (the search
 *   page itself, the 404 page) have no body and are left out.
 * - Filters, sort and result metadata come from src/components/SearchMeta.astro.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'bayu/pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const bundle = join(outDir, 'pagefind');
        const written = await index.writeFiles({ outputPath: bundle });
        if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        await pagefind.close();
        await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(bundle, file), { force: true })));
        logger.info(`Pagefind indexed ${added.page_count} pages`);
      },
    },
  };
}
