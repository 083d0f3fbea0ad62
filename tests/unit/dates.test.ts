import { describe, expect, test } from 'vitest';
import { formatChineseDay, formatGongwenDate, parseIsoDay } from '../../src/lib/dates';

describe('parseIsoDay', () => {
  test('reads a strict YYYY-MM-DD day', () => {
    expect(parseIsoDay('2021-04-08')).toEqual({ year: 2021, month: 4, day: 8 });
    expect(parseIsoDay('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
  });
  test.each(['2021-13-01', '2021-02-29', '2021-04-31', '2021-00-10', '2021-4-8', '2021年4月8日', '2021/04/08', '', '2021-04-08T00:00'])(
    'rejects %s',
    (text) => {
      expect(parseIsoDay(text)).toBeNull();
    },
  );
});

describe('formatting', () => {
  test('formatChineseDay spaces the numbers for reading', () => {
    expect(formatChineseDay('2021-04-08')).toBe('2021 年 4 月 8 日');
  });
  test('formatGongwenDate writes 成文日期 as GB/T 9704 does, without leading zeros', () => {
    expect(formatGongwenDate('2021-04-15')).toBe('2021年4月15日');
    expect(formatGongwenDate('2021-12-01')).toBe('2021年12月1日');
  });
  test('both refuse a day that does not exist', () => {
    expect(() => formatChineseDay('2021-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => formatGongwenDate('someday')).toThrow(/YYYY-MM-DD/);
  });
});
