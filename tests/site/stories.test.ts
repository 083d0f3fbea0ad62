/**
 * The stories section as a reporter uses it: finding every 巴渝网姐 story in 渝东南 by facets
 * (with and without JavaScript), opening one, downloading its image with caption and credit,
 * copying the citation and subscribing to the brand's feed; every sample saying it is one; and a
 * build with the production switch (SAMPLES=exclude) that holds no sample anywhere. Faulty stories
 * are tested without a build in tests/unit/model-stories.test.ts.
 *
 * What is expected comes from the sources (content/stories/*.md, content/districts.yaml), read
 * here without Astro; what is checked is the built site.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { parseFeed } from '@rowanmanning/feed-parser';
import exifr from 'exifr';
import sharp from 'sharp';
import { privateTags } from '../../src/lib/image-metadata';
import { openPage, visibleText, withPage } from '../support/browser';
import { builtFile, sitemapPaths, siteUrl } from '../support/site';
import { fixtureCache, fixtureDir, siteBuild } from '../support/build';
import { BUILD_HANG_GUARD } from '../support/limits';
import { splitFrontmatter } from '../support/content';
import { CONTENT } from '../support/paths';

interface SourceImage {
  src: string;
  caption: string;
  credit: string;
}
interface SourceStory {
  id: string;
  title: string;
  date: string;
  brands: string[];
  districts: string[];
  sample: boolean;
  image: SourceImage;
  gallery: SourceImage[];
  file: string;
}

const regionOf = new Map(
  (parseYaml(readFileSync(join(CONTENT, 'districts.yaml'), 'utf8')) as Array<{ id: string; region: string }>).map((d) => [d.id, d.region]),
);

function readStories(): SourceStory[] {
  const dir = join(CONTENT, 'stories');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => {
      const file = join(dir, name);
      const data = splitFrontmatter(readFileSync(file, 'utf8')).data as Record<string, unknown>;
      const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date);
      return {
        id: name.replace(/\.md$/, ''),
        title: String(data.title),
        date,
        brands: (data.brands as string[] | undefined) ?? [],
        districts: (data.districts as string[] | undefined) ?? [],
        sample: data.sample === true,
        image: data.image as SourceImage,
        gallery: (data.gallery as SourceImage[] | undefined) ?? [],
        file,
      };
    });
}

const stories = readStories();
const samples = stories.filter((s) => s.sample);
const inRegion = (s: SourceStory, region: string) => s.districts.some((d) => regionOf.get(d) === region);
/** The stories the reporter is after, newest first. */
const wangjieSoutheast = stories
  .filter((s) => s.brands.includes('wangjie') && inRegion(s, 'southeast'))
  .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));

/** Ids of the stories a listing page shows (visible items only). */
const listedIds = (page: Page) =>
  page.locator('[data-story-list] > li[data-story]:visible').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.story ?? ''));

test('the content has 巴渝网姐 stories both in and outside 渝东南, so the facets have something to tell apart', () => {
  expect(wangjieSoutheast.length).toBeGreaterThan(1);
  expect(stories.filter((s) => s.brands.includes('wangjie')).length).toBeGreaterThan(wangjieSoutheast.length);
});

describe('a reporter finds every 巴渝网姐 story in 渝东南', () => {
  test('without JavaScript, through the brand page and its region links', async () => {
    const page = await openPage('/stories/', { javaScript: false });
    await expect(page.locator('[data-story-filter]').isVisible()).resolves.toBe(false);
    await page
      .getByRole('navigation', { name: '按分类浏览' })
      .getByRole('link', { name: /^巴渝网姐（/ })
      .click();
    await page.waitForURL('**/stories/brand/wangjie/');
    await page
      .getByRole('navigation', { name: '按地区细分' })
      .getByRole('link', { name: /渝东南/ })
      .click();
    await page.waitForURL('**/stories/brand/wangjie/region/southeast/');
    expect(await listedIds(page)).toEqual(wangjieSoutheast.map((s) => s.id));
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('巴渝网姐');
    await page.context().close();
  });

  test('with JavaScript, by combining facets in place; the choice is in the URL and the back button undoes it', async () => {
    const page = await openPage('/stories/');
    await page.getByRole('combobox', { name: '品牌' }).selectOption('wangjie');
    await page.getByRole('combobox', { name: '地区（一区两群）' }).selectOption('southeast');
    await page.waitForURL((url) => url.search === '?brand=wangjie&region=southeast');
    await expect.poll(() => listedIds(page)).toEqual(wangjieSoutheast.map((s) => s.id));
    await expect(page.getByRole('status').filter({ hasText: '显示' }).innerText()).resolves.toBe(
      `显示 ${wangjieSoutheast.length} 篇，共 ${stories.length} 篇`,
    );

    await page.goBack();
    await page.waitForURL((url) => url.search === '?brand=wangjie');
    await expect.poll(() => page.getByRole('combobox', { name: '地区（一区两群）' }).inputValue()).toBe('');
    await expect.poll(async () => (await listedIds(page)).length).toBe(stories.filter((s) => s.brands.includes('wangjie')).length);
    await page.context().close();

    // A shared link opens the same view.
    await withPage('/stories/?brand=wangjie&region=southeast', {}, async (shared) => {
      await expect.poll(() => listedIds(shared)).toEqual(wangjieSoutheast.map((s) => s.id));
      await expect(shared.getByRole('combobox', { name: '品牌' }).inputValue()).resolves.toBe('wangjie');
    });
  });
});

