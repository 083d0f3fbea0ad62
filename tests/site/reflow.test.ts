/**
 * Content reflows (WCAG 1.4.10): no page scrolls sideways on a 320 px phone, nor on a 1280 px
 * screen zoomed to 200 % (emulated as a 640 px CSS viewport: deviceScaleFactor does not zoom).
 * Each page is loaded once at 320 px and widened to 640 px.
 */
import { describe, test } from 'vitest';
import type { Page } from 'playwright-core';
import { withPage } from '../support/browser';
import { pagePaths } from '../support/site';
import { resize } from '../support/viewport';

const VIEWPORTS = [
  { name: '320 px phone', width: 320, height: 640 },
  { name: '1280 px at 200 % zoom', width: 640, height: 450 },
];

/** '' if the document fits its viewport, else the widths and the elements sticking out. */
function overflow(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return '';
    const wide = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
      .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= root.clientWidth + 0.5)
      .slice(0, 10)
      .map((el) => {
        const name =
          el.tagName.toLowerCase() +
          (el.id ? `#${el.id}` : '') +
          (el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : '');
        return `  ${name} ends at ${Math.round(el.getBoundingClientRect().right)} px: “${(el.textContent ?? '').trim().slice(0, 40)}”`;
      });
    return `document is ${root.scrollWidth} px wide in a ${root.clientWidth} px viewport:\n${wide.join('\n')}`;
  });
}

describe('reflow without horizontal scrolling', () => {
  test.concurrent.for(pagePaths())(`%s fits a ${VIEWPORTS.map((v) => v.name).join(' and a ')}`, async (path, { expect }) => {
    const reports = await withPage(path, { width: VIEWPORTS[0]?.width, height: VIEWPORTS[0]?.height }, async (page) => {
      const found: string[] = [];
      for (const { name, width, height } of VIEWPORTS) {
        await resize(page, width, height);
        const report = await overflow(page);
        if (report) found.push(`${name}: ${report}`);
      }
      return found;
    });
    expect(reports.join('\n')).toBe('');
  });
});
