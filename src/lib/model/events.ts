/**
 * The events calendar: every entry's date parsed with its precision, every reference checked
 * (clauses, actions, brands, districts, the source of each date) and repeating entries expanded
 * over the calendar's years. Pure: it takes plain entries, the clause index, the programme and
 * the places.
 */
import {
  comparePartialDates,
  isFinerThanYear,
  missingFromText,
  monthsTouched,
  parsePartialDate,
  startYear,
  DATE_FORMS,
  type PartialDate,
} from '../partial-date';
import { checkRecurrence, expand, parseFrequency, type Recurrence } from '../recurrence';
import { offeredFacets, type FacetName } from '../event-facets';
import { t } from '../i18n';
import { dateWording, dateWordsProblem, type DateWording } from '../date-wording';
import { calendarEntry, eventUid, type CalendarEntry, type EventTime } from '../ical';
import { EVENT_KINDS, type EventData, type EventKind, type EventStatus } from '../../schemas/event';
import { checkIds, type Entry, type Problems } from './entries';
import type { ClauseIndex, ClausePoint } from './clauses';
import { noticeOf } from './policies';
import type { Places } from './places';
import type { Programme } from './programme';
import type { Registration } from './registry';

export interface NamedLink {
  id: string;
  name: string;
  href: string;
}

export type DateSource =
  { kind: 'clause'; clause: ClausePoint } | { kind: 'public'; source: string; url?: string | undefined; note?: string | undefined };

export interface CalendarEvent {
  id: string;
  /** Source file, relative to the project, for messages. */
  file: string;
  uid: string;
  href: string;
  title: string;
  kind: EventKind;
  kindSlug: string;
  organiser?: string | undefined;
  note?: string | undefined;
  /** The first (or only) date. */
  date: PartialDate;
  recurrence?: Recurrence | undefined;
  deadline: boolean;
  time?: EventTime | undefined;
  district?: { id: string; name: string; region: string } | undefined;
  status: EventStatus;
  actions: NamedLink[];
  brands: NamedLink[];
  clauses: ClausePoint[];
  dateSource: DateSource;
  /** What the site says about the date and where it comes from (src/lib/date-wording.ts). */
  dateWording: DateWording;
  sequence: number;
  /** YYYY-MM-DD the file was last changed. */
  updated: string;
  /** 成文日期 of the document the entry comes from (the clause giving its date, else its first clause). */
  issued: string;
  /** How the entry appears in calendar files. */
  calendar: CalendarEntry;
}

export interface EventOccurrence {
  event: CalendarEvent;
  /** 0 for the first date of a repeating entry. */
  index: number;
  date: PartialDate;
  /** Months (YYYY-MM) the occurrence may fall in; empty when only the year is known. */
  months: string[];
  /** The year it belongs to, or null for 日期待定 without a year. */
  year: number | null;
}

export { EVENT_FACETS, SUBSCRIBABLE_FACETS, offeredFacets, type FacetName } from '../event-facets';

/** The filters a calendar offers, named in a sentence (类型、行动、品牌和月份): a page promises no filter it lacks. */
export function offeredFacetNames(facets: Readonly<Record<FacetName, readonly unknown[]>>): string {
  return new Intl.ListFormat('zh-CN', { type: 'conjunction' }).format(offeredFacets(facets).map((name) => t(`event.facet.${name}`)));
}
export interface FacetValue {
  value: string;
  label: string;
}

export interface EventCalendarData {
  events: CalendarEvent[];
  byId: Map<string, CalendarEvent>;
  /** Years the calendar shows, in order. */
  years: number[];
  /** Every occurrence in the calendar's years, in date order (日期待定 last). */
  occurrences: EventOccurrence[];
  /** The values each filter offers (only values some entry has, every month of the calendar's years). */
  facets: Record<FacetName, FacetValue[]>;
  /** Each entry's occurrences, by id, in date order. */
  occurrencesOf: Map<string, EventOccurrence[]>;
  /** Each year's occurrences, in date order (日期待定 of the year last). */
  byYear: Map<number, EventOccurrence[]>;
  /** The values each filter offers within one year: entries of that year, its twelve months. */
  yearFacets: Map<number, Record<FacetName, FacetValue[]>>;
}

