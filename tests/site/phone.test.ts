/**
 * The reader on a phone (issue 11): a policy text starts on the first screens with its contents
 * one tap away, the header is compact, the calendar fits a 320 px screen, and search results start
 * on the first screen and are a few key presses away. That no label on any page wraps one
 * character per line is checked in the one visit of every page (pages.test.ts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { keptPage, withPage } from '../support/browser';
import { pageTypes } from '../support/page-types';
import { readPolicies } from '../support/content';
import { sitemapPaths } from '../support/site';
import { resize } from '../support/viewport';
import { openSearch } from './search-support';
import { t } from '../../src/lib/i18n';

const PHONES = [
  { name: '390 × 844 phone', width: 390, height: 844 },
  { name: '320 × 640 phone', width: 320, height: 640 },
];
const texts = readPolicies().filter((doc) => doc.data.kind === 'text');

/** Top of the first block of the text (below the notice), in CSS pixels from the top of the page. */
const firstParagraphTop = (page: Page) =>
  page.locator('.gw-text .policy-body > :first-child').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

// Each group below visits its pages through one page kept open (tests/support/browser.ts).
describe('a policy text on a phone', () => {
  const onPhone = keptPage({ width: PHONES[0]?.width, height: PHONES[0]?.height });
  const onDesktop = keptPage({ width: 1280, height: 900 });

  test.each(texts.map((doc) => [doc.id] as const))('/policies/%s/ starts its text within 1.5 screens, contents one tap away', async (id) => {
    const page = await onPhone(`/policies/${id}/`);
    for (const { name, width, height } of PHONES) {
      await resize(page, width, height);
      const top = await firstParagraphTop(page);
      expect(top, `${name}: the text starts at ${Math.round(top)} px`).toBeLessThan(1.5 * height);
    }
    // One tap on 目录 shows the contents; a tap on an entry goes to its clause.
    const contents = page.getByRole('navigation', { name: t('policy.toc') });
    const entries = contents.getByRole('link');
    expect(await entries.first().isVisible()).toBe(false);
    await contents.getByText(t('policy.toc'), { exact: true }).last().click();
    await entries.nth(1).click();
    const target = await page.evaluate(() => location.hash);
    expect(target).toMatch(/^#/);
    expect(await page.locator(`[id="${target.slice(1)}"]`).isVisible()).toBe(true);
  });

  test.each(texts.map((doc) => [doc.id] as const))('/policies/%s/ on a desktop: text within one screen, contents beside it', async (id) => {
    const page = await onDesktop(`/policies/${id}/`);
    expect(await firstParagraphTop(page)).toBeLessThan(900);
    const contents = page.getByRole('navigation', { name: t('policy.toc') });
    const entry = contents.getByRole('link').first();
    expect(await entry.isVisible(), 'the contents are open').toBe(true);
    const text = await page.locator('.gw-text').boundingBox();
    const toc = await contents.boundingBox();
    expect(toc && text && toc.x + toc.width <= text.x, 'the contents stand beside the text').toBe(true);
  });

  test('the header takes at most a sixth of a 390 × 844 screen, and its menu opens with one tap', async () => {
    await withPage('/policies/', { width: 390, height: 844 }, async (page) => {
      const header = await page.getByRole('banner').boundingBox();
      expect(header?.height).toBeLessThan(844 / 6);
      const nav = page.getByRole('navigation', { name: t('nav.label') });
      const events = nav.getByRole('link', { name: t('nav.events') });
      expect(await events.isVisible()).toBe(false);
      await nav.getByText(t('nav.menu')).click();
      await events.click();
      await page.waitForURL(/\/events\/$/);
    });
  });

  test.each([t('nav.menu'), t('reading.size')])(
    'on a phone the header’s %s panel closes with Escape, and before it could cover what has focus',
    async (name) => {
      await withPage('/policies/', { width: 390, height: 844 }, async (page) => {
        const panel = page.getByRole('banner').locator('details', { has: page.locator('summary', { hasText: name }) });
        const button = panel.locator('summary');
        const isOpen = () => panel.evaluate((details: HTMLDetailsElement) => details.open);
        await button.click();
        expect(await isOpen()).toBe(true);
        await page.keyboard.press('Escape');
        expect(await isOpen(), 'Escape closes it').toBe(false);
        expect(await button.evaluate((el) => el === document.activeElement), 'focus is back on its button').toBe(true);
        // Open again from the keyboard and Tab on until focus is in the page below the header.
        await page.keyboard.press('Enter');
        expect(await isOpen()).toBe(true);
        for (let presses = 0; presses < 40; presses++) {
          await page.keyboard.press('Tab');
          if (await page.evaluate(() => !document.activeElement?.closest('header'))) break;
        }
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el.closest('header')) return null;
          const box = el.getBoundingClientRect();
          const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return { text: el.textContent, covered: !(top && (el === top || el.contains(top))) };
        });
        expect(focused, 'Tab reaches the page').not.toBeNull();
        expect(await isOpen(), 'the panel closed when focus left it').toBe(false);
        expect(focused?.covered, `“${focused?.text}” has focus and is not covered`).toBe(false);
      });
    },
  );

  test('on a 1280 px screen the header shows the sections and text sizes open, with no 字号 or 栏目 button', async () => {
    await withPage('/policies/', { width: 1280, height: 900 }, async (page) => {
      const nav = page.getByRole('navigation', { name: t('nav.label') });
      expect(await nav.getByRole('link', { name: t('nav.events') }).isVisible(), 'the sections stand open').toBe(true);
      expect(await page.getByRole('radio', { name: t('reading.size.150'), exact: true }).isVisible(), 'the text sizes stand open').toBe(true);
      const buttons = await page
        .getByRole('banner')
        .locator('summary')
        .evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => el.textContent));
      expect(buttons, 'disclosure buttons shown beside what they would open').toEqual([]);
    });
  });
});

