/**
 * Layout checks run in a page of the built site (used by the one visit of every page, pages.test.ts).
 */
import type { Page } from 'playwright-core';

/** Text that wraps with at most one character on each line: '' if none, else where. */
export function oneCharacterLines(page: Page): Promise<string> {
  return page.evaluate(() => {
    const found: string[] = [];
    const range = document.createRange();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const parent = node.parentElement;
      if ([...text].length < 2 || !parent || !parent.checkVisibility()) continue;
      range.selectNodeContents(node);
      const lines = [...range.getClientRects()].filter((r) => r.width > 1);
      if (lines.length < 2) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      // A column squeezed to one character: every line that narrow, one below the other. (A short
      // word broken at the end of a line of running text starts its second line further left.)
      const left = lines[0]?.left ?? 0;
      if (lines.every((line) => line.width < 1.6 * size && Math.abs(line.left - left) < 1))
        found.push(`  <${parent.tagName.toLowerCase()} class="${parent.className}">: “${text.slice(0, 20)}”`);
    }
    return found.slice(0, 10).join('\n');
  });
}
