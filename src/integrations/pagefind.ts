import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback } from 'node:zlib';
import * as pagefind from 'pagefind';
import { searchChars } from './search-chars';
import { pagefindData } from '../lib/pagefind-bundle';
import { CHARS_ELEMENT, PARTS_ELEMENT, SOUNDS_PATH, type SearchParts } from '../lib/search-lexicon';
import { decodeEntities } from '../lib/search-query';
import { joinIndexes, type IndexPart } from './pagefind-merge';
import { searchParts } from './search-parts';

const gunzip = promisify(gunzipCallback);

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

/**
 * Words per part of the index. Pagefind holds about 660 bytes per indexed word at its peak (3.8 GB
 * for the 5.7 million words of 10,000 generated stories and events on top of the site, npm run
 * bench): in parts of 1.5 million words each Pagefind process stays near 1 GB, and the parts are
 * joined into one index (src/integrations/pagefind-merge.ts). The site itself (about 57,000 words)
 * is one part.
 */
export const INDEX_PART_WORDS = 1_500_000;

/** A page as the search index holds it (read back from Pagefind's fragment files). */
export interface IndexedPage {
  url: string;
  title: string;
  /** The indexed text, as Pagefind stores it for excerpts. */
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** A record of the index: a page, or a part of a long text (its url has the part's #id). */
export interface IndexedRecord extends IndexedPage {
  /** The record's id in Pagefind's results (its fragment's name). */
  id: string;
}

/** Every record of a Pagefind bundle, pages and parts of texts (src/integrations/search-parts.ts), in the order of their ids. */
export async function indexedRecords(bundle: string): Promise<IndexedRecord[]> {
  const dir = join(bundle, 'fragment');
  const files = (await readdir(dir)).sort();
  const records: IndexedRecord[] = new Array<IndexedRecord>(files.length);
  let next = 0;
  // A few files at a time, unpacked in Node's thread pool: there are as many as pages.
  const reader = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i] ?? '';
      const data = pagefindData(await gunzip(await readFile(join(dir, file))), `Pagefind fragment ${file}`);
      const fragment = JSON.parse(data.toString('utf8')) as Omit<IndexedPage, 'title'>;
      const id = file.replace(/\.pf_fragment$/, '');
      records[i] = { ...fragment, id, content: fragment.content.replace(/\u200b/g, ''), title: fragment.meta.title ?? '' };
    }
  };
  await Promise.all(Array.from({ length: 8 }, reader));
  return records;
}

/** Every page of a Pagefind bundle, as the index holds it (the parts of texts left out). */
export async function indexedPages(bundle: string): Promise<IndexedPage[]> {
  return (await indexedRecords(bundle)).filter((r) => !r.url.includes('#'));
}

/** The parts of each text in the index: the id of the page's record → the ids of its parts. */
function textParts(records: readonly IndexedRecord[]): SearchParts {
  const idOf = new Map(records.filter((r) => !r.url.includes('#')).map((r) => [r.url, r.id]));
  const parts: SearchParts = {};
  for (const record of records) {
    const page = record.url.split('#')[0] ?? '';
    if (page === record.url) continue;
    const owner = idOf.get(page);
    if (!owner) throw new Error(`the search index holds a part of ${page} but not the page itself`);
    (parts[owner] ??= []).push(record.id);
  }
  return parts;
}

