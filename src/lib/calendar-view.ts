/**
 * How the calendar lays out occurrences: weeks of a month grid, the list grouped by month with a
 * “日期待定” group per year, and which month the overview page opens on. Pure functions over
 * anything with a PartialDate, tested without Astro.
 */
import { addDays, daysInMonth, hasKnownDays, isoDay, isoWeekday, spanDays, type PartialDate } from './partial-date';
import { paginate, type Page } from './pagination';

export interface Placed {
  date: PartialDate;
  /** Months (YYYY-MM) the occurrence may fall in; empty when only the year (or nothing) is known. */
  months: string[];
  /** Year it belongs to; null for 日期待定 without a year. */
  year: number | null;
}

/** Spans of known days longer than this are listed beside the grid, not in every cell. */
export const MAX_DAYS_IN_CELLS = 7;

/** The weeks of a month, Monday first; days outside the month are null. */
export function monthWeeks(year: number, month: number): Array<Array<string | null>> {
  const first = isoDay(year, month, 1);
  const lead = isoWeekday(first) - 1;
  const cells: Array<string | null> = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= daysInMonth(year, month); day++) cells.push(isoDay(year, month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Array<Array<string | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export interface GridPlacement<T> {
  /** Occurrences on each day of the month (known days, spans of up to a week). */
  byDay: Map<string, T[]>;
  /** Known spans longer than a week that run through the month (a theme month). */
  spans: T[];
  /** Occurrences that may fall in the month but whose day is not given. */
  windows: T[];
}

/** Places occurrences on a month grid (`month` is YYYY-MM). */
export function placeOnGrid<T extends Placed>(items: readonly T[], month: string): GridPlacement<T> {
  const byDay = new Map<string, T[]>();
  const spans: T[] = [];
  const windows: T[] = [];
  for (const item of items) {
    if (!item.months.includes(month) || !item.date.start || !item.date.end) continue;
    if (!hasKnownDays(item.date)) {
      windows.push(item);
    } else if ((spanDays(item.date) ?? 0) > MAX_DAYS_IN_CELLS) {
      spans.push(item);
    } else {
      for (let day = item.date.start; day <= item.date.end; day = addDays(day, 1)) {
        if (day.slice(0, 7) !== month) continue;
        const list = byDay.get(day) ?? [];
        list.push(item);
        byDay.set(day, list);
      }
    }
  }
  return { byDay, spans, windows };
}

export interface MonthGroup<T> {
  /** YYYY-MM */
  month: string;
  items: T[];
}
export interface YearGroup<T> {
  year: number;
  months: MonthGroup<T>[];
  /** Occurrences of the year whose month is not known (日期待定). */
  undated: T[];
}
export interface ListGroups<T> {
  years: YearGroup<T>[];
  /** 日期待定 without even a year. */
  noYear: T[];
}

/**
 * Groups occurrences for the list: each under the month it starts in (a May–June theme month is
 * listed in May, with its window shown), and those known only by year in a separate 日期待定 group
 * of their year. `onlyMonth` keeps the occurrences that may fall in that month, all under it (a
 * month page: the theme month is listed in June too).
 */
export function groupByMonth<T extends Placed>(items: readonly T[], onlyMonth?: string): ListGroups<T> {
  const years = new Map<number, YearGroup<T>>();
  const noYear: T[] = [];
  const yearGroup = (year: number) => {
    let group = years.get(year);
    if (!group) {
      group = { year, months: [], undated: [] };
      years.set(year, group);
    }
    return group;
  };
  for (const item of items) {
    if (item.year === null) {
      if (!onlyMonth) noYear.push(item);
      continue;
    }
    const first = item.months[0];
    if (first === undefined) {
      if (!onlyMonth) yearGroup(item.year).undated.push(item);
      continue;
    }
    if (onlyMonth && !item.months.includes(onlyMonth)) continue;
    const month = onlyMonth ?? first;
    const group = yearGroup(Number(month.slice(0, 4)));
    let monthGroup = group.months.find((m) => m.month === month);
    if (!monthGroup) {
      monthGroup = { month, items: [] };
      group.months.push(monthGroup);
    }
    monthGroup.items.push(item);
  }
  const sorted = [...years.values()].sort((a, b) => a.year - b.year);
  for (const group of sorted) group.months.sort((a, b) => (a.month < b.month ? -1 : 1));
  return { years: sorted, noYear };
}

/** The items of grouped lists in the order the list shows them: year by year, month by month, each year's 日期待定 last. */
export function listOrder<T>(groups: ListGroups<T>): T[] {
  return [...groups.years.flatMap((y) => [...y.months.flatMap((m) => m.items), ...y.undated]), ...groups.noYear];
}

/** One page of a calendar list: its items, grouped as the list shows them. */
export interface ListPage<T> extends Page<T> {
  groups: ListGroups<T>;
}

/**
 * A calendar list split into pages of `size` occurrences (see groupByMonth for `onlyMonth`); a
 * month whose entries run over a page break is continued on the next page under its heading.
 */
export function listPages<T extends Placed>(items: readonly T[], size: number, base: string, onlyMonth?: string): ListPage<T>[] {
  return paginate(listOrder(groupByMonth(items, onlyMonth)), size, base).map((page) => ({ ...page, groups: groupByMonth(page.items, onlyMonth) }));
}

/** The page of a paginated list on which a year's 日期待定 group is, or null when the year has none. */
export function undatedPage<T extends Placed>(pages: readonly ListPage<T>[], year: number): ListPage<T> | null {
  return pages.find((page) => page.groups.years.some((y) => y.year === year && y.undated.length > 0)) ?? null;
}

/**
 * The month the overview opens on: the month of the calendar's first known day, or the first month
 * of its first year when no day is known. It does not depend on the day of the build, so that two
 * builds of the same content are identical.
 */
export function focusMonth(items: readonly Placed[], years: readonly number[]): string | null {
  const first = years[0];
  if (first === undefined) return null;
  const known = items
    .filter((i) => hasKnownDays(i.date) && i.date.start)
    .map((i) => i.date.start as string)
    .sort();
  return (known[0] ?? `${first}-01-01`).slice(0, 7);
}

/** The month before and after YYYY-MM, within the calendar's years (null at either end). */
export function neighbourMonths(month: string, years: readonly number[]): { prev: string | null; next: string | null } {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const fmt = (y: number, mm: number) => `${y}-${String(mm).padStart(2, '0')}`;
  const prev = m === 1 ? fmt(year - 1, 12) : fmt(year, m - 1);
  const next = m === 12 ? fmt(year + 1, 1) : fmt(year, m + 1);
  const inRange = (value: string) => years.includes(Number(value.slice(0, 4)));
  return { prev: inRange(prev) ? prev : null, next: inRange(next) ? next : null };
}

/** 2021-06 → 2021 年 6 月 */
export function formatMonth(month: string): string {
  return `${Number(month.slice(0, 4))} 年 ${Number(month.slice(5, 7))} 月`;
}
