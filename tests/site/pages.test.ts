/**
 * Every page of the sitemap (and the 404 page), visited once in Chromium and checked at the
 * sizes readers use, each check reported on its own:
 *
 * - accessibility: axe-core finds no WCAG 2.2 A/AA violation on a small phone (320 px) screen,
 *   nor, on one page of each type (tests/support/page-types.ts), on a desktop (1280 px) screen,
 *   there also in the reading controls' high contrast: what the width changes is the layout of a
 *   page's type, the rest axe checks at any width, and the high-contrast palette is the same on
 *   every page. (The larger text sizes cannot bring violations: the rules that depend on size
 *   ask less of larger text.) Rules switched off, if any, are listed with their reasons in
 *   tests/support/axe.ts.
 * - reflow (WCAG 1.4.10): the page does not scroll sideways on a 320 px phone, nor on a 1280 px
 *   screen zoomed to 200 % (emulated as a 640 px CSS viewport: deviceScaleFactor does not zoom),
 *   nor on a 320 px phone with the reading controls' 2× text (issue 11).
 * - labels (issue 11): on a 320 px phone no text wraps one character per line, also with 2× text.
 * - network: loading the page requests nothing outside localhost (no web fonts, CDNs, analytics
 *   or remote images), on a phone and on a desktop screen, with lazy content scrolled into view;
 *   requests to other hosts are blocked and listed.
 * - validity: its built file passes html-validate with the recommended preset and the project's
 *   .htmlvalidate.json (where any rule switched off says why); read from disk, no browser needed.
 *   Every HTML file of the build is one of these pages.
 *
 * One visit per page: loaded on a 320 px phone (network, reflow, labels, axe), widened to 640 px
 * (reflow) and to 1280 px (network, axe for one page of each type, with standard and with high
 * contrast, chosen as a reader does and applied by public/reading.js), narrowed to 320 px again
 * with 2× text (reflow, labels). The visits go through one browser page per lane, kept open (a new context
 * costs more than the checks), its cache on as a reader's (a request to another host is never
 * answered from it: tests/support/network.ts), and axe is in every document from the start
 * (tests/support/axe.ts).
 * Links and byte budgets are checked on the built files (links.test.ts, budgets.test.ts).
 */
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { openContext, visit } from '../support/browser';
import { axeInEveryDocument, axeViolations, formatViolations } from '../support/axe';
import { RequestLog } from '../support/network';
import { SIDE_BY_SIDE } from '../support/limits';
import { builtFile, builtFiles, distDir, pagePaths } from '../support/site';
import { resize } from '../support/viewport';
import { oneCharacterLines } from '../support/layout';
import { pageTypes } from '../support/page-types';
import { READING_KEYS } from '../../src/lib/reading';

const PHONE = { name: '320 px phone', width: 320, height: 640 };
const ZOOMED = { name: '1280 px at 200 % zoom', width: 640, height: 450 };
const DESKTOP = { width: 1280, height: 900 };
/** The pages axe also checks at the desktop width: one of each type. */
const DESKTOP_AXE = new Set(pageTypes().map((type) => type.path));

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

/** Sets the reading controls' 2× text size; '' if the root font doubled, else what it is. */
async function doubleText(page: Page): Promise<string[]> {
  const root = await page.evaluate(() => {
    document.documentElement.setAttribute('data-text-size', '200');
    return parseFloat(getComputedStyle(document.documentElement).fontSize);
  });
  return root === 32 ? [] : [`2× text: the root font is ${root} px, not 32 px`];
}

/**
 * Stores a contrast choice (null: none) as the reading controls do and lets public/reading.js apply
 * it, as it does for a choice made in another tab; '' if the page took it, else what it shows.
 * The lane's next visit starts without a stored choice.
 */
async function chooseContrast(page: Page, contrast: 'high' | null): Promise<string> {
  const shown = await page.evaluate(
    ([key, value]) => {
      if (value) localStorage.setItem(key, value);
      else localStorage.removeItem(key);
      dispatchEvent(new StorageEvent('storage', { key }));
      return document.documentElement.dataset.contrast ?? null;
    },
    [READING_KEYS.contrast, contrast] as const,
  );
  return shown === contrast ? '' : `contrast chosen: ${contrast ?? 'none'}, but the page shows ${shown ?? 'none'}`;
}

interface Report {
  /** axe reports, '' where there was no violation. */
  axe: string[];
  /** Overflow reports, '' where the page fitted. */
  reflow: string[];
  /** Text squeezed to one character per line on the phone, '' if none. */
  labels: string;
  requests: string[];
  offenders: string[];
}

/** A lane: a browser page kept open, visiting pages one after another, and its request log. */
interface Lane {
  page: Page;
  log: RequestLog;
}

async function openLane(): Promise<Lane> {
  const context = await openContext({ width: PHONE.width, height: PHONE.height });
  await axeInEveryDocument(context);
  const page = await context.newPage();
  const log = new RequestLog();
  log.attach(page);
  return { page, log };
}

