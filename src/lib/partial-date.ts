/**
 * Dates that know how precise they are.
 *
 * The policy texts rarely give a day: an activity is “in 2021”, a theme month is “every May–June”, a
 * report is due “every quarter”. A PartialDate keeps exactly what is known: a day, a range of days,
 * a month, a range of months, a season, a quarter, a year, or nothing at all (日期待定). Its span
 * (`start`…`end`, both inclusive ISO days) is the window the event falls in; only `day` and `days`
 * precision, or a window the event fills entirely (`whole`), say on which days it happens.
 *
 * Editors write dates in a short form (see `parsePartialDate`); pages show them in Chinese
 * (`formatPartialDate`); browsers compare them with the reader's today (`relationToToday`).
 */
import { formatChineseDay } from './dates';

export type Precision = 'day' | 'days' | 'month' | 'months' | 'season' | 'quarter' | 'year' | 'tbd';
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

export interface PartialDate {
  precision: Precision;
  /** First day of the span, YYYY-MM-DD; null when nothing is known. */
  start: string | null;
  /** Last day of the span (inclusive), YYYY-MM-DD; null when nothing is known. */
  end: string | null;
  /** Season, for `season` precision. */
  season?: Season;
  /** Quarter 1–4, for `quarter` precision. */
  quarter?: 1 | 2 | 3 | 4;
  /**
   * For a window (month, months, season, quarter, year): the event fills the whole window, as a
   * theme month does, rather than falling on days inside it that the sources do not give.
   */
  whole: boolean;
}

/** Months of each season, as the site counts them: 春 3–5, 夏 6–8, 秋 9–11, 冬 12–次年 2 月. */
export const SEASON_MONTHS: Record<Season, readonly [number, number, number]> = {
  spring: [3, 4, 5],
  summer: [6, 7, 8],
  autumn: [9, 10, 11],
  winter: [12, 1, 2],
};
export const SEASON_NAMES: Record<Season, string> = { spring: '春季', summer: '夏季', autumn: '秋季', winter: '冬季' };
const SEASON_WORDS: Record<string, Season> = {
  spring: 'spring',
  春: 'spring',
  春季: 'spring',
  春天: 'spring',
  summer: 'summer',
  夏: 'summer',
  夏季: 'summer',
  夏天: 'summer',
  autumn: 'autumn',
  fall: 'autumn',
  秋: 'autumn',
  秋季: 'autumn',
  秋天: 'autumn',
  winter: 'winter',
  冬: 'winter',
  冬季: 'winter',
  冬天: 'winter',
};
const QUARTER_NAMES = ['', '第一季度', '第二季度', '第三季度', '第四季度'] as const;
const QUARTER_WORDS: Record<string, 1 | 2 | 3 | 4> = {
  q1: 1,
  q2: 2,
  q3: 3,
  q4: 4,
  第一季度: 1,
  第二季度: 2,
  第三季度: 3,
  第四季度: 4,
  一季度: 1,
  二季度: 2,
  三季度: 3,
  四季度: 4,
};
/** Words an editor may write for “date not known”. */
const TBD_WORDS = new Set(['待定', '日期待定', 'tbd']);

// ---------------------------------------------------------------------------------------------
// Day arithmetic on ISO strings (UTC, so no time zone can shift a day)
// ---------------------------------------------------------------------------------------------

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** YYYY-MM-DD from year, month (1–12) and day. */
export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Number of days in a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Splits a valid YYYY-MM-DD into numbers. */
export function dayParts(iso: string): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** Adds days to an ISO day. */
export function addDays(iso: string, days: number): string {
  const { year, month, day } = dayParts(iso);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  const pa = dayParts(a);
  const pb = dayParts(b);
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / 86_400_000);
}

