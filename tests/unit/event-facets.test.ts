/**
 * The calendar's filters as the pages name them: only those with values, so that no page promises a
 * filter the calendar does not have (src/lib/event-facets.ts, src/lib/model/events.ts).
 */
import { describe, expect, test } from 'vitest';
import { offeredFacets } from '../../src/lib/event-facets';
import { offeredFacetNames } from '../../src/lib/model/events';

const facets = (withValues: string[]) =>
  Object.fromEntries(
    ['kind', 'action', 'brand', 'district', 'month'].map((name) => [name, withValues.includes(name) ? [{ value: 'x' }] : []]),
  ) as Record<'kind' | 'action' | 'brand' | 'district' | 'month', unknown[]>;

describe('the filters a calendar offers', () => {
  test('leaves out a filter without values, in the page’s order', () => {
    expect(offeredFacets(facets(['month', 'kind', 'brand']))).toEqual(['kind', 'brand', 'month']);
  });

  test('are named in a sentence as the page labels them', () => {
    expect(offeredFacetNames(facets(['kind', 'action', 'brand', 'month']))).toBe('类型、行动、品牌和月份');
    expect(offeredFacetNames(facets(['kind', 'action', 'brand', 'district', 'month']))).toBe('类型、行动、品牌、区县和月份');
    expect(offeredFacetNames(facets(['month']))).toBe('月份');
  });
});
