/**
 * The built site behind Debian's nginx with the shipped configuration (deploy/nginx/bayu-site.conf),
 * as an operator deploys it (README, “Deploying”): the compressed files the build wrote, chosen by
 * Accept-Encoding; caching by path; the right types; /path → /path/ redirects that never leave the
 * site; the site's own 404 with status 404; no listing, no dotfile, nothing outside dist/; every
 * security header on every answer. The local server of npm start answers the same. And a reader's
 * tour in Chromium through nginx — search, story and event filters, a clause's copy button, the
 * calendar — meets no Content-Security-Policy violation and no console error.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import { checkDeployment } from '../../deploy/check.mjs';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '../../deploy/headers.mjs';
import { getBrowser } from '../support/browser';
import { request, type RawResponse } from '../support/http';
import { startNginx, type RunningNginx } from '../support/nginx';
import { readPolicies } from '../support/content';
import { ROOT } from '../support/paths';
import { builtFile, builtFiles, distDir, siteUrl } from '../support/site';
import { t } from '../../src/lib/i18n';
import { waitForRun } from './search-support';

let nginx: RunningNginx;
/** nginx over the test build, and over a small folder of cases the build does not have. */
let site = '';
let cases = '';
const caseRoot = mkdtempSync(join(tmpdir(), 'nginx-cases-'));

beforeAll(async () => {
  mkdirSync(join(caseRoot, '.git'));
  mkdirSync(join(caseRoot, 'empty'));
  writeFileSync(join(caseRoot, 'index.html'), '<h1>首页</h1>');
  writeFileSync(join(caseRoot, '404.html'), '<h1>找不到这个页面</h1>');
  writeFileSync(join(caseRoot, 'site.webmanifest'), '{}');
  writeFileSync(join(caseRoot, '.git', 'config'), '[core]');
  writeFileSync(join(caseRoot, '.env'), 'SECRET=1');
  nginx = await startNginx([distDir(), caseRoot]);
  [site = '', cases = ''] = nginx.urls;
});

afterAll(async () => {
  await nginx?.close();
  rmSync(caseRoot, { recursive: true, force: true });
});

/** The label of 二、（二）2. of the 乡村振兴 plan, whose copy button the tour uses. */
const clause = readPolicies()
  .find((p) => p.id === 'rural-revitalization')
  ?.blocks.find((b) => b.id === 's2-2-2');
const clauseLabel = clause?.kind === 'clause' ? clause.label : 'missing: content/policies/rural-revitalization.mdx has no clause s2-2-2';

const get = (path: string, headers: Record<string, string> = {}) => request(site, path, { headers });

/** The body as the reader's browser sees it, decompressed by its Content-Encoding. */
function decoded(response: RawResponse): Buffer {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body);
  if (encoding === 'gzip') return gunzipSync(response.body);
  return response.body;
}

/** A built file's URL path: the first one whose path matches. */
function built(pattern: RegExp): string {
  const file = builtFiles().find((f) => pattern.test(f));
  if (!file) throw new Error(`the build has no file matching ${String(pattern)}`);
  return `/${file}`;
}

const BROWSER_AE = 'gzip, deflate, br, zstd';
const textFiles = () => [
  '/',
  '/policies/workplan-2021/',
  '/events/calendar.ics',
  '/stories/feed.xml',
  '/sitemap-index.xml',
  built(/^_astro\/.+\.css$/),
  built(/^_astro\/.+\.js$/),
  '/pagefind/pagefind.js',
];

