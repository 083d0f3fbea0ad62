/**
 * Listings split into pages of a fixed size, so that no page grows with the content: the first
 * page keeps the listing's own address (/stories/), later pages add `page/N/`
 * (/stories/page/2/). Pure: the routes, the pager and the tests use the same rules.
 */

/** Items per page of each kind of listing, and how many items a feed or an inline list shows. */
export const LIMITS = {
  /** Story cards per page of the stories index and of each facet page. */
  stories: 20,
  /** Occurrences per page of a calendar list (all years, a year, a month, a filter). */
  events: 50,
  /** Items of an RSS feed: the newest ones. */
  feed: 50,
  /** Pages of one kind listed on an action or brand page before “all …”. */
  related: 8,
  /** Back-links of one kind listed under a clause before “all …”. */
  clauseLinks: 5,
} as const;

export interface Page<T> {
  /** 1 for the first page. */
  number: number;
  /** How many pages the listing has (at least 1). */
  count: number;
  items: T[];
  /** Position of the first item in the whole listing, from 1 (0 on an empty listing). */
  first: number;
  /** Position of the last item in the whole listing. */
  last: number;
  /** Items in the whole listing. */
  total: number;
  /** Root-relative address of this page. */
  href: string;
  prev: string | null;
  next: string | null;
}

/** The address of page `n` of the listing at `base` (which ends in /). */
export function pagePath(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}

/** The rest parameter of a paginated route: undefined for the first page, `page/N` after it. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : `page/${n}`;
}

/**
 * The most items a last page may hold and still join the page before it: a tenth of a page. A
 * listing of 51 at 50 a page is one page of 51, not a second page with one item that a reader of
 * the first would miss.
 */
export const orphans = (size: number): number => Math.floor(size / 10);

/** How many pages `total` items fill (an empty listing still has its first page). */
export function pageCount(total: number, size: number): number {
  const full = Math.ceil(total / size);
  return Math.max(1, full > 1 && total - (full - 1) * size <= orphans(size) ? full - 1 : full);
}

/** The page an item at `index` (from 0) of a listing of `total` items falls on. */
export function pageOfIndex(index: number, size: number, total: number): number {
  return Math.min(Math.floor(Math.max(0, index) / size) + 1, pageCount(total, size));
}

/** Splits a listing into pages; an empty listing is one empty page. */
export function paginate<T>(items: readonly T[], size: number, base: string): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive whole number, not ${size}`);
  const count = pageCount(items.length, size);
  return Array.from({ length: count }, (_, i) => {
    const number = i + 1;
    // The last page takes what is left, orphans included.
    const slice = items.slice(i * size, number === count ? items.length : (i + 1) * size);
    return {
      number,
      count,
      items: slice,
      first: slice.length ? i * size + 1 : 0,
      last: i * size + slice.length,
      total: items.length,
      href: pagePath(base, number),
      prev: number > 1 ? pagePath(base, number - 1) : null,
      next: number < count ? pagePath(base, number + 1) : null,
    };
  });
}

/**
 * The page numbers a pager shows: the first and last, the current one and `radius` on each side,
 * with a gap (null) where numbers are left out. 1 … 4 5 [6] 7 8 … 20.
 */
export function pageWindow(current: number, count: number, radius = 2): Array<number | null> {
  const shown = new Set([1, count]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  sorted.forEach((n, i) => {
    const before = sorted[i - 1];
    // A gap of exactly one number shows that number rather than an ellipsis.
    if (before !== undefined && n - before === 2) out.push(before + 1);
    else if (before !== undefined && n - before > 2) out.push(null);
    out.push(n);
  });
  return out;
}
