/**
 * Recurring events: “每月 23 日前报送工作进度表”, “每季度报送工作情况”, “每年 5–6 月为家风家教主题宣传月”,
 * “每年召开 1 次工作推进会”.
 *
 * A recurrence repeats an event's first date (a PartialDate) every month, quarter or year, keeping
 * its precision: a day stays a day, a May–June window stays a May–June window, a year stays a
 * year whose day is not given. `expand` lists the occurrences in a range for display; `toRrule`
 * gives the iCalendar rule.
 */
import { dayParts, daysInMonth, isoDay, monthWindow, quarterWindow, seasonWindow, shiftMonth, yearWindow, type PartialDate } from './partial-date';

export type Frequency = 'monthly' | 'quarterly' | 'yearly';

export interface Recurrence {
  freq: Frequency;
  /** Last day an occurrence may start on (inclusive), YYYY-MM-DD; absent when the sources set no end. */
  until?: string | undefined;
}

/** Months between occurrences. */
export const STEP_MONTHS: Record<Frequency, number> = { monthly: 1, quarterly: 3, yearly: 12 };

const FREQ_WORDS: Record<string, Frequency> = {
  每月: 'monthly',
  monthly: 'monthly',
  每季度: 'quarterly',
  每季: 'quarterly',
  quarterly: 'quarterly',
  每年: 'yearly',
  yearly: 'yearly',
  annually: 'yearly',
};

/** Reads 每月 / 每季度 / 每年 (or monthly / quarterly / yearly); null when not recognised. */
export function parseFrequency(text: string): Frequency | null {
  return FREQ_WORDS[text.trim().toLowerCase()] ?? null;
}

/**
 * Whether a date can repeat at a frequency. Returns a message (Chinese, saying how to fix) or null.
 * An occurrence must fit in one period: a month-long window cannot repeat every month twice over.
 */
export function checkRecurrence(date: PartialDate, rule: Recurrence): string | null {
  if (!date.start || !date.end) return '日期“待定”的活动不能设置重复：请先写出第一次的日期（至少写出年份），例如 2021';
  const step = STEP_MONTHS[rule.freq];
  const a = dayParts(date.start);
  const b = dayParts(date.end);
  const spanMonths = (b.year - a.year) * 12 + (b.month - a.month) + 1;
  const allowed: Record<Frequency, PartialDate['precision'][]> = {
    monthly: ['day', 'days', 'month'],
    quarterly: ['day', 'days', 'month', 'months', 'quarter'],
    yearly: ['day', 'days', 'month', 'months', 'season', 'quarter', 'year'],
  };
  const word = { monthly: '每月', quarterly: '每季度', yearly: '每年' }[rule.freq];
  if (!allowed[rule.freq].includes(date.precision) || spanMonths > step) {
    const year = date.start.slice(0, 4);
    return `${word}重复的活动，每一次的日期不能超过一个${{ monthly: '月', quarterly: '季度', yearly: '年' }[rule.freq]}：请把 date 写成第一次的日期（例如 ${
      { monthly: `${year}-05-23`, quarterly: `${year}-Q2`, yearly: `${year}-05/${year}-06` }[rule.freq]
    }）`;
  }
  if (rule.until && rule.until < date.start) return `重复截止日期 ${rule.until} 早于第一次的日期 ${date.start}：请改正 repeatUntil`;
  return null;
}

/**
 * The n-th occurrence (n = 0 is the date itself), or null when that occurrence does not exist (a
 * monthly 31st in a 30-day month is skipped, as RFC 5545 does).
 */
export function nthOccurrence(date: PartialDate, rule: Recurrence, n: number): PartialDate | null {
  if (!date.start || !date.end) return null;
  const shift = STEP_MONTHS[rule.freq] * n;
  const a = dayParts(date.start);
  const b = dayParts(date.end);
  const from = shiftMonth(a.year, a.month, shift);
  const to = shiftMonth(b.year, b.month, shift);
  switch (date.precision) {
    case 'day':
    case 'days': {
      if (a.day > daysInMonth(from.year, from.month) || b.day > daysInMonth(to.year, to.month)) return null;
      return { ...date, start: isoDay(from.year, from.month, a.day), end: isoDay(to.year, to.month, b.day) };
    }
    case 'month':
      return monthWindow(from.year, from.month, date.whole);
    case 'months':
      return { ...date, start: isoDay(from.year, from.month, 1), end: isoDay(to.year, to.month, daysInMonth(to.year, to.month)) };
    case 'season':
      return seasonWindow(from.year, date.season ?? 'spring', date.whole);
    case 'quarter': {
      const quarter = (Math.floor((from.month - 1) / 3) + 1) as 1 | 2 | 3 | 4;
      return quarterWindow(from.year, quarter, date.whole);
    }
    case 'year':
      return yearWindow(from.year, date.whole);
    default:
      return null;
  }
}

