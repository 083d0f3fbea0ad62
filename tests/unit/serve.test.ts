import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SECURITY_HEADERS } from '../../deploy/headers.mjs';
import { accepts, normalisePath, startServer } from '../../scripts/serve.mjs';
import { request } from '../support/http';

describe('scripts/serve.mjs, the server of npm start and of the site tests', () => {
  const outside = mkdtempSync(join(tmpdir(), 'serve-outside-'));
  const root = mkdtempSync(join(tmpdir(), 'serve-test-'));
  const html = '<h1>政策文件</h1>'.repeat(50);
  let server: Awaited<ReturnType<typeof startServer>>;
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => request(server.url, path, { headers, method });

  beforeAll(async () => {
    writeFileSync(join(outside, 'secret.txt'), 'not for the web');
    for (const dir of ['policies', '_astro', 'pagefind', 'stories', 'images', '.git']) mkdirSync(join(root, dir));
    writeFileSync(join(root, 'index.html'), '<h1>首页</h1>');
    writeFileSync(join(root, 'policies', 'index.html'), html);
    writeFileSync(join(root, 'policies', 'index.html.br'), brotliCompressSync(html));
    writeFileSync(join(root, 'policies', 'index.html.gz'), gzipSync(html));
    writeFileSync(join(root, '404.html'), '<h1>找不到这个页面</h1>');
    writeFileSync(join(root, 'events.ics'), 'BEGIN:VCALENDAR');
    writeFileSync(join(root, 'stories', 'feed.xml'), '<rss/>');
    writeFileSync(join(root, '_astro', 'Base.abc123.css'), 'body{}');
    writeFileSync(join(root, 'pagefind', 'pagefind.js'), 'export {}');
    writeFileSync(join(root, 'pagefind', 'zh-cn_1a2b3c.pf_fragment'), 'x');
    writeFileSync(join(root, '.git', 'config'), '[core]');
    writeFileSync(join(root, '.env'), 'SECRET=1');
    symlinkSync(join(outside, 'secret.txt'), join(root, 'linked.txt'));
    server = await startServer({ root });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  test('serves a folder’s index.html for /path/', async () => {
    const response = await get('/policies/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body.toString()).toBe(html);
  });

  test('redirects /path to /path/ like nginx, keeping the query', async () => {
    const response = await get('/policies?from=home');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/policies/?from=home');
  });

  test.each([
    '/%2fevil.example%2f..%2fpolicies',
    '//evil.example/../policies',
    '/%5cevil.example/..%2fpolicies',
    '/\\evil.example/../policies',
    '///evil.example/%2e%2e/policies',
    '/./evil.example/%2E%2E//policies',
  ])('never redirects off the site: %s', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(301);
    // Only ever the normalised path of a folder of the site.
    expect(response.headers.location).toBe('/policies/');
  });

  test.each(['/nothing/here/', '/images/', '/.git/config', '/.env', '/linked.txt', '/index.html/'])(
    '%s answers the site’s 404 page with status 404 (missing, no listing, dotfile, link out of the folder)',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.body.toString()).toBe('<h1>找不到这个页面</h1>');
    },
  );

  test.each(['/../etc/passwd', '/..%2f..%2fetc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/policies/../../etc/passwd'])(
    'refuses a path that climbs out of its folder: %s',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(400);
      expect(response.body.toString()).not.toContain('root:');
    },
  );

  test('sends the .br or .gz file the build wrote, as the client accepts, and says it varies', async () => {
    const br = await get('/policies/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(html);
    const gzip = await get('/policies/', { 'accept-encoding': 'gzip, br;q=0' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(html);
    const identity = await get('/policies/', { 'accept-encoding': 'identity' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.toString()).toBe(html);
    for (const response of [br, gzip, identity]) expect(response.headers.vary).toBe('Accept-Encoding');
  });

  test('revalidation answers 304 when the page has not changed', async () => {
    const first = await get('/policies/');
    const again = await get('/policies/', { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
  });

  test.each([
    ['/events.ics', 'text/calendar; charset=utf-8', 'no-cache'],
    ['/stories/feed.xml', 'application/rss+xml; charset=utf-8', 'no-cache'],
    ['/_astro/Base.abc123.css', 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['/pagefind/zh-cn_1a2b3c.pf_fragment', 'application/octet-stream', 'public, max-age=31536000, immutable'],
    ['/pagefind/pagefind.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['/policies/', 'text/html; charset=utf-8', 'no-cache'],
  ])('%s is sent as %s with Cache-Control %s', async (path, type, cache) => {
    const response = await get(path);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['cache-control']).toBe(cache);
  });

  test.each(['/', '/policies', '/nothing/', '/../x'])('every answer carries every security header: %s', async (path) => {
    const response = await get(path);
    for (const [name, value] of SECURITY_HEADERS) expect(response.headers[name.toLowerCase()], name).toBe(value);
  });

  test('only reads: other methods are not allowed', async () => {
    const response = await get('/policies/', {}, 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });
});

describe('how the server reads a request', () => {
  test.each([
    ['/policies/', '/policies/'],
    ['/%E6%94%BF%E7%AD%96', '/政策'],
    ['//a///b/./c/..', '/a/b/'],
    ['/a/b?x=/../..', '/a/b'],
    ['/', '/'],
  ])('%s is the path %s', (target, path) => {
    expect(normalisePath(target)).toBe(path);
  });

  test.each(['/..', '/a/../..', '/%2e%2e/', '/%ZZ', '/a%00b', 'http://evil.example/'])('%s is not a path it serves', (target) => {
    expect(normalisePath(target)).toBeNull();
  });

  test('Accept-Encoding: named, through *, never with q=0', () => {
    expect(accepts('gzip, deflate, br, zstd', 'br')).toBe(true);
    expect(accepts('gzip;q=1.0, br;q=0', 'br')).toBe(false);
    expect(accepts('*', 'gzip')).toBe(true);
    expect(accepts('*;q=0', 'gzip')).toBe(false);
    expect(accepts(undefined, 'gzip')).toBe(false);
  });
});

describe('a folder without a 404 page of its own', () => {
  test('still answers 404, with a short page and every security header', async () => {
    const root = mkdtempSync(join(tmpdir(), 'serve-bare-'));
    const server = await startServer({ root });
    try {
      const response = await request(server.url, '/missing/');
      expect(response.status).toBe(404);
      expect(response.body.toString()).toContain('404 Not Found');
      for (const [name, value] of SECURITY_HEADERS) expect(response.headers[name.toLowerCase()], name).toBe(value);
    } finally {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
