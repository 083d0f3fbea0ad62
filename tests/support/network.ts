/**
 * Every request a page makes: recorded from before navigation, with requests to hosts other than
 * localhost listed (the browser cannot reach them: tests/support/browser.ts sends them to a proxy
 * that is not there). `settle()` waits, by conditions only, until the page has asked for
 * everything it is going to ask for at its current size.
 *
 * The log listens to the page's events and intercepts nothing, so a page can be reused for many
 * visits (tests/site/pages.test.ts). The browser cache stays on, as a reader's: the site's own
 * files are fetched once per page kept open, and a request to another host can never be answered
 * from the cache (it never succeeds: tests/support/browser.ts sends it to a proxy that is not
 * there), so every such request of every visit is recorded.
 */
import type { Page, Request } from 'playwright-core';
import { HANG_GUARD } from './limits';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a URL stays on this machine (or in the page: data:, blob:, about:). */
function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return LOCAL_HOSTS.has(hostname);
}

/** The path of the marker request `settle()` sends (the site answers it 404); never recorded. */
const MARKER = '/__requests-settled__';

export class RequestLog {
  /** Every URL requested, in order. */
  readonly requests: string[] = [];
  /** Requests to other hosts (blocked), as `type url`. */
  readonly offenders: string[] = [];
  private inflight = new Set<Request>();
  private idle: Array<() => void> = [];
  private markerSeen: Array<() => void> = [];

  /**
   * Starts recording the page's requests, from now on (call before it navigates, e.g. as
   * `beforeGoto`, and only once for a page).
   */
  attach(page: Page): void {
    page.on('request', (request) => {
      const url = request.url();
      if (new URL(url).pathname.startsWith(MARKER)) {
        for (const wake of this.markerSeen.splice(0)) wake();
        return;
      }
      this.requests.push(url);
      this.inflight.add(request);
      if (!isLocal(url)) this.offenders.push(`${request.resourceType()} ${url}`);
    });
    const done = (request: Request) => {
      this.inflight.delete(request);
      if (this.inflight.size === 0) for (const wake of this.idle.splice(0)) wake();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
  }

  /** Forgets what was recorded (before the next visit of a page kept open). */
  clear(): void {
    this.requests.length = 0;
    this.offenders.length = 0;
  }

  /** Resolves when no request is in flight; a request that never ends fails, named, after HANG_GUARD. */
  private noneInFlight(): Promise<void> {
    if (this.inflight.size === 0) return Promise.resolve();
    return new Promise((wake, fail) => {
      const guard = setTimeout(() => {
        const pending = [...this.inflight].map((request) => request.url());
        fail(new Error(`requests still in flight after ${HANG_GUARD / 1000} s:\n${pending.join('\n')}`));
      }, HANG_GUARD);
      this.idle.push(() => {
        clearTimeout(guard);
        wake();
      });
    });
  }

  /**
   * Scrolls to the end (so lazy content asks for its files), then waits until the page is quiet:
   * after two frames, a marker request goes out; requests reach
   * the recorder in the order the page makes them, so once the marker arrives every earlier
   * request is recorded. Then every request must have finished. Repeats until a round adds
   * nothing (a finished file may ask for more, as a stylesheet asks for its fonts). Scrolls back
   * to the top at the end.
   */
  async settle(page: Page): Promise<void> {
    for (;;) {
      const before = this.requests.length;
      const seen = new Promise<void>((wake) => this.markerSeen.push(wake));
      await page.evaluate(async (marker) => {
        window.scrollTo(0, document.body.scrollHeight);
        // Two frames: layout done, lazy images in view found and asked for.
        await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
        // Sent, not awaited: only its arrival at the recorder counts. (Awaiting the answer, or an
        // idle callback, could wait for ever on a busy machine: Chromium may hold them back.)
        void fetch(marker, { cache: 'no-store' }).catch(() => {});
      }, MARKER);
      await seen;
      await this.noneInFlight();
      if (this.requests.length === before) break;
    }
    await page.evaluate(() => window.scrollTo(0, 0));
  }
}
