import { describe, expect, test } from 'vitest';
import { chosenFacets, completeView, filterCodec, filterQuery, filterStatus, matchesFilter, type FilterableItem } from '../../src/lib/event-filter';

const item = (values: Partial<FilterableItem> = {}): FilterableItem => ({
  kind: 'meeting',
  action: [],
  brand: [],
  district: undefined,
  months: [],
  groupMonth: '2021-06',
  ...values,
});

describe('the filter state in the URL', () => {
  test('reads the filters in a query and writes them back in a fixed order', () => {
    const state = filterCodec().read(new URLSearchParams('month=2021-06&brand=dajie&q=x'));
    expect(state).toEqual({ brand: 'dajie', month: '2021-06' });
    expect(filterQuery(state)).toBe('?brand=dajie&month=2021-06');
    expect(filterQuery({})).toBe('');
  });
  test('ignores malformed values and, when told, values the page does not offer', () => {
    expect(filterCodec().read(new URLSearchParams('brand=<script>'))).toEqual({});
    const known = { brand: new Set(['dajie']) };
    expect(filterCodec(known).read(new URLSearchParams('brand=wangjie&kind=meeting'))).toEqual({});
    expect(filterCodec(known).read(new URLSearchParams('brand=dajie'))).toEqual({ brand: 'dajie' });
  });
});

describe('matchesFilter', () => {
  test('keeps an entry only when it matches every chosen filter', () => {
    const entry = item({ brand: ['dajie', 'qiaojie'], action: ['green-living'], district: 'wanzhou' });
    expect(matchesFilter(entry, {})).toBe(true);
    expect(matchesFilter(entry, { brand: 'qiaojie', action: 'green-living' })).toBe(true);
    expect(matchesFilter(entry, { brand: 'qiaojie', district: 'yubei' })).toBe(false);
    expect(matchesFilter(entry, { kind: 'observance' })).toBe(false);
  });
  test('a month keeps entries listed under it and those whose window runs through it', () => {
    expect(matchesFilter(item({ groupMonth: '2021-06' }), { month: '2021-06' })).toBe(true);
    expect(matchesFilter(item({ groupMonth: '2021-05', months: ['2021-05', '2021-06'] }), { month: '2021-06' })).toBe(true);
    expect(matchesFilter(item({ groupMonth: '2021-05' }), { month: '2021-06' })).toBe(false);
  });
  test('an entry known only by its year is never in a month', () => {
    expect(matchesFilter(item({ groupMonth: '' }), { month: '2021-06' })).toBe(false);
  });
});

describe('the status line', () => {
  test('says how many entries are shown and for which filters', () => {
    expect(
      filterStatus('显示 {count} 项活动', 3, [
        { name: '品牌', value: '巴渝大姐' },
        { name: '月份', value: '2021 年 6 月' },
      ]),
    ).toBe('显示 3 项活动（品牌：巴渝大姐；月份：2021 年 6 月）');
  });
  test('says nothing when no filter is chosen', () => {
    expect(filterStatus('显示 {count} 项活动', 40, [])).toBe('');
    expect(chosenFacets({ kind: '', brand: 'dajie' })).toEqual(['brand']);
  });
});

describe('completeView: where the chosen filters are listed in full', () => {
  test('nothing chosen: the listing itself', () => {
    expect(completeView({}, { base: '/events/2022/', year: 2022 })).toBe('/events/2022/');
  });
  test('an overview that holds every entry combines the filters in place', () => {
    expect(completeView({ kind: 'major-activity', brand: 'dajie' }, { base: '/events/brand/dajie/', combineAt: '/events/' })).toBe(
      '/events/?kind=major-activity&brand=dajie',
    );
  });
  test('a single filter: its pre-rendered page', () => {
    expect(completeView({ brand: 'dajie' }, { base: '/events/' })).toBe('/events/brand/dajie/');
    expect(completeView({ month: '2022-03' }, { base: '/events/2022/', year: 2022 })).toBe('/events/month/2022-03/');
  });
  test('several filters, or a filter within a year: the search page’s event filters, oldest first', () => {
    const href = new URL(completeView({ kind: 'meeting', brand: 'dajie' }, { base: '/events/' }), 'http://x');
    expect(href.pathname).toBe('/search/');
    expect([...href.searchParams]).toEqual([
      ['type', '活动'],
      ['kind', 'meeting'],
      ['brand', 'dajie'],
      ['sort', 'date-asc'],
    ]);
    const inYear = new URL(completeView({ brand: 'dajie' }, { base: '/events/2022/', year: 2022 }), 'http://x');
    expect(inYear.searchParams.getAll('year')).toEqual(['2022']);
    expect(inYear.searchParams.getAll('brand')).toEqual(['dajie']);
  });
});
