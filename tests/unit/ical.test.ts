import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { calendarEntry, entryDays, escapeText, eventUid, foldLine, icsStamp, writeCalendar, type IcsEvent } from '../../src/lib/ical';
import { parsePartialDate, type PartialDate } from '../../src/lib/partial-date';
import type { Recurrence } from '../../src/lib/recurrence';

function parse(text: string, whole = false): PartialDate {
  const result = parsePartialDate(text, { whole });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
const octets = (line: string) => new TextEncoder().encode(line).length;

function event(overrides: Partial<IcsEvent> = {}): IcsEvent {
  return {
    uid: eventUid('world-environment-day'),
    dtstamp: icsStamp('2026-11-22'),
    sequence: 0,
    summary: '世界环境日',
    start: { date: '2021-06-05' },
    end: { date: '2021-06-06' },
    status: 'CONFIRMED',
    ...overrides,
  };
}

function vevents(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
}

describe('the writer', () => {
  test('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  test('folds long lines at 75 octets without splitting a Chinese character', () => {
    const line = `SUMMARY:${'巴渝巾帼'.repeat(20)}`;
    const physical = foldLine(line).split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  test('ends every line with CRLF and keeps every line within 75 octets', () => {
    const ics = writeCalendar({
      prodId: '-//test//ZH',
      name: '活动日历',
      description: '很长的说明'.repeat(30),
      events: [event({ description: '说明，含逗号；分号'.repeat(10) })],
    });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  test('writes a calendar that ical.js reads back with the same values', () => {
    const description = '原文：各区县妇联每月 23 日前报送工作进度表，每季度报送工作情况至市妇联。';
    const ics = writeCalendar({
      prodId: '-//test//ZH',
      name: '巴渝巾帼活动日历',
      events: [event({ description, categories: ['纪念日/节点', '绿色, 生活'] })],
    });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('巴渝巾帼活动日历');
    const [vevent] = vevents(ics);
    expect(vevent?.getFirstPropertyValue('description')).toBe(description);
    expect(vevent?.getFirstProperty('categories')?.getValues()).toEqual(['纪念日/节点', '绿色, 生活']);
    expect(vevent?.getFirstPropertyValue('uid')).toBe('world-environment-day@events.bayu-jinguo');
    expect(String(vevent?.getFirstPropertyValue('dtstamp'))).toBe('2026-11-22T00:00:00Z');
    expect(vevent?.getFirstPropertyValue('sequence')).toBe(0);
  });

  test('all-day events are VALUE=DATE with an exclusive end', () => {
    const [vevent] = vevents(writeCalendar({ prodId: '-//t//ZH', name: 'x', events: [event()] }));
    const start = vevent?.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent?.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2021-06-05');
    expect(end.toString()).toBe('2021-06-06');
  });

  test('timed events carry TZID=Asia/Shanghai and the file a matching VTIMEZONE', () => {
    const ics = writeCalendar({
      prodId: '-//t//ZH',
      name: 'x',
      events: [
        event({ start: { dateTime: '2021-06-05T09:30', tzid: 'Asia/Shanghai' }, end: { dateTime: '2021-06-05T11:00', tzid: 'Asia/Shanghai' } }),
      ],
    });
    expect(ics).toContain('DTSTART;TZID=Asia/Shanghai:20210605T093000');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const zone = calendar.getFirstSubcomponent('vtimezone');
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
    ICAL.TimezoneService.register(zone!);
    const start = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!).startDate;
    expect(start.toUnixTime()).toBe(Date.UTC(2021, 5, 5, 1, 30) / 1000);
    ICAL.TimezoneService.reset();
  });

  test('a calendar of all-day events needs no VTIMEZONE', () => {
    expect(writeCalendar({ prodId: '-//t//ZH', name: 'x', events: [event()] })).not.toContain('VTIMEZONE');
  });
});

describe('partial dates in a calendar', () => {
  test('a known day is a confirmed all-day event', () => {
    const entry = calendarEntry(parse('2021-06-05'));
    expect(entry).toMatchObject({ kind: 'dated', tentative: false, start: { date: '2021-06-05' }, end: { date: '2021-06-06' } });
  });

  test('a range of days ends the day after its last day', () => {
    expect(calendarEntry(parse('2021-10-01/2021-10-07'))).toMatchObject({ end: { date: '2021-10-08' } });
  });

  test('a month whose day is not given is a tentative span over the whole month, no single day', () => {
    const entry = calendarEntry(parse('2021-05'));
    expect(entry).toMatchObject({ kind: 'dated', tentative: true, start: { date: '2021-05-01' }, end: { date: '2021-06-01' } });
    expect(entryDays(entry)).toBe(31);
  });

  test('only a year, or nothing, is left out of the file', () => {
    expect(calendarEntry(parse('2021'))).toEqual({ kind: 'omitted', reason: 'year' });
    expect(calendarEntry(parse('待定'))).toEqual({ kind: 'omitted', reason: 'tbd' });
  });

  test('a monthly deadline on the 23rd repeats with RRULE and expands to every 23rd', () => {
    const rule: Recurrence = { freq: 'monthly' };
    const entry = calendarEntry(parse('2021-04-23'), rule);
    expect(entry).toMatchObject({ kind: 'dated', rrule: 'FREQ=MONTHLY', tentative: false });
    if (entry.kind !== 'dated') throw new Error('dated');
    const ics = writeCalendar({ prodId: '-//t//ZH', name: 'x', events: [event({ start: entry.start, end: entry.end, rrule: entry.rrule })] });
    const iterator = new ICAL.Event(vevents(ics)[0]!).iterator();
    const days = Array.from({ length: 4 }, () => iterator.next()?.toString());
    expect(days).toEqual(['2021-04-23', '2021-05-23', '2021-06-23', '2021-07-23']);
  });

  test('a May–June theme month repeats every year over the same days', () => {
    const entry = calendarEntry(parse('2021-05/2021-06', true), { freq: 'yearly' });
    expect(entry).toMatchObject({
      kind: 'dated',
      tentative: false,
      rrule: 'FREQ=YEARLY',
      start: { date: '2021-05-01' },
      end: { date: '2021-07-01' },
    });
  });

  test('a window that changes length from one repeat to the next is left out rather than given false ends', () => {
    expect(calendarEntry(parse('2021-Q2'), { freq: 'quarterly' })).toEqual({ kind: 'omitted', reason: 'varying-window' });
    expect(calendarEntry(parse('2021-02'), { freq: 'yearly' })).toEqual({ kind: 'omitted', reason: 'varying-window' });
  });

  test('a time applies to a single day and is written in Beijing time', () => {
    expect(calendarEntry(parse('2021-06-05'), undefined, { start: '09:30', end: '11:00' })).toMatchObject({
      start: { dateTime: '2021-06-05T09:30', tzid: 'Asia/Shanghai' },
      end: { dateTime: '2021-06-05T11:00', tzid: 'Asia/Shanghai' },
    });
  });

  test('UIDs come from the event id alone, so they survive edits to everything else', () => {
    expect(eventUid('annex-s1-1')).toBe(eventUid('annex-s1-1'));
    expect(eventUid('annex-s1-1')).not.toBe(eventUid('annex-s1-2'));
  });
});
