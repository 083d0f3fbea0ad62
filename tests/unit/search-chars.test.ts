import { describe, expect, test } from 'vitest';
import { searchChars } from '../../src/integrations/search-chars';
import { charTable, toSimplified } from '../../src/lib/search-rewrite';

describe('the search page’s character data, reduced to the characters the index holds', () => {
  const index = '乡村振兴 妇女之家 家政服务 巴渝网姐 著名 了解';
  const { chars, sounds } = searchChars(index);
  const table = charTable(chars);

  test('turns traditional and Hong Kong or Taiwan variants into the simplified characters of the index', () => {
    expect(toSimplified('鄉村振興', table)).toBe('乡村振兴');
    expect(toSimplified('婦女之家 家政服務 巴渝網姐', table)).toBe('妇女之家 家政服务 巴渝网姐');
  });

  test('holds only characters whose simplified form the index holds', () => {
    const pairs = Array.from(chars.t2s);
    const targets = pairs.filter((_, i) => i % 2 === 1);
    expect(targets.every((ch) => index.includes(ch))).toBe(true);
    expect(pairs.length).toBeLessThan(200);
  });

  test('leaves alone a character the index holds itself', () => {
    expect(toSimplified('著名', table)).toBe('著名');
  });

  test('gives the readings of the index’s characters', () => {
    expect(sounds.jie).toContain('姐');
    expect(Object.values(sounds).join('')).not.toContain('鄉');
  });
});
