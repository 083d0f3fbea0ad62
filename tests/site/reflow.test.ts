/**
 * Content reflows (WCAG 1.4.10): no page scrolls sideways on a 320 px phone, nor on a 1280 px
 * screen zoomed to 200 % (emulated as a 640 px CSS viewport: deviceScaleFactor does not zoom).
 */
import { describe, test } from 'vitest';
import type { Page } from 'playwright-core';
import { withPage } from '../support/browser';
import { pagePaths } from '../support/site';

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
        const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : '');
        return `  ${name} ends at ${Math.round(el.getBoundingClientRect().right)} px: “${(el.textContent ?? '').trim().slice(0, 40)}”`;
      });
    return `document is ${root.scrollWidth} px wide in a ${root.clientWidth} px viewport:\n${wide.join('\n')}`;
  });
}

describe('reflow without horizontal scrolling', () => {
  const cases = pagePaths().flatMap((path) => VIEWPORTS.map((viewport) => [path, viewport.name, viewport] as const));
  test.concurrent.for(cases)('%s fits a %s', async ([path, , { width, height }], { expect }) => {
    const report = await withPage(path, { width, height }, overflow);
    expect(report).toBe('');
  });
});
