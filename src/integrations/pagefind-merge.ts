/**
 * Joins the Pagefind indexes of consecutive parts of a site into the one index a single Pagefind
 * run over all its pages would have written: the same pages, words, filters, sorts and file
 * names (tests/site/search-index.test.ts compares the two). The site's search index is built in
 * parts because Pagefind holds about four times the memory of every page's words until it has
 * written the index (src/integrations/pagefind.ts); the reader still loads one index.
 *
 * Each part is a Pagefind bundle of a run over a run of the site's records, in order: part 2's
 * first page follows part 1's last. Page numbers move up by the pages before the part; a word's
 * pages from several parts are joined in part order; the parts' fragments move over unchanged
 * (renamed only where two parts' names would clash). The sort orders are rebuilt from each
 * record's sort values (`sorts`, by the address its fragment holds), and each part's own order is
 * checked against them.
 */
import { decode, encode } from 'cborg';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  absolutePages,
  byCodePoint,
  chunkRanges,
  chunkWords,
  deltaPages,
  FileNames,
  joinWords,
  pagefindData,
  pagefindHash,
  PAGEFIND_SIGNATURE,
  renumberFields,
  sortOrder,
  type FilterIndex,
  type MetaIndex,
  type MetaPage,
  type MetaSort,
  type PackedWord,
} from '../lib/pagefind-bundle';

const ENTRY = 'pagefind-entry.json';

interface Entry {
  version: string;
  languages: Record<string, { hash: string; page_count: number } & Record<string, unknown>>;
}

/** An index built over some of the site's records. */
export interface IndexPart {
  /** Its bundle folder. */
  dir: string;
  /** The sort values of each record given to it, by its address (sort key → value). */
  sorts: Map<string, Record<string, string>>;
}

/** The bytes of a Pagefind data file (gzip of the signature and the data), without the signature. */
const dataBytes = (file: string): Buffer => pagefindData(gunzipSync(readFileSync(file)), file);
const readData = (file: string): unknown => decode(dataBytes(file));
const dataFile = (bytes: Uint8Array) => gzipSync(Buffer.concat([Buffer.from(PAGEFIND_SIGNATURE), bytes]));

interface LoadedPart extends IndexPart {
  meta: MetaIndex;
  /** The number of its first page in the joined index. */
  offset: number;
  /** The sort values of its pages, in page order. */
  pageSorts: Array<Record<string, string>>;
  /** Its metadata field numbers → the joined index's. */
  fields: number[];
}

/** The words of a part in order (one chunk file read at a time), with the joined index's page and field numbers. */
function* partWords(part: LoadedPart): Generator<PackedWord> {
  for (const [, , hash] of part.meta[2]) {
    const [words] = readData(join(part.dir, 'index', `${hash}.pf_index`)) as [PackedWord[]];
    for (const [word, pages, variants] of words) {
      const moved = (list: PackedWord[1]) =>
        absolutePages(list, part.offset).map(([page, locs, metaLocs]) => [page, locs, renumberFields(metaLocs, part.fields)] as const);
      yield [word, moved(pages) as PackedWord[1], variants.map(([form, list]) => [form, moved(list) as PackedWord[1]] as const) as PackedWord[2]];
    }
  }
}

/** The words of all parts in order, a word found in several parts joined. */
function* joinedWords(parts: readonly LoadedPart[]): Generator<PackedWord> {
  const streams = parts.map((part) => partWords(part));
  const heads = streams.map((stream) => stream.next());
  for (;;) {
    let least: string | undefined;
    for (const head of heads) if (!head.done && (least === undefined || byCodePoint(head.value[0], least) < 0)) least = head.value[0];
    if (least === undefined) return;
    const same: PackedWord[] = [];
    heads.forEach((head, i) => {
      if (!head.done && head.value[0] === least) {
        same.push(head.value);
        heads[i] = (streams[i] as Generator<PackedWord>).next();
      }
    });
    yield joinWords(same);
  }
}

/**
 * Joins the bundles of `parts` (in page order) into one bundle at `out` and removes them. `chunkSize`
 * is the chunk size the parts were built with (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE).
 */
