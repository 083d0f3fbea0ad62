/**
 * Citable to the clause, on /policies/rural-revitalization/: the contents list reaches every
 * clause, a contents entry (clicked, or chosen with Tab and Enter) lands on its clause, and a
 * clause's "本条链接" shows the Chinese citation and the absolute link, which the copy button copies.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import decodeQR from 'qr/decode.js';
import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openPage, withPage } from '../support/browser';
import { axeViolations, formatViolations } from '../support/axe';
import { readPolicies } from '../support/content';
import { builtFile, siteUrl } from '../support/site';
import { t } from '../../src/lib/i18n';

const PATH = '/policies/rural-revitalization/';
const doc = readPolicies().find((p) => p.id === 'rural-revitalization');
if (!doc) throw new Error('content/policies/rural-revitalization.mdx is missing');
const clauses = doc.blocks.filter((b) => b.kind === 'clause');
const target = clauses.find((b) => b.id === 's2-2-2');
if (!target) throw new Error('rural-revitalization has no clause s2-2-2');

/** 二、（二）2. of the 乡村振兴 plan, cited as a reader would paste it. */
const CITATION = '《重庆市妇联关于深化开展“助力乡村振兴巴渝巾帼行动”的实施方案》二、（二）2.（渝妇发〔2021〕13号）';
/** The link a reader copies from a local build: the address it is served on, not a placeholder host. */
const absoluteUrl = () => siteUrl(`${PATH}#s2-2-2`);

const contents = (page: Page) => page.getByRole('navigation', { name: t('policy.toc') });
/** The contents entry of 二、（二）2.: its marker and title, e.g. “2.助力发展农村电商产业”. */
const entryName = `${target.marker.trim()}${target.title}`;
const contentsEntry = (page: Page) => contents(page).getByRole('link', { name: entryName, exact: true });

/** Whether any part of an element is inside the viewport. */
function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
  });
}

const squashText = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, '');

describe('clauses of /policies/rural-revitalization/', () => {
  test('the contents list links to every clause', async () => {
    const hrefs = await withPage(PATH, {}, (page) =>
      contents(page)
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    );
    const missing = clauses.filter((c) => !hrefs.includes(`#${c.id}`)).map((c) => `${c.label} (#${c.id})`);
    expect(clauses.length).toBeGreaterThan(20);
    expect(missing.join('\n')).toBe('');
  });

  test('clicking the contents entry for 二、（二）2. lands on that clause', async () => {
    const page = await openPage(PATH, { height: 700 });
    await contentsEntry(page).click();
    await page.waitForURL(/#s2-2-2$/);
    const clause = page.locator('#s2-2-2');
    expect(await inViewport(clause)).toBe(true);
    expect(await clause.getByRole('heading').count()).toBe(0); // depth-3 clauses are run-in paragraphs
    expect(await squashText(clause)).toContain('助力发展农村电商产业');
    await page.context().close();
  });

  test('with the keyboard: Tab to the contents entry for 二、（二）2., Enter, and focus follows to the clause', async () => {
    const page = await openPage(PATH, { height: 700 });
    // Start on the entry before it (二、（二）1.), then move on with a real Tab key press.
    const previous = clauses[clauses.indexOf(target) - 1];
    if (!previous) throw new Error('no clause before s2-2-2');
    await contents(page)
      .getByRole('link', { name: `${previous.marker.trim()}${previous.title}`, exact: true })
      .focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#s2-2-2');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#s2-2-2$/);
    expect(await inViewport(page.locator('#s2-2-2'))).toBe(true);
    // The next Tab continues inside the clause (its own tools), not back in the contents list.
    await page.keyboard.press('Tab');
    const focusedInClause = await page.evaluate(() => Boolean(document.activeElement?.closest('#s2-2-2')));
    expect(focusedInClause).toBe(true);
    await page.context().close();
  });

  test('“本条链接” shows the citation in Chinese form and the absolute link of the clause', async () => {
    const page = await openPage(PATH);
    const clause = page.locator('#s2-2-2');
    const box = page.getByRole('group', { name: `${t('clause.cite')} ${target.label}` });
    expect(await box.isVisible()).toBe(false);
    await clause.getByRole('link', { name: t('clause.link') }).click();
    await page.waitForURL(/#s2-2-2$/);
    expect(await box.isVisible()).toBe(true);
    const text = await squashText(box);
    expect(text).toContain(CITATION.replace(/\s+/g, ''));
    expect(text).toContain(absoluteUrl());
    await page.context().close();
  });

  test('the copy button copies the citation (with JavaScript)', async () => {
    const page = await openPage(`${PATH}#s2-2-2`, {
      context: { permissions: ['clipboard-read', 'clipboard-write'] },
    });
    const box = page.getByRole('group', { name: `${t('clause.cite')} ${target.label}` });
    await box.getByRole('button', { name: t('clause.copyCitation') }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(CITATION);
    // The page has other live regions too (the reading controls' own).
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContain(t('clause.copied'));
    await box.getByRole('button', { name: t('clause.copyLink') }).click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(absoluteUrl());
    await page.context().close();
  });

  test('without JavaScript the citation box still shows on the clause’s link, and no dead copy buttons', async () => {
    const page = await openPage(`${PATH}#s2-2-2`, { javaScript: false });
    const box = page.getByRole('group', { name: `${t('clause.cite')} ${target.label}` });
    expect(await box.isVisible()).toBe(true);
    expect(await squashText(box)).toContain(CITATION.replace(/\s+/g, ''));
    expect(await box.getByRole('button').count()).toBe(0);
    await page.context().close();
  });

  test('the open citation box passes axe and fits a 320 px screen', async () => {
    const page = await openPage(`${PATH}#s2-2-2`, { width: 320 });
    expect(formatViolations(`${PATH}#s2-2-2 at 320 px`, await axeViolations(page))).toBe('');
    const fits = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    expect(fits, 'no horizontal scrolling with the citation box open').toBe(true);
    await page.context().close();
  });

  test('手机扫码阅读 shows a QR code that a phone reads as the page’s address', async () => {
    const page = await openPage(PATH);
    await page.getByText(t('policy.qr'), { exact: true }).click();
    const code = page.getByRole('img', { name: t('policy.qrAlt', { url: siteUrl(PATH) }) });
    await expect.poll(() => code.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const src = (await code.getAttribute('src')) ?? '';
    await page.context().close();
    const file = builtFile(src);
    if (!file) throw new Error(`the QR code ${src} is not in the build`);
    const { data, info } = await sharp(readFileSync(file), { density: 300 }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(decodeQR({ width: info.width, height: info.height, data })).toBe(siteUrl(PATH));
  });
});
