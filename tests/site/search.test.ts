/**
 * Search (issue 6) as a reader uses it: the index holds every searchable page with the filters
 * its page declares; the header entry works by keyboard, on a phone and without JavaScript; the
 * search page keeps its state in the URL, announces counts, leads into policy texts at the
 * clause, copes without Intl.Segmenter, and treats hostile input as text.
 * The ranking of a fixed set of queries is checked in search-queries.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { openPage, withPage } from '../support/browser';
import { axeViolations, formatViolations } from '../support/axe';
import { builtHtml, sitemapPaths } from '../support/site';
import { MAX_QUERY_CHARS, PAGE_SIZE } from '../../src/lib/search-query';
import { SEARCH_TYPE_ORDER } from '../../src/lib/search-types';
import { SECTIONS } from '../../src/lib/sections';
import { t } from '../../src/lib/i18n';
import { LOAD_PAGEFIND, cards, openFacets, openSearch, runsDone, statusText, typeQuery, waitForRun, type PagefindApi } from './search-support';

/** The filters a built page declares for the index, read from its HTML: key → sorted values. */
function declaredFilters(html: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const match of html.matchAll(/data-pagefind-filter="([^":]+):([^"]*)"/g)) {
    const [key, value] = [match[1] ?? '', (match[2] ?? '').replaceAll('&amp;', '&').replaceAll('&quot;', '"')];
    (out[key] ??= []).push(value);
  }
  for (const key of Object.keys(out)) out[key]?.sort();
  return out;
}

declare function loadPagefind(): Promise<PagefindApi>;

const searchable = sitemapPaths().filter((path) => builtHtml(path).includes('data-pagefind-body'));

describe('the search index', () => {
  test('holds every searchable page, each with exactly the filters its page declares', async () => {
    const indexed = await withPage('/', { beforeGoto: (p) => p.addInitScript(LOAD_PAGEFIND) }, (page) =>
      page.evaluate(
        async (types) => {
          const pf = await loadPagefind();
          const out: Record<string, Record<string, string[]>> = {};
          for (const type of types) {
            const found = await pf.search(null, { filters: { type } });
            for (const result of found.results) {
              const data = await result.data();
              out[data.url] = data.filters;
            }
          }
          return out;
        },
        [...SEARCH_TYPE_ORDER],
      ),
    );
    expect(Object.keys(indexed).sort()).toEqual([...searchable].sort());
    const norm = (filters: Record<string, string[]>) =>
      JSON.stringify(
        Object.keys(filters)
          .sort()
          .map((key) => [key, [...(filters[key] ?? [])].sort()]),
      );
    const wrong = searchable
      .filter((path) => norm(indexed[path] ?? {}) !== norm(declaredFilters(builtHtml(path))))
      .map((path) => `${path}: index ${norm(indexed[path] ?? {})}, page ${norm(declaredFilters(builtHtml(path)))}`);
    expect(wrong).toEqual([]);
  });

  test('every policy text is a 政策 result with its year, and sorting by date keeps undated pages', async () => {
    const policies = searchable.filter((path) => /^\/policies\/[^/]+\/$/.test(path));
    const result = await withPage('/', { beforeGoto: (p) => p.addInitScript(LOAD_PAGEFIND) }, (page) =>
      page.evaluate(async () => {
        const pf = await loadPagefind();
        const all = await pf.search(null, {});
        const newest = await pf.search(null, { sort: { newest: 'desc' } });
        const oldest = await pf.search(null, { sort: { oldest: 'asc' } });
        const policies = await pf.search(null, { filters: { type: '政策', year: '2021' } });
        const urls = await Promise.all(policies.results.map(async (r) => (await r.data()).url));
        return { all: all.results.length, newest: newest.results.length, oldest: oldest.results.length, urls };
      }),
    );
    expect(result.urls.sort()).toEqual(expect.arrayContaining(policies));
    expect(result.newest).toBe(result.all);
    expect(result.oldest).toBe(result.all);
  });

  test('the search page itself and the 404 page are not indexed', () => {
    expect(searchable).not.toContain('/search/');
    expect(builtHtml('/search/')).not.toContain('data-pagefind-body');
  });
});

