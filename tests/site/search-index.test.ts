/**
 * The search index holds each page's own content only (issue 12): what a page merely links to
 * (related stories, pages of a brand, where a story belongs), the site's notes around a text
 * (errata, glossary notes, the metadata table), sample banners, press contacts and calendar boxes
 * are not in any page's indexed text, so they neither make a page a hit nor show in its excerpt;
 * and the facet counts count the pages that carry each value. Long texts are indexed in parts as
 * well (src/integrations/search-parts.ts), which hold the text and no filter. Read from the built
 * index itself. And a large site's index, read by Pagefind in parts and joined, is the index one
 * run writes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { withPage } from '../support/browser';
import { builtHtml, distDir, sitemapPaths } from '../support/site';
import { t } from '../../src/lib/i18n';
import { indexedPages, indexedRecords, writeSearchBundle, type IndexedPage, type IndexedRecord } from '../../src/integrations/pagefind';
import { LOAD_PAGEFIND, cards, openFacets, openSearch, type PagefindApi } from './search-support';

declare function loadPagefind(): Promise<PagefindApi>;

let pages: IndexedPage[] = [];
beforeAll(async () => {
  pages = await indexedPages(join(distDir(), 'pagefind'));
});

const squash = (text: string) => text.replace(/\s+/g, '');
const occurrences = (text: string, part: string) => text.split(part).length - 1;
/** The texts of the links inside the elements of a built page that an opening tag starts, tags stripped. */
function linkTextsIn(html: string, open: RegExp, close: string): string[] {
  const out: string[] = [];
  for (const match of html.matchAll(new RegExp(open.source, 'g'))) {
    const section = html.slice(match.index, html.indexOf(close, match.index));
    for (const link of section.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/g)) {
      const text = (link[1] ?? '')
        .replace(/<[^>]+>/g, '')
        .replace(/&[a-z]+;/g, '')
        // The sample mark is never indexed; a card's title without it is what could leak.
        .replace(t('story.sample'), '')
        .trim();
      if (text.length > 6) out.push(text);
    }
  }
  return out;
}

