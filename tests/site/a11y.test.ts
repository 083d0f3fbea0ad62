/**
 * axe-core finds no WCAG 2.2 A/AA violation on any page of the sitemap (and the 404 page), on a
 * desktop (1280 px) and a small phone (320 px) screen. Rules switched off, if any, are listed with
 * their reasons in tests/support/axe.ts.
 */
import { describe, test } from 'vitest';
import { withPage } from '../support/browser';
import { axeViolations, formatViolations } from '../support/axe';
import { pagePaths } from '../support/site';

const WIDTHS = [1280, 320];

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  const cases = pagePaths().flatMap((path) => WIDTHS.map((width) => [path, width] as const));
  test.concurrent.for(cases)('%s at %i px has no violations', async ([path, width], { expect }) => {
    const violations = await withPage(path, { width }, (page) => axeViolations(page));
    expect(formatViolations(`${path} at ${width} px`, violations)).toBe('');
  });
});