export async function joinIndexes(parts: readonly IndexPart[], out: string, chunkSize: number): Promise<void> {
  // A part whose records Pagefind all left out (nothing to index) has no language and no pages.
  const withPages = parts
    .map((part) => ({ part, entry: JSON.parse(readFileSync(join(part.dir, ENTRY), 'utf8')) as Entry }))
    .filter(({ entry }) => Object.keys(entry.languages).length > 0);
  const first = withPages[0]?.entry;
  const language = Object.keys(first?.languages ?? {})[0];
  if (!first || !language || withPages.some(({ entry }) => entry.version !== first.version || Object.keys(entry.languages).join() !== language)) {
    throw new Error('the parts of the search index must hold pages, built by one Pagefind version, in one language');
  }
  const loaded: LoadedPart[] = [];
  let offset = 0;
  for (const [i, { part, entry }] of withPages.entries()) {
    const hash = entry.languages[language]?.hash ?? '';
    const meta = readData(join(part.dir, `pagefind.${hash}.pf_meta`)) as MetaIndex;
    // Pagefind leaves out a record with nothing to index: its pages are read back by address.
    const pageSorts = meta[1].map(([name]) => {
      const { url } = JSON.parse(dataBytes(join(part.dir, 'fragment', `${name}.pf_fragment`)).toString('utf8')) as { url: string };
      const values = part.sorts.get(url);
      if (!values) throw new Error(`search index part ${i + 1} holds ${url}, which was not given to it`);
      return values;
    });
    loaded.push({ ...part, meta, offset, fields: [], pageSorts });
    offset += meta[1].length;
  }
  const metaFields = [...new Set(loaded.flatMap((p) => p.meta[5]))].sort(byCodePoint);
  for (const part of loaded) part.fields = part.meta[5].map((field) => metaFields.indexOf(field));

  await rm(out, { recursive: true, force: true });
  for (const dir of ['fragment', 'index', 'filter']) await mkdir(join(out, dir), { recursive: true });
  const nameLength = language.length + 8;

  // Pages: the fragments move over; names are worked out again where two would clash.
  const all = loaded.flatMap((part) => part.meta[1].map((page) => ({ part, page })));
  const base = (page: MetaPage) => page[0].slice(0, nameLength);
  const count = new Map<string, number>();
  for (const { page } of all) count.set(base(page), (count.get(base(page)) ?? 0) + 1);
  const fragmentNames = new FileNames(nameLength, 1);
  const pages: MetaPage[] = [];
  for (const { part, page } of all) {
    const file = join(part.dir, 'fragment', `${page[0]}.pf_fragment`);
    const full = (count.get(base(page)) ?? 0) > 1 ? `${language}_${pagefindHash(dataBytes(file))}` : page[0];
    const name = fragmentNames.claim(full);
    await rename(file, join(out, 'fragment', `${name}.pf_fragment`));
    pages.push([name, ...page.slice(1)] as MetaPage);
  }

  // Sorts: every page's values in the joined order; each part's own order is checked against them.
  const sortKeys = [...new Set(loaded.flatMap((p) => p.meta[4].map(([key]) => key)))].sort(byCodePoint);
  const sorts: MetaSort[] = sortKeys.map((key) => {
    // Each part sorted by its own values alone (as numbers or as text): the same here.
    for (const [i, part] of loaded.entries()) {
      const own = sortOrder(part.pageSorts.map((values) => values[key]));
      const pagefind = part.meta[4].find(([k]) => k === key)?.[1] ?? [];
      if (own.join() !== pagefind.join())
        throw new Error(`search index part ${i + 1}: the pages' sort values for “${key}” do not give Pagefind's order`);
    }
    return [key, sortOrder(loaded.flatMap((p) => p.pageSorts.map((values) => values[key])))];
  });

  // Filters: each value's pages, part after part.
  const filterValues = new Map<string, Map<string, number[]>>();
  for (const part of loaded) {
    for (const [, hash] of part.meta[3]) {
      const [filter, values] = readData(join(part.dir, 'filter', `${hash}.pf_filter`)) as FilterIndex;
      const joined = filterValues.get(filter) ?? new Map<string, number[]>();
      filterValues.set(filter, joined);
      for (const [value, list] of values) joined.set(value, [...(joined.get(value) ?? []), ...list.map((page) => page + part.offset)]);
    }
  }
  const filterNames = new FileNames(nameLength, 2);
  const filters: MetaIndex[3] = [];
  for (const filter of [...filterValues.keys()].sort(byCodePoint)) {
    const values = [...(filterValues.get(filter) ?? [])].sort(([a], [b]) => byCodePoint(a, b));
    const bytes = encode([filter, values] satisfies FilterIndex);
    const name = filterNames.claim(`${language}_${pagefindHash(bytes)}`);
    await writeFile(join(out, 'filter', `${name}.pf_filter`), dataFile(bytes));
    filters.push([filter, name]);
  }

  // Words: joined in order and cut into chunks again.
  const chunkNames = new FileNames(nameLength, 2);
  const bounds: Array<[string, string]> = [];
  const chunkFiles: string[] = [];
  for (const chunk of chunkWords(joinedWords(loaded), chunkSize)) {
    const encoded = chunk.map(([word, list, variants]): PackedWord => [word, deltaPages(list), variants.map(([form, pl]) => [form, deltaPages(pl)])]);
    const bytes = encode([encoded]);
    const name = chunkNames.claim(`${language}_${pagefindHash(bytes)}`);
    await writeFile(join(out, 'index', `${name}.pf_index`), dataFile(bytes));
    bounds.push([chunk[0]?.[0] ?? '', chunk.at(-1)?.[0] ?? '']);
    chunkFiles.push(name);
  }
  const chunks = chunkRanges(bounds).map(([from, to], i): [string, string, string] => [from, to, chunkFiles[i] ?? '']);

  const meta: MetaIndex = [first.version, pages, chunks, filters, sorts, metaFields];
  const metaBytes = encode(meta);
  const metaHash = `${language}_${pagefindHash(metaBytes).slice(0, nameLength)}`;
  await writeFile(join(out, `pagefind.${metaHash}.pf_meta`), dataFile(metaBytes));
  const languageEntry = first.languages[language];
  const entry = { ...first, languages: { [language]: { ...languageEntry, hash: metaHash, page_count: pages.length } } };
  await writeFile(join(out, ENTRY), JSON.stringify(entry));

  // Pagefind's scripts and WebAssembly, the same in every part.
  const firstDir = withPages[0]?.part.dir ?? '';
  for (const entryFile of await readdir(firstDir, { withFileTypes: true })) {
    if (entryFile.isFile() && entryFile.name !== ENTRY && !entryFile.name.endsWith('.pf_meta')) {
      await rename(join(firstDir, entryFile.name), join(out, entryFile.name));
    }
  }
  await Promise.all(parts.map((part) => rm(part.dir, { recursive: true, force: true })));
}