/** Ids that would collide with the calendar's own pages and files: /events/calendar.ics, /events/page/2/, /events/2022/. */
const RESERVED_IDS = new Set(['calendar', 'index', 'page']);
const isReservedId = (id: string) => RESERVED_IDS.has(id) || /^\d{4}$/.test(id);

/** 成文日期 of the document a clause is in. */
const issuedOf = (point: ClausePoint | undefined): string => (point ? noticeOf(point.doc).data.dateWritten : '');

function parseTime(value: string | undefined): EventTime | undefined {
  if (!value) return undefined;
  const [start, end] = value.split('-');
  return { start: start ?? value, end };
}

export function buildEvents(
  entries: readonly Entry<EventData>[],
  clauses: ClauseIndex,
  programme: Programme,
  places: Places,
  problems: Problems,
): EventCalendarData {
  const actionIds = new Set(programme.actions.map((a) => a.id));
  const brandIds = new Set(programme.brands.map((b) => b.id));
  const events: CalendarEvent[] = [];
  const uids = new Map<string, string>();

  for (const entry of entries) {
    const { file, data } = entry;
    const before = problems.count;

    if (isReservedId(entry.id)) problems.add(file, '文件名', `“${entry.id}” 是日历保留的名称`, '给文件换一个名字，例如 annual-meeting.yaml');

    const parsed = parsePartialDate(data.date, { whole: data.wholePeriod });
    if (!parsed.ok) problems.add(file, 'date', parsed.error, `日期可写成：${DATE_FORMS}`);
    const date = parsed.ok ? parsed.value : null;

    let recurrence: Recurrence | undefined;
    if (data.repeat) {
      const freq = parseFrequency(data.repeat);
      if (freq) recurrence = { freq, until: data.repeatUntil };
      const problem = freq && date ? checkRecurrence(date, { freq, until: data.repeatUntil }) : null;
      if (problem)
        problems.add(file, data.repeatUntil && problem.includes('repeatUntil') ? 'repeatUntil' : 'date', problem, '对照原文核对 date 和 repeat');
      if (!data.repeatUntil) {
        problems.add(
          file,
          'repeatUntil',
          `写了 repeat（${data.repeat}）却没有写 repeatUntil`,
          '写上最后一次可能的日期，格式 YYYY-MM-DD：原文没有写截止时间的，写到所依据文件的年度末（例如 2021 年的文件写 2021-12-31），并在 note 中说明为什么到这一天为止',
        );
      }
    } else if (data.repeatUntil) {
      problems.add(file, 'repeatUntil', '写了 repeatUntil 却没有写 repeat', '加上 repeat（每月、每季度 或 每年），或删去 repeatUntil');
    }

    if (data.time && date && date.precision !== 'day') {
      problems.add(file, 'time', `日期 “${data.date}” 不是某一天，不能写时间 ${data.time}`, '删去 time，或把 date 写成具体某一天');
    }
    if (data.deadline && date && date.precision !== 'day')
      problems.add(file, 'deadline', '截止日期须是具体某一天', '把 date 写成具体某一天，或删去 deadline');

    const district = data.place ? places.district(data.place) : undefined;
    if (data.place && !district) {
      const examples = places.districts.slice(0, 3).map((d) => d.id);
      problems.add(
        file,
        'place',
        `区县 “${data.place}” 不在 content/districts.yaml 中`,
        `写成其中的 id，例如 ${examples.join('、')}；全市性的活动请删去 place`,
      );
    }

    problems.push(...checkIds(file, 'actions', data.actions, actionIds, '行动'), ...checkIds(file, 'brands', data.brands, brandIds, '品牌'));
    const cited = clauses.points(file, 'clauses', data.clauses, problems);

    let dateSource: DateSource | null = null;
    if (data.dateSource.clause) {
      const ref = data.dateSource.clause;
      const point = clauses.one(file, 'dateSource.clause', ref, problems);
      if (point) {
        if (!data.clauses.includes(ref)) problems.add(file, 'dateSource.clause', `条款 “${ref}” 没有列在 clauses 中`, `在 clauses 中加上 ${ref}`);
        const missing = date ? missingFromText(date, point.scope.text, recurrence?.freq) : null;
        if (missing) {
          problems.add(
            file,
            'date',
            `日期 “${data.date}” 写到了“${missing}”，但 dateSource 所引条款 ${ref} 的原文没有写“${missing}”`,
            '只写原文给出的精度（原文只说哪一年就写年份，例如 2021；不知道就写 待定）；如果日期来自法律、国务院文件等公开资料，请在 dateSource 中改写 source: 资料名称',
          );
        }
        const wordsProblem = data.dateWords ? dateWordsProblem(data.dateWords, ref, point.scope.text) : null;
        if (wordsProblem) problems.add(file, 'dateWords', wordsProblem, `从 ${ref} 的原文中逐字复制表示时间的文字；原文没有写时间就删去 dateWords`);
        if (!data.dateWords && !data.note) {
          problems.add(
            file,
            'note',
            '原文没有写时间（没有 dateWords），却没有说明本站为什么把它列在这个时间',
            '在 note 中写明理由，例如“原文只说是 2021 年工作要点附件所列活动”',
          );
        }
        dateSource = { kind: 'clause', clause: point };
      }
    } else if (data.dateSource.source) {
      if (data.dateWords) problems.add(file, 'dateWords', 'dateWords 只用于出自条款的日期', '删去 dateWords；公开资料的原话写在 dateSource.note');
      dateSource = { kind: 'public', source: data.dateSource.source, url: data.dateSource.url, note: data.dateSource.note };
    }

    const uid = eventUid(data.uid ?? entry.id);
    const other = uids.get(uid);
    if (other) problems.add(file, 'uid', `与 ${other} 的日历编号相同`, '删去 uid，或改成另一个不重复的名称');
    uids.set(uid, file);

    if (problems.count > before || !date || !dateSource) continue;
    events.push({
      id: entry.id,
      file,
      uid,
      href: `/events/${entry.id}/`,
      title: data.title,
      kind: data.kind,
      kindSlug: EVENT_KINDS[data.kind],
      organiser: data.organiser,
      note: data.note,
      date,
      recurrence,
      deadline: data.deadline,
      time: parseTime(data.time),
      district: district ? { id: district.id, name: district.name, region: district.region.name } : undefined,
      status: data.status,
      actions: data.actions.flatMap((id) => {
        const action = programme.action(id);
        return action ? [{ id, name: action.data.shortName, href: action.href }] : [];
      }),
      brands: data.brands.flatMap((id) => {
        const brand = programme.brand(id);
        return brand ? [{ id, name: brand.data.name, href: brand.href }] : [];
      }),
      clauses: cited,
      dateSource,
      dateWording: dateWording(
        date,
        dateSource.kind === 'clause'
          ? { kind: 'clause', ref: dateSource.clause.ref, words: data.dateWords }
          : { kind: 'public', source: dateSource.source, quote: dateSource.note ?? '' },
        recurrence,
        data.deadline,
      ),
      sequence: data.sequence,
      updated: data.updated,
      issued: issuedOf(dateSource.kind === 'clause' ? dateSource.clause : cited[0]),
      calendar: calendarEntry(date, recurrence, parseTime(data.time)),
    });
  }

  events.sort((a, b) => comparePartialDates(a.date, b.date) || a.title.localeCompare(b.title, 'zh-CN'));
  const years = [...new Set(events.map((e) => startYear(e.date)).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const first = years[0];
  const last = years.at(-1);
  const occurrences: EventOccurrence[] = [];
  for (const event of events) {
    if (!event.date.start || first === undefined || last === undefined) {
      occurrences.push({ event, index: 0, date: event.date, months: [], year: null });
      continue;
    }
    for (const { index, date } of expand(event.date, event.recurrence, `${first}-01-01`, `${last}-12-31`)) {
      occurrences.push({ event, index, date, months: isFinerThanYear(date) ? monthsTouched(date) : [], year: startYear(date) });
    }
  }
  occurrences.sort((a, b) => comparePartialDates(a.date, b.date) || a.event.title.localeCompare(b.event.title, 'zh-CN'));

  const facets = facetsOf(events, years, programme, places);
  const occurrencesOf = new Map<string, EventOccurrence[]>();
  for (const o of occurrences) occurrencesOf.set(o.event.id, [...(occurrencesOf.get(o.event.id) ?? []), o]);
  const byYear = new Map(years.map((year) => [year, occurrences.filter((o) => o.year === year)]));
  const yearFacets = new Map(
    [...byYear].map(([year, list]) => [year, facetsOf([...new Set(list.map((o) => o.event))], [year], programme, places)] as const),
  );

  return {
    events,
    byId: new Map(events.map((e) => [e.id, e])),
    years,
    occurrences,
    facets,
    occurrencesOf,
    byYear,
    yearFacets,
  };
}

/** The values each filter offers for some entries: only values one of them has, every month of the years given. */
function facetsOf(events: readonly CalendarEvent[], years: readonly number[], programme: Programme, places: Places): Record<FacetName, FacetValue[]> {
  const used = { kind: new Set<string>(), action: new Set<string>(), brand: new Set<string>(), district: new Set<string>() };
  for (const e of events) {
    used.kind.add(e.kind);
    for (const a of e.actions) used.action.add(a.id);
    for (const b of e.brands) used.brand.add(b.id);
    if (e.district) used.district.add(e.district.id);
  }
  return {
    kind: (Object.keys(EVENT_KINDS) as EventKind[]).filter((k) => used.kind.has(k)).map((k) => ({ value: EVENT_KINDS[k], label: k })),
    action: programme.actions.filter((a) => used.action.has(a.id)).map((a) => ({ value: a.id, label: a.data.shortName })),
    brand: programme.brands.filter((b) => used.brand.has(b.id)).map((b) => ({ value: b.id, label: b.data.name })),
    district: places.districts.filter((d) => used.district.has(d.id)).map((d) => ({ value: d.id, label: d.name })),
    month: years.flatMap((year) =>
      Array.from({ length: 12 }, (_, i) => ({ value: `${year}-${String(i + 1).padStart(2, '0')}`, label: `${year} 年 ${i + 1} 月` })),
    ),
  };
}

/** Whether an occurrence matches one filter value. */
export function matchesFacet(occurrence: EventOccurrence, facet: FacetName, value: string): boolean {
  const { event } = occurrence;
  switch (facet) {
    case 'kind':
      return event.kindSlug === value;
    case 'action':
      return event.actions.some((a) => a.id === value);
    case 'brand':
      return event.brands.some((b) => b.id === value);
    case 'district':
      return event.district?.id === value;
    case 'month':
      return occurrence.months.includes(value);
  }
}

/** The calendar's back-links (each entry's clauses) and its entries as related pages of actions and brands. */
export function eventRegistration(calendar: EventCalendarData): Registration {
  return {
    kind: 'event',
    names: { short: 'clause.kind.event', group: 'related.kind.event' },
    clauseLinks: calendar.events.flatMap((event) =>
      event.clauses.map((clause) => ({ ref: clause.ref, link: { href: event.href, label: event.title } })),
    ),
    related: calendar.events.map((event) => ({
      href: event.href,
      title: event.title,
      date: event.date,
      actions: event.actions.map((a) => a.id),
      brands: event.brands.map((b) => b.id),
    })),
    listing: (filter) => (filter.action !== undefined ? `/events/action/${filter.action}/` : `/events/brand/${filter.brand}/`),
  };
}
