/**
 * The events calendar: loads content/events/*.yaml once, parses every date with its precision,
 * checks every reference (clauses, actions, brands, districts, the source of each date) and
 * expands repeating entries over the calendar's years. A problem fails the build with a
 * ContentError naming the file, the field, the bad value and the fix.
 *
 * For other sections: `eventsForAction(id)` and `eventsForBrand(id)` list the entries that belong to
 * an action or a brand (src/components/event/EventsFor.astro renders them).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, throwIfAny } from '../lib/content-error';
import { clauseHref, formatCitation, parseClauseRef } from '../lib/citation';
import { plainText } from '../lib/policy-text';
import {
  comparePartialDates,
  formatPartialDate,
  formatPartialDateShort,
  hasKnownDays,
  isFinerThanYear,
  missingFromText,
  monthsTouched,
  parsePartialDate,
  startYear,
  todayIn,
  DATE_FORMS,
  type PartialDate,
} from '../lib/partial-date';
import { checkRecurrence, describeRecurrence, expand, parseFrequency, type Recurrence } from '../lib/recurrence';
import { calendarEntry, eventUid, icsStamp, writeCalendar, type CalendarEntry, type EventTime, type IcsEvent } from '../lib/ical';
import { dateWording, dateWordingText, dateWordsProblem, type DateWording } from '../lib/date-wording';
import { t } from '../lib/i18n';
import { EVENT_KINDS, type EventKind, type EventStatus } from '../schemas/event';
import { REGIONS, type RegionId } from '../schemas/district';
import { loadPolicies, type PolicyLibrary } from './policies';
import { checkClauseRefs, checkIds } from './refs';

export interface ClauseQuote {
  /** `policy-id#clause-id` */
  ref: string;
  href: string;
  /** 《标题》二、1.（渝妇发〔2021〕12号） */
  citation: string;
  /** Title of the text, without book-title marks. */
  textTitle: string;
  /** The clause's printed number path, e.g. 二、1.; empty for an unnumbered paragraph. */
  label: string;
  /** The clause as printed, plain text. */
  text: string;
}

export interface NamedLink {
  id: string;
  name: string;
  href: string;
}

export type DateSource =
  { kind: 'clause'; clause: ClauseQuote } | { kind: 'public'; source: string; url?: string | undefined; note?: string | undefined };

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
  clauses: ClauseQuote[];
  dateSource: DateSource;
  /** What the site says about the date and where it comes from (src/lib/date-wording.ts). */
  dateWording: DateWording;
  sequence: number;
  /** YYYY-MM-DD the file was last changed. */
  updated: string;
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

export type FacetName = 'kind' | 'action' | 'brand' | 'district' | 'month';
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
  /** The day the build took as today (Beijing time); browsers recompute with the reader's day. */
  buildToday: string;
}

/** Ids that would collide with the calendar's own files. */
const RESERVED_IDS = new Set(['calendar', 'index']);

function sourceFile(entry: CollectionEntry<'events'>): string {
  return entry.filePath ?? `content/events/${entry.id}.yaml`;
}

function quoteClause(lib: PolicyLibrary, ref: string): ClauseQuote | null {
  const parsed = parseClauseRef(ref);
  const doc = parsed ? lib.byId.get(parsed.policy) : undefined;
  const block = parsed && doc ? doc.blocks.find((b) => b.id === parsed.clause) : undefined;
  if (!parsed || !doc || !block) return null;
  const docNumber = 'notice' in doc ? doc.notice.data.docNumber : doc.data.docNumber;
  return {
    ref,
    href: clauseHref(parsed),
    citation: formatCitation({ title: doc.data.title, docNumber }, block.label || undefined),
    textTitle: doc.data.title,
    label: block.label,
    text: plainText(block.text),
  };
}

function parseTime(value: string | undefined): EventTime | undefined {
  if (!value) return undefined;
  const [start, end] = value.split('-');
  return { start: start ?? value, end };
}

let calendar: Promise<EventCalendarData> | undefined;

/** The events calendar, loaded and checked once per build. */
export function loadEvents(): Promise<EventCalendarData> {
  calendar ??= build();
  return calendar;
}

