/**
 * Joining parts of a Pagefind index follows Pagefind's own rules (src/lib/pagefind-bundle.ts), so
 * that the joined index is the one a single run writes (checked whole in tests/site/search-index.test.ts).
 */
import { describe, expect, test } from 'vitest';
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
  renumberFields,
  sortOrder,
  type PackedPage,
  type PackedWord,
} from '../../src/lib/pagefind-bundle';
import { writtenBySearchIndex } from '../../src/integrations/pagefind';

const word = (text: string, pages: PackedPage[], variants: PackedWord[2] = []): PackedWord => [text, pages, variants];

describe('order and names', () => {
  test('words sort by code point, as in Rust: a character beyond U+FFFF after every other', () => {
    // JavaScript's own comparison puts 𠀀 (U+20000, a surrogate pair) before U+FF01.
    expect('𠀀' < '！').toBe(true);
    expect(['！', '𠀀', '巾', 'a'].sort(byCodePoint)).toEqual(['a', '巾', '！', '𠀀']);
    expect(byCodePoint('巾帼', '巾')).toBeGreaterThan(0);
    expect(byCodePoint('巾', '巾')).toBe(0);
  });

  test("Pagefind's hash writes each byte without its leading zero", () => {
    // SHA-1 of "abc" is a9993e36 4706816a ba3e2571 7850c26c 9cd0d89d.
    expect(pagefindHash(Buffer.from('abc'))).toBe('a9993e36476816aba3e25717850c26c9cd0d89d');
  });

  test('a data file is read after its signature, and a file without one is named in the error', () => {
    expect(pagefindData(Buffer.from('pagefind_dcd{"url":"/"}'), 'a.pf_fragment').toString()).toBe('{"url":"/"}');
    expect(() => pagefindData(Buffer.from('{"url":"/"}'), 'b.pf_fragment')).toThrow('b.pf_fragment is not a Pagefind data file');
  });

  test('a taken name grows by one character for fragments and by two for chunks, never past the hash', () => {
    const fragments = new FileNames(4, 1);
    expect([fragments.claim('zh_abc1'), fragments.claim('zh_abc2'), fragments.claim('zh_abc3')]).toEqual(['zh_a', 'zh_ab', 'zh_abc']);
    const chunks = new FileNames(4, 2);
    expect([chunks.claim('zh_abcd1'), chunks.claim('zh_abcd2'), chunks.claim('zh_abc')]).toEqual(['zh_a', 'zh_abc', 'zh_abc']);
  });
});

describe('pages and fields', () => {
  test('page numbers leave and return to delta encoding, moved by the pages before the part', () => {
    const stored: PackedPage[] = [
      [3, [1], []],
      [4, [2, 5], []],
    ];
    const moved = absolutePages(stored, 100);
    expect(moved.map((p) => p[0])).toEqual([103, 107]);
    expect(deltaPages(absolutePages(stored, 0))).toEqual(stored);
  });

  test("metadata locations take the joined index's field numbers; positions stay", () => {
    // Part's fields [title, url] → joined [date, title, url]: field 0 → 1, field 1 → 2.
    expect(renumberFields([-1, 0, 3, -2, 1], [1, 2])).toEqual([-2, 0, 3, -3, 1]);
    expect(() => renumberFields([-3, 0], [1, 2])).toThrow(/unknown metadata field 2/);
  });

  test("a word found in several parts keeps every part's pages in order, and its other forms in the order they first appear", () => {
    const joined = joinWords([
      word('cafe', [[1, [0], []]], [['café', [[1, [0], []]]]]),
      word(
        'cafe',
        [[9, [4], []]],
        [
          ['café', [[9, [2], []]]],
          ['cafè', [[9, [3], []]]],
        ],
      ),
    ]);
    expect(joined[1].map((p) => p[0])).toEqual([1, 9]);
    expect(joined[2].map(([form, pages]) => [form, pages.map((p) => p[0])])).toEqual([
      ['café', [1, 9]],
      ['cafè', [9]],
    ]);
  });
});

describe('chunks', () => {
  test('a chunk ends once it holds the chunk size in locations, one more per page', () => {
    const words = [word('a', [[0, [1, 2], []]]), word('b', [[0, [1], [-1, 0]]]), word('c', [[0, [], []]]), word('d', [[0, [1], []]])];
    // sizes: a 3, b 4, c 1, d 2 → with 5: [a b] (7), [c d] (3).
    expect([...chunkWords(words, 5)].map((chunk) => chunk.map((w) => w[0]).join(''))).toEqual(['ab', 'cd']);
  });

  test("a chunk's range is cut to the prefixes that tell it from the next, where the range stays a range", () => {
    expect(
      chunkRanges([
        ['巾帼建功', '巾帼文明'],
        ['巾帼行动', '重庆'],
      ]),
    ).toEqual([
      ['巾帼建功', '巾帼文'],
      ['巾帼行', '重庆'],
    ]);
    // Cut to 巾帼文, the first range would end before its first word: its last word stays whole.
    expect(
      chunkRanges([
        ['巾帼文明岗', '巾帼文明岗位'],
        ['巾帼行动', '重庆'],
      ]),
    ).toEqual([
      ['巾帼文明岗', '巾帼文明岗位'],
      ['巾帼行', '重庆'],
    ]);
  });
});

describe('sorts', () => {
  test('text values in code-point order, pages of equal value in page order, pages without the key left out', () => {
    expect(sortOrder(['2021-05-01', undefined, '2021-01-09', '2021-05-01', '9999-12-31'])).toEqual([2, 0, 3, 4]);
  });

  test('values that all read as numbers sort as numbers', () => {
    expect(sortOrder(['10', '9', '-1', '2.5'])).toEqual([2, 3, 1, 0]);
    expect(sortOrder(['10', '9', 'x'])).toEqual([0, 1, 2]);
  });
});

describe('files the search index step writes', () => {
  test('its bundle, the parts it joins and the search page are left to it; other files are not', () => {
    const site = '/site';
    const written = (path: string) => writtenBySearchIndex(site, `${site}/${path}`);
    expect(['pagefind/pagefind.js', 'pagefind.part-2/pagefind-entry.json', 'search/index.html'].filter(written)).toHaveLength(3);
    expect(['index.html', 'pagefinder/index.html', 'policies/pagefind.html'].filter(written)).toEqual([]);
  });
});