/** The built HTML files under a folder, as paths relative to it, in name order (so the index is the same from build to build). */
async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The address Pagefind gives a built file: /a/b/ for a/b/index.html. */
const urlOf = (file: string) => `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

/**
 * A page as Pagefind is given it: a colon after each term of a definition list. Pagefind runs a
 * <dt> into its <dd> (领域手工编织, 省市重庆 in an excerpt); the page itself shows them apart.
 */
const termsApart = (html: string) => html.replace(/<\/dt>/g, '：</dt>');

/** The mark of a page with something to find (Base.astro); Pagefind leaves out every page without it. */
const BODY_MARK = 'data-pagefind-body';

/**
 * How Pagefind's indexer (a separate process, in Rust) uses memory: jemalloc with one arena and a
 * background thread that returns freed pages within a second. With its defaults (8 arenas, freed
 * pages kept for 10 s) the indexer holds about a sixth more at its peak (973 MB rather than 806 MB
 * for 3,000 generated stories and events), in the same time on two cores. Read by jemalloc from
 * the environment of the process.
 */
const INDEXER_MALLOC_CONF = 'narenas:1,background_thread:true,dirty_decay_ms:1000,muzzy_decay_ms:0';

/** Sets environment variables for the duration of `work` (Pagefind's process reads them when it starts). */
async function withEnv<T>(vars: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  Object.assign(process.env, vars);
  try {
    return await work();
  } finally {
    for (const [key, value] of Object.entries(before)) {
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  }
}

/** The folders of the parts of the index, beside the bundle (pagefind.part-1 …), until the parts are joined. */
const PART_FOLDER = '.part-';
const partFolder = (bundle: string, part: number) => `${bundle}${PART_FOLDER}${part}`;

/**
 * Whether buildSearchIndex() writes or rewrites a file of the built site at `outDir`: Pagefind's
 * bundle and, while it is built, its parts, and the search page with its data (SOUNDS_PATH), all
 * under /pagefind/ (/pagefind.part-N/) and /search/.
 */
export function writtenBySearchIndex(outDir: string, file: string): boolean {
  const first = relative(outDir, file).split(sep)[0] ?? '';
  return first === 'pagefind' || first.startsWith(`pagefind${PART_FOLDER}`) || first === SOUNDS_PATH.split('/')[1];
}

/** The sort values of a record for Pagefind (its data-pagefind-sort="key:value" attributes). */
function sortValues(html: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [, attribute = ''] of html.matchAll(/data-pagefind-sort="([^"]*)"/g)) {
    const text = decodeEntities(attribute);
    const colon = text.indexOf(':');
    if (colon > 0) values[text.slice(0, colon)] = text.slice(colon + 1);
  }
  return values;
}

/**
 * Writes the Pagefind index of the pages of a built site at `outDir` into `bundle`: Pagefind runs
 * over the records in name order, and after every `partWords` words writes what it has as a part
 * and ends (giving its memory back); several parts are then joined into one index, the one a
 * single run would have written (src/integrations/pagefind-merge.ts).
 */
export async function writeSearchBundle(
  outDir: string,
  bundle: string,
  { partWords, log, pagesRead }: { partWords: number; log: (message: string) => void; pagesRead?: (() => void) | undefined },
): Promise<void> {
  const env = { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_LOCATIONS), _RJEM_MALLOC_CONF: INDEXER_MALLOC_CONF };
  await withEnv(env, async () => {
    const parts: IndexPart[] = [];
    // The part Pagefind is reading into (a holder, as the closures below replace it).
    const open: { current: { index: pagefind.PagefindIndex; part: IndexPart; words: number } | null } = { current: null };
    let pageCount = 0;
    let partCount = 0;
    /** Pagefind, reading into a new part. */
    const start = async () => {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      return (open.current = { index, part: { dir: partFolder(bundle, parts.length + 1), sorts: new Map() }, words: 0 });
    };
    /** Pagefind writes the part it holds, and ends. */
    const writePart = async () => {
      if (!open.current) return;
      const written = await open.current.index.writeFiles({ outputPath: open.current.part.dir });
      if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
      await pagefind.close();
      parts.push(open.current.part);
      open.current = null;
    };
    const add = async (record: { url: string; content: string }) => {
      const current = open.current ?? (await start());
      const done = await current.index.addHTMLFile(record);
      if (done.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${done.errors.join('; ')}`);
      current.part.sorts.set(record.url, sortValues(record.content));
      current.words += done.file.uniqueWords; // the page's word count (Pagefind's page_word_count)
    };
    try {
      // One page at a time, in name order: Pagefind numbers the pages in the order they come, and
      // reads one page at a time (on one core) whatever it is given. A page and its parts go into
      // one part of the index.
      for (const file of await htmlFiles(outDir)) {
        const html = await readFile(join(outDir, file), 'utf8');
        if (!html.includes(BODY_MARK)) continue;
        const url = urlOf(file);
        await add({ url, content: termsApart(html) });
        pageCount++;
        for (const part of searchParts(html, url)) {
          await add(part);
          partCount++;
        }
        if ((open.current?.words ?? 0) >= partWords) await writePart();
      }
      pagesRead?.();
      // A site with nothing to find still gets an index (an empty one).
      if (parts.length === 0 && !open.current) await start();
      await writePart();
    } finally {
      // Pagefind's process ends with its work, or with the error that stopped it.
      if (open.current) await pagefind.close();
    }
    await rm(bundle, { recursive: true, force: true });
    if (parts.length === 1) await rename(parts[0]?.dir ?? '', bundle);
    else await joinIndexes(parts, bundle, INDEX_CHUNK_LOCATIONS);
    log(
      `Pagefind indexed ${pageCount} pages and ${partCount} parts of texts${parts.length > 1 ? ` (in ${parts.length} parts, joined into one index)` : ''}`,
    );
  });
}

