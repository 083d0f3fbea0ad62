import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentType, startServer } from '../../scripts/serve.mjs';

describe('scripts/serve.mjs, the static server of npm run preview and the site tests', () => {
  const root = mkdtempSync(join(tmpdir(), 'serve-test-'));
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    mkdirSync(join(root, 'policies'));
    writeFileSync(join(root, 'index.html'), '<h1>首页</h1>');
    writeFileSync(join(root, 'policies', 'index.html'), '<h1>政策文件</h1>');
    writeFileSync(join(root, '404.html'), '<h1>找不到这个页面</h1>');
    writeFileSync(join(root, 'events.ics'), 'BEGIN:VCALENDAR');
    server = await startServer({ root });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('serves a folder’s index.html for /path/', async () => {
    const response = await fetch(`${server.url}/policies/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<h1>政策文件</h1>');
  });

  test('redirects /path to /path/ like a static host', async () => {
    const response = await fetch(`${server.url}/policies`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/policies/');
  });

  test('answers a missing path with the site’s 404 page and status 404', async () => {
    const response = await fetch(`${server.url}/nothing/here/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('找不到这个页面');
  });

  test('does not serve files outside its folder', async () => {
    const response = await fetch(`${server.url}/..%2f..%2fetc/passwd`);
    expect(response.status).toBe(404);
  });

  test('sends calendar files as text/calendar', async () => {
    const response = await fetch(`${server.url}/events.ics`);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  });

  test.each([
    ['feed.xml', 'application/xml; charset=utf-8'],
    ['data.json', 'application/json; charset=utf-8'],
    ['photo.webp', 'image/webp'],
    ['photo.avif', 'image/avif'],
    ['pagefind/pagefind.zh-cn_abc.pf_meta', 'application/octet-stream'],
    ['pagefind/wasm.unknown.pagefind', 'application/octet-stream'],
    ['pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
    ['favicon.svg', 'image/svg+xml'],
  ])('content type of %s is %s', (file, type) => {
    expect(contentType(file)).toBe(type);
  });
});