async function build(): Promise<EventCalendarData> {
  const [entries, lib, districtEntries, actionEntries, brandEntries] = await Promise.all([
    getCollection('events'),
    loadPolicies(),
    getCollection('districts'),
    getCollection('actions'),
    getCollection('brands'),
  ]);
  const actionNames = new Map(actionEntries.sort((a, b) => a.data.order - b.data.order).map((a) => [a.id, a.data.shortName]));
  const brandNames = new Map(brandEntries.sort((a, b) => a.data.order - b.data.order).map((b) => [b.id, b.data.name]));
  const districts = new Map(districtEntries.map((d) => [d.id, d.data]));
  const errors: ContentError[] = [];
  const events: CalendarEvent[] = [];
  const uids = new Map<string, string>();

  for (const entry of entries) {
    const file = sourceFile(entry);
    const data = entry.data;
    const before = errors.length;

    if (RESERVED_IDS.has(entry.id)) {
      errors.push(new ContentError(file, '文件名', `“${entry.id}” 是日历保留的名称`, '给文件换一个名字，例如 annual-meeting.yaml'));
    }

    const parsed = parsePartialDate(data.date, { whole: data.wholePeriod });
    if (!parsed.ok) errors.push(new ContentError(file, 'date', parsed.error, `日期可写成：${DATE_FORMS}`));
    const date = parsed.ok ? parsed.value : null;

    let recurrence: Recurrence | undefined;
    if (data.repeat) {
      const freq = parseFrequency(data.repeat);
      if (freq) recurrence = { freq, until: data.repeatUntil };
      const problem = freq && date ? checkRecurrence(date, { freq, until: data.repeatUntil }) : null;
      if (problem)
        errors.push(
          new ContentError(
            file,
            data.repeatUntil && problem.includes('repeatUntil') ? 'repeatUntil' : 'date',
            problem,
            '对照原文核对 date 和 repeat',
          ),
        );
      if (!data.repeatUntil) {
        errors.push(
          new ContentError(
            file,
            'repeatUntil',
            `写了 repeat（${data.repeat}）却没有写 repeatUntil`,
            '写上最后一次可能的日期，格式 YYYY-MM-DD：原文没有写截止时间的，写到所依据文件的年度末（2021 年的文件写 2021-12-31），并在 note 中说明为什么到这一天为止',
          ),
        );
      }
    } else if (data.repeatUntil) {
      errors.push(
        new ContentError(file, 'repeatUntil', '写了 repeatUntil 却没有写 repeat', '加上 repeat（每月、每季度 或 每年），或删去 repeatUntil'),
      );
    }

    if (data.time && date && date.precision !== 'day') {
      errors.push(new ContentError(file, 'time', `日期 “${data.date}” 不是某一天，不能写时间 ${data.time}`, '删去 time，或把 date 写成具体某一天'));
    }
    if (data.deadline && date && date.precision !== 'day') {
      errors.push(new ContentError(file, 'deadline', '截止日期须是具体某一天', '把 date 写成具体某一天，或删去 deadline'));
    }

    const district = data.place ? districts.get(data.place) : undefined;
    if (data.place && !district) {
      errors.push(
        new ContentError(
          file,
          'place',
          `区县 “${data.place}” 不在 content/districts.yaml 中`,
          `写成其中的 id，例如 ${[...districts.keys()].slice(0, 3).join('、')}；全市性的活动请删去 place`,
        ),
      );
    }

    errors.push(...checkIds(file, 'actions', data.actions, new Set(actionNames.keys()), '行动'));
    errors.push(...checkIds(file, 'brands', data.brands, new Set(brandNames.keys()), '品牌'));
    errors.push(...checkClauseRefs(lib, file, 'clauses', data.clauses));

    let dateSource: DateSource | null = null;
    if (data.dateSource.clause) {
      const ref = data.dateSource.clause;
      errors.push(
        ...checkClauseRefs(lib, file, 'dateSource', [ref]).map(
          (e) =>
            new ContentError(
              file,
              'dateSource.clause',
              e.message.slice(e.message.indexOf('：') + 1).split('。修改方法')[0] ?? ref,
              '写成 文本编号#条款编号（例如 workplan-2021#s2-1），并确保它也列在 clauses 中',
            ),
        ),
      );
      const quote = quoteClause(lib, ref);
      if (quote) {
        if (!data.clauses.includes(ref)) {
          errors.push(new ContentError(file, 'dateSource.clause', `条款 “${ref}” 没有列在 clauses 中`, `在 clauses 中加上 ${ref}`));
        }
        const missing = date ? missingFromText(date, quote.text, recurrence?.freq) : null;
        if (missing) {
          errors.push(
            new ContentError(
              file,
              'date',
              `日期 “${data.date}” 写到了“${missing}”，但 dateSource 所引条款 ${ref} 的原文没有写“${missing}”`,
              '只写原文给出的精度（原文只说哪一年就写年份，例如 2021；不知道就写 待定）；如果日期来自法律、国务院文件等公开资料，请在 dateSource 中改写 source: 资料名称',
            ),
          );
        }
        const wordsProblem = data.dateWords ? dateWordsProblem(data.dateWords, ref, quote.text) : null;
        if (wordsProblem)
          errors.push(new ContentError(file, 'dateWords', wordsProblem, `从 ${ref} 的原文中逐字复制表示时间的文字；原文没有写时间就删去 dateWords`));
        if (!data.dateWords && !data.note) {
          errors.push(
            new ContentError(
              file,
              'note',
              '原文没有写时间（没有 dateWords），却没有说明本站为什么把它列在这个时间',
              '在 note 中写明理由，例如“原文只说是 2021 年工作要点附件所列活动”',
            ),
          );
        }
        dateSource = { kind: 'clause', clause: quote };
      }
    } else if (data.dateSource.source) {
      if (data.dateWords) {
        errors.push(new ContentError(file, 'dateWords', 'dateWords 只用于出自条款的日期', '删去 dateWords；公开资料的原话写在 dateSource.note'));
      }
      dateSource = { kind: 'public', source: data.dateSource.source, url: data.dateSource.url, note: data.dateSource.note };
    }

    const uid = eventUid(data.uid ?? entry.id);
    const other = uids.get(uid);
    if (other) errors.push(new ContentError(file, 'uid', `与 ${other} 的日历编号相同`, '删去 uid，或改成另一个不重复的名称'));
    uids.set(uid, file);

    if (errors.length > before || !date || !dateSource) continue;
    const quotes = data.clauses.map((ref) => quoteClause(lib, ref)).filter((q): q is ClauseQuote => q !== null);
    const time = parseTime(data.time);
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
      time,
      district: district ? { id: data.place ?? '', name: district.name, region: REGIONS[district.region as RegionId] } : undefined,
      status: data.status,
      actions: data.actions.map((id) => ({ id, name: actionNames.get(id) ?? id, href: `/actions/${id}/` })),
      brands: data.brands.map((id) => ({ id, name: brandNames.get(id) ?? id, href: `/brands/${id}/` })),
      clauses: quotes,
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
      calendar: calendarEntry(date, recurrence, time),
    });
  }
  throwIfAny(errors);

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

  const unique = <T>(list: T[], key: (item: T) => string) => [...new Map(list.map((item) => [key(item), item])).values()];
  const kindOrder = Object.keys(EVENT_KINDS) as EventKind[];
  const facets: Record<FacetName, FacetValue[]> = {
    kind: kindOrder.filter((k) => events.some((e) => e.kind === k)).map((k) => ({ value: EVENT_KINDS[k], label: k })),
    action: [...actionNames].filter(([id]) => events.some((e) => e.actions.some((a) => a.id === id))).map(([id, label]) => ({ value: id, label })),
    brand: [...brandNames].filter(([id]) => events.some((e) => e.brands.some((b) => b.id === id))).map(([id, label]) => ({ value: id, label })),
    district: unique(
      events.flatMap((e) => (e.district ? [e.district] : [])),
      (d) => d.id,
    ).map((d) => ({ value: d.id, label: d.name })),
    month: years.flatMap((year) =>
      Array.from({ length: 12 }, (_, i) => ({ value: `${year}-${String(i + 1).padStart(2, '0')}`, label: `${year} 年 ${i + 1} 月` })),
    ),
  };

  return {
    events,
    byId: new Map(events.map((e) => [e.id, e])),
    years,
    occurrences,
    facets,
    buildToday: process.env.EVENTS_TODAY ?? todayIn('Asia/Shanghai'),
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

/** Entries of an action, in date order. */
export async function eventsForAction(actionId: string): Promise<CalendarEvent[]> {
  return (await loadEvents()).events.filter((e) => e.actions.some((a) => a.id === actionId));
}

/** Entries of a brand, in date order. */
export async function eventsForBrand(brandId: string): Promise<CalendarEvent[]> {
  return (await loadEvents()).events.filter((e) => e.brands.some((b) => b.id === brandId));
}

/** Whether the sources give the days of an entry (the rest is 日期待定 in some measure). */
export function dayKnown(event: CalendarEvent): boolean {
  return hasKnownDays(event.date);
}

/** Back-links from clauses to the entries that cite them (registered in src/data/clause-links.ts). */
export async function eventClauseLinks(): Promise<Array<{ ref: string; link: { kind: 'event'; href: string; label: string } }>> {
  const { events } = await loadEvents();
  return events.flatMap((event) =>
    event.clauses.map((clause) => ({ ref: clause.ref, link: { kind: 'event' as const, href: event.href, label: event.title } })),
  );
}

// ---------------------------------------------------------------------------------------------
// Calendar files
// ---------------------------------------------------------------------------------------------

const PRODID = '-//Bayu Jinguo//Events calendar 1.0//ZH';

/** Where a date comes from: the clause's citation or the public source's name (its words are in the date wording). */
export function dateSourceText(source: DateSource): string {
  return source.kind === 'clause' ? source.clause.citation : source.source;
}

/** The VEVENT for an entry, or null when its date gives no day (see src/lib/ical.ts). */
export function toIcsEvent(event: CalendarEvent, site: URL): IcsEvent | null {
  const entry = event.calendar;
  if (entry.kind !== 'dated') return null;
  const when = formatPartialDate(event.date);
  const repeat = event.recurrence ? describeRecurrence(event.date, event.recurrence, event.deadline) : '';
  let summary = event.title;
  if (entry.tentative) summary = `［日期待定·${event.recurrence ? repeat : formatPartialDateShort(event.date)}］${summary}`;
  else if (event.deadline && repeat) summary = `${summary}（${repeat}）`;
  if (event.status === '延期') summary = `［延期］${summary}`;
  if (event.status === '取消') summary = `［取消］${summary}`;
  const url = new URL(event.href, site).href;
  const lines = [
    `时间：${when}${repeat ? `；${repeat}` : ''}`,
    `日期依据：${dateSourceText(event.dateSource)}`,
    dateWordingText(event.dateWording),
    entry.tentative ? t('event.ics.tentative') : '',
    event.organiser ? `组织：${event.organiser}` : '',
    `出处：${event.clauses.map((c) => c.citation).join('；')}`,
    event.note ? `本站说明：${event.note}` : '',
    `详情：${url}`,
  ].filter(Boolean);
  return {
    uid: event.uid,
    dtstamp: icsStamp(event.updated),
    sequence: event.sequence,
    summary,
    description: lines.join('\n'),
    url,
    location: event.district?.name,
    categories: [event.kind, ...event.actions.map((a) => a.name), ...event.brands.map((b) => b.name)],
    start: entry.start,
    end: entry.end,
    rrule: entry.rrule,
    status: event.status === '取消' ? 'CANCELLED' : entry.tentative || event.status === '延期' ? 'TENTATIVE' : 'CONFIRMED',
    transparent: 'date' in entry.start,
    extra: [
      { name: 'X-BAYU-DATE-PRECISION', value: entry.precision, raw: true },
      { name: 'X-BAYU-DATE-TEXT', value: when },
      { name: 'X-BAYU-DATE-SOURCE', value: dateSourceText(event.dateSource) },
    ],
  };
}

/** A whole calendar file for a list of entries; entries without a day are counted in its description. */
export function calendarFile(events: readonly CalendarEvent[], options: { name: string; path: string; pageHref: string; site: URL }): string {
  const vevents = events.map((e) => toIcsEvent(e, options.site)).filter((e): e is IcsEvent => e !== null);
  const left = events.length - vevents.length;
  const description = [
    '重庆市妇联 2021 年工作要点及四个巴渝巾帼行动实施方案中的活动、会议、报送节点和纪念日。',
    '只写入原文或公开资料给出的日子；只知道月份、季节的标为“日期待定”的暂定时段。',
    left > 0 ? t('event.ics.left', { count: left, url: new URL(options.pageHref, options.site).href }) : '',
  ]
    .filter(Boolean)
    .join('');
  return writeCalendar({
    prodId: PRODID,
    name: options.name,
    description,
    source: new URL(options.path, options.site).href,
    url: new URL(options.pageHref, options.site).href,
    events: vevents,
  });
}

/** The entries as related pages of actions and brands (registered in src/data/programme.ts). */
export async function eventRelatedPages(): Promise<
  Array<{ kind: 'event'; href: string; title: string; dateLabel: string; sortDate?: string; actions: readonly string[]; brands: readonly string[] }>
> {
  return (await loadEvents()).events.map((event) => ({
    kind: 'event' as const,
    href: event.href,
    title: event.title,
    dateLabel: formatPartialDate(event.date),
    ...(event.date.start ? { sortDate: event.date.start } : {}),
    actions: event.actions.map((a) => a.id),
    brands: event.brands.map((b) => b.id),
  }));
}
