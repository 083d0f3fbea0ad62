/**
 * A text prints on A4 in the manner of a 公文 (GB/T 9704-2012): the site's chrome (header,
 * footer, navigation, clause tools) and the glossary boxes are hidden, headings never end a page,
 * pages are numbered “— 1 —” on alternating sides, and the text sits on a grid of 22 lines of 28
 * characters. The PDF Chromium prints is read back with poppler's pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../support/browser';
import { builtHtml } from '../support/site';
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

const MM = 72 / 25.4; // PDF points per millimetre

interface Printed {
  /** The PDF's bytes. */
  pdf: Buffer;
  /** The plain text of each page. */
  pages: string[];
  /** The laid-out lines of each page. */
  lines: Array<Array<{ xMin: number; xMax: number; yMin: number; text: string }>>;
  width: number;
}

/**
 * The PDF of the page as Chromium prints it (the page size its print stylesheet asks for: no size
 * is given here), read back by pdftotext. Printed once and read by every test below: printing
 * does not depend on what a test did on screen.
 */
let printing: Promise<Printed> | undefined;
const printed = (p: Page): Promise<Printed> => (printing ??= print(p));

async function print(p: Page): Promise<Printed> {
  const dir = mkdtempSync(join(tmpdir(), 'bayu-print-'));
  try {
    const file = join(dir, 'text.pdf');
    const pdf = await p.pdf({ preferCSSPageSize: true });
    writeFileSync(file, pdf);
    const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\f');
    const html = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const width = Number(/<page width="([\d.]+)"/.exec(html)?.[1]);
    const lines = html
      .split(/<page /)
      .slice(1)
      .map((pageHtml) =>
        [...pageHtml.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([\s\S]*?)<\/line>/g)].map((m) => ({
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          text: [...(m[4] ?? '').matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(''),
        })),
      );
    return { pdf, pages: pages.filter((text) => text.trim()), lines, width };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const squash = (text: string) => text.replace(/\s+/g, '');

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
    const text = (await printed(page)).pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    const pages = text.match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(3);
    // A4 is 595.28 × 841.89 pt.
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
    expect(box, 'the PDF declares its page size').not.toBeNull();
    expect(Math.abs(Number(box?.[1]) - 595.28)).toBeLessThan(2);
    expect(Math.abs(Number(box?.[2]) - 841.89)).toBeLessThan(2);
  });

  test('the PDF has 公文 page numbers, “— n —”, odd pages on the right and even on the left', async () => {
    const { pages, lines, width } = await printed(page);
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((text, i) => expect(text, `page ${i + 1}`).toMatch(new RegExp(`—\\s*${i + 1}\\s*—`)));
    lines.forEach((pageLines, i) => {
      const number = pageLines.find((line) => line.text.replace(/\s/g, '') === `—${i + 1}—`);
      expect(number, `page ${i + 1} has its number on a line of its own`).toBeDefined();
      if (!number) return;
      if (i % 2 === 0) expect(number.xMin, `page ${i + 1} (odd): on the right`).toBeGreaterThan(width / 2);
      else expect(number.xMax, `page ${i + 1} (even): on the left`).toBeLessThan(width / 2);
    });
  });

  test('the PDF has no glossary boxes in the text; the terms are listed once after it', async () => {
    const { pages } = await printed(page);
    const text = squash(pages.join(''));
    expect(text).not.toContain(squash(t('term.glossaryLink')));
    // The explanation of the first term the text uses, as the page's print-only list gives it.
    const html = builtHtml(PATH);
    const explanation = /class="print-only gw-terms"[\s\S]*?<dd[^>]*>([^<]+)</.exec(html)?.[1] ?? '';
    expect(explanation.length).toBeGreaterThan(4);
    const at = text.indexOf(squash(explanation));
    expect(at, 'the term list prints').toBeGreaterThan(-1);
    expect(text.indexOf(squash(explanation), at + 1), 'and only once').toBe(-1);
    const colophon = /class="gw-colophon"[\s\S]*?<span[^>]*>([^<]+)</.exec(html)?.[1] ?? '';
    expect(at, 'after the end of the text (its 版记)').toBeGreaterThan(text.indexOf(squash(colophon)));
  });

  test('the text sits on the GB/T 9704 grid: 22 lines in 225 mm, lines 156 mm wide', async () => {
    const { lines } = await printed(page);
    // A page of running text: the third page and on hold the work plan's clauses.
    const body = (lines[3] ?? []).filter((line) => !/^\s*—/.test(line.text));
    const pitches = body
      .slice(1)
      .map((line, i) => line.yMin - (body[i]?.yMin ?? 0))
      .filter((d) => d > 0);
    pitches.sort((a, b) => a - b);
    const median = pitches[Math.floor(pitches.length / 2)] ?? 0;
    expect(median / MM).toBeCloseTo(225 / 22, 0);
    const left = Math.min(...body.map((line) => line.xMin));
    const right = Math.max(...body.map((line) => line.xMax));
    expect((right - left) / MM).toBeGreaterThan(153);
    expect((right - left) / MM).toBeLessThan(158);
    expect(body.length).toBeGreaterThanOrEqual(20);
    expect(body.length).toBeLessThanOrEqual(22);
  });
});
