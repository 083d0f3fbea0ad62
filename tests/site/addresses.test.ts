/**
 * Every absolute address a reader can copy or follow points where the build is served: the test
 * build is made for its own local address (as `npm start` is for http://localhost:4321/), so the
 * canonical link, the share address, the calendar's subscription address and the feeds' links all
 * open pages that exist. A production build without a usable SITE_URL stops and says what to set.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { siteBuild } from '../support/build';
import { builtHtml, distDir, siteUrl } from '../support/site';

const attribute = (html: string, pattern: RegExp): string => pattern.exec(html)?.[1] ?? '';

describe('the addresses a reader copies or follows', () => {
  test.each([
    ['canonical link of a policy text', '/policies/workplan-2021/', /<link rel="canonical" href="([^"]+)"/],
    ['share address of a story', '/stories/sample-yubei-dajie-station/', /<meta property="og:url" content="([^"]+)"/],
    ['share image of the home page', '/', /<meta property="og:image" content="([^"]+)"/],
    ['calendar address to copy', '/events/', /<input id="subscribe-[^"]*-url" type="text" readonly value="([^"]+)"/],
    ['calendar subscription (webcal://)', '/events/', /href="(webcal:[^"]+)"/],
  ])('%s is on the served address and opens', async (_what, path, pattern) => {
    const address = attribute(builtHtml(path), pattern);
    const http = address.replace(/^webcal:/, new URL(siteUrl('/')).protocol);
    expect(http.startsWith(siteUrl('/')), address).toBe(true);
    expect((await fetch(http)).status, address).toBe(200);
  });

  test('the feeds’ links and the calendar’s event addresses are on the served address', () => {
    const feed = readFileSync(join(distDir(), 'stories', 'feed.xml'), 'utf8');
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1] ?? '');
    const calendar = readFileSync(join(distDir(), 'events', 'calendar.ics'), 'utf8').replace(/\r?\n[ \t]/g, '');
    const urls = [...calendar.matchAll(/^URL;VALUE=URI:(.+?)\r?$/gm)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThan(1);
    expect(urls.length).toBeGreaterThan(1);
    expect([...links, ...urls].filter((url) => !url.startsWith(siteUrl('/')))).toEqual([]);
  });
});

describe('a production build needs the site’s address', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'bayu-site-url-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test.each([
    ['missing', '', ['SITE_URL：没有设置。', 'SITE_URL: not set.']],
    ['without a scheme', 'www.example.cn', ['SITE_URL：“www.example.cn”不是完整的网址：缺少 https:// 开头。', 'it lacks the https:// scheme']],
    ['plain http on a public host', 'http://www.example.cn/', ['必须以 https:// 开头', 'must start with https://']],
  ])('%s: the build stops, says so in Chinese and English with an example, and writes nothing', async (name, value, expected) => {
    const outDir = join(scratch, name.replace(/\W+/g, '-'), 'dist');
    const result = await siteBuild({ outDir, cacheDir: join(scratch, 'cache'), site: value });
    expect(result.ok).toBe(false);
    for (const text of [...expected, 'SITE_URL=https://www.example.cn/ npm run build', 'npm start']) expect(result.output).toContain(text);
    // A message for people: no stack trace.
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(outDir)).toBe(false);
  });
});
