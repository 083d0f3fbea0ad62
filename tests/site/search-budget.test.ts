/**
 * What a search costs a reader's connection (issue 12): the first query through the search page
 * at most 100 KB in at most 15 requests, weighed as a host serves them (text gzip-compressed,
 * Pagefind's own files as they are) — the benchmark's queries and measure
 * (scripts/search-cost.mjs). Bytes and requests only, never time. Filter data is not part of a
 * first query: it loads when the reader opens the facets.
 *
 * The second query at most 20 KB: it fetches nothing of Pagefind's runtime again, only the index
 * chunks of its words and the fragments of the results it shows. A long policy text is shown from
 * the parts of it the query found (src/integrations/search-parts.ts), never from its whole text,
 * whose fragment alone would be 6–11 KB.
 *
 * The names that grow with the content (event titles) are not in the search page but in files
 * beside it (src/lib/search-lexicon.ts, MoreNames): a query in the pinyin of an event's name costs
 * one small file more, the names spelt like it.
 */
import { describe, expect, test } from 'vitest';
import { withPage } from '../support/browser';
import { BENCH_QUERIES, costMeter, submitQuery } from '../../scripts/search-cost.mjs';
import { spellingShardPath } from '../../src/lib/search-lexicon';

const KB = 1024;
const FIRST = { served: 100 * KB, requests: 15 };
const SECOND = { served: 20 * KB };
/** The file of the names a pinyin query may spell. */
const SPELT = { served: 2 * KB };

describe('search byte budget', () => {
  test.each([390, 1280])(
    `at %i px: the first query (“${BENCH_QUERIES[0]}”) ≤ 100 KB in ≤ 15 requests, the second (“${BENCH_QUERIES[1]}”) ≤ 20 KB`,
    async (width) => {
      let meter: ReturnType<typeof costMeter> | undefined;
      const [first, second] = await withPage('/search/', { width, beforeGoto: async (p) => void (meter = costMeter(p.context())) }, async (page) => {
        if (!meter) throw new Error('no meter');
        await meter.take();
        const costs = [];
        for (const query of BENCH_QUERIES) {
          await submitQuery(page, query);
          expect(await page.locator('[data-search-list] > li').count(), `“${query}” finds something`).toBeGreaterThan(0);
          costs.push(await meter.take());
        }
        return costs;
      });
      const shown = (c: typeof first) => `${c?.served} bytes in ${c?.requests} requests:\n${c?.paths.join('\n')}`;
      expect(
        first?.paths.some((p) => p.includes('/pagefind/filter/')),
        shown(first),
      ).toBe(false);
      expect(first?.served, shown(first)).toBeLessThanOrEqual(FIRST.served);
      expect(first?.requests, shown(first)).toBeLessThanOrEqual(FIRST.requests);
      expect(
        second?.paths.filter((p) => !/\/pagefind\/(index|fragment)\//.test(p)),
        shown(second),
      ).toEqual([]);
      expect(second?.served, shown(second)).toBeLessThanOrEqual(SECOND.served);
    },
  );

  test('the initials of an event’s name cost one small file more than the name typed in Chinese: the names spelt like them', async () => {
    const firstQuery = (query: string) => {
      let meter: ReturnType<typeof costMeter> | undefined;
      return withPage('/search/', { width: 390, beforeGoto: async (p) => void (meter = costMeter(p.context())) }, async (page) => {
        if (!meter) throw new Error('no meter');
        await meter.take();
        await submitQuery(page, query);
        expect(await page.locator('[data-search-list] > li h3 a').first().getAttribute('href'), query).toBe('/events/2021-family-reading/');
        return meter.take();
      });
    };
    const typed = await firstQuery('书香润万家');
    const spelt = await firstQuery('sxrwj');
    const shown = `“书香润万家”: ${typed.served} bytes, ${typed.paths.join(' ')}\n“sxrwj”: ${spelt.served} bytes, ${spelt.paths.join(' ')}`;
    expect(
      spelt.paths.filter((p) => !typed.paths.includes(p)),
      shown,
    ).toEqual([spellingShardPath('sx')]);
    expect(spelt.requests, shown).toBe(typed.requests + 1);
    expect(spelt.served - typed.served, shown).toBeLessThanOrEqual(SPELT.served);
  });
});
