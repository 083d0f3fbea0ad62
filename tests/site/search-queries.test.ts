/**
 * The search query set: every query in search-queries.json must bring its page (and, for a
 * `#anchor`, that clause or section) into the top 3 results, typed into the search page as a
 * reader would, in a browser with Intl.Segmenter and in one without it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { builtFile } from '../support/site';
import { cards, openSearch, rankOf, typeQuery } from './search-support';

interface Query {
  q: string;
  expect: string;
  kind: string;
}

const { queries } = JSON.parse(readFileSync(new URL('./search-queries.json', import.meta.url), 'utf8')) as { queries: Query[] };

describe('the query set', () => {
  test('has at least 40 queries, each aimed at a page of this build', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(queries.filter((q) => !builtFile(q.expect.split('#')[0] ?? '')).map((q) => `${q.q} → ${q.expect}`)).toEqual([]);
    expect(new Set(queries.map((q) => q.q)).size).toBe(queries.length);
  });
});

for (const mode of ['with Intl.Segmenter', 'without Intl.Segmenter'] as const) {
  describe(`top 3, ${mode}`, () => {
    let page: Page;
    beforeAll(async () => {
      page = await openSearch('', { noSegmenter: mode === 'without Intl.Segmenter' });
    });
    afterAll(async () => {
      await page.context().close();
    });

    test.each(queries.map((q) => [q.q, q.expect, q.kind] as const))('“%s” finds %s (%s)', async (query, target) => {
      await typeQuery(page, query);
      const found = await cards(page);
      const rank = rankOf(found, target);
      const shown = found
        .slice(0, 5)
        .map((card, i) => `${i + 1}. ${card.href} [${card.subs.map((s) => s.href.split('#')[1]).join(', ')}]`)
        .join('\n');
      expect(rank, `top results for “${query}”:\n${shown}`).toBeGreaterThanOrEqual(0);
      expect(rank, `top results for “${query}”:\n${shown}`).toBeLessThan(3);
    });
  });
}
