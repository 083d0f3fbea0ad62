/**
 * Every internal link and #anchor on every built page resolves: the target file exists in the
 * build and, for a #fragment, the target page has an element with that id.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, withPage } from '../support/browser';
import { builtFile, pagePaths, productionOrigin, siteUrl } from '../support/site';
import { t } from '../../src/lib/i18n';

interface FoundLink {
  /** The URL as written, resolved against the page. */
  url: string;
  /** How it was written, for the failure message, e.g. `<a href="#s2-1">二、（一）`. */
  source: string;
}

/** Collects every URL a page points at: links, resources, canonical and preview URLs. */
function collectLinks(page: Page): Promise<FoundLink[]> {
  return page.evaluate(() => {
    const found: Array<{ url: string; source: string }> = [];
    const describe = (el: Element, attr: string, value: string) =>
      `<${el.tagName.toLowerCase()} ${attr}="${value}">${(el.textContent ?? '').trim().slice(0, 40)}`;
    const add = (el: Element, attr: string, value: string | null) => {
      if (value === null || value.trim() === '') return;
      found.push({ url: new URL(value.trim(), document.baseURI).href, source: describe(el, attr, value) });
    };
    for (const el of document.querySelectorAll('a[href], area[href], link[href]')) add(el, 'href', el.getAttribute('href'));
    for (const el of document.querySelectorAll('[src]')) add(el, 'src', el.getAttribute('src'));
    for (const el of document.querySelectorAll('[srcset]')) {
      for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) add(el, 'srcset', candidate.trim().split(/\s+/)[0] ?? null);
    }
    for (const el of document.querySelectorAll('form[action]')) add(el, 'action', el.getAttribute('action'));
    for (const el of document.querySelectorAll('meta[property^="og:"][content], meta[name^="twitter:"][content]')) {
      const content = el.getAttribute('content') ?? '';
      if (/^(https?:)?\/\//.test(content)) add(el, 'content', content);
    }
    return found;
  });
}

/** Ids (and legacy a[name]) of a page. */
function collectIds(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...[...document.querySelectorAll('[id]')].map((el) => el.id),
    ...[...document.querySelectorAll('a[name]')].map((el) => el.getAttribute('name') ?? ''),
  ]);
}

/** Ids of each page, from the page's own test or loaded when first linked to. */
const idCache = new Map<string, Promise<Set<string>>>();
function idsOf(path: string): Promise<Set<string>> {
  let ids = idCache.get(path);
  if (!ids) {
    ids = withPage(path, { javaScript: false }, collectIds).then((list) => new Set(list));
    idCache.set(path, ids);
  }
  return ids;
}

/** Why an internal URL does not resolve, or null when it does. */
async function problem(url: URL): Promise<string | null> {
  const path = decodeURIComponent(url.pathname);
  const file = builtFile(path);
  if (!file) return `no file for ${path} in the build`;
  if (file.endsWith('index.html') && !path.endsWith('/') && !path.endsWith('.html')) {
    return `${path} is a folder: write ${path}/ (the site uses trailing slashes)`;
  }
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment === '' || fragment === 'top' || fragment.startsWith(':~:') || !file.endsWith('.html')) return null;
  const ids = await idsOf(path);
  return ids.has(fragment) ? null : `no element with id="${fragment}" on ${path}`;
}

describe('internal links', () => {
  test.each(pagePaths())('every internal link and #anchor on %s resolves', async (path) => {
    const links = await withPage(path, { javaScript: false }, async (page) => {
      const ids = await collectIds(page);
      if (!idCache.has(path)) idCache.set(path, Promise.resolve(new Set(ids)));
      return collectLinks(page);
    });
    const local = new URL(siteUrl('/')).origin;
    const broken: string[] = [];
    let checked = 0;
    for (const link of links) {
      const url = new URL(link.url);
      if (url.origin !== local && url.origin !== productionOrigin()) continue;
      checked++;
      const why = await problem(url);
      if (why) broken.push(`${link.source}\n    → ${why}`);
    }
    expect(checked, `${path} has no internal links at all`).toBeGreaterThan(0);
    expect(broken.join('\n')).toBe('');
  });

  test('an unknown address answers 404 with the site’s own help page', async () => {
    const page = await openPage('/no-such-page/', { allowErrorStatus: true });
    const response = await page.request.get(siteUrl('/no-such-page/'));
    expect(response.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(t('notFound.title'));
    // It leads somewhere useful: at least the home page and the policy library.
    await expect(page.getByRole('main').getByRole('link').count()).resolves.toBeGreaterThanOrEqual(2);
    await page.context().close();
  });
});
