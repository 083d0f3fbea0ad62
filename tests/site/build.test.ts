/**
 * `npm run build` (scripts/build.mjs) end to end, on one fixture: a copy of content/ with the
 * synthetic second programme year of tests/fixtures/second-year laid over it (a notice, a short
 * work plan, events, a target and a story, all marked 测试样例; two actions gain a 2022 work-plan
 * clause as an editor would add it) and a story photo straight from a phone, carrying its camera's
 * GPS position, device and owner. The fixture is built once and served; then
 *
 * 1. a second programme year without a code change (issue 15), as a reader would notice it on
 *    the built pages: both years on the policy index, the home page and the footer, an action and
 *    a brand grouping both years, the 2022 target under 2022, a calendar page and file per year
 *    with past years still browsable, the quarterly 2022 entry ending in 2022, the overview's list
 *    split into pages that together hold every entry, and the 2022 sample story (without a press
 *    contact) listed and linked from its clause;
 * 2. no image anywhere in the built site has camera metadata, and the photo's download carries the
 *    site's caption and credit instead;
 * 3. last, a failing build into the folder holding that site: content/ with the mistakes that
 *    only the build's checks across files find (tests/support/content-mistakes.ts, `crossCheck`):
 *    the build fails with their messages, says the last good site was kept, and leaves that site
 *    byte for byte as it was.
 *
 * One good fixture build for all three: each build costs more than everything checked on it. Each editor
 * mistake the content check finds is tested without a build in tests/unit/content-check.test.ts.
 * Also, the site the other tests use has no camera metadata either.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import exifr from 'exifr';
import ICAL from 'ical.js';
import sharp from 'sharp';
import { parseDocument, type YAMLSeq } from 'yaml';
import type { Page } from 'playwright-core';
import { privateTags } from '../../src/lib/image-metadata';
import { openPage, type OpenPageOptions } from '../support/browser';
import { copyContent, fixtureCache, fixtureDir, siteBuild, type BuildOptions } from '../support/build';
import { MISTAKES } from '../support/content-mistakes';
import { guideExamples } from '../support/guide';
import { BUILD_HANG_GUARD } from '../support/limits';
import { ROOT } from '../support/paths';
import { distDir } from '../support/site';
import { startServer } from '../../scripts/serve.mjs';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every file under a folder, with the SHA-256 of its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
  return new Map(
    files.sort().map((name) => [
      name,
      createHash('sha256')
        .update(readFileSync(join(dir, name)))
        .digest('hex'),
    ]),
  );
}

const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

/** The images of a built site that carry location, device or owner metadata, with the tags found. */
async function leakingImages(dir: string): Promise<string[]> {
  const images = [...snapshot(dir).keys()].filter((name) => IMAGE.test(name));
  expect(images.length).toBeGreaterThan(0);
  const leaks: string[] = [];
  for (const name of images) {
    const tags = await privateTags(readFileSync(join(dir, name)));
    if (tags.length > 0) leaks.push(`${name}: ${tags.join(', ')}`);
  }
  return leaks;
}

/** A 1600 × 1000 JPEG as a phone would save it: GPS position, make, model, serial number, owner. */
function cameraPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#4a7a3a' } })
    .withExif({
      IFD0: { Make: 'Apple', Model: 'iPhone 12', Software: '14.4', Artist: 'Photographer Name' },
      IFD2: { BodySerialNumber: 'F17ABC123', CameraOwnerName: 'Owner Name', DateTimeOriginal: '2021:06:18 10:20:00' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '28/1 27/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '108/1 59/1 0/1' },
    })
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
        '<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:exif="http://ns.adobe.com/exif/1.0/"' +
        ' photoshop:City="秀山" exif:GPSLatitude="28,27.0N" exif:GPSLongitude="108,59.0E"/></rdf:RDF></x:xmpmeta>',
    )
    .jpeg({ quality: 90 })
    .toBuffer();
}

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'second-year');

let server: { url: string; close: () => Promise<void> } | undefined;
let outDir = '';
/** The phone photo in the fixture's content, the build's options and output. */
let photo: Buffer;
let options: BuildOptions;
let buildOutput = '';

/** Adds a clause to an action's workplanClauses, keeping the rest of the file as written. */
async function addWorkplanClause(file: string, ref: string): Promise<void> {
  const doc = parseDocument(await readFile(file, 'utf8'));
  (doc.get('workplanClauses') as YAMLSeq<string>).add(ref);
  // lineWidth 0: long values stay on one line, as editors write them (a folded line is a content error).
  await writeFile(file, doc.toString({ lineWidth: 0 }));
}

