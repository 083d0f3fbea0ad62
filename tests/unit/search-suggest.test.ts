import { describe, expect, test } from 'vitest';
import { nearestSuggestions, relaxedQueries, similarity } from '../../src/lib/search-suggest';

const candidates = [
  { label: '巴渝网姐', url: '/brands/wangjie/', kind: '品牌' },
  { label: '巴渝大姐', url: '/brands/dajie/', kind: '品牌' },
  { label: '三清一改', url: '/glossary/#sanqing', kind: '术语' },
  { label: '万州区', url: '/search/?district=万州区', kind: '区县' },
];

describe('nearestSuggestions', () => {
  test('a name holding the query comes first', () => {
    expect(nearestSuggestions('网姐', candidates)[0]?.label).toBe('巴渝网姐');
  });

  test('a near miss still finds the name', () => {
    expect(nearestSuggestions('三清二改', candidates)[0]?.label).toBe('三清一改');
  });

  test('offers nothing that shares nothing with the query', () => {
    expect(nearestSuggestions('量子计算', candidates)).toEqual([]);
  });

  test('an empty query offers nothing', () => {
    expect(nearestSuggestions('  ', candidates)).toEqual([]);
  });
});

describe('similarity', () => {
  test('is 1 for equal texts and 0 for texts without a shared pair', () => {
    expect(similarity('巴渝网姐', '巴渝网姐')).toBe(1);
    expect(similarity('巴渝', '网姐')).toBe(0);
  });
});

describe('relaxedQueries', () => {
  test('offers the words of a query, then its two-character pieces', () => {
    expect(relaxedQueries('网姐邀请 巴渝')).toEqual(['网姐邀请', '巴渝', '网姐', '姐邀', '邀请']);
  });

  test('never offers the query itself', () => {
    expect(relaxedQueries('网姐')).toEqual([]);
  });
});
