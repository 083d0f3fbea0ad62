/**
 * The search query set: every query in search-queries.json must bring its page (and, for a
 * `#anchor`, that clause or section) into the top 3 results — each of them, where it names several — typed into the search page as a
 * reader would, in a browser with Intl.Segmenter and in one without it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { builtFile } from '../support/site';
import { cards, openSearch, rankOf, typeQuery } from './search-support';

interface Query {
  q: string;
  /** The page (or clause), or the pages, that must all be in the top 3. */
  expect: string | string[];
  kind: string;
}

const { queries } = JSON.parse(readFileSync(new URL('./search-queries.json', import.meta.url), 'utf8')) as { queries: Query[] };
const targetsOf = (q: Query) => (Array.isArray(q.expect) ? q.expect : [q.expect]);

describe('the query set', () => {
  test('has at least 40 queries, each aimed at a page of this build', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(
      queries.flatMap((q) =>
        targetsOf(q)
          .filter((target) => !builtFile(target.split('#')[0] ?? ''))
          .map((target) => `${q.q} → ${target}`),
      ),
    ).toEqual([]);
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

    test.each(queries.map((q) => [q.q, targetsOf(q).join(' and '), q.kind, targetsOf(q)] as const))(
      '“%s” finds %s (%s)',
      async (query, _shown, _kind, targets) => {
        await typeQuery(page, query);
        const found = await cards(page);
        const shown = found
          .slice(0, 5)
          .map((card, i) => `${i + 1}. ${card.href} [${card.subs.map((s) => s.href.split('#')[1]).join(', ')}]`)
          .join('\n');
        for (const target of targets) {
          const rank = rankOf(found, target);
          expect(rank, `${target} in the top results for “${query}”:\n${shown}`).toBeGreaterThanOrEqual(0);
          expect(rank, `${target} in the top results for “${query}”:\n${shown}`).toBeLessThan(3);
        }
      },
    );
  });
}