describe('a reporter opens one of them', () => {
  const story = wangjieSoutheast[0]!;

  test('downloads the full-resolution image, with its caption and credit beside the link', async () => {
    const page = await openPage('/stories/brand/wangjie/region/southeast/', { javaScript: false });
    await page.getByRole('link', { name: story.title }).click();
    await page.waitForURL(`**/stories/${story.id}/`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain(story.title);

    const lead = page.locator('figure').first();
    await expect(lead.innerText()).resolves.toContain(story.image.caption);
    await expect(lead.innerText()).resolves.toContain(story.image.credit);
    await lead.getByRole('link', { name: '下载原图及图片说明' }).click();
    await page.waitForURL(`**/stories/${story.id}/images/#image-1`);

    const entry = page.locator('#image-1');
    const text = await entry.innerText();
    expect(text).toContain(story.image.caption);
    expect(text).toContain(story.image.credit);
    const download = entry.getByRole('link', { name: /^下载原图/ });
    const href = await download.getAttribute('href');
    expect(await download.getAttribute('download')).toMatch(/\.jpg$/);
    const response = await page.request.get(new URL(href ?? '', page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\/jpeg/);
    // The master at full size, carrying the caption and credit, and nothing about the camera.
    const body = await response.body();
    const master = await sharp(resolve(join(CONTENT, 'stories'), story.image.src)).metadata();
    const downloaded = await sharp(body).metadata();
    expect([downloaded.width, downloaded.height]).toEqual([master.width, master.height]);
    const xmp = await exifr.parse(body, { xmp: true, tiff: false, mergeOutput: false });
    expect(xmp?.dc?.description?.value ?? xmp?.dc?.description).toBe(story.image.caption);
    expect(JSON.stringify(xmp?.dc?.creator)).toContain(story.image.credit);
    expect(await privateTags(body)).toEqual([]);
    await page.context().close();
  });

  test('copies the citation, which names the story, the site, the date and the address', async () => {
    const page = await openPage(`/stories/${story.id}/`, { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
    const cite = page.getByRole('region', { name: '引用本文' });
    await cite.getByRole('button', { name: '复制引用' }).click();
    await expect.poll(() => cite.getByRole('status').innerText()).toBe('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const url = siteUrl(`/stories/${story.id}/`);
    expect(copied).toBe(
      `本站编辑.《${story.title}》${story.sample ? '［示例］' : ''}.巴渝巾帼网, ${story.date}${story.sample ? '（示例编写日期）' : ''}. ${url}`,
    );
    await page.context().close();
  });

  test('subscribes to the brand feed found on the page, which lists exactly the brand’s stories', async () => {
    const page = await openPage(`/stories/${story.id}/`, { javaScript: false });
    const feedHref = await page.locator('link[rel="alternate"][type="application/rss+xml"][title*="巴渝网姐"]').getAttribute('href');
    expect(feedHref).toBe('/stories/brand/wangjie/feed.xml');
    await expect(page.getByRole('link', { name: '巴渝网姐的故事（RSS）' }).getAttribute('href')).resolves.toBe(feedHref);
    const response = await page.request.get(siteUrl(feedHref ?? ''));
    expect(response.status()).toBe(200);
    const feed = parseFeed(await response.text());
    const expected = stories
      .filter((s) => s.brands.includes('wangjie'))
      .map((s) => siteUrl(`/stories/${s.id}/`))
      .sort();
    expect(feed.items.map((item) => item.url).sort()).toEqual(expected);
    expect(feed.title).toContain('巴渝网姐');
    await page.context().close();
  });
});

describe('every sample says it is one', () => {
  test('on its page: a notice at the top and the mark in the headline', async () => {
    const page = await openPage('/stories/', { javaScript: false });
    for (const sample of samples) {
      await page.goto(siteUrl(`/stories/${sample.id}/`));
      const notice = page.getByRole('complementary').filter({ hasText: '不是真实报道' });
      await expect(notice.isVisible(), sample.id).resolves.toBe(true);
      await expect(page.getByRole('heading', { level: 1 }).innerText(), sample.id).resolves.toMatch(/^示例\s*/);
      await expect(page.title(), sample.id).resolves.toMatch(/^【示例】/);
    }
    await page.context().close();
  });

  test('in the listing and in the feed', async () => {
    await withPage('/stories/', { javaScript: false }, async (page) => {
      for (const sample of samples) {
        const item = page.locator(`li[data-story="${sample.id}"]`);
        await expect(item.getByRole('heading').innerText(), sample.id).resolves.toMatch(/^示例\s*/);
      }
    });
    const feed = parseFeed(readFileSync(builtFile('/stories/feed.xml') ?? '', 'utf8'));
    for (const sample of samples) {
      const item = feed.items.find((i) => i.url === siteUrl(`/stories/${sample.id}/`));
      expect(item?.title, sample.id).toMatch(/^【示例】/);
      expect(item?.description, sample.id).toMatch(/^示例故事/);
    }
  });
});

describe('the production switch', () => {
  const outDir = join(fixtureDir('samples-excluded'), 'dist');

  /** Every built file as text; Pagefind's compressed fragments and index are unpacked. */
  function builtTexts(dir: string): Array<{ file: string; text: string }> {
    const out: Array<{ file: string; text: string }> = [];
    const walk = (d: string) => {
      for (const entry of readdirSync(d, { withFileTypes: true })) {
        const full = join(d, entry.name);
        if (entry.isDirectory()) walk(full);
        else {
          const raw = readFileSync(full);
          let text = raw.toString('utf8');
          if (/\.pf_(fragment|index|meta)$/.test(entry.name)) {
            try {
              text = gunzipSync(raw).toString('utf8');
            } catch {
              // Not compressed: keep the raw text.
            }
          }
          out.push({ file: relative(dir, full).split(sep).join('/'), text });
        }
      }
    };
    walk(dir);
    return out;
  }

  test('SAMPLES=exclude builds a site with no sample anywhere, and nothing else missing', { timeout: BUILD_HANG_GUARD }, async () => {
    const result = await siteBuild({
      outDir,
      cacheDir: await fixtureCache('samples-excluded'),
      site: siteUrl('/'),
      env: { SAMPLES: 'exclude' },
    });
    expect(result.ok, result.output.slice(-3000)).toBe(true);
    expect(samples.length).toBeGreaterThan(0);

    const files = builtTexts(outDir);
    const imageNames = samples.flatMap((s) => [s.image, ...s.gallery].map((i) => i.src.replace(/^.*\//, '').replace(/\.\w+$/, '')));
    for (const { file, text } of files) {
      expect(
        imageNames.filter((name) => file.includes(name)),
        `${file} is a sample image`,
      ).toEqual([]);
      for (const sample of samples) {
        expect(text.includes(sample.id), `${file} names ${sample.id}`).toBe(false);
        expect(text.includes(sample.title), `${file} has the title of ${sample.id}`).toBe(false);
      }
      if (/\.(html|xml)$/.test(file) && (file.startsWith('stories/') || file.startsWith('media/'))) {
        expect(text.includes('示例'), `${file} says 示例`).toBe(false);
      }
    }

    // The feeds are still there, valid and empty.
    for (const path of ['stories/feed.xml', 'stories/brand/wangjie/feed.xml']) {
      const feed = parseFeed(readFileSync(join(outDir, path), 'utf8'));
      expect(feed.items, path).toEqual([]);
    }

    // Everything outside the stories section is still built.
    const sitemap = (dir: string) =>
      readdirSync(dir)
        .filter((name) => /^sitemap-\d+\.xml$/.test(name))
        .flatMap((name) => [...readFileSync(join(dir, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname));
    const withoutSamples = new Set(sitemap(outDir));
    const missing = sitemapPaths().filter((path) => !path.startsWith('/stories/') && !withoutSamples.has(path));
    expect(missing).toEqual([]);
    expect([...withoutSamples].filter((path) => path.startsWith('/stories/sample-'))).toEqual([]);
    expect(existsSync(join(outDir, 'stories', 'index.html'))).toBe(true);
  });

  test('the default build keeps the samples, so the switch is what removes them', async () => {
    const text = await withPage('/stories/', { javaScript: false }, (page) => visibleText(page, 'main'));
    for (const sample of samples) expect(text).toContain(sample.title);
  });
});
