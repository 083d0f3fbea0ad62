/**
 * Loading a page requests nothing outside localhost: no web fonts, CDNs, analytics or remote
 * images. Every request of the page (documents, scripts, styles, fonts, images, fetches) is
 * recorded; requests to other hosts are blocked and listed.
 */
import { describe, test } from 'vitest';
import type { Page } from 'playwright-core';
import { withPage } from '../support/browser';
import { pagePaths } from '../support/site';
import { resize } from '../support/viewport';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return LOCAL_HOSTS.has(hostname);
}

/** Resolves once no request of the page has been in flight for a moment (at most ~5 s). */
async function settled(page: Page, inflight: () => number): Promise<void> {
  let quiet = 0;
  for (let i = 0; i < 100 && quiet < 3; i++) {
    await page.waitForTimeout(50);
    quiet = inflight() === 0 ? quiet + 1 : 0;
  }
}

describe('no requests outside localhost', () => {
  test.concurrent.for(pagePaths())('%s requests only local files, at 320 px and at 1280 px', async (path, { expect }) => {
    const requests: string[] = [];
    const offenders: string[] = [];
    let inflight = 0;
    await withPage(
      path,
      {
        width: 320,
        beforeGoto: async (page) => {
          page.on('request', () => inflight++);
          page.on('requestfinished', () => inflight--);
          page.on('requestfailed', () => inflight--);
          await page.context().route('**/*', (route) => {
            const request = route.request();
            requests.push(request.url());
            if (isLocal(request.url())) return route.continue();
            offenders.push(`${request.resourceType()} ${request.url()}`);
            return route.abort('blockedbyclient');
          });
        },
      },
      async (page) => {
        // On a phone, then on a desktop screen (media queries and srcset may load other files):
        // bring lazy content into view and let every request it starts finish.
        for (const width of [320, 1280]) {
          await resize(page, width);
          await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
          await settled(page, () => inflight);
        }
      },
    );
    expect(requests.length, 'the page itself was requested').toBeGreaterThan(0);
    expect(offenders.join('\n')).toBe('');
  });
});
