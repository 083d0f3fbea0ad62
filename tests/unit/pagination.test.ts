import { describe, expect, test } from 'vitest';
import { pageCount, pageOfIndex, pageParam, pagePath, pageWindow, paginate } from '../../src/lib/pagination';

describe('paginate', () => {
  const items = Array.from({ length: 45 }, (_, i) => i + 1);
  const pages = paginate(items, 20, '/stories/');

  test('the first page keeps the listing’s address; later pages add page/N/', () => {
    expect(pages.map((p) => p.href)).toEqual(['/stories/', '/stories/page/2/', '/stories/page/3/']);
    expect(pagePath('/events/2022/', 1)).toBe('/events/2022/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('page/3');
  });

  test('every item is on exactly one page, in order, and no page but the last holds more than the size', () => {
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(Math.max(...pages.map((p) => p.items.length))).toBe(20);
    expect(pages.map((p) => [p.first, p.last])).toEqual([
      [1, 20],
      [21, 40],
      [41, 45],
    ]);
  });

  test('each page links to its neighbours, and only to pages that exist', () => {
    expect(pages.map((p) => [p.prev, p.next])).toEqual([
      [null, '/stories/page/2/'],
      ['/stories/', '/stories/page/3/'],
      ['/stories/page/2/', null],
    ]);
  });

  test('an empty listing is one empty page, so its address still works', () => {
    expect(paginate([], 20, '/stories/honour/x/')).toEqual([
      { number: 1, count: 1, items: [], first: 0, last: 0, total: 0, href: '/stories/honour/x/', prev: null, next: null },
    ]);
  });

  test('a listing of exactly one page size has one page', () => {
    expect(pageCount(20, 20)).toBe(1);
    expect(pageOfIndex(19, 20, 20)).toBe(1);
  });

  test('a last page of a tenth of a page or less joins the page before: no page of one stray item', () => {
    expect(pageCount(22, 20)).toBe(1);
    expect(pageCount(23, 20)).toBe(2);
    expect(pageOfIndex(21, 20, 22)).toBe(1);
    expect(pageOfIndex(20, 20, 23)).toBe(2);
    const events = paginate(
      Array.from({ length: 51 }, (_, i) => i),
      50,
      '/events/',
    );
    expect(events.map((p) => [p.first, p.last, p.next])).toEqual([[1, 51, null]]);
    const more = paginate(
      Array.from({ length: 105 }, (_, i) => i),
      50,
      '/events/',
    );
    expect(more.map((p) => [p.first, p.last])).toEqual([
      [1, 50],
      [51, 105],
    ]);
  });

  test('a page size that is not a positive whole number is refused', () => {
    expect(() => paginate(items, 0, '/')).toThrow();
  });
});

describe('pageWindow', () => {
  test('shows every page of a short listing', () => {
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });
  test('shows the ends and the pages around the current one, with gaps between', () => {
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
  });
  test('fills a gap of a single page with that page rather than an ellipsis', () => {
    expect(pageWindow(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 20]);
  });
});
