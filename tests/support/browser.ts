/**
 * Chromium for the site tests: one headless browser per Vitest worker, launched on first use and
 * shared by the test files the worker runs (the site project runs them without module isolation,
 * see vitest.config.ts); it ends with the worker. Each `openPage` gets its own browser context
 * (viewport, JavaScript on/off, permissions), so pages never share state; the contexts a file
 * leaves open are closed after it (tests/support/site-setup.ts). A context costs a new renderer
 * process (about half a second); a suite visiting many pages in turn keeps one open
 * (`openContext`) and navigates its page.
 *
 * The browser can reach this machine only: every other host goes to a proxy that is not there, so
 * a request leaving the site fails at once (and tests/support/network.ts lists it).
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { HANG_GUARD } from './limits';
import { siteUrl } from './site';

/** Debian's Chromium; CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * No sandbox (containers, CI) and nothing that talks to Google on its own. Playwright gives every
 * launch a fresh temporary user-data-dir and deletes it on close.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A proxy address nothing listens on (port 9, discard); localhost is never sent to a proxy. */
const NO_PROXY = { server: 'http://127.0.0.1:9', bypass: 'localhost,127.0.0.1,[::1]' };

let browser: Promise<Browser> | undefined;
const contexts = new Set<BrowserContext>();

/** The worker's browser, launched on first use (and again if it went away). */
export function getBrowser(): Promise<Browser> {
  browser ??= chromium
    .launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, proxy: NO_PROXY, timeout: HANG_GUARD })
    .then((launched) => {
      launched.on('disconnected', () => (browser = undefined));
      return launched;
    });
  return browser;
}

/** Closes every context still open (run after each test file). */
export async function closeContexts(): Promise<void> {
  const open = [...contexts];
  contexts.clear();
  await Promise.all(open.map((context) => context.close().catch(() => {})));
}

export interface OpenPageOptions {
  /** Viewport width in CSS pixels (default 1280). 320 = small phone; 640 = 1280 px at 200 % zoom. */
  width?: number;
  /** Viewport height in CSS pixels (default 900). */
  height?: number;
  /** Run the page's scripts (default true). */
  javaScript?: boolean;
  /** Extra browser-context options, e.g. `{ permissions: ['clipboard-read'] }`. */
  context?: BrowserContextOptions;
  /** Called before navigation, e.g. to record requests: `(page) => page.on('request', …)`. */
  beforeGoto?: (page: Page) => unknown;
  /** Accept a 4xx/5xx response instead of throwing (default false). */
  allowErrorStatus?: boolean;
}

/**
 * A new browser context of the worker's browser, for the served build: viewport, scripts on or
 * off, Chinese locale, the hang guard as its timeout. Closed after the test file if left open.
 */
export async function openContext(options: OpenPageOptions = {}): Promise<BrowserContext> {
  const { width = 1280, height = 900, javaScript = true } = options;
  const context = await (
    await getBrowser()
  ).newContext({
    viewport: { width, height },
    javaScriptEnabled: javaScript,
    locale: 'zh-CN',
    baseURL: siteUrl('/'),
    ...options.context,
  });
  contexts.add(context);
  context.on('close', () => contexts.delete(context));
  context.setDefaultTimeout(HANG_GUARD);
  context.setDefaultNavigationTimeout(HANG_GUARD);
  return context;
}

/**
 * Opens a path of the served build in a page and waits for the load event; throws on a 4xx/5xx
 * answer unless `allowErrorStatus`.
 */
export async function visit(page: Page, path: string, allowErrorStatus = false): Promise<void> {
  const response = await page.goto(siteUrl(path), { waitUntil: 'load' });
  if (!allowErrorStatus && response && response.status() >= 400) throw new Error(`${path} answered ${response.status()}`);
}

/**
 * Opens a path of the served build in a new browser context and waits for the load event.
 * Close it with `await page.context().close()` when done; any left open close after the file.
 */
export async function openPage(path: string, options: OpenPageOptions = {}): Promise<Page> {
  const context = await openContext(options);
  const page = await context.newPage();
  await options.beforeGoto?.(page);
  try {
    await visit(page, path, options.allowErrorStatus);
  } catch (error) {
    await context.close();
    throw error;
  }
  return page;
}

/**
 * One page kept open for a group of tests that each open a page and only look at it (nothing they
 * do is stored or changes what the next page shows): `const look = keptPage({ width: 390 })`, then
 * `const page = await look(path)` in each test. The page is opened on first use, set to the given
 * size and navigated on every call; a new context would cost a renderer process each time.
 */
export function keptPage(options: Omit<OpenPageOptions, 'beforeGoto'> = {}): (path: string) => Promise<Page> {
  let kept: Promise<Page> | undefined;
  return async (path) => {
    let page = await kept?.catch(() => undefined);
    if (!page || page.isClosed()) {
      kept = openContext(options).then((context) => context.newPage());
      page = await kept;
    }
    await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 900 });
    await visit(page, path, options.allowErrorStatus);
    return page;
  };
}

/**
 * Pages without JavaScript kept open between `withPage` calls: such a page runs nothing and stores
 * nothing, so the next visit starts as a new one would (its size and media are set again), without
 * the cost of a new renderer process.
 */
const scriptlessPages: Page[] = [];

/**
 * Opens a page, runs `fn` on it and closes its context, even when `fn` throws. A page without
 * JavaScript, context options or `beforeGoto` is taken from those kept open and kept for the next
 * call when `fn` succeeds.
 */
export async function withPage<T>(path: string, options: OpenPageOptions, fn: (page: Page) => Promise<T>): Promise<T> {
  const reusable = options.javaScript === false && !options.context && !options.beforeGoto;
  if (!reusable) {
    const page = await openPage(path, options);
    try {
      return await fn(page);
    } finally {
      await page.context().close();
    }
  }
  let page = scriptlessPages.pop();
  if (!page || page.isClosed()) page = await (await openContext({ javaScript: false })).newPage();
  let done = false;
  try {
    await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 900 });
    await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null, contrast: null });
    await visit(page, path, options.allowErrorStatus);
    const result = await fn(page);
    done = true;
    return result;
  } finally {
    if (done) scriptlessPages.push(page);
    else await page.context().close();
  }
}

/**
 * The text a reader sees in an element (default the whole body), as Chromium lays it out:
 * hidden elements are left out.
 */
export function visibleText(page: Page, selector = 'body'): Promise<string> {
  return page.locator(selector).first().innerText();
}
