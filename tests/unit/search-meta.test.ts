import { describe, expect, test } from 'vitest';
import { NO_NAMES, canonicalMonth, filterLabel, monthsBetween, resolveSearchFilters, sortValues } from '../../src/lib/search-meta';
import { clauseResultTitle, MAX_RESULT_TITLE } from '../../src/lib/search-anchors';
import { compareTypeLabels, SEARCH_TYPE_ORDER } from '../../src/lib/search-types';

/** The names the site's content gives the ids pages use. */
const names = {
  ...NO_NAMES,
  action: { 'rural-revitalization': '助力乡村振兴' },
  brand: { wangjie: '巴渝网姐' },
  region: { northeast: '渝东北三峡库区城镇群', southeast: '渝东南武陵山区城镇群' },
  district: {
    wanzhou: { name: '万州区', region: 'northeast' },
    xiushan: { name: '秀山土家族苗族自治县', region: 'southeast' },
  },
};

describe('resolveSearchFilters', () => {
  test('writes the type first and ids as names', () => {
    expect(resolveSearchFilters({ type: 'brand', filters: { brand: ['wangjie'], action: ['rural-revitalization'] } }, names)).toEqual([
      ['type', '品牌'],
      ['action', '助力乡村振兴'],
      ['brand', '巴渝网姐'],
    ]);
  });

  test('a kind a section registers is typed by its name; an unknown type stops the build', () => {
    const withReports = { ...names, type: { ...names.type, report: '报告' } };
    expect(resolveSearchFilters({ type: 'report' }, withReports)).toEqual([['type', '报告']]);
    expect(() => resolveSearchFilters({ type: 'report' }, names)).toThrow(/unknown search type “report”/);
  });

  test('the search page lists a registered kind of its own after the known types, before 其他', () => {
    expect(['其他', '报告', '故事', '政策'].sort(compareTypeLabels)).toEqual(['政策', '故事', '报告', '其他']);
    expect([...SEARCH_TYPE_ORDER].reverse().sort(compareTypeLabels)).toEqual([...SEARCH_TYPE_ORDER]);
  });

  test('a district brings its region', () => {
    const pairs = resolveSearchFilters({ type: 'story', filters: { district: ['xiushan'] } }, names);
    expect(pairs).toContainEqual(['district', '秀山土家族苗族自治县']);
    expect(pairs).toContainEqual(['region', '渝东南武陵山区城镇群']);
  });

  test('a date brings its year and month unless the page gives them', () => {
    expect(resolveSearchFilters({ type: 'policy', date: '2021-04-08' })).toEqual([
      ['type', '政策'],
      ['year', '2021'],
      ['month', '2021-04'],
    ]);
    expect(resolveSearchFilters({ type: 'event', date: '2021-05-01', filters: { month: ['2021年5月', '2021-6'] } })).toEqual([
      ['type', '活动'],
      ['month', '2021-05'],
      ['month', '2021-06'],
      ['year', '2021'],
    ]);
  });

  test('keeps names it does not know, and each value once', () => {
    expect(resolveSearchFilters({ type: 'story', filters: { brand: ['巴渝网姐', 'wangjie'], kind: ['重大活动'] } }, names)).toEqual([
      ['type', '故事'],
      ['kind', '重大活动'],
      ['brand', '巴渝网姐'],
    ]);
  });
});

describe('sortValues', () => {
  test('a dated page sorts by its day in both directions', () => {
    expect(sortValues('2021-04-08')).toEqual({ newest: '2021-04-08', oldest: '2021-04-08' });
  });

  test('an undated page sorts last in both directions instead of dropping out', () => {
    const { newest, oldest } = sortValues(undefined);
    expect(newest < '1900-01-01').toBe(true);
    expect(oldest > '2999-12-31').toBe(true);
  });
});

describe('months', () => {
  test('canonicalMonth accepts the usual ways of writing a month', () => {
    expect(canonicalMonth('2021-5')).toBe('2021-05');
    expect(canonicalMonth('2021 年 12 月')).toBe('2021-12');
    expect(canonicalMonth('2021-13')).toBeNull();
    expect(canonicalMonth('五月')).toBeNull();
  });

  test('monthsBetween spans a year end', () => {
    expect(monthsBetween('2021-11-20', '2022-01-05')).toEqual(['2021-11', '2021-12', '2022-01']);
    expect(monthsBetween('2021-05')).toEqual(['2021-05']);
  });

  test('filterLabel reads a month and a year in Chinese', () => {
    expect(filterLabel('month', '2021-06')).toBe('2021 年 6 月');
    expect(filterLabel('year', '2021')).toBe('2021 年');
    expect(filterLabel('brand', '巴渝网姐')).toBe('巴渝网姐');
  });
});

describe('clauseResultTitle', () => {
  test('labels a clause with its number and title', () => {
    expect(clauseResultTitle({ kind: 'clause', label: '二、（一）3.', title: '开展“绿色公益我参与”活动' })).toBe(
      '二、（一）3. 开展“绿色公益我参与”活动',
    );
  });

  test('leaves unnumbered paragraphs to the clause before them', () => {
    expect(clauseResultTitle({ kind: 'paragraph', label: '', title: '根据……' })).toBeUndefined();
  });

  test('cuts a very long lead', () => {
    const title = clauseResultTitle({ kind: 'clause', label: '一、1.', title: '长'.repeat(200) });
    expect(title).toHaveLength(MAX_RESULT_TITLE);
    expect(title?.endsWith('…')).toBe(true);
  });
});