beforeAll(async () => {
  const content = await copyContent('build');
  for (const entry of await readdir(FIXTURE, { withFileTypes: true })) {
    if (entry.isDirectory()) await cp(join(FIXTURE, entry.name), join(content, entry.name), { recursive: true });
  }
  await addWorkplanClause(join(content, 'actions', 'rural-revitalization.yaml'), 'test-workplan-2022#s1-1');
  await addWorkplanClause(join(content, 'actions', 'green-living.yaml'), 'test-workplan-2022#s1-2');
  // The lead image of a story is a phone photo with its metadata.
  photo = await cameraPhoto();
  await writeFile(join(content, 'stories/images/wangjie-tea.jpg'), photo);
  // The port first, then a build for its address (every absolute link then points at it).
  outDir = join(fixtureDir('build'), 'dist');
  server = await startServer({ root: outDir });
  options = { outDir, cacheDir: await fixtureCache('build'), site: `${server.url}/`, contentDir: content };
  const result = await siteBuild(options);
  buildOutput = result.output;
  if (!result.ok) throw new Error(`The fixture does not build:\n${result.output.slice(-4000)}`);
}, BUILD_HANG_GUARD);

afterAll(async () => {
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** The address of a path on the fixture's server. */
const at = (path: string) => new URL(path, `${server?.url ?? ''}/`).href;

/** Opens a page of the fixture build (no JavaScript unless asked: reading pages need none). */
const open = (path: string, options: OpenPageOptions = {}) => openPage(at(path), { javaScript: false, ...options });

async function fetchText(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(at(path));
  return { status: response.status, text: await response.text() };
}

/** Ids of the calendar entries a page lists (visible ones), without repeats. */
const listedEvents = (page: Page) =>
  page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll<HTMLElement>('[data-event-list] [data-event]')]
        .filter((el) => el.checkVisibility())
        .map((el) => el.dataset.event ?? ''),
    ),
  ]);

/** The address a `<link rel>` in the head points to, or null. */
const headLink = (page: Page, rel: 'prev' | 'next') =>
  page.evaluate((r) => document.querySelector(`head link[rel="${r}"]`)?.getAttribute('href') ?? null, rel);

/**
 * Follows a listing from its first page through rel="next" (checking that the visible pager and
 * the head agree, and that each page points back with rel="prev"): the pages and the entries listed.
 */
async function walkPages(first: string): Promise<{ pages: string[]; ids: string[] }> {
  const page = await open(first);
  const pages: string[] = [];
  const ids: string[] = [];
  for (let next: string | null = first; next !== null && pages.length < 50; next = await headLink(page, 'next')) {
    if (pages.length > 0) {
      await expect(page.getByRole('navigation', { name: '分页' }).locator('a[rel="next"]').getAttribute('href')).resolves.toBe(next);
      await page.goto(at(next));
      await expect(headLink(page, 'prev')).resolves.toBe(pages.at(-1));
    }
    pages.push(new URL(page.url()).pathname);
    ids.push(...(await listedEvents(page)));
  }
  await page.context().close();
  expect(pages[0]).toBe(first);
  return { pages, ids };
}

/** The UIDs of a calendar file. */
async function calendarUids(path: string): Promise<{ name: string; uids: string[] }> {
  const { status, text } = await fetchText(path);
  expect(status, path).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    name: String(calendar.getFirstPropertyValue('x-wr-calname')),
    uids: calendar.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid'))),
  };
}
const uid = (id: string) => `${id}@events.bayu-jinguo`;

