/**
 * 适老化 reading controls (issue 11): text size (standard, 1.5×, 2×) and high contrast change the
 * page, are announced, are used by keyboard, apply before the page is drawn and persist across a
 * navigation. In the large sizes controls are at least 44 px (that no page scrolls sideways at 2×
 * on a 320 px phone is checked in the one visit of every page, pages.test.ts, as is axe in high
 * contrast on one page of each type). Without JavaScript the page follows the browser's text size and contrast
 * setting; in forced colours the targeted clause stays marked.
 */
import { describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openContext, openPage, withPage } from '../support/browser';
import { siteUrl } from '../support/site';
import { pageTypes } from '../support/page-types';
import { READING_KEYS } from '../../src/lib/reading';
import { t } from '../../src/lib/i18n';

const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const textColour = (page: Page) => page.evaluate(() => getComputedStyle(document.body).color);
const status = (page: Page) => page.getByRole('region', { name: t('reading.label') }).getByRole('status');

/** A browser context whose pages start with the given stored choices. */
async function contextWith(choices: { size?: string; contrast?: string }, width = 1280, height = 900): Promise<BrowserContext> {
  const context = await openContext({ width, height });
  await context.addInitScript(
    ([keys, values]) => {
      if (values.size) localStorage.setItem(keys.size, values.size);
      if (values.contrast) localStorage.setItem(keys.contrast, values.contrast);
    },
    [READING_KEYS, choices] as const,
  );
  return context;
}

const SAMPLES = pageTypes().map((type) => type.path);

describe('the reading controls', () => {
  test('by keyboard: 2× text and high contrast change the page and are announced', async () => {
    const page = await openPage('/policies/workplan-2021/');
    const before = await rootFontSize(page);
    const group = page.getByRole('group', { name: t('reading.size') });
    await group.getByRole('radio', { name: t('reading.size.100'), exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await group.getByRole('radio', { name: t('reading.size.200'), exact: true }).isChecked()).toBe(true);
    expect(await rootFontSize(page)).toBe(2 * before);
    expect(await status(page).textContent()).toContain(t('reading.size.scale.200'));

    const colourBefore = await textColour(page);
    await page.getByRole('checkbox', { name: t('reading.contrast') }).press('Space');
    expect(await textColour(page)).not.toBe(colourBefore);
    expect(await textColour(page)).toBe('rgb(0, 0, 0)');
    expect(await status(page).textContent()).toBe(t('reading.contrast.on'));
    await page.context().close();
  });

  test('the choice persists on the next page and applies before it is drawn', async () => {
    const page = await openPage('/');
    await page.getByRole('radio', { name: t('reading.size.150'), exact: true }).check();
    await page.getByRole('checkbox', { name: t('reading.contrast') }).check();
    // Record <html>'s attributes at the moment <body> is created on the next page: nothing can be drawn before.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        const root = document.documentElement;
        (window as unknown as { atBody: string }).atBody = `${root.dataset.textSize}/${root.dataset.contrast}`;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page
      .getByRole('link', { name: t('nav.policies') })
      .first()
      .click();
    await page.waitForURL(/\/policies\/$/);
    expect(await page.evaluate(() => (window as unknown as { atBody: string }).atBody)).toBe('150/high');
    expect(await rootFontSize(page)).toBe(24);
    expect(await page.getByRole('radio', { name: t('reading.size.150'), exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: t('reading.contrast') }).isChecked()).toBe(true);
    // And back to standard.
    await page.getByRole('radio', { name: t('reading.size.100'), exact: true }).check();
    await page.reload();
    expect(await rootFontSize(page)).toBe(16);
    await page.context().close();
  });
});

describe('large sizes: touch targets of at least 44 px', () => {
  // One page at 1.5× on a 390 px phone visits every sample (a new one each would cost more than the check).
  let opened: Promise<Page> | undefined;
  const largeText = () => (opened ??= contextWith({ size: '150' }, 390, 844).then((context) => context.newPage()));

  test.each(SAMPLES)('%s at 1.5×', async (path) => {
    const page = await largeText();
    await page.goto(siteUrl(path));
    // Controls that are not a link inside a sentence (WCAG 2.5.8 exempts those).
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a, button, summary, select, input, label')]
        .filter((el) => el.checkVisibility() && getComputedStyle(el).display !== 'inline')
        .filter((el) => !(el instanceof HTMLInputElement && el.closest('label')))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 1 && (box.height < 43.5 || box.width < 43.5))
        .slice(0, 8)
        .map(
          ({ el, box }) =>
            `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 16)}” ${Math.round(box.width)}×${Math.round(box.height)}`,
        ),
    );
    expect(small.join('\n')).toBe('');
  });
});

describe('without JavaScript', () => {
  test('the controls are hidden; the browser’s text size and contrast setting apply', async () => {
    const page = await openPage('/policies/workplan-2021/', { javaScript: false, width: 320, height: 640, context: { contrast: 'more' } });
    expect(await page.getByRole('region', { name: t('reading.label') }).isVisible()).toBe(false);
    expect(await textColour(page)).toBe('rgb(0, 0, 0)');
    // The browser's default text size doubled, as a reader sets it in the browser's settings.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    await page.reload();
    expect(await rootFontSize(page)).toBe(32);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  });
});

describe('forced colours (Windows high contrast)', () => {
  test('the targeted clause keeps a visible outline', async () => {
    await withPage('/policies/workplan-2021/#s2-1', { context: { forcedColors: 'active' } }, async (page) => {
      const outline = await page.locator('#s2-1').evaluate((el) => {
        const style = getComputedStyle(el);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor };
      });
      expect(outline.style).toBe('solid');
      expect(outline.width).toBeGreaterThanOrEqual(2);
      expect(outline.colour).not.toBe('rgba(0, 0, 0, 0)');
    });
  });
});