async function check(path: string, { page, log }: Lane): Promise<Report> {
  log.clear();
  await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
  await visit(page, path);
  const reflow: string[] = [];
  const fits = async (name: string) => {
    const found = await overflow(page);
    if (found) reflow.push(`${name}: ${found}`);
  };
  const axe: string[] = [];
  // On a phone, as loaded: every file the page asks for, the layout, then axe.
  await log.settle(page);
  await fits(PHONE.name);
  const labels = await oneCharacterLines(page);
  axe.push(formatViolations(`${path} at ${PHONE.width} px`, await axeViolations(page)));
  await resize(page, ZOOMED.width, ZOOMED.height);
  await fits(ZOOMED.name);
  // On a desktop screen (media queries and srcset may load other files); axe again on one page
  // of each type, since what changes with the width is the layout of a page's type.
  await resize(page, DESKTOP.width, DESKTOP.height);
  await log.settle(page);
  if (DESKTOP_AXE.has(path)) {
    axe.push(formatViolations(`${path} at ${DESKTOP.width} px`, await axeViolations(page)));
    // High contrast, the reading controls' palette, which can bring violations of its own.
    axe.push(await chooseContrast(page, 'high'));
    axe.push(formatViolations(`${path} at ${DESKTOP.width} px in high contrast`, await axeViolations(page)));
    axe.push(await chooseContrast(page, null));
  }
  // 2× text on the phone, as public/reading.js applies the reader's stored choice before the
  // first paint (the choice itself, stored and restored, is tested in reading-controls.test.ts).
  await resize(page, PHONE.width);
  reflow.push(...(await doubleText(page)));
  await fits(`${PHONE.name} with 2× text`);
  const largeLabels = await oneCharacterLines(page);
  return {
    axe,
    reflow: reflow.filter(Boolean),
    labels: [labels, largeLabels && `with 2× text:\n${largeLabels}`].filter(Boolean).join('\n'),
    requests: [...log.requests],
    offenders: [...log.offenders],
  };
}

/** Pages are visited in order, as many at a time as the machine allows; each test waits for its page's visit. */
const LANES = SIDE_BY_SIDE;
const paths = pagePaths();
const visits = new Map<string, Promise<Report>>();
/** Lanes open and free; a lane whose visit failed is closed and a new one opened. */
const free: Lane[] = [];
let running = 0;
const waiting: Array<() => void> = [];

async function inLane(path: string): Promise<Report> {
  if (running >= LANES) await new Promise<void>((go) => waiting.push(go));
  running++;
  let lane: Lane | undefined;
  try {
    lane = free.pop() ?? (await openLane());
    const report = await check(path, lane);
    free.push(lane);
    return report;
  } catch (error) {
    await lane?.page.context().close();
    throw error;
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** The report of a page, its visit started (with the next ones, up to the lanes) on first ask. */
function report(path: string): Promise<Report> {
  const at = paths.indexOf(path);
  for (const next of paths.slice(at, at + LANES)) {
    if (!visits.has(next)) {
      const report = inLane(next);
      report.catch(() => {}); // reported by the page's own tests
      visits.set(next, report);
    }
  }
  return visits.get(path)!;
}

const validator = new HtmlValidate(new FileSystemConfigLoader());

/** html-validate's findings in a built file, '' when none. */
async function validity(file: string): Promise<string> {
  const report = await validator.validateFile(file);
  const messages: Message[] = report.results.flatMap((r) => r.messages);
  const name = relative(distDir(), file).split(sep).join('/');
  const lines = messages.map((m) => `  ${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message}\n    at ${m.selector ?? '(document)'}`);
  return messages.length === 0 ? '' : `html-validate found ${messages.length} problem(s):\n${lines.join('\n')}`;
}

test('every HTML file in the build is one of the pages checked here', () => {
  const checked = new Set(paths.map((path) => builtFile(path)));
  expect(builtFiles('.html').filter((file) => !checked.has(join(distDir(), file)))).toEqual([]);
});

describe.each(paths)('%s', (path) => {
  test('is valid HTML', async () => {
    void report(path); // the browser loads the page meanwhile
    const file = builtFile(path);
    expect(file, `no built file for ${path}`).not.toBeNull();
    expect(await validity(file!)).toBe('');
  });

  test(`has no axe violations at ${PHONE.width} px${DESKTOP_AXE.has(path) ? ` and ${DESKTOP.width} px, also in high contrast` : ''}`, async () => {
    expect((await report(path)).axe.filter(Boolean).join('\n\n')).toBe('');
  });

  test(`fits a ${PHONE.name} (also with 2× text) and a ${ZOOMED.name}`, async () => {
    expect((await report(path)).reflow.join('\n')).toBe('');
  });

  test(`has no text wrapping one character per line on a ${PHONE.name}, also with 2× text`, async () => {
    expect((await report(path)).labels).toBe('');
  });

  test(`requests only local files, at ${PHONE.width} px and at ${DESKTOP.width} px`, async () => {
    const { requests, offenders } = await report(path);
    expect(requests.length, 'the page itself was requested').toBeGreaterThan(0);
    expect(offenders.join('\n')).toBe('');
  });
});