describe('the search entry on every page', () => {
  test('“/” focuses the header search box, and Enter leads to the results', async () => {
    const page = await openPage('/policies/');
    const box = await page.getByRole('searchbox', { name: t('search.header.label') }).elementHandle();
    await page.keyboard.press('/');
    // A wait for the condition, not a poll with a budget: only the page's hang guard ends it.
    await page.waitForFunction((el) => el === document.activeElement, box);
    await page.keyboard.type('三清一改');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await waitForRun(page, 0);
    expect(await statusText(page)).toContain('三清一改');
    expect((await cards(page)).length).toBeGreaterThan(0);
    await page.context().close();
  });

  test('“/” does not steal a slash typed into a form field', async () => {
    const page = await openSearch('?q=网姐');
    const box = page.getByRole('searchbox', { name: '搜索词' });
    await box.focus();
    await box.press('End');
    await page.keyboard.type('/');
    expect(await box.inputValue()).toBe('网姐/');
  });

  test('is usable on a 320 px phone: visible, full width, nothing scrolls sideways', async () => {
    await withPage('/', { width: 320, height: 640 }, async (page) => {
      const box = page.getByRole('searchbox', { name: t('search.header.label') });
      const button = page.getByRole('search', { name: t('search.header.label') }).getByRole('button');
      expect(await box.isVisible()).toBe(true);
      const boxSize = await box.boundingBox();
      const buttonSize = await button.boundingBox();
      expect(boxSize?.width ?? 0).toBeGreaterThan(150);
      expect(buttonSize?.height ?? 0).toBeGreaterThanOrEqual(24);
      expect((buttonSize?.x ?? 0) + (buttonSize?.width ?? 0)).toBeLessThanOrEqual(320);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  });

  test('without JavaScript it leads to a search page that explains and offers the indexes', async () => {
    await withPage('/', { javaScript: false }, async (page) => {
      await page.getByRole('searchbox', { name: t('search.header.label') }).fill('网姐');
      await page.getByRole('searchbox', { name: t('search.header.label') }).press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      const text = await page.locator('main').innerText();
      expect(text).toContain(t('search.nojs'));
      const links = await page
        .getByRole('region', { name: t('search.indexes') })
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links).toEqual(SECTIONS.map((s) => s.path));
    });
  });
});

describe('the search page', () => {
  test('a result inside a policy text leads to the exact clause', async () => {
    const page = await openSearch('?q=三清一改');
    const found = await cards(page);
    const clause = found.flatMap((card) => card.subs).find((sub) => /^\/policies\/[^/]+\/#s\d/.test(sub.href));
    expect(clause, JSON.stringify(found, null, 1)).toBeDefined();
    await page
      .getByRole('link', { name: clause?.title ?? '' })
      .first()
      .click();
    await page.waitForURL((url) => url.hash !== '');
    const target = await page.evaluate(() => document.getElementById(decodeURIComponent(location.hash.slice(1)))?.textContent ?? '');
    expect(target).toContain('三清一改');
  });

  test('highlights the words found and announces the count in a live region', async () => {
    const page = await openSearch('?q=家政');
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    const found = await cards(page);
    const more = page.locator('[data-search-more]');
    const notShown = (await more.isVisible()) ? Number((await more.innerText()).match(/\d+/)?.[0]) : 0;
    const total = found.length + notShown;
    expect(await statusText(page)).toBe(t('search.status.count').replace('{count}', String(total)).replace('{query}', '家政'));
    const marks = await page.locator('[data-search-list] mark').allInnerTexts();
    expect(marks.join('')).toContain('家政');
  });

  test('query and filters live in the URL: a shared link restores them, the back button undoes a filter', async () => {
    const page = await openSearch('?q=网姐');
    const all = await cards(page);
    await openFacets(page);
    const policyBox = page.getByRole('checkbox', { name: /^政策（\d+）$/ });
    let before = await runsDone(page);
    await policyBox.check();
    await waitForRun(page, before);
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['政策']);
    const filtered = await cards(page);
    expect(filtered.every((card) => card.type === '政策')).toBe(true);
    expect(await page.getByRole('button', { name: t('search.removeFilter').replace('{label}', '类型：政策') }).isVisible()).toBe(true);

    // The same URL in a new tab gives the same view.
    const shared = await openPage(new URL(page.url()).pathname + new URL(page.url()).search);
    await waitForRun(shared, 0);
    await openFacets(shared);
    expect(await shared.getByRole('searchbox', { name: '搜索词' }).inputValue()).toBe('网姐');
    expect(await shared.getByRole('checkbox', { name: /^政策（\d+）$/ }).isChecked()).toBe(true);
    expect((await cards(shared)).map((c) => c.href)).toEqual(filtered.map((c) => c.href));
    await shared.context().close();

    before = await runsDone(page);
    await page.goBack();
    await waitForRun(page, before);
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual([]);
    expect(await page.getByRole('checkbox', { name: /^政策（\d+）$/ }).isChecked()).toBe(false);
    expect((await cards(page)).map((c) => c.href)).toEqual(all.map((c) => c.href));
  });

  test('sorting by date orders results by their dates, undated pages last', async () => {
    const page = await openSearch('?type=政策&sort=date-asc');
    const dates = await page.locator('[data-search-list] > li').evaluateAll((lis) =>
      lis.map(
        (li) =>
          li
            .querySelector('.result__date')
            ?.textContent?.match(/\d+/g)
            ?.map((n) => n.padStart(2, '0'))
            .join('-') ?? '',
      ),
    );
    const dated = dates.filter(Boolean);
    expect(dated.length).toBeGreaterThan(0);
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(0, dated.length).every(Boolean)).toBe(true);
  });

  test('by keyboard on a phone: Tab reaches the results and Enter opens one', async () => {
    const page = await openSearch('?q=家政', { width: 320, height: 640 });
    await page.keyboard.press('/');
    let onResult = false;
    for (let i = 0; i < 40 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => Boolean(document.activeElement?.closest('[data-search-list]')));
    }
    expect(onResult).toBe(true);
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('Enter');
    await page.waitForURL(href);
  });

  test('↓ in the search box jumps to the first result', async () => {
    const page = await openSearch('?q=家政');
    await page.getByRole('searchbox', { name: '搜索词' }).press('ArrowDown');
    const first = (await cards(page))[0]?.href ?? '';
    const focused = await page.evaluate(() => {
      const u = new URL((document.activeElement as HTMLAnchorElement).href);
      return decodeURI(u.pathname) + u.hash;
    });
    expect(focused).toBe(first);
  });

  test('works on a 320 px phone without sideways scrolling', async () => {
    const page = await openSearch('?q=巴渝网姐&type=政策', { width: 320, height: 640 });
    expect((await cards(page)).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test(`more results come ${PAGE_SIZE} at a time, with focus on the first new one`, async () => {
    const page = await openSearch('?q=巾帼');
    const first = await cards(page);
    expect(first).toHaveLength(PAGE_SIZE);
    const more = page.locator('[data-search-more]');
    await more.click();
    // However long the next fragments take to arrive (the test's own timeout bounds it).
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-list] > li').length > n, PAGE_SIZE, { timeout: 0 });
    const focusedOnNext = await page.evaluate(
      (n) => document.activeElement?.closest('[data-search-list] > li') === document.querySelector(`[data-search-list] > li:nth-child(${n})`),
      PAGE_SIZE + 1,
    );
    expect(focusedOnNext).toBe(true);
  });

  test('when nothing is found it says so and offers shorter words, near names and the indexes', async () => {
    const page = await openSearch('?q=网姐邀请函');
    expect(await statusText(page)).toBe(t('search.status.none').replace('{query}', '网姐邀请函'));
    const relaxed = await page.locator('[data-search-relaxed-list] a').allInnerTexts();
    expect(relaxed.some((text) => text.startsWith('网姐'))).toBe(true);
    const near = await page.locator('[data-search-nearest-list] a').allInnerTexts();
    expect(near).toContain('巴渝网姐');
    expect(await page.getByRole('region', { name: t('search.indexes') }).isVisible()).toBe(true);
    // Following a suggestion searches it in place.
    const before = await runsDone(page);
    await page.locator('[data-search-relaxed-list] a').first().click();
    await waitForRun(page, before);
    expect((await cards(page)).length).toBeGreaterThan(0);
  });

  test('the near names when nothing is found include the events, whose titles the page fetches only then', async () => {
    // Nothing among the glossary's terms: the near names come from every name, events included.
    const page = await openSearch(`?q=${encodeURIComponent('寒假暑期')}&type=${encodeURIComponent('术语')}`);
    expect(await page.locator('[data-search-empty]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-list] > li').count()).toBe(0);
    const near = page.locator('[data-search-nearest-list]').getByRole('link', { name: '关爱留守、困境儿童寒假暑期特别行动' });
    expect(await near.getAttribute('href')).toBe('/events/2021-holiday-care/');
    await page.context().close();
  });
});

describe('the search page as the script builds it is accessible (axe, WCAG 2.2 AA)', () => {
  test.each([
    ['results, facets open and a filter chosen', '?q=巴渝网姐&type=故事', 1280],
    ['results on a phone', '?q=三清一改', 320],
    ['nothing found, with suggestions', '?q=网姐邀请函', 1280],
    ['browsing events by filter', '?type=活动&sort=date-asc', 640],
  ])('%s', async (name, search, width) => {
    const page = await openSearch(search, { width });
    if (name.includes('facets open')) await openFacets(page);
    expect(formatViolations(`/search/${search} at ${width} px`, await axeViolations(page))).toBe('');
  });
});

describe('calendar search', () => {
  test('/search/?type=活动 lists the events in calendar order, dated ones first', async () => {
    const page = await openSearch('?type=活动');
    const found = await cards(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((card) => card.type === '活动')).toBe(true);
    const dates = await page
      .locator('[data-search-list] > li')
      .evaluateAll((lis) => lis.map((li) => li.querySelector('.result__date')?.textContent ?? ''));
    const firstUndated = dates.findIndex((d) => d === '');
    expect(firstUndated === -1 || dates.slice(firstUndated).every((d) => d === '')).toBe(true);
  });

  test('words and the calendar’s own filter ids narrow the events', async () => {
    const page = await openSearch('?type=活动&brand=dajie&q=家政');
    expect(await page.locator('[data-search-chosen-list]').innerText()).toContain('巴渝大姐');
    const found = await cards(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((card) => card.type === '活动')).toBe(true);
    await openFacets(page);
    expect(await page.getByRole('checkbox', { name: /^巴渝大姐（\d+）$/ }).isChecked()).toBe(true);
  });
});

describe('Chinese queries without Intl.Segmenter (older in-app browsers)', () => {
  test('the browser really lacks the segmenter where Pagefind runs: in the page, no web worker', async () => {
    const workers: string[] = [];
    const page = await openSearch('?q=网姐', { noSegmenter: true, beforeGoto: async (p) => void p.on('worker', (w) => workers.push(w.url())) });
    expect(await page.evaluate(() => typeof (Intl as { Segmenter?: unknown }).Segmenter)).toBe('undefined');
    expect((await cards(page)).length).toBeGreaterThan(0);
    expect(workers).toEqual([]);
    await page.context().close();
  });

  test('a Chinese query still finds its page (the whole query set runs this way too)', async () => {
    const page = await openSearch(`?q=${encodeURIComponent('培训妇女20万人次')}`, { noSegmenter: true });
    const found = await cards(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.slice(0, 3).some((card) => card.excerpt.replace(/\s/g, '').includes('20万人次'))).toBe(true);
    await page.context().close();
  });
});

describe('what people type (issue 12)', () => {
  test('traditional characters find what the simplified query finds, with the same highlights, and the page says so', async () => {
    const page = await openSearch(`?q=${encodeURIComponent('乡村振兴')}`);
    const simplified = await cards(page);
    const marks = await page.locator('[data-search-list] mark').allInnerTexts();
    await typeQuery(page, '鄉村振興');
    expect(await cards(page)).toEqual(simplified);
    expect(await page.locator('[data-search-list] mark').allInnerTexts()).toEqual(marks);
    expect(await page.locator('[data-search-rewritten]').innerText()).toContain('乡村振兴');
    expect(await statusText(page)).toContain('乡村振兴');
  });

  test('pinyin is read as the name it spells; a link searches the letters as typed', async () => {
    const page = await openSearch('?q=wangjie');
    const note = page.locator('[data-search-rewritten]');
    expect(await note.innerText()).toContain('网姐');
    expect((await cards(page))[0]?.href).toBe('/brands/wangjie/');
    const before = await runsDone(page);
    await note.getByRole('link').click();
    await waitForRun(page, before);
    expect(await page.getByRole('searchbox', { name: '搜索词' }).inputValue()).toBe('"wangjie"');
    expect(await note.isVisible()).toBe(false);
  });

  test('a query one character off a name offers the name as a link, which searches it in place', async () => {
    const page = await openSearch(`?q=${encodeURIComponent('三清二改')}`);
    const offer = page.locator('[data-search-didyoumean]');
    expect(await offer.isVisible()).toBe(true);
    const link = offer.getByRole('link', { name: '三清一改' });
    const before = await runsDone(page);
    await link.click();
    await waitForRun(page, before);
    expect(new URL(page.url()).searchParams.get('q')).toBe('三清一改');
    expect((await cards(page)).some((card) => card.subs.some((sub) => sub.href === '/glossary/#sanqingyigai-name'))).toBe(true);
  });

  test('a name typed with a near homophone is searched as the name, and the page says so', async () => {
    const page = await openSearch(`?q=${encodeURIComponent('巴渝网解')}`);
    expect(await page.locator('[data-search-rewritten]').innerText()).toContain('巴渝网姐');
    expect((await cards(page))[0]?.href).toBe('/brands/wangjie/');
  });
});

describe('hostile input is text', () => {
  const attack = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">"\'&amp;';

  test('markup in a typed query is shown as text and runs nothing', async () => {
    const page = await openSearch('?q=网姐');
    await typeQuery(page, attack);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img, main script:not([type="application/json"]):not([src])').count()).toBe(0);
    expect(await statusText(page)).toContain('<script>');
  });

  test('a pasted 5,000-character query is cut with a notice, the URL stays short, the page keeps working', async () => {
    const page = await openSearch('?q=网姐');
    await typeQuery(page, `${attack}${'巾帼'.repeat(2500)}`);
    const notice = page.locator('[data-search-truncated]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toBe(t('search.truncated').replace('{max}', String(MAX_QUERY_CHARS)));
    expect(Array.from(new URL(page.url()).searchParams.get('q') ?? '').length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await typeQuery(page, '三清一改');
    expect(await notice.isVisible()).toBe(false);
    expect((await cards(page)).length).toBeGreaterThan(0);
  });

  test('an over-long query in a link is cut with the same notice', async () => {
    const page = await openSearch(`?q=${encodeURIComponent('三清一改'.repeat(100))}`);
    expect(await page.locator('[data-search-truncated]').isVisible()).toBe(true);
    expect(await page.getByRole('searchbox', { name: '搜索词' }).inputValue()).toHaveLength(400);
  });

  test('markup in a filter value from the URL is shown as text', async () => {
    const page = await openSearch(`?q=网姐&type=${encodeURIComponent('<b id="evil">x</b>')}`);
    expect(await page.locator('#evil').count()).toBe(0);
    expect(await page.locator('[data-search-chosen-list]').innerText()).toContain('<b id="evil">x</b>');
    expect(await statusText(page)).toBe(t('search.status.none').replace('{query}', '网姐'));
  });
});