describe('a story on a phone with 2× text', () => {
  const stories = sitemapPaths().filter((p) => /^\/stories\/[^/]+\/$/.test(p));
  const onPhone = keptPage({ width: 390, height: 844 });

  test.each(stories.slice(0, 3))('%s gives each detail the width of at least 8 characters', async (path) => {
    const page = await onPhone(path);
    await page.evaluate(() => document.documentElement.setAttribute('data-text-size', '200'));
    const narrow = await page
      .locator('.story-meta dd')
      .evaluateAll((dds) =>
        dds
          .map((dd) => ({ text: dd.textContent?.slice(0, 20), chars: dd.getBoundingClientRect().width / parseFloat(getComputedStyle(dd).fontSize) }))
          .filter((dd) => dd.chars < 8),
      );
    await page.evaluate(() => document.documentElement.removeAttribute('data-text-size'));
    expect(narrow, 'details squeezed into a narrow column').toEqual([]);
  });
});

describe('the calendar on a 320 px phone', () => {
  const calendarPages = ['/events/', ...sitemapPaths().filter((p) => p.startsWith('/events/month/'))];
  const onPhone = keptPage({ width: 320, height: 640 });

  test.each(calendarPages)('%s shows its month as an agenda and does not scroll sideways', async (path) => {
    const page = await onPhone(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await page.locator('.month-grid table').isVisible(), 'the grid gives way').toBe(false);
    const agenda = page.locator('.month-grid__agenda');
    expect(await agenda.isVisible()).toBe(true);
    // Every day the grid would show with entries is in the agenda, with its entries as links.
    const gridDays = await page.locator('.month-grid td.has-events time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
    const agendaDays = await agenda.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
    expect(agendaDays).toEqual(gridDays);
    await resize(page, 1280, 900);
    expect(await page.locator('.month-grid table').isVisible(), 'a desktop shows the grid').toBe(true);
  });
});

describe('search on a phone and by keyboard', () => {
  test.each(PHONES)('on a $name the first result starts on the first screen', async ({ width, height }) => {
    const page = await openSearch('?q=家政', { width, height });
    const first = page.locator('[data-search-list] > li').first();
    const box = await first.boundingBox();
    expect(box && box.y, 'the first result starts on the first screen').toBeLessThan(height - 40);
  });

  test.each([1280, 320])('at %i px the first result is at most six key presses from the search box', async (width) => {
    const page = await openSearch('?q=家政', { width, height: 800 });
    await page.getByRole('searchbox', { name: t('search.label') }).focus();
    let presses = 0;
    const onResult = () => page.evaluate(() => Boolean(document.activeElement?.closest('[data-search-list]')));
    while (!(await onResult()) && presses < 6) {
      const onSkip = await page.evaluate((name) => document.activeElement?.textContent?.trim() === name, t('search.skipToResults'));
      await page.keyboard.press(onSkip ? 'Enter' : 'Tab');
      presses++;
    }
    expect(await onResult(), `${presses} key presses`).toBe(true);
  });
});

describe('every page type on a 390 px phone', () => {
  // Screenshots for people to look at (not compared): test-results/screenshots/<type>-390.png.
  const shots = join(process.cwd(), 'test-results', 'screenshots');
  mkdirSync(shots, { recursive: true });
  const onPhone = keptPage({ width: 390, height: 844 });

  test.each(pageTypes())('$name ($path) opens on its heading and fits the screen', async ({ name, path }) => {
    const page = await onPhone(path);
    if (path.startsWith('/search/')) await page.locator('[data-search-list] > li').first().waitFor();
    await page.screenshot({ path: join(shots, `${name}-390.png`) });
    const box = await page.locator('h1').first().boundingBox();
    expect(box?.y, 'the h1 is in the upper half of the first screen').toBeLessThan(844 / 2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

describe('Chinese typography', () => {
  // Families that draw full-width Chinese punctuation on Windows, macOS/iOS, Android and Linux.
  const CJK = /CJK|PingFang|YaHei|Hiragino|Source Han|WenQuanYi|Heiti|SimHei|SimSun|FangSong|KaiTi/i;

  test('quotes, middle dots, dashes and ellipses in body text and headings come from a CJK font', async () => {
    await withPage('/policies/workplan-2021/', {}, async (page) => {
      const probes = { body: '.gw-text .policy-body p', heading: '.gw-text .policy-body :is(h2, h3)' };
      await page.evaluate((where) => {
        for (const [name, selector] of Object.entries(where)) {
          const span = document.createElement('span');
          span.id = `probe-${name}`;
          span.textContent = '“两癌”‘三留守’·——…';
          document.querySelector(selector)?.append(span);
        }
        // Laid out now: DevTools reports the fonts of text as last laid out, and would otherwise
        // find none for a probe the next frame has not reached yet.
        document.body.getBoundingClientRect();
      }, probes);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      for (const name of Object.keys(probes)) {
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `#probe-${name}` });
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        expect(fonts.length, name).toBeGreaterThan(0);
        expect(
          fonts.map((font) => font.familyName).filter((family) => !CJK.test(family)),
          `${name}: non-CJK fonts used`,
        ).toEqual([]);
      }
    });
  });
});
