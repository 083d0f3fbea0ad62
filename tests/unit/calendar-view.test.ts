import { describe, expect, test } from 'vitest';
import {
  focusMonth,
  groupByMonth,
  listOrder,
  listPages,
  monthWeeks,
  neighbourMonths,
  placeOnGrid,
  undatedPage,
  type Placed,
} from '../../src/lib/calendar-view';
import { isFinerThanYear, monthsTouched, parsePartialDate, startYear } from '../../src/lib/partial-date';

function item(text: string, whole = false): Placed & { name: string } {
  const result = parsePartialDate(text, { whole });
  if (!result.ok) throw new Error(result.error);
  const date = result.value;
  return { name: text, date, months: isFinerThanYear(date) ? monthsTouched(date) : [], year: startYear(date) };
}

describe('the month grid', () => {
  test('June 2021 starts on a Tuesday and fills whole weeks, Monday first', () => {
    const weeks = monthWeeks(2021, 6);
    expect(weeks[0]).toEqual([null, '2021-06-01', '2021-06-02', '2021-06-03', '2021-06-04', '2021-06-05', '2021-06-06']);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks.flat().filter(Boolean)).toHaveLength(30);
  });

  test('known days go in their cells, long spans beside the grid, windows in “日期待定”', () => {
    const placed = placeOnGrid(
      [item('2021-06-05'), item('2021-06-19/2021-06-21'), item('2021-05/2021-06', true), item('2021-06'), item('2021'), item('2021-07-01')],
      '2021-06',
    );
    expect([...placed.byDay.keys()]).toEqual(['2021-06-05', '2021-06-19', '2021-06-20', '2021-06-21']);
    expect(placed.spans.map((i) => i.date.precision)).toEqual(['months']);
    expect(placed.windows.map((i) => i.date.precision)).toEqual(['month']);
  });

  test('a span crossing into the month is placed only on its days inside the month', () => {
    const placed = placeOnGrid([item('2021-09-30/2021-10-02')], '2021-10');
    expect([...placed.byDay.keys()]).toEqual(['2021-10-01', '2021-10-02']);
  });
});

describe('the list', () => {
  test('a window is listed under the month it starts in; a year-only entry in its year’s 日期待定 group', () => {
    const groups = groupByMonth([item('2021-05/2021-06', true), item('2021'), item('2021-06-05'), item('待定')]);
    expect(groups.years.map((y) => y.year)).toEqual([2021]);
    expect(groups.years[0]?.months.map((m) => [m.month, m.items.map((i) => i.name)])).toEqual([
      ['2021-05', ['2021-05/2021-06']],
      ['2021-06', ['2021-06-05']],
    ]);
    expect(groups.years[0]?.undated.map((i) => i.name)).toEqual(['2021']);
    expect(groups.noYear.map((i) => i.name)).toEqual(['待定']);
  });

  test('a month page lists everything that may fall in the month under it, and leaves the undated out', () => {
    const groups = groupByMonth([item('2021-05/2021-06', true), item('2021'), item('2021-06-05'), item('2021-07-01')], '2021-06');
    expect(groups.years[0]?.months.map((m) => [m.month, m.items.map((i) => i.name)])).toEqual([['2021-06', ['2021-05/2021-06', '2021-06-05']]]);
    expect(groups.years[0]?.undated).toEqual([]);
  });
});

describe('the list over several pages', () => {
  const items = [item('2022-03-01'), item('2021'), item('2021-06-05'), item('2022'), item('2021-05/2021-06', true), item('待定'), item('2022-01-10')];

  test('lists year by year, month by month, each year’s 日期待定 after its months', () => {
    expect(listOrder(groupByMonth(items)).map((i) => i.name)).toEqual([
      '2021-05/2021-06',
      '2021-06-05',
      '2021',
      '2022-01-10',
      '2022-03-01',
      '2022',
      '待定',
    ]);
  });

  test('each page holds at most the page size, in list order, grouped as the list shows them', () => {
    const pages = listPages(items, 3, '/events/');
    expect(pages.map((p) => p.items.map((i) => i.name))).toEqual([
      ['2021-05/2021-06', '2021-06-05', '2021'],
      ['2022-01-10', '2022-03-01', '2022'],
      ['待定'],
    ]);
    expect(pages[1]?.groups.years.map((y) => [y.year, y.months.map((m) => m.month), y.undated.length])).toEqual([[2022, ['2022-01', '2022-03'], 1]]);
    expect(pages[2]?.href).toBe('/events/page/3/');
  });

  test('finds the page on which a year’s 日期待定 group is listed', () => {
    const pages = listPages(items, 3, '/events/');
    expect(undatedPage(pages, 2021)?.number).toBe(1);
    expect(undatedPage(pages, 2022)?.number).toBe(2);
    expect(undatedPage(listPages([item('2023-01-01')], 3, '/events/'), 2023)).toBeNull();
  });
});

describe('where the overview opens', () => {
  const items = [item('2021-03-08'), item('2021-12-23'), item('2021')];
  test('on the month of the first known day, whatever day it is built', () => {
    expect(focusMonth(items, [2021])).toBe('2021-03');
  });
  test('on the first month of the calendar when no day is known', () => {
    expect(focusMonth([item('2021'), item('2021-summer')], [2021, 2022])).toBe('2021-01');
  });
  test('neighbouring months stop at the calendar’s years', () => {
    expect(neighbourMonths('2021-01', [2021])).toEqual({ prev: null, next: '2021-02' });
    expect(neighbourMonths('2021-12', [2021, 2022])).toEqual({ prev: '2021-11', next: '2022-01' });
  });
});
