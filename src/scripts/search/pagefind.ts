/**
 * Pagefind's browser API (as much of it as the search page uses), loaded on first need and run in
 * the page rather than in a web worker (`noWorker`: one request fewer, no worker for the coming
 * Content Security Policy to allow). Filter data is loaded separately, only when facets are shown
 * (`withFilters`): a search with no filter chosen then fetches no filter chunks at all.
 */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  /** The data-pagefind-title of a titled element (then `text` is empty). */
  title?: string;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  anchor?: PagefindAnchor;
  excerpt: string;
  weighted_locations?: Array<{ balanced_score: number }>;
}

export interface ResultData {
  url: string;
  anchors?: PagefindAnchor[];
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}

export interface SearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  search: (term: string | null, options?: SearchOptions) => Promise<PagefindSearch>;
  /** Loads every filter chunk (once) and returns the counts over all pages. */
  filters: () => Promise<FilterCounts>;
}

interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: Pagefind['search'];
  filters: Pagefind['filters'];
}

const BUNDLE = '/pagefind/pagefind.js';

let loading: Promise<Pagefind> | null = null;

/** Pagefind, loaded and set up once. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ BUNDLE) as Promise<PagefindModule>).then(async (pf) => {
    // pageLength 0.2 (Pagefind's default 0.75): long policy texts are not pushed below the short
    // pages about the same thing (events and stories).
    await pf.options({ noWorker: true, excerptLength: 28, ranking: { pageLength: 0.2 } });
    await pf.init();
    return { search: (term, options) => pf.search(term, options), filters: () => pf.filters() };
  });
  return loading;
}