/**
 * Builds the Pagefind search index of a built site into `outDir/pagefind` (nothing is copied into
 * public/). A step of scripts/build.mjs, run once `astro build` has exited. Pagefind holds every
 * indexed word in memory until it writes the index, about four times what the words take once
 * read (it builds the index from a full copy of every page it has read, `build_indexes` in its
 * lib.rs): 3.8 GB at its peak for the 10,000 generated stories and events of npm run bench. So it
 * reads the site in parts of INDEX_PART_WORDS words, each run ending before the next starts, and
 * the parts are joined into the one index a single run would have written (writeSearchBundle):
 * the reader's search is unchanged, and each run stays near 1 GB.
 *
 * - Language: the whole site is indexed as zh-CN (Chinese word segmentation at index time).
 * - Content: only `<main data-pagefind-body>` of each page (Base.astro); header, footer, clause
 *   tools, related cards, the site's notes around a text and sample banners are
 *   `data-pagefind-ignore`. Pages built with `searchable={false}` (the search page itself, the
 *   404 page) and most pages that list others (paged listings, facets, a story's images) have no
 *   body and are left out: Pagefind is not even given them (it would hold them in memory until it
 *   drops them at the end).
 * - Filters, sort and result metadata come from src/components/SearchMeta.astro.
 * - Long texts are indexed in parts as well (src/integrations/search-parts.ts): the search page
 *   shows a text's result from its parts, and gets the list of them (PARTS_ELEMENT).
 * - Then the search page gets its character data, reduced to the characters the index holds
 *   (src/integrations/search-chars.ts): traditional → simplified in the page, readings in a file.
 */
export async function buildSearchIndex(
  outDir: string,
  log: (message: string) => void,
  {
    pagesRead,
  }: {
    /** Called once every page is in the index, as Pagefind starts to build and write its last part. */ pagesRead?: () => void;
  } = {},
): Promise<void> {
  const bundle = join(outDir, 'pagefind');
  await writeSearchBundle(outDir, bundle, { partWords: INDEX_PART_WORDS, log, pagesRead });
  await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(bundle, file), { force: true })));

  const records = await indexedRecords(bundle);
  const pages = records.filter((r) => !r.url.includes('#'));
  const { chars, sounds } = searchChars(pages.map((p) => `${p.title}\n${p.content}`).join('\n'));
  const page = join(outDir, 'search', 'index.html');
  let html = await readFile(page, 'utf8');
  for (const [element, data] of [
    [CHARS_ELEMENT, chars],
    [PARTS_ELEMENT, textParts(records)],
  ] as const) {
    if (html.split(element).length !== 2) throw new Error(`the search page must hold ${element} once`);
    html = html.replace(element, () => element.replace('null', JSON.stringify(data).replace(/</g, '\\u003c')));
  }
  await writeFile(page, html);
  await writeFile(join(outDir, SOUNDS_PATH), JSON.stringify(sounds));
  log(`search characters: ${Array.from(chars.t2s).length / 2} traditional, ${Object.keys(sounds).length} readings`);
}