describe('a second programme year, added as content only', () => {
  test('the policy index and the home page show both years, each with its own documents', async () => {
    const policies = await open('/policies/');
    const year2022 = policies.locator('section.policy-year', { has: policies.locator('h2#year-2022') });
    await expect(year2022.getByRole('link', { name: /测试样例/ }).count()).resolves.toBeGreaterThan(0);
    await expect(
      policies
        .locator('section.policy-year', { has: policies.locator('h2#year-2021') })
        .locator('a[href="/policies/workplan-2021/"]')
        .count(),
    ).resolves.toBe(1);
    await policies.context().close();

    const home = await open('/');
    const headings = await home.locator('h3.home__year').allInnerTexts();
    expect(headings.map((h) => h.trim())).toEqual(['2022 年', '2021 年']);
    await expect(home.getByRole('link', { name: '测试发〔2022〕1号' }).count()).resolves.toBe(1);
    await home.context().close();
  });

  test('an action carried into 2022 groups what each year’s texts say about it', async () => {
    const page = await open('/actions/green-living/');
    const y2021 = page.locator('section.action-year', { has: page.locator('h2#year-2021') });
    const y2022 = page.locator('section.action-year', { has: page.locator('h2#year-2022') });
    await expect(y2021.locator('a[href="/policies/workplan-2021/#s2-5"]').count()).resolves.toBeGreaterThan(0);
    await expect(y2022.locator('a[href="/policies/test-workplan-2022/#s1-2"]').count()).resolves.toBeGreaterThan(0);
    await expect(y2022.locator('a[href^="/policies/workplan-2021/"]').count()).resolves.toBe(0);
    await page.context().close();
  });

  test('the brand page of 巴渝网姐 lists its commitments in both years', async () => {
    const page = await open('/brands/wangjie/');
    const y2021 = page.locator('section.commitments-year', { has: page.locator('h3#commitments-2021') });
    const y2022 = page.locator('section.commitments-year', { has: page.locator('h3#commitments-2022') });
    await expect(y2021.locator('.commitment').count()).resolves.toBeGreaterThan(0);
    await expect(y2022.locator('a[href="/policies/test-workplan-2022/#s1-1"]').count()).resolves.toBeGreaterThan(0);
    await expect(y2022.innerText()).resolves.toContain('巴渝网姐邀你购');
    await page.context().close();
  });

  test('the 2022 target is listed under 2022, not under 2021', async () => {
    const page = await open('/targets/');
    const y2022 = page.locator('section.target-year', { has: page.locator('h2#year-2022') });
    const y2021 = page.locator('section.target-year', { has: page.locator('h2#year-2021') });
    await expect(y2022.innerText()).resolves.toContain('培训妇女（测试样例）');
    await expect(y2021.innerText()).resolves.not.toContain('测试样例');
    await page.context().close();
  });

  test('the 2022 story is listed and linked from the clause it cites', async () => {
    const stories = await open('/stories/');
    await expect(stories.locator('li[data-story="sample-test-2022"]').getByRole('heading').innerText()).resolves.toContain(
      '测试样例：2022 年的一篇故事',
    );
    await stories.context().close();

    const policy = await open('/policies/test-workplan-2022/');
    const clause = policy.locator('[id="s1-1"]');
    await expect(clause.locator('a[href="/stories/sample-test-2022/"]').count()).resolves.toBe(1);
    await policy.context().close();
  });

  test('the 2022 sample story says it is invented and offers no one to interview', async () => {
    const page = await open('/stories/sample-test-2022/');
    await expect(page.locator('.sample-notice').innerText()).resolves.toContain('虚构内容，不是真实报道');
    await expect(page.locator('.press-contact').count()).resolves.toBe(0);
    await expect(page.locator('.story__no-contact').innerText()).resolves.toContain('示例故事没有媒体联系人');
    await page.context().close();
  });

  test('what the site says about itself takes in the new year', async () => {
    const home = await open('/');
    const footer = (await home.locator('footer.site-footer').innerText()).replace(/\s+/g, ' ');
    expect(footer).toContain('2021—2022 年文件');
    expect(footer).toContain('测试发〔2022〕1号');
    await home.context().close();
    // The 2022 calendar file speaks of 2022 only.
    const { text } = await fetchText('/events/2022/calendar.ics');
    expect(text).toContain('2022 年');
    expect(text).not.toContain('2021');
  });
});

