/**
 * Pagefind's index format (version 1.6), as far as joining several indexes of one site into the
 * index one Pagefind run would have written needs it (src/integrations/pagefind-merge.ts). The
 * rules follow Pagefind's own (pagefind/src/index/mod.rs): words in code-point order, cut into
 * chunks by their number of locations; page numbers delta-encoded within a word; file names the
 * shortest free prefix of the content's SHA-1; sorts by value, stable. Pure; build-only.
 */
import { createHash } from 'node:crypto';

/** A word's locations on one page: [page number, locations, locations in result metadata]. */
export type PackedPage = [page: number, locs: number[], metaLocs: number[]];
/** Another written form of a word (with diacritics): [form, pages]. */
export type PackedVariant = [form: string, pages: PackedPage[]];
/** A word of the index: [word, pages, variants]. */
export type PackedWord = [word: string, pages: PackedPage[], variants: PackedVariant[]];
/** A page in the index metadata: [fragment name, word count, …what follows, kept as it is]. */
export type MetaPage = [hash: string, wordCount: number, ...rest: unknown[]];
export type MetaChunk = [from: string, to: string, hash: string];
export type MetaFilter = [filter: string, hash: string];
export type MetaSort = [sort: string, pages: number[]];
/** The index metadata (pagefind.*.pf_meta). */
export type MetaIndex = [version: string, pages: MetaPage[], chunks: MetaChunk[], filters: MetaFilter[], sorts: MetaSort[], metaFields: string[]];
/** A filter's index (filter/*.pf_filter): [filter, [value, page numbers][]]. */
export type FilterIndex = [filter: string, values: Array<[value: string, pages: number[]]>];

/** What every Pagefind data file (meta, word and filter chunks, fragments) starts with, inside its gzip. */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** The data of an unzipped Pagefind data file: the bytes after its signature (an error names `file` if it has none). */
export function pagefindData(raw: Buffer, file: string): Buffer {
  if (raw.subarray(0, PAGEFIND_SIGNATURE.length).toString('utf8') !== PAGEFIND_SIGNATURE) throw new Error(`${file} is not a Pagefind data file`);
  return raw.subarray(PAGEFIND_SIGNATURE.length);
}

