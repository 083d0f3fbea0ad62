import { describe, expect, test } from 'vitest';
import { didYouMean, nearestSuggestions, readingsOf, relaxedQueries, similarity } from '../../src/lib/search-suggest';

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

describe('didYouMean', () => {
  const names = [
    {
      label: '巴渝网姐',
      kind: '品牌',
      url: '/brands/wangjie/',
      forms: [
        ['巴渝网姐', 'ba yu wang jie'],
        ['网姐', 'wang jie'],
      ] as [string, string][],
    },
    { label: '三清一改', kind: '术语', url: '/glossary/#sanqingyigai', forms: [['三清一改', 'san qing yi gai']] as [string, string][] },
  ];
  const readings = readingsOf({ jie: '姐解节', wang: '网往', qing: '清青', er: '二' });

  test('a character that sounds the same is put right', () => {
    expect(didYouMean('巴渝网解', names, readings).map((d) => [d.query, d.how])).toEqual([['巴渝网姐', 'sound']]);
    expect(didYouMean('网解', names, readings).map((d) => d.query)).toEqual(['网姐']);
  });

  test('one character off a longer name is put right, whatever it sounds like', () => {
    expect(didYouMean('三清二改', names, readings).map((d) => [d.query, d.how])).toEqual([['三清一改', 'typo']]);
    expect(didYouMean('三清改', names, readings).map((d) => d.query)).toEqual(['三清一改']);
  });

  test('keeps the rest of the query', () => {
    expect(didYouMean('网解 秀山', names, readings).map((d) => d.query)).toEqual(['网姐 秀山']);
  });

  test('offers nothing for a query that holds the name, or is far from every name', () => {
    expect(didYouMean('巴渝网姐', names, readings)).toEqual([]);
    expect(didYouMean('量子计算', names, readings)).toEqual([]);
  });

  test('one character off a two-character name is only taken when it sounds the same', () => {
    expect(didYouMean('网络', names, readings)).toEqual([]);
  });
});
