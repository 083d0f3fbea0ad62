/** Changing the viewport of an open page, as a reader resizing the window or zooming would. */
import type { Page } from 'playwright-core';

/** Sets the viewport width (keeping the height unless given) and waits until the page has re-laid out. */
export async function resize(page: Page, width: number, height?: number): Promise<void> {
  const current = page.viewportSize();
  if (current?.width === width && (height === undefined || current.height === height)) return;
  await page.setViewportSize({ width, height: height ?? current?.height ?? 900 });
  // Two animation frames: media queries, srcset and layout have caught up.
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}