/** Orders strings as Rust orders them: by code point (JavaScript's `<` compares UTF-16 units). */
export function byCodePoint(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate (a character above U+FFFF) sorts after every character of the basic plane.
    const surrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
    if (surrogate(x) !== surrogate(y)) return surrogate(x) ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/** Pagefind's content hash: SHA-1 as hex, each byte without its leading zero (Rust's `{:x?}`). */
export function pagefindHash(bytes: Uint8Array): string {
  return Array.from(createHash('sha1').update(bytes).digest(), (b) => b.toString(16)).join('');
}

/**
 * File names as Pagefind gives them: the first `length` characters of `<language>_<hash>`, made
 * longer while they are taken, by `step` characters at a time (1 for fragments, 2 for word and
 * filter chunks: Pagefind's code differs).
 */
export class FileNames {
  private readonly taken = new Set<string>();
  constructor(
    private readonly length: number,
    private readonly step: 1 | 2,
  ) {}
  claim(full: string): string {
    let length = this.length;
    let name = full.slice(0, length);
    while (this.taken.has(name) && name.length < full.length) {
      length += this.step;
      name = full.slice(0, length);
    }
    this.taken.add(name);
    return name;
  }
}

/** Page numbers of a word's pages, from Pagefind's delta encoding to absolute, moved by `offset`. */
export function absolutePages(pages: readonly PackedPage[], offset: number): PackedPage[] {
  let page = 0;
  return pages.map(([delta, locs, metaLocs]) => {
    page += delta;
    return [page + offset, locs, metaLocs];
  });
}

/** Absolute page numbers (in order) back to Pagefind's delta encoding. */
export function deltaPages(pages: readonly PackedPage[]): PackedPage[] {
  let last = 0;
  return pages.map(([page, locs, metaLocs]) => {
    const delta = page - last;
    last = page;
    return [delta, locs, metaLocs];
  });
}

/**
 * Locations in result metadata with their field numbers changed: a negative number -(n+1) starts
 * field n (an index into the metadata's list of field names), positions follow. `fields` maps a
 * part's field numbers to the joined index's (in the same order, so the list stays sorted).
 */
export function renumberFields(metaLocs: readonly number[], fields: readonly number[]): number[] {
  return metaLocs.map((n) => {
    if (n >= 0) return n;
    const field = fields[-n - 1];
    if (field === undefined) throw new Error(`Pagefind index: unknown metadata field ${-n - 1}`);
    return -field - 1;
  });
}

/** A word's size as Pagefind counts it to cut chunks: its locations and one per page. */
export const wordSize = (word: PackedWord): number => word[1].reduce((sum, [, locs, metaLocs]) => sum + locs.length + metaLocs.length + 1, 0);

/** Cuts words (in order) into chunks as Pagefind does: a chunk ends once it holds `size` locations. */
export function* chunkWords(words: Iterable<PackedWord>, size: number): Generator<PackedWord[]> {
  let chunk: PackedWord[] = [];
  let locations = 0;
  for (const word of words) {
    chunk.push(word);
    locations += wordSize(word);
    if (locations >= size) {
      yield chunk;
      chunk = [];
      locations = 0;
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** The shortest prefixes that tell two neighbouring chunks' last and first words apart. */
function prefixes(a: string, b: string): [string, string] {
  const x = Array.from(a);
  const y = Array.from(b);
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common++;
  return [x.slice(0, common + 1).join(''), y.slice(0, common + 1).join('')];
}

/**
 * The metadata's range of each chunk, from its first and last word: shortened to the prefixes
 * that tell neighbouring chunks apart (a chunk's last word only where its range stays a range).
 */
export function chunkRanges(bounds: ReadonlyArray<readonly [first: string, last: string]>): Array<[from: string, to: string]> {
  const ranges = bounds.map(([first, last]): [string, string] => [first, last]);
  for (let i = 0; i + 1 < ranges.length; i++) {
    const current = ranges[i] as [string, string];
    const next = ranges[i + 1] as [string, string];
    const [to, from] = prefixes(current[1], next[0]);
    if (byCodePoint(to, current[0]) >= 0) current[1] = to;
    next[0] = from;
  }
  return ranges;
}

/**
 * Joins words that are the same word in several parts: pages in part order, and the other written
 * forms (with diacritics) in the order they first appear, as Pagefind keeps them.
 */
export function joinWords(words: readonly PackedWord[]): PackedWord {
  const first = words[0];
  if (!first) throw new Error('joinWords needs a word');
  const variants = new Map<string, PackedPage[]>();
  for (const [, , wordVariants] of words) {
    for (const [form, pages] of wordVariants) variants.set(form, [...(variants.get(form) ?? []), ...pages]);
  }
  return [first[0], words.flatMap((w) => w[1]), [...variants]];
}

/** Whether Pagefind sorts these values as numbers (every one of them reads as a number) rather than as text. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A sort key's page order as Pagefind builds it: the pages that have the key, by value (as numbers
 * in single precision when every value is one, else as text), pages of equal value in page order.
 * What counts as a number is close to Pagefind's parser (lexical_core), not the same in every odd
 * case (inf, NaN): the join checks each part's own order against Pagefind's.
 */
export function sortOrder(values: ReadonlyArray<string | undefined>): number[] {
  const pages = values.flatMap((value, page) => (value === undefined ? [] : [{ page, value }]));
  if (pages.every((p) => NUMBER.test(p.value))) {
    const number = (value: string) => Math.fround(Number(value));
    return pages.sort((a, b) => number(a.value) - number(b.value)).map((p) => p.page);
  }
  return pages.sort((a, b) => byCodePoint(a.value, b.value)).map((p) => p.page);
}
