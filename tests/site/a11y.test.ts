/**
 * axe-core finds no WCAG 2.2 A/AA violation on any page of the sitemap (and the 404 page), on a
 * desktop (1280 px) and a small phone (320 px) screen.
 */
import { describe, expect, test } from 'vitest';
import { withPage } from '../support/browser';
import { axeViolations, formatViolations } from '../support/axe';
import { pagePaths } from '../support/site';

const WIDTHS = [1280, 320];

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  const cases = pagePaths().flatMap((path) => WIDTHS.map((width) => [path, width] as const));
  test.each(cases)('%s at %i px has no violations', async (path, width) => {
    const violations = await withPage(path, { width }, (page) => axeViolations(page));
    expect(formatViolations(path, violations)).toBe('');
  });
});
