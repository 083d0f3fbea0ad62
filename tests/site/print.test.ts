/**
 * A text prints on A4 in the manner of a 公文: the site's chrome (header, footer, navigation,
 * clause tools) is hidden, headings never end a page, and Chromium produces an A4 PDF.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser';
import { t } from '../../src/lib/i18n';

const PATH = '/policies/workplan-2021/';
let page: Page;

/** Chrome that must not print; role locators leave out hidden elements, so each counts 0 when hidden. */
const chrome = (p: Page) => ({
  'site header': p.getByRole('banner'),
  'site footer': p.getByRole('contentinfo'),
  'navigation (site, breadcrumbs, contents)': p.getByRole('navigation'),
  本条链接: p.locator('main').getByRole('link', { name: t('clause.link') }),
  'the open citation box of 二、1.': p.getByRole('group', { name: `${t('clause.cite')} 二、1.` }),
});

beforeAll(async () => {
  // With a clause targeted, so that its citation box is open on screen.
  page = await openPage(`${PATH}#s2-1`);
});
afterAll(() => page.context().close());

describe('printing /policies/workplan-2021/', () => {
  test('hides the header, footer, navigation and clause tools, keeps the text', async () => {
    await page.emulateMedia({ media: 'screen' });
    for (const [name, locator] of Object.entries(chrome(page))) {
      expect(await locator.count(), `${name} is shown on screen`).toBeGreaterThan(0);
    }
    await page.emulateMedia({ media: 'print' });
    const printed: string[] = [];
    for (const [name, locator] of Object.entries(chrome(page))) if ((await locator.count()) > 0) printed.push(name);
    expect(printed.join(', ')).toBe('');
    // The title and the text itself still print.
    const title = page.locator('main').getByText('重庆市妇女联合会 2021 年工作要点', { exact: true });
    const titleShown = await Promise.all((await title.all()).map((el) => el.isVisible()));
    expect(titleShown, 'the title prints').toContain(true);
    expect(await page.locator('#s2-1').isVisible()).toBe(true);
    expect(await page.locator('#annex-s1-1').isVisible()).toBe(true);
  });

  test('no heading ends a page: headings have break-after: avoid', async () => {
    await page.emulateMedia({ media: 'print' });
    const styles = await page
      .locator('main :is(h1, h2, h3, h4)')
      .evaluateAll((headings) =>
        headings
          .filter((h) => h.getClientRects().length > 0)
          .map((h) => `${h.tagName} ${getComputedStyle(h).breakAfter} ${(h.textContent ?? '').trim().slice(0, 20)}`),
      );
    expect(styles.length).toBeGreaterThan(10);
    expect(styles.filter((s) => !/^H\d avoid/.test(s)).join('\n')).toBe('');
  });

  test('prints to an A4 PDF of several pages', async () => {
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    const pages = text.match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(3);
    // A4 is 595.28 × 841.89 pt.
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
    expect(box, 'the PDF declares its page size').not.toBeNull();
    expect(Math.abs(Number(box?.[1]) - 595.28)).toBeLessThan(2);
    expect(Math.abs(Number(box?.[2]) - 841.89)).toBeLessThan(2);
  });
});
