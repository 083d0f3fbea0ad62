/**
 * Every request a page makes: recorded from before navigation, with requests to hosts other than
 * localhost blocked and listed. `settle()` waits, by conditions only, until the page has asked
 * for everything it is going to ask for at its current size.
 */
import type { Page, Request, Route } from 'playwright-core';
import { HANG_GUARD } from './limits';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a URL stays on this machine (or in the page: data:, blob:, about:). */
function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return LOCAL_HOSTS.has(hostname);
}

/** The path of the marker request `settle()` sends; it is answered in the browser and never recorded. */
const MARKER = '/__requests-settled__';

export class RequestLog {
  /** Every URL requested, in order. */
  readonly requests: string[] = [];
  /** Requests to other hosts (blocked), as `type url`. */
  readonly offenders: string[] = [];
  private inflight = new Set<Request>();
  private idle: Array<() => void> = [];
  private markerSeen: Array<() => void> = [];

  /** Starts recording (call before the page navigates, e.g. as `beforeGoto`). */
  async attach(page: Page): Promise<void> {
    page.on('request', (request) => {
      if (!request.url().includes(MARKER)) this.inflight.add(request);
    });
    const done = (request: Request) => {
      this.inflight.delete(request);
      if (this.inflight.size === 0) for (const wake of this.idle.splice(0)) wake();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    await page.context().route('**/*', (route: Route) => {
      const request = route.request();
      if (new URL(request.url()).pathname.startsWith(MARKER)) {
        for (const wake of this.markerSeen.splice(0)) wake();
        return route.fulfill({ status: 204 });
      }
      this.requests.push(request.url());
      if (isLocal(request.url())) return route.continue();
      this.offenders.push(`${request.resourceType()} ${request.url()}`);
      return route.abort('blockedbyclient');
    });
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
   * after two frames and an idle moment in the page, a marker request goes out; requests reach
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
        // Two frames (layout done, lazy images in view found), then a moment the page is idle.
        await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => done()))));
        await fetch(marker, { cache: 'no-store' });
      }, MARKER);
      await seen;
      await this.noneInFlight();
      if (this.requests.length === before) break;
    }
    await page.evaluate(() => window.scrollTo(0, 0));
  }
}
