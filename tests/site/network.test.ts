/**
 * Loading a page requests nothing outside localhost: no web fonts, CDNs, analytics or remote
 * images. Every request of the page (documents, scripts, styles, fonts, images, fetches) is
 * recorded; requests to other hosts are blocked and listed.
 */
import { describe, expect, test } from 'vitest';
import { withPage } from '../support/browser';
import { pagePaths } from '../support/site';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return LOCAL_HOSTS.has(hostname);
}

describe('no requests outside localhost', () => {
  const cases = pagePaths().flatMap((path) => [1280, 320].map((width) => [path, width] as const));
  test.each(cases)('%s at %i px requests only local files', async (path, width) => {
    const requests: string[] = [];
    const offenders: string[] = [];
    await withPage(
      path,
      {
        width,
        beforeGoto: async (page) => {
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
        // Bring lazy content into view, then let any late request start and finish.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
      },
    );
    expect(requests.length, 'the page itself was requested').toBeGreaterThan(0);
    expect(offenders.join('\n')).toBe('');
  });
});
