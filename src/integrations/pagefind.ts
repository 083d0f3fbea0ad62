import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { searchChars } from './search-chars';
import { CHARS_ELEMENT, SOUNDS_PATH } from '../lib/search-lexicon';

/**
 * Pagefind's ready-made UIs. The site has its own search page (src/pages/search/) and talks to
 * pagefind.js directly, so these are deleted from the output rather than shipped unused. The web
 * worker goes too: the search page runs Pagefind in the page (`noWorker`), one request fewer.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

/**
 * Size of a word-index chunk, in word locations (Pagefind's default is 20,000). A query fetches
 * the chunk of each of its words; Chinese text is indexed almost character by character, so a
 * two-character query touches two chunks, and smaller chunks keep a first query light (below about
 * 1,500 the list of chunks in Pagefind's metadata, fetched by every first query, grows more than
 * the chunks shrink). Pagefind
 * reads this from its environment (an unstable setting: without it the default applies and the
 * search byte budget in tests/site/search-budget.test.ts says so).
 */
export const INDEX_CHUNK_LOCATIONS = 2000;

/** A page as the search index holds it (read back from Pagefind's fragment files). */
export interface IndexedPage {
  url: string;
  title: string;
  /** The indexed text, as Pagefind stores it for excerpts. */
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Every page of a Pagefind bundle, as the index holds it. */
export async function indexedPages(bundle: string): Promise<IndexedPage[]> {
  const dir = join(bundle, 'fragment');
  const pages: IndexedPage[] = [];
  for (const file of await readdir(dir)) {
    const raw = gunzipSync(await readFile(join(dir, file)));
    if (raw.subarray(0, 12).toString('utf8') !== 'pagefind_dcd') throw new Error(`Pagefind fragment ${file} has an unknown format`);
    const fragment = JSON.parse(raw.subarray(12).toString('utf8')) as Omit<IndexedPage, 'title'>;
    pages.push({ ...fragment, content: fragment.content.replace(/\u200b/g, ''), title: fragment.meta.title ?? '' });
  }
  return pages;
}

/**
 * Builds the Pagefind search index into the build output (dist/pagefind) once Astro has written
 * every page. Nothing is copied into public/.
 *
 * - Language: the whole site is indexed as zh-CN (Chinese word segmentation at index time).
 * - Content: only `<main data-pagefind-body>` of each page (Base.astro); header, footer, clause
 *   tools, related cards, the site's notes around a text and sample banners are
 *   `data-pagefind-ignore`. Pages built with `searchable={false}` (the search page itself, the
 *   404 page) have no body and are left out.
 * - Filters, sort and result metadata come from src/components/SearchMeta.astro.
 * - Then the search page gets its character data, reduced to the characters the index holds
 *   (src/integrations/search-chars.ts): traditional → simplified in the page, readings in a file.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'bayu/pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const chunkSetting = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_LOCATIONS);
        const bundle = join(outDir, 'pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          await pagefind.close();
          logger.info(`Pagefind indexed ${added.page_count} pages`);
        } finally {
          if (chunkSetting === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
          else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkSetting;
        }
        await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(bundle, file), { force: true })));

        const pages = await indexedPages(bundle);
        const { chars, sounds } = searchChars(pages.map((p) => `${p.title}\n${p.content}`).join('\n'));
        const page = join(outDir, 'search', 'index.html');
        const html = await readFile(page, 'utf8');
        if (html.split(CHARS_ELEMENT).length !== 2) throw new Error(`the search page must hold ${CHARS_ELEMENT} once`);
        const json = JSON.stringify(chars).replace(/</g, '\\u003c');
        await writeFile(page, html.replace(CHARS_ELEMENT, CHARS_ELEMENT.replace('null', json)));
        await writeFile(join(outDir, SOUNDS_PATH), JSON.stringify(sounds));
        logger.info(`search characters: ${Array.from(chars.t2s).length / 2} traditional, ${Object.keys(sounds).length} readings`);
      },
    },
  };
}