describe('each page indexes its own content only', () => {
  test('the index holds the searchable pages', () => {
    const searchable = sitemapPaths().filter((path) => builtHtml(path).includes('data-pagefind-body'));
    expect(pages.map((p) => p.url).sort()).toEqual(searchable.sort());
  });

  const boilerplate = [
    ['the sample banner', t('story.sampleNotice.body')],
    ['the sample list notice', t('story.sampleListNotice').split('{count}')[1] ?? ''],
    ['“related stories”', t('story.related')],
    ['“where this story belongs”', t('story.belongsTo')],
    ['the press contact', t('story.contact.more')],
    // The media page tells readers where to find that link, in its own words: only stories carry it.
    ['the image download link', t('story.image.download'), /^\/stories\//],
    ['the errata lead', t('policy.errataLead')],
    ['the issuing notice on a text page', t('policy.noticeOf')],
    ['the calendar subscription', t('event.page.subscribeAll')],
    ['the date labels note', t('event.today.reader').split('{date}')[0] ?? ''],
  ] as const;

  test.each(boilerplate)('no page indexes %s', (_what, text, where: RegExp = /^\//) => {
    expect(text.length).toBeGreaterThan(3);
    expect(pages.filter((p) => where.test(p.url) && squash(p.content).includes(squash(text))).map((p) => p.url)).toEqual([]);
  });

  test('a sample story is marked as a sample in its result, not by a 示例 glued to its title', () => {
    const samples = pages.filter((p) => p.url.startsWith('/stories/sample-'));
    expect(samples.length).toBeGreaterThan(0);
    expect(samples.filter((p) => p.meta.sample !== '1' || p.title.startsWith(t('story.sample'))).map((p) => p.url)).toEqual([]);
  });

  test('no story indexes the titles of its related story cards', () => {
    const stories = pages.filter((p) => /^\/stories\/[^/]+\/$/.test(p.url));
    expect(stories.some((story) => linkTextsIn(builtHtml(story.url), /<section class="story__related"/, '</section>').length > 0)).toBe(true);
    const leaks = stories.flatMap((story) => {
      const related = linkTextsIn(builtHtml(story.url), /<section class="story__related"/, '</section>');
      return related.filter((title) => squash(story.content).includes(squash(title))).map((title) => `${story.url}: ${title}`);
    });
    expect(leaks).toEqual([]);
  });

  test('no brand or action page indexes the cards of the stories and events that belong to it', () => {
    const hubs = pages.filter((p) => /^\/(brands|actions)\/[^/]+\/$/.test(p.url));
    const related = /<section aria-labelledby="related-[a-z]+" class="related"[\s\S]*?<\/section>/g;
    const cardsOf = (url: string) => linkTextsIn(builtHtml(url), /<section aria-labelledby="related-[a-z]+" class="related"/, '</section>');
    // A hub may quote a clause that names an event or a story in its own text: a card leaks when
    // the index holds its title more often than the page does outside its related sections.
    const own = (url: string) =>
      squash(
        builtHtml(url)
          .replace(related, '')
          .replace(/<[^>]+>/g, ''),
      );
    const leaks = hubs.flatMap((hub) =>
      cardsOf(hub.url)
        .filter((title) => occurrences(squash(hub.content), squash(title)) > occurrences(own(hub.url), squash(title)))
        .map((title) => `${hub.url}: ${title}`),
    );
    expect(
      hubs.reduce((n, hub) => n + cardsOf(hub.url).length, 0),
      'brand and action pages list related pages',
    ).toBeGreaterThan(0);
    expect(leaks).toEqual([]);
  });

  test('no event indexes the clauses it quotes: a search finds them on their policy page', () => {
    const events = pages.filter((p) => /^\/events\/[^/]+\/$/.test(p.url));
    const sources = /<section aria-labelledby="event-sources"[\s\S]*?<\/section>/;
    const plain = (html: string) => squash(html.replace(/<[^>]+>/g, ''));
    const quotes = (html: string) =>
      [...(sources.exec(html)?.[0] ?? '').matchAll(/<blockquote\b[^>]*>([\s\S]*?)<\/blockquote>/g)].map((m) => plain(m[1] ?? '').slice(0, 40));
    const quoting = events.filter((event) => quotes(builtHtml(event.url)).length > 0);
    expect(quoting.length, 'events quote their clauses').toBeGreaterThan(10);
    // An event's own words may repeat its clause's: a quote leaks when the index holds it more
    // often than the page does outside its quotes.
    const leaks = quoting.flatMap((event) => {
      const html = builtHtml(event.url);
      const own = plain(html.replace(sources, ''));
      return quotes(html)
        .filter((quote) => occurrences(squash(event.content), quote) > occurrences(own, quote))
        .map((quote) => `${event.url}: ${quote}`);
    });
    expect(leaks).toEqual([]);
  });
});

describe('long texts are indexed in parts as well', () => {
  let records: IndexedRecord[] = [];
  beforeAll(async () => {
    records = await indexedRecords(join(distDir(), 'pagefind'));
  });
  const partsOf = (url: string) => records.filter((r) => r.url.startsWith(`${url}#`));

  test('each policy text is in parts, which together hold its text and nothing else', () => {
    const texts = pages.filter((p) => p.url.startsWith('/policies/') && partsOf(p.url).length > 1);
    expect(texts.length).toBeGreaterThanOrEqual(5);
    for (const text of texts) {
      const parts = partsOf(text.url);
      expect(
        parts.map((p) => squash(p.content).length).reduce((a, b) => a + b),
        text.url,
      ).toBe(squash(text.content).length);
      expect(parts.filter((p) => !squash(text.content).includes(squash(p.content).slice(0, 40))).map((p) => p.url)).toEqual([]);
    }
  });

  test('a part links to its page, has its title, and carries no filter (facets count pages)', () => {
    const parts = records.filter((r) => r.url.includes('#'));
    const wrong = parts.filter((p) => {
      const page = pages.find((q) => q.url === p.url.split('#')[0]);
      return !page || p.meta.url !== page.url || p.title !== page.title || Object.keys(p.filters).length > 0;
    });
    expect(wrong.map((p) => p.url)).toEqual([]);
  });

  test('the search page knows which record each part belongs to', () => {
    const listed = JSON.parse(
      /<script type="application\/json" data-search-records>([^<]*)<\/script>/.exec(builtHtml('/search/'))?.[1] ?? 'null',
    ) as Record<string, string[]>;
    const expected: Record<string, string[]> = {};
    for (const page of records.filter((r) => !r.url.includes('#'))) {
      const parts = partsOf(page.url);
      if (parts.length > 0) expected[page.id] = parts.map((p) => p.id).sort();
    }
    expect(Object.fromEntries(Object.entries(listed).map(([id, parts]) => [id, [...parts].sort()]))).toEqual(expected);
  });
});

describe('facet counts count what the facet says', () => {
  /** The filter values a built page declares: key → values. */
  const declared = (path: string) => {
    const out: Record<string, string[]> = {};
    for (const m of builtHtml(path).matchAll(/data-pagefind-filter="([^":]+):([^"]*)"/g)) (out[m[1] ?? ''] ??= []).push(m[2] ?? '');
    return out;
  };

  test('each value counts the pages that carry it', async () => {
    const counts = await withPage('/', { beforeGoto: (p) => p.addInitScript(LOAD_PAGEFIND) }, (page) =>
      page.evaluate(async () => (await loadPagefind()).filters()),
    );
    const expected: Record<string, Record<string, number>> = {};
    for (const { url } of pages) {
      for (const [key, values] of Object.entries(declared(url))) {
        for (const value of new Set(values)) (expected[key] ??= {})[value] = (expected[key]?.[value] ?? 0) + 1;
      }
    }
    expect(counts).toEqual(expected);
  });

  test('网姐 in the stories of 渝东南: every story found is about 网姐, and the 故事 count says how many', async () => {
    const page = await openSearch(`?q=${encodeURIComponent('网姐')}&region=southeast`);
    await openFacets(page);
    const storyBox = page.getByRole('checkbox', { name: /^故事（\d+）$/ });
    const counted = Number(/（(\d+)）/.exec(await page.locator('label', { has: storyBox }).innerText())?.[1]);
    const found = (await cards(page)).filter((card) => card.type === '故事');
    const about = pages.filter(
      (p) => p.filters.type?.includes('故事') && p.filters.region?.some((r) => r.startsWith('渝东南')) && p.content.includes('网姐'),
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((card) => about.some((p) => p.url === card.href))).toBe(true);
    expect(counted).toBe(about.length);
    await page.context().close();
  });
});

describe('an index read in parts is the index of one run', () => {
  // The build reads a large site in parts, one Pagefind run each, and joins them
  // (src/integrations/pagefind-merge.ts): the reader must get exactly the index one run writes.
  // Here the site's pages go in parts of 5,000 words (the site is one part in its own build).
  const pagefindData = (dir: string) =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => /\.pf_(meta|index|filter|fragment)$/.test(file) || file === 'pagefind-entry.json')
      .sort();
  const contents = (dir: string, file: string) => {
    const raw = readFileSync(join(dir, file));
    return file.endsWith('.json') ? raw : gunzipSync(raw);
  };

  test('every file of the joined index is the one a single run wrote, with the same name and content', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'bayu-index-parts-'));
    try {
      const logged: string[] = [];
      await writeSearchBundle(distDir(), join(scratch, 'pagefind'), { partWords: 5000, log: (m) => logged.push(m) });
      expect(logged.join('\n')).toMatch(/in \d+ parts, joined into one index/);
      const single = join(distDir(), 'pagefind');
      const joined = join(scratch, 'pagefind');
      expect(pagefindData(joined)).toEqual(pagefindData(single));
      const differing = pagefindData(single).filter((file) => !contents(single, file).equals(contents(joined, file)));
      expect(differing).toEqual([]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
