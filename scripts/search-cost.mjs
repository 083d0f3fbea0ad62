// What a search costs the reader's connection: every response the search page receives while a
// query runs (the page's own requests and Pagefind's), counted and weighed as a host serves them:
// text (HTML, JS, JSON, CSS, WebAssembly) gzip-compressed, Pagefind's index files as they are
// (Pagefind compresses them itself). Used by the benchmark (scripts/bench.mjs) and the byte-budget
// test (tests/site/search-budget.test.ts), so both measure the same thing. Bytes, never time.
import { gzipSync } from 'node:zlib';

/** The first and second queries the benchmark and the byte budget type into /search/. */
export const BENCH_QUERIES = ['网姐', '三清一改'];

/** The site's icon (src/layouts/Base.astro). */
const ICON = /^\/favicon\.[a-z]+$/;

/** Content types a host compresses. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|wasm|manifest\+json))/;

/**
 * Starts recording the responses of a Playwright browser context. `take()` returns what was
 * received since the last `take()` (after the responses in flight have been read).
 * @param {import('playwright-core').BrowserContext} context
 */
export function costMeter(context) {
  let entries = [];
  let inflight = 0;
  const pending = new Set();
  context.on('request', () => inflight++);
  context.on('requestfailed', () => inflight--);
  context.on('requestfinished', (request) => {
    inflight--;
    // The browser fetches the tab's icon whenever it chooses (after load, or in the middle of a
    // query on a busy machine): it is the page's, not the search's.
    if (ICON.test(new URL(request.url()).pathname)) return;
    const read = (async () => {
      const response = await request.response();
      const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
      const type = response?.headers()['content-type'] ?? '';
      const path = new URL(request.url()).pathname;
      entries.push({ path, raw: body.length, served: COMPRESSIBLE.test(type) ? gzipSync(body, { level: 6 }).length : body.length });
    })();
    pending.add(read);
    void read.finally(() => pending.delete(read));
  });
  return {
    /** @returns {Promise<{ requests: number, raw: number, served: number, paths: string[] }>} */
    async take() {
      // Requests still in flight belong to what was measured: wait for them (bounded, never a hang).
      for (let i = 0; i < 200 && inflight > 0; i++) await new Promise((done) => setTimeout(done, 25));
      while (pending.size > 0) await Promise.all([...pending]);
      const taken = entries;
      entries = [];
      return {
        requests: taken.length,
        raw: taken.reduce((sum, e) => sum + e.raw, 0),
        served: taken.reduce((sum, e) => sum + e.served, 0),
        paths: taken.map((e) => e.path),
      };
    },
  };
}

/**
 * Submits a query through the search page's form, as a reader pressing Enter does, and waits until
 * the page has shown its results (the page counts finished searches in data-search-runs).
 * Returns the milliseconds it took, measured in the page.
 * @param {import('playwright-core').Page} page
 * @param {string} query
 */
export function submitQuery(page, query) {
  return page.evaluate(async (q) => {
    const root = document.querySelector('[data-search-page]');
    const input = document.querySelector('[data-search-input]');
    const before = Number(root.dataset.searchRuns ?? '0');
    const t0 = performance.now();
    input.value = q;
    input.form.requestSubmit();
    await new Promise((done) => {
      const tick = () => (Number(root.dataset.searchRuns ?? '0') > before ? done() : requestAnimationFrame(tick));
      tick();
    });
    return performance.now() - t0;
  }, query);
}
