import { describe, expect, test } from 'vitest';
import {
  comparePartialDates,
  formatPartialDate,
  formatPartialDateShort,
  formatPartialDateSpelled,
  hasKnownDays,
  isoWeekday,
  missingFromText,
  monthsTouched,
  parsePartialDate,
  partialDateText,
  relationToToday,
  type PartialDate,
} from '../../src/lib/partial-date';

function parse(text: string | number | Date, whole = false): PartialDate {
  const result = parsePartialDate(text, { whole });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function error(text: string, whole = false): string {
  const result = parsePartialDate(text, { whole });
  if (result.ok) throw new Error(`expected “${text}” to be rejected`);
  return result.error;
}

describe('parsing the editors’ forms', () => {
  test('a single day is a day', () => {
    expect(parse('2021-06-05')).toEqual({ precision: 'day', start: '2021-06-05', end: '2021-06-05', whole: true });
  });

  test('YAML dates and bare years are accepted as well as strings', () => {
    expect(parse(new Date(Date.UTC(2021, 5, 5))).start).toBe('2021-06-05');
    expect(parse(2021)).toMatchObject({ precision: 'year', start: '2021-01-01', end: '2021-12-31' });
  });

  test('a range of days keeps both ends', () => {
    expect(parse('2021-10-01/2021-10-07')).toMatchObject({ precision: 'days', start: '2021-10-01', end: '2021-10-07' });
  });

  test('a month spans the whole month, February of a leap year included', () => {
    expect(parse('2021-06')).toMatchObject({ precision: 'month', start: '2021-06-01', end: '2021-06-30', whole: false });
    expect(parse('2024-02')).toMatchObject({ end: '2024-02-29' });
  });

  test('a range of months runs from the first day of the first to the last day of the last', () => {
    expect(parse('2021-05/2021-06')).toMatchObject({ precision: 'months', start: '2021-05-01', end: '2021-06-30' });
  });

  test('seasons are written in Chinese or English and winter runs into the next year', () => {
    expect(parse('2021-夏季')).toMatchObject({ precision: 'season', season: 'summer', start: '2021-06-01', end: '2021-08-31' });
    expect(parse('2021-summer')).toEqual(parse('2021-夏季'));
    expect(parse('2021-冬季')).toMatchObject({ start: '2021-12-01', end: '2022-02-28' });
  });

  test('quarters are written Q2 or 第二季度', () => {
    expect(parse('2021-Q2')).toMatchObject({ precision: 'quarter', quarter: 2, start: '2021-04-01', end: '2021-06-30' });
    expect(parse('2021-第四季度')).toMatchObject({ quarter: 4, start: '2021-10-01', end: '2021-12-31' });
  });

  test('待定 knows nothing', () => {
    expect(parse('待定')).toEqual({ precision: 'tbd', start: null, end: null, whole: false });
  });

  test('a window the event fills is marked whole and counts as known days', () => {
    const themeMonths = parse('2021-05/2021-06', true);
    expect(themeMonths.whole).toBe(true);
    expect(hasKnownDays(themeMonths)).toBe(true);
    expect(hasKnownDays(parse('2021-05/2021-06'))).toBe(false);
  });

  test('impossible days and months are rejected with a hint', () => {
    expect(error('2021-02-30')).toContain('不是真实存在的日期');
    expect(error('2021-13')).toContain('1–12');
    expect(error('六月')).toContain('2021-06-05');
  });

  test('an end before its start is rejected and says how to fix it', () => {
    expect(error('2021-06-07/2021-06-05')).toContain('早于开始日期');
    expect(error('2021-06/2021-05')).toContain('早于开始月份');
  });

  test('mixed or same-ended ranges are rejected', () => {
    expect(error('2021-06/2021-06-05')).toContain('两端');
    expect(error('2021-06-05/2021-06-05')).toContain('同一天');
  });

  test('the editor form round-trips', () => {
    for (const form of ['2021-06-05', '2021-10-01/2021-10-07', '2021-06', '2021-05/2021-06', '2021-夏季', '2021-Q2', '2021', '待定']) {
      expect(partialDateText(parse(form))).toBe(form);
    }
  });
});

describe('Chinese formatting says no more than is known', () => {
  test.each([
    ['2021-06-05', '2021 年 6 月 5 日'],
    ['2021-10-01/2021-10-07', '2021 年 10 月 1–7 日'],
    ['2021-09-30/2021-10-07', '2021 年 9 月 30 日至 10 月 7 日'],
    ['2021-12-31/2022-01-02', '2021 年 12 月 31 日至 2022 年 1 月 2 日'],
    ['2021-06', '2021 年 6 月'],
    ['2021-05/2021-06', '2021 年 5–6 月'],
    ['2021-12/2022-02', '2021 年 12 月至 2022 年 2 月'],
    ['2021-夏季', '2021 年夏季'],
    ['2021-Q2', '2021 年第二季度'],
    ['2021', '2021 年内'],
    ['待定', '日期待定'],
  ])('%s is shown as %s', (form, shown) => {
    expect(formatPartialDate(parse(form))).toBe(shown);
  });

  test('the short form drops the year inside one year only', () => {
    expect(formatPartialDateShort(parse('2021-05/2021-06'))).toBe('5–6 月');
    expect(formatPartialDateShort(parse('2021-冬季'))).toBe('2021 年冬季');
  });

  test('a date known only by its year keeps its year in the short form', () => {
    expect(formatPartialDateShort(parse('2021'))).toBe('2021 年内');
  });

  test.each([
    ['2021-春季', '2021 年春季（3–5 月）'],
    ['2021-冬季', '2021 年冬季（2021 年 12 月至 2022 年 2 月）'],
    ['2021-Q2', '2021 年第二季度（4–6 月）'],
    ['2021-05/2021-06', '2021 年 5–6 月'],
    ['2021', '2021 年内'],
  ])('spelled out, %s reads %s', (form, shown) => {
    expect(formatPartialDateSpelled(parse(form))).toBe(shown);
  });
});

describe('relation to the reader’s today', () => {
  test('a known day is past, ongoing or upcoming', () => {
    const day = parse('2021-06-05');
    expect(relationToToday(day, '2021-06-06')).toBe('past');
    expect(relationToToday(day, '2021-06-05')).toBe('ongoing');
    expect(relationToToday(day, '2021-06-04')).toBe('upcoming');
  });

  test('a window is past or upcoming only when today lies outside it', () => {
    const june = parse('2021-06');
    expect(relationToToday(june, '2021-07-01')).toBe('past');
    expect(relationToToday(june, '2021-05-31')).toBe('upcoming');
    expect(relationToToday(june, '2021-06-15')).toBe('unknown');
  });

  test('a theme month that fills its window is ongoing inside it', () => {
    expect(relationToToday(parse('2021-05/2021-06', true), '2021-06-15')).toBe('ongoing');
  });

  test('待定 is never past or upcoming', () => {
    expect(relationToToday(parse('待定'), '2030-01-01')).toBe('unknown');
  });
});

describe('helpers', () => {
  test('the months a span touches', () => {
    expect(monthsTouched(parse('2021-Q2'))).toEqual(['2021-04', '2021-05', '2021-06']);
    expect(monthsTouched(parse('2021-冬季'))).toEqual(['2021-12', '2022-01', '2022-02']);
    expect(monthsTouched(parse('待定'))).toEqual([]);
  });

  test('known days sort before windows that start on the same day, and 待定 sorts last', () => {
    const list = [parse('待定'), parse('2021-06'), parse('2021-06-01'), parse('2021-05')];
    expect(list.sort(comparePartialDates).map(partialDateText)).toEqual(['2021-05', '2021-06-01', '2021-06', '待定']);
  });

  test('weekdays count Monday as 1 and Sunday as 7', () => {
    expect(isoWeekday('2021-06-05')).toBe(6);
    expect(isoWeekday('2021-06-06')).toBe(7);
  });
});

describe('a clause named as the source must state the date', () => {
  const chengyu = '加强日常信息报送，各区县妇联每月 23 日前报送工作进度表，每季度报送工作情况至市妇联。';
  const rural = '确定每年5-6月为妇联组织家风家教主题宣传月';

  test('a monthly deadline is stated by “每月 23 日前”', () => {
    expect(missingFromText(parse('2021-04-23'), chengyu, 'monthly')).toBeNull();
    expect(missingFromText(parse('2021-04-22'), chengyu, 'monthly')).toBe('22 日');
  });

  test('a one-off day needs its month and day in the text', () => {
    expect(missingFromText(parse('2021-04-23'), chengyu)).toBe('4 月 23 日');
  });

  test('a range of months needs the range', () => {
    expect(missingFromText(parse('2021-05/2021-06', true), rural, 'yearly')).toBeNull();
    expect(missingFromText(parse('2021-05/2021-07'), rural)).toBe('5–7 月');
  });

  test('a season needs its word and a quarterly rule needs 季度', () => {
    expect(missingFromText(parse('2021-夏季'), '开展“川渝手拉手”快乐成长营体验之旅夏令营活动')).toBeNull();
    expect(missingFromText(parse('2021-春季'), '夏令营')).toContain('春');
    expect(missingFromText(parse('2021-Q2'), chengyu, 'quarterly')).toBeNull();
  });

  test('a year needs no phrase', () => {
    expect(missingFromText(parse('2021'), '召开重庆市妇联五届七次执委会议。')).toBeNull();
  });
});
