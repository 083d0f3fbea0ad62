import { describe, expect, test } from 'vitest';
import { dateWording, dateWordingParts, dateWordingText, dateWordsProblem, readingOf } from '../../src/lib/date-wording';
import { parsePartialDate, type PartialDate } from '../../src/lib/partial-date';

function parse(text: string, whole = false): PartialDate {
  const result = parsePartialDate(text, { whole });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('how the site lists a date', () => {
  test('a season is spelled out with its months', () => {
    expect(readingOf(parse('2021-春季'))).toBe('2021 年春季（3–5 月）');
  });

  test('a repeating duty names its rule and where the site ends it', () => {
    expect(readingOf(parse('2021-04-23'), { freq: 'monthly', until: '2021-12-31' }, true)).toBe(
      '2021 年 4 月 23 日起，每月 23 日前（至 2021 年 12 月 31 日）',
    );
  });

  test('a yearly rule that ends in its first year adds nothing to the date', () => {
    expect(readingOf(parse('2021'), { freq: 'yearly', until: '2021-12-31' })).toBe('2021 年内');
  });
});

describe('what the site says about where a date comes from', () => {
  test('time words from a clause are quoted as 原文 and the reading is the site’s', () => {
    const wording = dateWording(parse('2021-春季'), { kind: 'clause', ref: 'rural-revitalization#s2-4-3', words: '春季义务植树' });
    expect(dateWordingText(wording)).toBe('原文：“春季义务植树”。本站据此列为 2021 年春季（3–5 月）；具体日期待定。');
    expect(dateWordingParts(wording).quote).toEqual({ text: '春季义务植树', ref: 'rural-revitalization#s2-4-3' });
  });

  test('a clause without time words is not quoted: the period is said to be the site’s reading', () => {
    const wording = dateWording(parse('2021-夏季'), { kind: 'clause', ref: 'workplan-2021#s2-2' });
    const text = dateWordingText(wording);
    expect(text).toBe('原文没有写时间。“2021 年夏季（6–8 月）”是本站的理解，理由见本站说明；具体日期待定。');
    expect(dateWordingParts(wording).quote).toBeNull();
  });

  test('a date from a law quotes the law, never 原文, and a known day is not 待定', () => {
    const wording = dateWording(parse('2021-06-05'), {
      kind: 'public',
      source: '《中华人民共和国环境保护法》第十二条',
      quote: '每年6月5日为环境日。',
    });
    const text = dateWordingText(wording);
    expect(text).toBe('《中华人民共和国环境保护法》第十二条：“每年6月5日为环境日”。本站据此列为 2021 年 6 月 5 日。');
    expect(text).not.toContain('原文');
    expect(dateWordingParts(wording).quote?.ref).toBeUndefined();
  });
});

describe('checking an editor’s time words against the clause', () => {
  const clause = '开展“共建美丽家园·春季义务植树”活动，广泛发动妇女家庭。';
  test('words copied exactly pass', () => {
    expect(dateWordsProblem('春季义务植树', 'x#s1', clause)).toBeNull();
  });
  test('words the clause does not have are named with the clause', () => {
    expect(dateWordsProblem('2021 年春季', 'x#s1', clause)).toMatch(/“2021 年春季” 不在 dateSource 所引条款 x#s1 的原文中/);
  });
});