/** The month `count` months after year/month (count may be negative). */
export function shiftMonth(year: number, month: number, count: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The day of the week of an ISO day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const { year, month, day } = dayParts(iso);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** Parses a strict YYYY-MM-DD; null when the form or the day is invalid. */
export function parseDay(text: string): string | null {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return isoDay(year, month, day);
}

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

export function dayDate(iso: string): PartialDate {
  return { precision: 'day', start: iso, end: iso, whole: true };
}

export function monthWindow(year: number, month: number, whole = false): PartialDate {
  return { precision: 'month', start: isoDay(year, month, 1), end: isoDay(year, month, daysInMonth(year, month)), whole };
}

export function seasonWindow(year: number, season: Season, whole = false): PartialDate {
  const [first, , last] = SEASON_MONTHS[season];
  const endYear = season === 'winter' ? year + 1 : year;
  return {
    precision: 'season',
    season,
    start: isoDay(year, first, 1),
    end: isoDay(endYear, last, daysInMonth(endYear, last)),
    whole,
  };
}

export function quarterWindow(year: number, quarter: 1 | 2 | 3 | 4, whole = false): PartialDate {
  const first = (quarter - 1) * 3 + 1;
  return { precision: 'quarter', quarter, start: isoDay(year, first, 1), end: isoDay(year, first + 2, daysInMonth(year, first + 2)), whole };
}

export function yearWindow(year: number, whole = false): PartialDate {
  return { precision: 'year', start: isoDay(year, 1, 1), end: isoDay(year, 12, 31), whole };
}

export const TBD: PartialDate = { precision: 'tbd', start: null, end: null, whole: false };

// ---------------------------------------------------------------------------------------------
// Parsing the editors' form
// ---------------------------------------------------------------------------------------------

export type ParseResult = { ok: true; value: PartialDate } | { ok: false; error: string };

/** The forms an editor may write, for error messages. */
export const DATE_FORMS =
  '例如：某一天 2021-06-05；几天 2021-06-05/2021-06-07；某月 2021-06；几个月 2021-05/2021-06；季节 2021-夏季；季度 2021-Q2；全年 2021；不知道 待定';

function fail(error: string): ParseResult {
  return { ok: false, error };
}

function parseMonth(text: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return { year: Number(match[1]), month };
}

/**
 * Reads a date as editors write it:
 *
 * | form | precision | shown as |
 * |---|---|---|
 * | `2021-06-05` | day | 2021 年 6 月 5 日 |
 * | `2021-06-05/2021-06-07` | days | 2021 年 6 月 5–7 日 |
 * | `2021-06` | month | 2021 年 6 月 |
 * | `2021-05/2021-06` | months | 2021 年 5–6 月 |
 * | `2021-夏季` or `2021-summer` | season | 2021 年夏季 |
 * | `2021-Q2` or `2021-第二季度` | quarter | 2021 年第二季度 |
 * | `2021` | year | 2021 年内 |
 * | `待定` | tbd | 日期待定 |
 *
 * `whole` marks a window the event fills entirely (a theme month), which then counts as known days.
 */
export function parsePartialDate(input: string | number | Date, options: { whole?: boolean } = {}): ParseResult {
  const whole = options.whole ?? false;
  const text = (input instanceof Date ? input.toISOString().slice(0, 10) : String(input)).trim().replace(/\s+/g, '');
  if (text === '') return fail(`日期不能为空。可写成：${DATE_FORMS}`);
  if (TBD_WORDS.has(text.toLowerCase())) {
    return whole ? fail('“待定”的日期不能同时标为 wholePeriod（整段进行）：请删去 wholePeriod') : { ok: true, value: TBD };
  }

  if (text.includes('/')) {
    const parts = text.split('/');
    if (parts.length !== 2 || !parts[0] || !parts[1]) return fail(`“${text}” 的范围应写成 开始/结束，例如 2021-06-05/2021-06-07 或 2021-05/2021-06`);
    const [a, b] = parts as [string, string];
    const dayA = parseDay(a);
    const dayB = parseDay(b);
    if (dayA && dayB) {
      if (dayB < dayA) return fail(`结束日期 ${dayB} 早于开始日期 ${dayA}：请把较早的日期写在 / 前面`);
      if (dayA === dayB) return fail(`“${text}” 的开始和结束是同一天：请只写 ${dayA}`);
      return { ok: true, value: { precision: 'days', start: dayA, end: dayB, whole: true } };
    }
    const monthA = parseMonth(a);
    const monthB = parseMonth(b);
    if (monthA && monthB) {
      const first = monthA.year * 12 + monthA.month;
      const last = monthB.year * 12 + monthB.month;
      if (last < first) return fail(`结束月份 ${b} 早于开始月份 ${a}：请把较早的月份写在 / 前面`);
      if (last === first) return fail(`“${text}” 的开始和结束是同一个月：请只写 ${a}`);
      if (last - first >= 12) return fail(`“${text}” 跨越一年以上：请写成年份（例如 ${monthA.year}）或拆成几条活动`);
      return {
        ok: true,
        value: {
          precision: 'months',
          start: isoDay(monthA.year, monthA.month, 1),
          end: isoDay(monthB.year, monthB.month, daysInMonth(monthB.year, monthB.month)),
          whole,
        },
      };
    }
    return fail(`“${text}” 不是有效的范围：两端须同为日期（例如 2021-06-05/2021-06-07）或同为月份（例如 2021-05/2021-06），且须是真实存在的日期`);
  }

  if (/^\d{4}$/.test(text)) return { ok: true, value: yearWindow(Number(text), whole) };

  const day = parseDay(text);
  if (day) return whole ? fail('某一天的日期无须写 wholePeriod：请删去 wholePeriod') : { ok: true, value: dayDate(day) };
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(text)) return fail(`“${text}” 不是真实存在的日期：请核对月份（1–12）和当月天数`);

  const month = parseMonth(text);
  if (month) return { ok: true, value: monthWindow(month.year, month.month, whole) };
  if (/^\d{4}-\d{1,2}$/.test(text)) return fail(`“${text}” 的月份应在 1–12 之间`);

  const named = /^(\d{4})-?(.+)$/.exec(text);
  if (named?.[1] && named[2]) {
    const year = Number(named[1]);
    const word = named[2].toLowerCase();
    const season = SEASON_WORDS[word];
    if (season) return { ok: true, value: seasonWindow(year, season, whole) };
    const quarter = QUARTER_WORDS[word];
    if (quarter) return { ok: true, value: quarterWindow(year, quarter, whole) };
  }
  return fail(`“${text}” 不是可识别的日期。可写成：${DATE_FORMS}`);
}

