/**
 * axe-core finds no WCAG 2.2 A/AA violation on any page of the sitemap (and the 404 page), on a
 * desktop (1280 px) and a small phone (320 px) screen: each page is loaded at 1280 px, checked,
 * narrowed to 320 px and checked again. Rules switched off, if any, are listed with their reasons
 * in tests/support/axe.ts.
 */
import { describe, test } from 'vitest';
import { withPage } from '../support/browser';
import { axeViolations, formatViolations } from '../support/axe';
import { pagePaths } from '../support/site';
import { resize } from '../support/viewport';

const WIDTHS = [1280, 320];

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  test.concurrent.for(pagePaths())(`%s has no violations at ${WIDTHS.join(' px and ')} px`, async (path, { expect }) => {
    const reports = await withPage(path, { width: WIDTHS[0] }, async (page) => {
      const found: string[] = [];
      for (const width of WIDTHS) {
        await resize(page, width);
        found.push(formatViolations(`${path} at ${width} px`, await axeViolations(page)));
      }
      return found;
    });
    expect(reports.filter(Boolean).join('\n\n')).toBe('');
  });
});
