import { describe, expect, test } from 'vitest';
import {
  MAX_FILTER_VALUES,
  facetCountFilters,
  historyStep,
  pagefindFilters,
  pagefindSort,
  parseSearchParams,
  sameState,
  searchCodec,
  searchHref,
  toSearchParams,
  toggleFilter,
} from '../../src/lib/search-state';
import { urlAliases } from '../../src/lib/search-meta';
import { MAX_QUERY_CHARS } from '../../src/lib/search-query';

/** What the site's content gives the search page: ids and slugs a URL may use, and their names. */
const aliases = urlAliases({
  action: { 'green-living': '助推绿色生活' },
  brand: { dajie: '巴渝大姐' },
  region: { southeast: '渝东南武陵山区城镇群' },
  district: { wanzhou: { name: '万州区', region: 'northeast' } },
  kind: { meeting: '重要会议' },
});

describe('search state in the URL', () => {
  test('reads the query, filters and sort', () => {
    const state = parseSearchParams(new URLSearchParams('q=网姐&type=故事&brand=巴渝网姐&sort=date-desc'));
    expect(state).toEqual({ q: '网姐', filters: { type: ['故事'], brand: ['巴渝网姐'] }, sort: 'date-desc' });
  });

  test('turns ids into the names the index uses', () => {
    const state = parseSearchParams(new URLSearchParams('brand=dajie&action=green-living&district=wanzhou&region=southeast&month=2021-6'), aliases);
    expect(state.filters).toEqual({
      action: ['助推绿色生活'],
      brand: ['巴渝大姐'],
      region: ['渝东南武陵山区城镇群'],
      district: ['万州区'],
      month: ['2021-06'],
    });
  });

  test('accepts the calendar’s slugs through aliases', () => {
    const state = parseSearchParams(new URLSearchParams('kind=meeting&brand=dajie'), aliases);
    expect(state.filters).toEqual({ kind: ['重要会议'], brand: ['巴渝大姐'] });
  });

  test('accepts repeated and comma-separated values, each once', () => {
    const state = parseSearchParams(new URLSearchParams('type=故事,活动&type=故事'));
    expect(state.filters.type).toEqual(['故事', '活动']);
  });

  test('ignores an unknown sort and unknown parameters', () => {
    const state = parseSearchParams(new URLSearchParams('sort=evil&foo=bar'));
    expect(state).toEqual({ q: '', filters: {}, sort: 'relevance' });
  });

  test('bounds what a hostile URL can ask for', () => {
    const many = Array.from({ length: 100 }, (_, i) => `brand=b${i}`).join('&');
    const state = parseSearchParams(new URLSearchParams(`${many}&type=${'x'.repeat(500)}`));
    expect(state.filters.brand).toHaveLength(MAX_FILTER_VALUES);
    expect(state.filters.type).toBeUndefined();
  });

  test('writes and reads back the same state', () => {
    const state = parseSearchParams(new URLSearchParams('q=三清一改&type=术语&sort=date-asc'));
    expect(parseSearchParams(toSearchParams(state))).toEqual(state);
    expect(searchHref(state)).toBe('/search/?q=%E4%B8%89%E6%B8%85%E4%B8%80%E6%94%B9&type=%E6%9C%AF%E8%AF%AD&sort=date-asc');
  });

  test('equal states give equal URLs whatever order the filters were chosen in', () => {
    const a = { q: 'x', filters: { type: ['故事'], brand: ['巴渝网姐'] }, sort: 'relevance' as const };
    const b = { q: 'x', filters: { brand: ['巴渝网姐'], type: ['故事'] }, sort: 'relevance' as const };
    expect(sameState(a, b)).toBe(true);
  });

  test('the empty state is the bare search page', () => {
    expect(searchHref({ q: '  ', filters: {}, sort: 'relevance' })).toBe('/search/');
  });
});

describe('filters for Pagefind', () => {
  test('toggling adds and removes a value and drops an empty filter', () => {
    const on = toggleFilter({}, 'brand', '巴渝网姐', true);
    expect(on).toEqual({ brand: ['巴渝网姐'] });
    expect(toggleFilter(on, 'brand', '巴渝网姐', false)).toEqual({});
  });

  test('values of one filter are alternatives', () => {
    expect(pagefindFilters({ type: ['故事', '活动'], brand: ['巴渝大姐'] })).toEqual({
      type: { any: ['故事', '活动'] },
      brand: { any: ['巴渝大姐'] },
    });
  });

  test('counts for a chosen filter are computed without that filter', () => {
    expect(facetCountFilters({ type: ['故事'], brand: ['巴渝大姐'] })).toEqual([
      ['type', { brand: ['巴渝大姐'] }],
      ['brand', { type: ['故事'] }],
    ]);
  });

  test('browsing events without words lists them in calendar order', () => {
    expect(pagefindSort({ q: '', filters: { type: ['活动'] }, sort: 'relevance' }, false)).toEqual({ oldest: 'asc' });
    expect(pagefindSort({ q: '', filters: {}, sort: 'relevance' }, false)).toEqual({ newest: 'desc' });
    expect(pagefindSort({ q: 'x', filters: {}, sort: 'date-asc' }, true)).toEqual({ oldest: 'asc' });
    expect(pagefindSort({ q: 'x', filters: {}, sort: 'relevance' }, true)).toEqual({});
  });
});

describe('searchCodec', () => {
  const codec = searchCodec({ brand: { wangjie: '巴渝网姐' } });

  test('reads ids as names and keeps several values of one filter', () => {
    expect(codec.read(new URLSearchParams('q=网姐&brand=wangjie&type=故事&type=政策'))).toEqual({
      q: '网姐',
      filters: { type: ['故事', '政策'], brand: ['巴渝网姐'] },
      sort: 'relevance',
    });
  });

  test('writes the query as it is searched: normalised and cut', () => {
    const state = { q: `  ＡＢ${'巾帼'.repeat(100)}`, filters: {}, sort: 'relevance' as const };
    expect(Array.from(codec.write(state).get('q') ?? '')).toHaveLength(MAX_QUERY_CHARS);
  });
});

describe('historyStep', () => {
  const empty = { q: '', filters: {}, sort: 'relevance' as const };
  const a = { ...empty, q: '网' };
  const b = { ...empty, q: '网姐' };

  test('typing on an empty page makes an entry, further typing refines it', () => {
    expect(historyStep(empty, a, 'typed', false)).toBe('push');
    expect(historyStep(a, b, 'typed', true)).toBe('replace');
  });

  test('typing after a deliberate change makes a new entry', () => {
    expect(historyStep(a, b, 'typed', false)).toBe('push');
  });

  test('a deliberate change is always its own entry; no change adds nothing', () => {
    expect(historyStep(a, b, 'chosen', true)).toBe('push');
    expect(historyStep(a, a, 'chosen', false)).toBe('none');
  });
});