/** The editor form of a date (the inverse of parsePartialDate, `whole` aside). */
export function partialDateText(date: PartialDate): string {
  const { start, end } = date;
  if (!start || !end) return '待定';
  switch (date.precision) {
    case 'day':
      return start;
    case 'days':
      return `${start}/${end}`;
    case 'month':
      return start.slice(0, 7);
    case 'months':
      return `${start.slice(0, 7)}/${end.slice(0, 7)}`;
    case 'season':
      return `${start.slice(0, 4)}-${SEASON_NAMES[date.season ?? 'spring']}`;
    case 'quarter':
      return `${start.slice(0, 4)}-Q${date.quarter ?? 1}`;
    case 'year':
      return start.slice(0, 4);
    default:
      return '待定';
  }
}

// ---------------------------------------------------------------------------------------------
// Questions about a date
// ---------------------------------------------------------------------------------------------

/** Whether the sources give the days of the event (a day, a range of days, or a window it fills). */
export function hasKnownDays(date: PartialDate): boolean {
  return date.start !== null && (date.precision === 'day' || date.precision === 'days' || date.whole);
}

/** Whether the date is at least as precise as a month, season or quarter (not just a year). */
export function isFinerThanYear(date: PartialDate): boolean {
  return date.start !== null && date.precision !== 'year';
}

/** The year the date starts in, or null when nothing is known. */
export function startYear(date: PartialDate): number | null {
  return date.start ? Number(date.start.slice(0, 4)) : null;
}

/** The months (YYYY-MM) the date's span touches, in order; empty when nothing is known. */
export function monthsTouched(date: PartialDate): string[] {
  if (!date.start || !date.end) return [];
  const months: string[] = [];
  let { year, month } = dayParts(date.start);
  const last = date.end.slice(0, 7);
  for (let guard = 0; guard < 240; guard++) {
    const key = `${pad(year, 4)}-${pad(month)}`;
    months.push(key);
    if (key >= last) break;
    ({ year, month } = shiftMonth(year, month, 1));
  }
  return months;
}

/** The number of days in the span, or null when nothing is known. */
export function spanDays(date: PartialDate): number | null {
  return date.start && date.end ? daysBetween(date.start, date.end) + 1 : null;
}

export type Relation = 'past' | 'ongoing' | 'upcoming' | 'unknown';

/**
 * Where the date lies relative to `today` (YYYY-MM-DD): wholly before it (past), wholly after it
 * (upcoming), on it (ongoing, only when the days are known), or cannot be said (unknown: nothing is
 * known, or today falls inside a window whose day is not given).
 */
export function relationToToday(date: PartialDate, today: string): Relation {
  if (!date.start || !date.end) return 'unknown';
  if (date.end < today) return 'past';
  if (date.start > today) return 'upcoming';
  return hasKnownDays(date) ? 'ongoing' : 'unknown';
}

/** Compares two dates for sorting: by start, then the more precise first, then by end. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  if (a.start !== b.start) {
    if (a.start === null) return 1;
    if (b.start === null) return -1;
    return a.start < b.start ? -1 : 1;
  }
  const rank = (d: PartialDate) => (hasKnownDays(d) ? 0 : 1);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  const ea = a.end ?? '';
  const eb = b.end ?? '';
  return ea < eb ? -1 : ea > eb ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Chinese formatting
// ---------------------------------------------------------------------------------------------

/**
 * The date in Chinese, as precise as it is and no more:
 * “2021 年 6 月 5 日”, “2021 年 10 月 1–7 日”, “2021 年 5–6 月”, “2021 年夏季”, “2021 年第二季度”,
 * “2021 年内”, “日期待定”.
 */