describe('compression: the file the build compressed, as the client accepts', () => {
  test.each(textFiles())('%s', async (path) => {
    const original = readFileSync(builtFile(path) ?? '');
    for (const [accept, encoding] of [
      [BROWSER_AE, 'br'],
      ['gzip', 'gzip'],
      ['identity', undefined],
      ['', undefined],
    ] as const) {
      const response = await get(path, accept ? { 'accept-encoding': accept } : {});
      expect(response.status, `${path} (${accept})`).toBe(200);
      expect(response.headers['content-encoding'], `${path} (${accept})`).toBe(encoding);
      expect(response.headers.vary, `${path} (${accept})`).toBe('Accept-Encoding');
      expect(decoded(response).equals(original), `${path} (${accept}) is the built file`).toBe(true);
    }
  });

  test('images and Pagefind’s own compressed chunks are sent as they are', async () => {
    for (const path of [built(/\.webp$/), built(/\.avif$/), built(/^pagefind\/fragment\//)]) {
      const response = await get(path, { 'accept-encoding': BROWSER_AE });
      expect(response.headers['content-encoding'], path).toBeUndefined();
      expect(response.body.equals(readFileSync(builtFile(path) ?? '')), path).toBe(true);
    }
  });
});

describe('caching by path', () => {
  const cases = () => [
    [built(/^_astro\/.+\.css$/), IMMUTABLE],
    [built(/^_astro\/.+\.js$/), IMMUTABLE],
    [built(/^_astro\/.+\.webp$/), IMMUTABLE],
    [built(/^pagefind\/.+\.pf_meta$/), IMMUTABLE],
    [built(/^pagefind\/index\/.+\.pf_index$/), IMMUTABLE],
    [built(/^pagefind\/fragment\/.+\.pf_fragment$/), IMMUTABLE],
    [built(/^pagefind\/filter\/.+\.pf_filter$/), IMMUTABLE],
    ['/pagefind/pagefind.js', REVALIDATE],
    ['/pagefind/pagefind-entry.json', REVALIDATE],
    [built(/^pagefind\/wasm\..+\.pagefind$/), REVALIDATE],
    ['/', REVALIDATE],
    ['/policies/workplan-2021/', REVALIDATE],
    ['/stories/feed.xml', REVALIDATE],
    ['/events/calendar.ics', REVALIDATE],
    ['/sitemap-index.xml', REVALIDATE],
    ['/og-default.png', REVALIDATE],
    ['/no-such-page/', REVALIDATE],
  ];
  test.each(cases())('%s: %s', async (path, cache) => {
    const response = await get(path);
    expect(response.headers['cache-control']).toBe(cache);
    // Revalidation works: the validator it sent answers 304 while the file is unchanged.
    if (response.status === 200) {
      const again = await get(path, { 'if-none-match': String(response.headers.etag) });
      expect(again.status).toBe(304);
    }
  });
});

describe('content types', () => {
  test.each([
    ['/events/calendar.ics', 'text/calendar; charset=utf-8'],
    ['/events/2021-party-centenary.ics', 'text/calendar; charset=utf-8'],
    ['/stories/feed.xml', 'application/rss+xml; charset=utf-8'],
    ['/stories/brand/wangjie/feed.xml', 'application/rss+xml; charset=utf-8'],
    ['/sitemap-index.xml', 'application/xml; charset=utf-8'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
    ['/', 'text/html; charset=utf-8'],
    ['/pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml'],
    ['/og-default.png', 'image/png'],
  ])('%s is %s', async (path, type) => {
    expect((await get(path)).headers['content-type']).toBe(type);
  });

  test.each([
    [/^_astro\/.+\.css$/, 'text/css; charset=utf-8'],
    [/^_astro\/.+\.js$/, 'text/javascript; charset=utf-8'],
    [/\.webp$/, 'image/webp'],
    [/\.avif$/, 'image/avif'],
    [/\.jpe?g$/, 'image/jpeg'],
    [/\.pf_meta$/, 'application/octet-stream'],
    [/\.pf_fragment$/, 'application/octet-stream'],
    [/^pagefind\/wasm\./, 'application/octet-stream'],
  ])('files matching %s are %s', async (pattern, type) => {
    expect((await get(built(pattern))).headers['content-type']).toBe(type);
  });

  test('a web app manifest is application/manifest+json', async () => {
    const response = await request(cases, '/site.webmanifest');
    expect(response.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
  });
});

describe('redirects', () => {
  test.each([
    ['/policies', '/policies/'],
    ['/events/month/2021-06?from=grid', '/events/month/2021-06/?from=grid'],
    ['/stories/brand/wangjie', '/stories/brand/wangjie/'],
  ])('%s → %s', async (path, location) => {
    const response = await get(path);
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(location);
  });

  test.each([
    '//evil.example/../stories',
    '//evil.example/%2e%2e/stories',
    '/%2fevil.example%2f..%2fstories',
    '/%2f%2fevil.example/..%2fstories',
    '/%5cevil.example/..%2fstories',
    '/\\evil.example/../stories',
    '/\\\\evil.example/',
    '///evil.example/',
    '/%2f%2fevil.example',
    '/.%2f%2fevil.example/../stories',
  ])('never off the site: %s', async (path) => {
    const response = await get(path);
    if (response.status >= 300 && response.status < 400) {
      const location = String(response.headers.location);
      expect(location).toMatch(/^\/[^/\\]/);
      expect(new URL(location, site).origin).toBe(new URL(site).origin);
    } else {
      expect([400, 404]).toContain(response.status);
    }
  });
});

describe('errors, listings and what is never served', () => {
  const notFoundPage = () => readFileSync(builtFile('/404.html') ?? '');

  test.each(['/no-such-page/', '/no-such-file.js', '/_astro/', '/pagefind/', '/pagefind/index/', '/stories/sample-missing/'])(
    '%s: the site’s own 404 page, with status 404, never a listing',
    async (path) => {
      const response = await get(path, { 'accept-encoding': BROWSER_AE });
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(decoded(response).equals(notFoundPage())).toBe(true);
    },
  );

  test.each([
    '/../../package.json',
    '/..%2f..%2fpackage.json',
    '/%2e%2e/%2e%2e/package.json',
    '/policies/../../../package.json',
    '/..%5c..%5cpackage.json',
  ])('a path out of dist/ is refused: %s', async (path) => {
    const response = await get(path);
    expect([400, 404]).toContain(response.status);
    expect(response.body.toString()).not.toContain('"name": "bayu-jinguo"');
  });

  test.each(['/.git/config', '/.env', '/empty/'])('%s: dotfiles and folders without an index page answer 404', async (path) => {
    const response = await request(cases, path);
    expect(response.status).toBe(404);
    expect(response.body.toString()).toBe('<h1>找不到这个页面</h1>');
  });
});

describe('security headers', () => {
  test.each([
    ['a page', '/'],
    ['an asset', '/pagefind/pagefind.js'],
    ['an image', '/favicon.svg'],
    ['a redirect', '/policies'],
    ['a missing page', '/no-such-page/'],
    ['a refused path', '/../x'],
  ])('on %s (%s), every one of them', async (_what, path) => {
    const response = await get(path);
    for (const [name, value] of SECURITY_HEADERS) expect(response.headers[name.toLowerCase()], name).toBe(value);
    expect(response.headers.server).toBe('nginx');
  });
});

describe('npm start’s server answers as nginx does', () => {
  const compared = [
    'status',
    'content-type',
    'content-encoding',
    'cache-control',
    'vary',
    'location',
    ...SECURITY_HEADERS.map(([name]) => name.toLowerCase()),
  ];
  const shape = (response: RawResponse) =>
    Object.fromEntries(compared.map((name) => [name, name === 'status' ? response.status : response.headers[name]]));

  test('for pages, assets, redirects, missing and refused paths, with and without compression', async () => {
    const paths = [
      ...textFiles(),
      built(/\.webp$/),
      built(/\.pf_meta$/),
      '/policies',
      '/stories?x=1',
      '/no-such-page/',
      '/_astro/',
      '/%2fevil.example%2f..%2fstories',
      '/../x',
      '/.hidden',
    ];
    const local = siteUrl('/').replace(/\/$/, '');
    for (const path of paths) {
      for (const accept of [BROWSER_AE, 'gzip', '']) {
        const headers: Record<string, string> = accept ? { 'accept-encoding': accept } : {};
        const [fromNginx, fromNode] = await Promise.all([get(path, headers), request(local, path, { headers })]);
        expect(shape(fromNode), `${path} (${accept})`).toEqual(shape(fromNginx));
      }
    }
  });
});

describe('a reader’s tour in Chromium through nginx, under its Content-Security-Policy', () => {
  test('search, story and event filters, a clause’s copy button and the calendar: no violation, no console error', async () => {
    const browser = await getBrowser();
    const context = await browser.newContext({
      baseURL: site,
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const problems: string[] = [];
    await context.exposeBinding('reportViolation', (source, text: string) => problems.push(`${source.page?.url() ?? ''}: CSP violation: ${text}`));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
          `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
        );
      });
    });
    const listen = (where: string) => (message: ConsoleMessage) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${where}: console ${message.type()}: ${message.text()}`);
    };
    const page: Page = await context.newPage();
    page.on('console', listen('page'));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('worker', (worker) => worker.on('console', listen(`worker ${worker.url()}`)));
    try {
      // The policy is really there, on the page itself.
      const home = await page.goto('/');
      expect(home?.headers()['content-security-policy']).toBe(SECURITY_HEADERS.find(([name]) => name === 'Content-Security-Policy')?.[1]);

      // Search from the header, then on the search page (Pagefind and its WebAssembly).
      await page.getByRole('searchbox', { name: t('search.header.label') }).fill('巴渝大姐');
      await page.getByRole('searchbox', { name: t('search.header.label') }).press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      await waitForRun(page, 0);
      await expect(page.locator('[data-search-list] > li').count()).resolves.toBeGreaterThan(0);
      // Pagefind runs in the page (noWorker, src/scripts/search/pagefind.ts) and compiles its WebAssembly.
      expect(page.workers(), 'no web worker was started').toEqual([]);

      // Story filters.
      await page.goto('/stories/');
      const allStories = await page.locator('[data-story-list] > li[data-story]:visible').count();
      await page.getByRole('combobox', { name: '品牌' }).selectOption('wangjie');
      await page.waitForURL((url) => url.search === '?brand=wangjie');
      await expect.poll(() => page.locator('[data-story-list] > li[data-story]:visible').count()).toBeLessThan(allStories);

      // The calendar: labels from the reader's date, filters, the month grid.
      await page.goto('/events/');
      await expect(page.locator('[data-today-note]').isVisible()).resolves.toBe(true);
      // The overview is one page: its filters work in place.
      const allEvents = await page.locator('[data-event-list] [data-event]:visible').count();
      await page.getByLabel('月份', { exact: true }).selectOption('2021-06');
      await page.waitForURL((url) => url.search === '?month=2021-06');
      await expect.poll(() => page.locator('[data-event-list] [data-event]:visible').count()).toBeLessThan(allEvents);
      await page.goto('/events/month/2021-06/');
      await page
        .getByRole('link', { name: /下一月/ })
        .first()
        .click();
      await page.waitForURL(/\/events\/month\/2021-07\/$/);
      await expect(page.getByRole('table', { name: /2021 年 7 月/ }).count()).resolves.toBe(1);

      // A clause's copy button.
      await page.goto('/policies/rural-revitalization/#s2-2-2');
      const box = page.getByRole('group', { name: `${t('clause.cite')} ${clauseLabel}` });
      await box.getByRole('button', { name: t('clause.copyLink') }).click();
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(/\/policies\/rural-revitalization\/#s2-2-2$/);
      // The page has other live regions too (the reading controls' own).
      await expect.poll(() => page.getByRole('status').allInnerTexts()).toContain(t('clause.copied'));
    } finally {
      await context.close();
    }
    expect(problems.join('\n')).toBe('');
    expect(nginx.errorLog()).not.toMatch(/\[(emerg|alert|crit)\]/);
  });
});

describe('npm run check:deploy', () => {
  test('finds nothing wrong with the site under the shipped nginx configuration', async () => {
    const results = await checkDeployment(`${site}/`, { site: siteUrl('/') });
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.length).toBeGreaterThan(30);
  });

  test('reports missing headers, wrong types, a placeholder host and a bare 404 on a server that gets them wrong', async () => {
    // A careless host: every file as application/octet-stream, no security headers, its own 404,
    // and a home page built for the old placeholder address.
    const bare = createServer((req, res) => {
      const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
      const file = join(distDir(), path, path.endsWith('/') ? 'index.html' : '');
      if (!file.startsWith(distDir()) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('Not Found');
      }
      let body = readFileSync(file);
      if (path === '/') body = Buffer.from(body.toString().replaceAll(siteUrl('/'), 'https://bayu-jinguo.example.org/'));
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(body);
    });
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', () => resolve()));
    const address = bare.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    try {
      // Run as an operator does; node:child_process keeps the event loop free for the server.
      const run = await new Promise<{ status: number | null; stdout: string }>((resolve) => {
        const child = spawn(process.execPath, [join(ROOT, 'deploy', 'check.mjs'), url, '--site', siteUrl('/')], {
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.on('close', (status) => resolve({ status, stdout }));
      });
      expect(run.status).toBe(1);
      for (const line of [
        '✗ /: security headers: Content-Security-Policy is missing',
        '✗ /events/calendar.ics: Content-Type: is "application/octet-stream", should be "text/calendar; charset=utf-8"',
        '✗ /stories/feed.xml: Content-Type: is "application/octet-stream", should be "application/rss+xml; charset=utf-8"',
        '✗ /: no placeholder host: names https://bayu-jinguo.example.org',
        '✗ /: compressed: sent uncompressed to a client accepting br and gzip',
        "✗ /_astro/: the site's 404 page, status 404: answered 404 without the site’s page",
      ]) {
        expect(run.stdout).toContain(line);
      }
    } finally {
      await new Promise((resolve) => bare.close(resolve));
    }
  });
});
