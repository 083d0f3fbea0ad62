/**
 * Helpers for the search tests (tests/site/search*.test.ts): open the search page, run a query
 * the way a reader does, wait for the page to finish, read the result cards, and simulate a
 * browser without Intl.Segmenter.
 */
import type { Page } from 'playwright-core';
import { keptPage, openPage, type OpenPageOptions } from '../support/browser';

/** One result as a reader sees it: its heading link and the clause/section links under it. */
export interface Card {
  title: string;
  href: string;
  type: string;
  subs: Array<{ title: string; href: string }>;
  excerpt: string;
}

/** How many searches the page has finished (it counts them in data-search-runs). */
export function runsDone(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searchRuns ?? '0'));
}

/** Waits until the page has finished more than `before` searches, however long that takes on a loaded machine (the test's timeout bounds it). */
export async function waitForRun(page: Page, before: number): Promise<void> {
  // No timeout of its own: the page's hang guard (tests/support/limits.ts) applies.
  await page.waitForFunction((n) => Number(document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searchRuns ?? '0') > n, before);
}

/**
 * A browser without Intl.Segmenter, as older in-app browsers are: removed from the page before
 * its scripts run (Pagefind runs in the page, not in a web worker).
 */
export async function withoutSegmenter(page: Page): Promise<void> {
  await page.addInitScript(() => {
    delete (Intl as { Segmenter?: unknown }).Segmenter;
  });
}

/** Pagefind's API as the tests use it directly (see LOAD_PAGEFIND). */
export interface PagefindApi {
  search: (
    query: string | null,
    options?: { filters?: Record<string, string>; sort?: Record<string, string> },
  ) => Promise<{ results: Array<{ data: () => Promise<{ url: string; filters: Record<string, string[]> }> }> }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/**
 * An init script that gives the page `loadPagefind()`: Pagefind set up as the search page sets it
 * up (in the page), with its filter data loaded. The import is built from a string at run time so
 * that the test runner does not rewrite it (it would turn a literal import() into its own loader).
 */
export const LOAD_PAGEFIND = `window.loadPagefind = async () => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({ noWorker: true });
  await pf.init();
  await pf.filters();
  return pf;
};`;

/** Opens the facets (they load their counts when opened) and waits for them. */
export async function openFacets(page: Page): Promise<void> {
  await page.locator('[data-search-facets] > summary').click();
  await page.locator('[data-search-facet-groups] input[type="checkbox"]').first().waitFor();
}

/** Search pages kept open, one per screen size (tests/support/browser.ts `keptPage`). */
const keptSearchPages = new Map<string, (path: string) => Promise<Page>>();

/**
 * Opens /search/ with a URL state and waits for its first search to finish (if it has one). The
 * search page stores nothing, so unless the test changes the browser (`noSegmenter`, `beforeGoto`,
 * context options) the page is one kept open for its size: the test leaves it open for the next.
 */
export async function openSearch(search = '', options: OpenPageOptions & { noSegmenter?: boolean } = {}): Promise<Page> {
  const { noSegmenter, beforeGoto, ...rest } = options;
  const path = `/search/${search}`;
  let page: Page;
  if (noSegmenter || beforeGoto || rest.context || rest.javaScript === false) {
    page = await openPage(path, {
      ...rest,
      beforeGoto: async (p) => {
        if (noSegmenter) await withoutSegmenter(p);
        await beforeGoto?.(p);
      },
    });
  } else {
    const size = `${rest.width ?? 1280}×${rest.height ?? 900}`;
    const open = keptSearchPages.get(size) ?? keptPage(rest);
    keptSearchPages.set(size, open);
    page = await open(path);
  }
  if (search && search !== '?') await waitForRun(page, 0);
  return page;
}

/** Types a query into the search box as a reader does and waits for the search to finish. */
export async function typeQuery(page: Page, query: string): Promise<void> {
  const before = await runsDone(page);
  const box = page.getByRole('searchbox', { name: '搜索词' });
  await box.fill(query);
  await box.press('Enter');
  await waitForRun(page, before);
}

/** The result cards on the page, in order. */
export function cards(page: Page): Promise<Card[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLLIElement>('[data-search-list] > li')].map((li) => {
      const link = li.querySelector<HTMLAnchorElement>('.result__title a');
      const url = (href: string) => {
        const u = new URL(href);
        return decodeURI(u.pathname) + u.hash;
      };
      return {
        title: link?.textContent ?? '',
        href: link ? url(link.href) : '',
        type: li.querySelector('.result__type')?.textContent ?? '',
        subs: [...li.querySelectorAll<HTMLAnchorElement>('.result__subs a')].map((a) => ({ title: a.textContent ?? '', href: url(a.href) })),
        excerpt: [...li.querySelectorAll('.result__excerpt')].map((p) => p.textContent ?? '').join(' '),
      };
    }),
  );
}

/** The live status line. */
export function statusText(page: Page): Promise<string> {
  return page.locator('[data-search-status]').innerText();
}

/**
 * Where an expected target (`/path/` or `/path/#anchor`) is among the cards: the rank (0-based)
 * of the first card that leads there, or -1. A `#anchor` target must be one of the card's clause
 * or section links.
 */
export function rankOf(found: Card[], target: string): number {
  const [path, anchor] = target.split('#');
  return found.findIndex((card) => {
    if (card.href.split('#')[0] !== path) return false;
    if (!anchor) return true;
    return card.href === target || card.subs.some((sub) => sub.href === target);
  });
}