export function formatPartialDate(date: PartialDate): string {
  const { start, end } = date;
  if (!start || !end) return '日期待定';
  const a = dayParts(start);
  const b = dayParts(end);
  switch (date.precision) {
    case 'day':
      return formatChineseDay(start);
    case 'days':
      if (a.year !== b.year) return `${formatChineseDay(start)}至 ${formatChineseDay(end)}`;
      if (a.month !== b.month) return `${a.year} 年 ${a.month} 月 ${a.day} 日至 ${b.month} 月 ${b.day} 日`;
      return `${a.year} 年 ${a.month} 月 ${a.day}–${b.day} 日`;
    case 'month':
      return `${a.year} 年 ${a.month} 月`;
    case 'months':
      if (a.year !== b.year) return `${a.year} 年 ${a.month} 月至 ${b.year} 年 ${b.month} 月`;
      return `${a.year} 年 ${a.month}–${b.month} 月`;
    case 'season':
      return `${a.year} 年${SEASON_NAMES[date.season ?? 'spring']}`;
    case 'quarter':
      return `${a.year} 年${QUARTER_NAMES[date.quarter ?? 1]}`;
    case 'year':
      return date.whole ? `${a.year} 年全年` : `${a.year} 年内`;
    default:
      return '日期待定';
  }
}

/**
 * Short form without the year, for a label that already sits beside its year: “6 月 5 日”, “5–6 月”,
 * “夏季”. A date known only by its year keeps its full form (“2021 年内”): without the year nothing
 * would be left to read.
 */
export function formatPartialDateShort(date: PartialDate): string {
  const full = formatPartialDate(date);
  if (!date.start || !date.end || date.precision === 'year' || date.start.slice(0, 4) !== date.end.slice(0, 4)) return full;
  return full.replace(/^\d{4} 年\s?/, '');
}

/**
 * The date with the months of a season or quarter spelled out, so that a reader sees which months
 * the site means: “2021 年春季（3–5 月）”, “2021 年第二季度（4–6 月）”; other dates as formatPartialDate.
 */
export function formatPartialDateSpelled(date: PartialDate): string {
  const label = formatPartialDate(date);
  if (!date.start || !date.end || (date.precision !== 'season' && date.precision !== 'quarter')) return label;
  const a = dayParts(date.start);
  const b = dayParts(date.end);
  return a.year === b.year ? `${label}（${a.month}–${b.month} 月）` : `${label}（${a.year} 年 ${a.month} 月至 ${b.year} 年 ${b.month} 月）`;
}

// ---------------------------------------------------------------------------------------------
// Evidence: does a source text state this date?
// ---------------------------------------------------------------------------------------------

const RANGE = '[-–—~～至到]';

/**
 * When a clause is named as the source of a date, the clause must say it. Returns the phrase the
 * text is missing (in Chinese, for an error message), or null when the text states the date as
 * precisely as `date` claims. A year alone needs no phrase: the documents are the year's plans.
 * `repeat` relaxes the check to what a rule says (“每月 23 日前” gives the day, not the month).
 */
export function missingFromText(date: PartialDate, text: string, repeat?: 'monthly' | 'quarterly' | 'yearly'): string | null {
  if (!date.start || !date.end || date.precision === 'year') return null;
  const flat = text.replace(/\s+/g, '');
  const has = (pattern: string) => new RegExp(`(?<!\\d)${pattern}`).test(flat);
  const a = dayParts(date.start);
  const b = dayParts(date.end);
  switch (date.precision) {
    case 'day':
      if (repeat === 'monthly') return has(`${a.day}日`) ? null : `${a.day} 日`;
      return has(`${a.month}月${a.day}日`) ? null : `${a.month} 月 ${a.day} 日`;
    case 'days':
      return has(`${a.month}月${a.day}日`) && (has(`${b.day}日`) || has(`${b.month}月${b.day}日`)) ? null : `${a.month} 月 ${a.day} 日至 ${b.day} 日`;
    case 'month':
      return has(`${a.month}月`) ? null : `${a.month} 月`;
    case 'months':
      return has(`${a.month}月?${RANGE}${b.month}月`) ? null : `${a.month}–${b.month} 月`;
    case 'season': {
      const word = SEASON_NAMES[date.season ?? 'spring'].slice(0, 1);
      return flat.includes(word) ? null : `“${word}”（${SEASON_NAMES[date.season ?? 'spring']}）`;
    }
    case 'quarter':
      if (repeat === 'quarterly') return /季度|每季/.test(flat) ? null : '每季度';
      return flat.includes(QUARTER_NAMES[date.quarter ?? 1].slice(1)) ? null : QUARTER_NAMES[date.quarter ?? 1];
    default:
      return null;
  }
}