export interface Occurrence {
  /** 0 for the first date, 1 for the next, … */
  index: number;
  date: PartialDate;
}

/**
 * The occurrences whose span overlaps `from`…`to` (inclusive ISO days). Without a rule, the date
 * itself when it overlaps. Occurrences after `rule.until` are left out.
 */
export function expand(date: PartialDate, rule: Recurrence | undefined, from: string, to: string): Occurrence[] {
  if (!date.start || !date.end) return [];
  if (!rule) return date.end >= from && date.start <= to ? [{ index: 0, date }] : [];
  const out: Occurrence[] = [];
  // A generous guard: a monthly rule over a century.
  for (let n = 0; n < 1200; n++) {
    const next = nthOccurrence(date, rule, n);
    if (!next) continue;
    if (!next.start || !next.end) break;
    if (next.start > to || (rule.until && next.start > rule.until)) break;
    if (next.end >= from) out.push({ index: n, date: next });
  }
  return out;
}

/** The first occurrence on or after `today` whose span has not ended; null when none is left. */
export function nextOccurrence(date: PartialDate, rule: Recurrence | undefined, today: string): Occurrence | null {
  const far = isoDay(Number(today.slice(0, 4)) + 5, 12, 31);
  return expand(date, rule, today, far)[0] ?? null;
}

/** The iCalendar RRULE value, for example `FREQ=MONTHLY` or `FREQ=YEARLY;UNTIL=20251231`. */
export function toRrule(rule: Recurrence): string {
  const parts = rule.freq === 'quarterly' ? ['FREQ=MONTHLY', 'INTERVAL=3'] : [`FREQ=${rule.freq.toUpperCase()}`];
  if (rule.until) parts.push(`UNTIL=${rule.until.replaceAll('-', '')}`);
  return parts.join(';');
}

/**
 * The rule in Chinese, from the first date: “每月 23 日”, “每季度”, “每年 5–6 月”, “每年 3 月 8 日”,
 * “每年”. `deadline` adds 前 (“每月 23 日前”).
 */
export function describeRecurrence(date: PartialDate, rule: Recurrence, deadline = false): string {
  const before = deadline ? '前' : '';
  const until = rule.until
    ? `（至 ${Number(rule.until.slice(0, 4))} 年 ${Number(rule.until.slice(5, 7))} 月 ${Number(rule.until.slice(8, 10))} 日）`
    : '';
  if (!date.start || !date.end) return '';
  const a = dayParts(date.start);
  const b = dayParts(date.end);
  let text: string;
  if (rule.freq === 'monthly') {
    text = date.precision === 'day' ? `每月 ${a.day} 日${before}` : date.precision === 'days' ? `每月 ${a.day}–${b.day} 日` : '每月';
  } else if (rule.freq === 'quarterly') {
    text = '每季度';
  } else {
    switch (date.precision) {
      case 'day':
        text = `每年 ${a.month} 月 ${a.day} 日${before}`;
        break;
      case 'days':
        text = a.month === b.month ? `每年 ${a.month} 月 ${a.day}–${b.day} 日` : `每年 ${a.month} 月 ${a.day} 日至 ${b.month} 月 ${b.day} 日`;
        break;
      case 'month':
        text = `每年 ${a.month} 月`;
        break;
      case 'months':
        text = `每年 ${a.month}–${b.month} 月`;
        break;
      case 'season':
        text = `每年${{ spring: '春季', summer: '夏季', autumn: '秋季', winter: '冬季' }[date.season ?? 'spring']}`;
        break;
      case 'quarter':
        text = `每年第${'一二三四'[(date.quarter ?? 1) - 1]}季度`;
        break;
      default:
        text = '每年';
    }
  }
  return text + until;
}
