import { describe, expect, test } from 'vitest';
import { parsePartialDate, partialDateText, type PartialDate } from '../../src/lib/partial-date';
import { checkRecurrence, describeRecurrence, expand, nextOccurrence, parseFrequency, toRrule, type Recurrence } from '../../src/lib/recurrence';

function parse(text: string, whole = false): PartialDate {
  const result = parsePartialDate(text, { whole });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
const monthly: Recurrence = { freq: 'monthly' };
const quarterly: Recurrence = { freq: 'quarterly' };
const yearly: Recurrence = { freq: 'yearly' };

describe('expanding recurrences for display', () => {
  test('a progress sheet before the 23rd of every month, from April 2021, falls on each 23rd', () => {
    const dates = expand(parse('2021-04-23'), monthly, '2021-01-01', '2021-12-31').map((o) => partialDateText(o.date));
    expect(dates).toEqual([
      '2021-04-23',
      '2021-05-23',
      '2021-06-23',
      '2021-07-23',
      '2021-08-23',
      '2021-09-23',
      '2021-10-23',
      '2021-11-23',
      '2021-12-23',
    ]);
  });

  test('a quarterly report keeps quarter precision', () => {
    const dates = expand(parse('2021-Q2'), quarterly, '2021-01-01', '2022-03-31').map((o) => partialDateText(o.date));
    expect(dates).toEqual(['2021-Q2', '2021-Q3', '2021-Q4', '2022-Q1']);
  });

  test('a May–June theme month comes back every May–June', () => {
    const dates = expand(parse('2021-05/2021-06', true), yearly, '2021-01-01', '2023-12-31').map((o) => partialDateText(o.date));
    expect(dates).toEqual(['2021-05/2021-06', '2022-05/2022-06', '2023-05/2023-06']);
  });

  test('a meeting once a year stays a year without a day', () => {
    const occurrences = expand(parse('2021'), yearly, '2021-01-01', '2022-12-31');
    expect(occurrences.map((o) => o.date.precision)).toEqual(['year', 'year']);
  });

  test('a monthly 31st skips the months without one, as RFC 5545 does', () => {
    const dates = expand(parse('2021-01-31'), monthly, '2021-01-01', '2021-05-31').map((o) => partialDateText(o.date));
    expect(dates).toEqual(['2021-01-31', '2021-03-31', '2021-05-31']);
  });

  test('occurrences stop at repeatUntil and only those overlapping the range are listed', () => {
    const dates = expand(parse('2021-04-23'), { freq: 'monthly', until: '2021-06-30' }, '2021-05-01', '2021-12-31').map((o) =>
      partialDateText(o.date),
    );
    expect(dates).toEqual(['2021-05-23', '2021-06-23']);
  });

  test('an event that does not repeat is listed once when it overlaps the range', () => {
    expect(expand(parse('2021-06'), undefined, '2021-06-15', '2021-06-16')).toHaveLength(1);
    expect(expand(parse('2021-06'), undefined, '2021-07-01', '2021-07-31')).toHaveLength(0);
  });

  test('the next occurrence after a given day', () => {
    expect(partialDateText(nextOccurrence(parse('2021-04-23'), monthly, '2021-06-24')!.date)).toBe('2021-07-23');
    expect(nextOccurrence(parse('2021-06-05'), undefined, '2021-06-06')).toBeNull();
  });
});

describe('checking recurrences', () => {
  test('an occurrence may not be longer than its period', () => {
    expect(checkRecurrence(parse('2021-05/2021-06'), monthly)).toContain('每月');
    expect(checkRecurrence(parse('2021'), quarterly)).toContain('每季度');
    expect(checkRecurrence(parse('2021-05/2021-06', true), yearly)).toBeNull();
  });

  test('待定 cannot repeat', () => {
    expect(checkRecurrence(parse('待定'), yearly)).toContain('待定');
  });

  test('repeatUntil may not come before the first date', () => {
    expect(checkRecurrence(parse('2021-04-23'), { freq: 'monthly', until: '2021-01-01' })).toContain('repeatUntil');
  });

  test('frequencies are written in Chinese or English', () => {
    expect(parseFrequency('每月')).toBe('monthly');
    expect(parseFrequency('每季度')).toBe('quarterly');
    expect(parseFrequency('yearly')).toBe('yearly');
    expect(parseFrequency('每周')).toBeNull();
  });
});

describe('rules as text', () => {
  test('RRULE values', () => {
    expect(toRrule(monthly)).toBe('FREQ=MONTHLY');
    expect(toRrule(quarterly)).toBe('FREQ=MONTHLY;INTERVAL=3');
    expect(toRrule({ freq: 'yearly', until: '2025-12-31' })).toBe('FREQ=YEARLY;UNTIL=20251231');
  });

  test('descriptions in Chinese', () => {
    expect(describeRecurrence(parse('2021-04-23'), monthly, true)).toBe('每月 23 日前');
    expect(describeRecurrence(parse('2021-Q2'), quarterly)).toBe('每季度');
    expect(describeRecurrence(parse('2021-05/2021-06', true), yearly)).toBe('每年 5–6 月');
    expect(describeRecurrence(parse('2021-03-08'), yearly)).toBe('每年 3 月 8 日');
    expect(describeRecurrence(parse('2021'), yearly)).toBe('每年');
  });
});