describe('the calendar across years', () => {
  test('each year has its own page; the overview leads to both', async () => {
    const overview = await open('/events/');
    for (const year of [2021, 2022])
      await expect(overview.locator(`a[href="/events/${year}/"]`).count(), `link to ${year}`).resolves.toBeGreaterThan(0);
    await overview.context().close();

    const y2022 = await open('/events/2022/');
    await expect(y2022.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('2022 年活动日历');
    const in2022 = await listedEvents(y2022);
    expect(in2022).toEqual(expect.arrayContaining(['2022-test-meeting', '2022-test-quarterly']));
    expect(in2022).not.toContain('2021-party-centenary');
    // A year known only by its year is listed in its year's 日期待定 group, with no day invented.
    await expect(y2022.locator('#undated-2022').innerText()).resolves.toContain('测试样例工作会议');
    await y2022.context().close();

    // The past year stays browsable, with its own entries only.
    const y2021 = await open('/events/2021/');
    const in2021 = await listedEvents(y2021);
    expect(in2021).toContain('2021-party-centenary');
    expect(in2021).not.toContain('2022-test-meeting');
    await y2021.context().close();
  });

  test('each year has its own calendar file beside the whole calendar', async () => {
    const all = await calendarUids('/events/calendar.ics');
    const y2021 = await calendarUids('/events/2021/calendar.ics');
    const y2022 = await calendarUids('/events/2022/calendar.ics');
    expect(y2021.name).toContain('2021');
    expect(y2022.name).toContain('2022');
    expect(y2021.uids).toContain(uid('2021-party-centenary'));
    expect(y2022.uids).not.toContain(uid('2021-party-centenary'));
    // Every entry of a year's file is in the whole calendar.
    for (const id of [...y2021.uids, ...y2022.uids]) expect(all.uids).toContain(id);
    // The quarterly entry has no fixed length per quarter and the meeting only a year: neither is given a day.
    expect(y2022.uids).not.toContain(uid('2022-test-quarterly'));
    expect(y2022.uids).not.toContain(uid('2022-test-meeting'));
  });

  test('the quarterly 2022 entry repeats in each quarter of 2022 and ends there', async () => {
    const page = await open('/events/2022-test-quarterly/');
    const occurrences = (await page.locator('.event-page__occurrences li').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
    expect(occurrences).toHaveLength(4);
    expect(occurrences.every((text) => text.startsWith('2022 年'))).toBe(true);
    expect(occurrences.at(-1)).toContain('第四季度');
    await page.context().close();
    // No page for a year the calendar does not reach.
    await expect(fetchText('/events/2023/').then((r) => r.status)).resolves.toBe(404);
    const december = await open('/events/month/2022-12/');
    expect(await listedEvents(december)).toContain('2022-test-quarterly');
    await expect(december.getByRole('link', { name: /下一月/ }).count()).resolves.toBe(0);
    await december.context().close();
  });

  test('the month grid moves from one year into the next', async () => {
    const page = await open('/events/month/2021-12/');
    await page
      .getByRole('link', { name: /下一月/ })
      .first()
      .click();
    await page.waitForURL(/\/events\/month\/2022-01\/$/);
    await expect(page.getByRole('table', { name: /2022 年 1 月/ }).count()).resolves.toBe(1);
    await page.context().close();
  });

  test('the overview’s list, page after page, holds every entry of both years’ lists, page after page', async () => {
    const overview = await walkPages('/events/');
    expect(overview.pages.length).toBeGreaterThan(1);
    const years = await Promise.all(['/events/2021/', '/events/2022/'].map(walkPages));
    expect(years.map((y) => y.pages.length)).toEqual([1, 1]);
    expect(new Set(overview.ids)).toEqual(new Set(years.flatMap((y) => y.ids)));
    expect(overview.ids).toEqual(expect.arrayContaining(['2022-test-meeting', '2022-test-quarterly']));
  });

  test('on a year’s page of one page the filters work in place, in the URL, shared as a link and undone by Back', async () => {
    const year = await open('/events/2022/', { javaScript: true });
    await expect(headLink(year, 'next')).resolves.toBeNull();
    await expect(year.locator('form[data-event-filter]').getAttribute('data-live')).resolves.toBe('true');
    const all = await listedEvents(year);
    expect(all).toEqual(expect.arrayContaining(['2022-test-quarterly', '2022-test-meeting']));
    await year.getByLabel('行动', { exact: true }).selectOption('green-living');
    await year.waitForURL(/\/events\/2022\/\?action=green-living$/);
    await expect(listedEvents(year)).resolves.toEqual(['2022-test-quarterly']);
    await expect(year.locator('[data-filter-status]').innerText()).resolves.toContain('显示 1 项活动');

    // A shared link shows the same view.
    const shared = await open('/events/2022/?action=green-living', { javaScript: true });
    await expect(listedEvents(shared)).resolves.toEqual(['2022-test-quarterly']);
    await expect(shared.getByLabel('行动', { exact: true }).inputValue()).resolves.toBe('green-living');
    await shared.context().close();

    // A second filter combines with the first: nothing is both a meeting and green living.
    await year.getByLabel('类型', { exact: true }).selectOption('meeting');
    await year.waitForURL(/\/events\/2022\/\?kind=meeting&action=green-living$/);
    await expect(listedEvents(year)).resolves.toEqual([]);

    await year.goBack();
    await year.waitForURL(/\/events\/2022\/\?action=green-living$/);
    await expect(listedEvents(year)).resolves.toEqual(['2022-test-quarterly']);
    await year.goBack();
    await year.waitForURL(/\/events\/2022\/$/);
    await expect(listedEvents(year)).resolves.toEqual(all);
    await expect(year.getByLabel('行动', { exact: true }).inputValue()).resolves.toBe('');
    await year.context().close();
  });

  test('on the overview, split into pages, one filter leads to its page listing every match of both years', async () => {
    const overview = await open('/events/', { javaScript: true });
    await expect(headLink(overview, 'next')).resolves.toBe('/events/page/2/');
    await expect(overview.locator('form[data-event-filter]').getAttribute('data-live')).resolves.toBe('false');
    await overview.getByLabel('类型', { exact: true }).selectOption('meeting');
    await overview.getByRole('button', { name: '组合筛选' }).click();
    await overview.waitForURL(/\/events\/kind\/meeting\/$/);
    const meetings = await listedEvents(overview);
    expect(meetings).toContain('2022-test-meeting');
    expect(meetings).not.toContain('2022-test-quarterly');
    await overview.context().close();
  });
});

describe('npm run build', () => {
  const story = 'sample-xiushan-tea-wangjie';

  test('publishes no camera metadata: the phone photo’s download carries the site’s caption and credit instead', async () => {
    expect(await privateTags(photo)).toEqual(expect.arrayContaining(['gps.latitude', 'ifd0.Make', 'ifd0.Model', 'xmp.photoshop:City']));
    expect(buildOutput).toContain('内容检查通过');
    expect(await leakingImages(outDir)).toEqual([]);

    // Its download: full size, with the site's caption and credit, without the camera's data.
    const download = readFileSync(join(outDir, 'stories', story, 'images', `${story}-1.jpg`));
    expect(await sharp(download).metadata()).toMatchObject({ width: 1600, height: 1000 });
    const xmp = await exifr.parse(download, { xmp: true, tiff: false, mergeOutput: false });
    expect(xmp.dc.description.value).toMatch(/示例插图/);
    expect(xmp.dc.creator).toMatch(/示例插图/);
    expect(await privateTags(download)).toEqual([]);
    // No copy of the photo as it was uploaded is published anywhere.
    const uploaded = createHash('sha256').update(photo).digest('hex');
    expect([...snapshot(outDir)].filter(([, hash]) => hash === uploaded).map(([name]) => name)).toEqual([]);
  });

  test('no image of the site carries location, device or owner metadata', async () => {
    expect(await leakingImages(distDir())).toEqual([]);
  });

  // Last in this file: it builds over the fixture's site.
  test('a failed build says what is wrong and leaves the last good site untouched', { timeout: BUILD_HANG_GUARD }, async () => {
    const published = snapshot(outDir);
    // content/ as it is (the messages then name what the editors' guide shows), with mistakes
    // that only the build's checks across files find, so that Astro has started writing the new
    // site when it fails; built into the folder holding the fixture's good site. (Once
    // checkContent makes every check, pick any mistake that still fails inside astro build, or
    // one of the content check's.)
    const broken = await copyContent('broken');
    const mistakes = MISTAKES.filter((m) => m.crossCheck);
    expect(mistakes.length).toBeGreaterThan(0);
    for (const mistake of mistakes) await mistake.apply(broken);
    const bad = await siteBuild({ ...options, contentDir: broken });
    expect(bad.ok).toBe(false);
    for (const { name, expected } of mistakes) {
      // file → field：…, with （第 N 行） after the field where the file has that line.
      const head = new RegExp(`${escapeRegExp(`${basename(expected.file)} → ${expected.field}`)}(（第 \\d+ 行）)?：`);
      const line = bad.output.split('\n').find((l) => head.test(l));
      expect(line, `${name}: no message for ${expected.file} → ${expected.field}\n${bad.output.slice(-3000)}`).toBeDefined();
      if (expected.problem) expect(line).toMatch(expected.problem);
      expect(line).toMatch(expected.fix);
    }
    // The editors' guide shows these messages as the build prints them (the fixture's path aside).
    for (const example of guideExamples().filter((e) => e.kind === 'build')) {
      expect(bad.output).toContain(example.message.replace(/^content\//, ''));
    }
    expect(bad.output).toContain('仍是上一次成功构建的网站，一个文件也没有改动');
    expect(bad.output).toContain('still holds the last good build, untouched');

    // The last good site, byte for byte, and nothing left of the failed one.
    expect(snapshot(outDir)).toEqual(published);
    expect(readdirSync(dirname(outDir)).filter((name) => name.startsWith('dist.'))).toEqual([]);
  });
});
