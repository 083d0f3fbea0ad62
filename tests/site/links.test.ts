/**
 * Every internal link and #anchor on every built page resolves: the target file exists in the
 * build and, for a #fragment, the target page has an element with that id. Links to /pagefind/
 * files, calendars (.ics) and feeds (.xml) count as files. Read from the built HTML.
 */
import { describe, expect, test } from 'vitest';
import { openPage } from '../support/browser';
import { outline, type PageOutline } from '../support/html';
import { builtFile, builtHtml, pagePaths, siteUrl } from '../support/site';
import { t } from '../../src/lib/i18n';

const outlines = new Map<string, PageOutline>();
function outlineOf(path: string): PageOutline {
  let found = outlines.get(path);
  if (!found) {
    found = outline(builtHtml(path));
    outlines.set(path, found);
  }
  return found;
}

/** Why an internal URL does not resolve, or null when it does. */
function problem(url: URL): string | null {
  const path = decodeURIComponent(url.pathname);
  const file = builtFile(path);
  if (!file) return `no file for ${path} in the build`;
  if (file.endsWith('index.html') && !path.endsWith('/') && !path.endsWith('.html')) {
    return `${path} is a folder: write ${path}/ (the site uses trailing slashes)`;
  }
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment === '' || fragment === 'top' || fragment.startsWith(':~:') || !file.endsWith('.html')) return null;
  return outlineOf(path).ids.has(fragment) ? null : `no element with id="${fragment}" on ${path}`;
}

describe('internal links', () => {
  test.each(pagePaths())('every internal link and #anchor on %s resolves', (path) => {
    const local = new URL(siteUrl('/')).origin;
    const base = siteUrl(path);
    const broken: string[] = [];
    let checked = 0;
    for (const ref of outlineOf(path).refs) {
      if (/^(mailto|tel|javascript|data|blob):/i.test(ref.value)) continue;
      const url = new URL(ref.value, base);
      if (url.origin !== local) continue;
      checked++;
      const why = problem(url);
      if (why) broken.push(`${ref.source}\n    → ${why}`);
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
