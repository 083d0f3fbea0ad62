/**
 * The calendar as iCalendar files: one VEVENT per entry whose date gives days (see
 * src/lib/ical.ts for how precision maps to calendar entries), and whole files for a list of entries.
 */
import { formatPartialDate, formatPartialDateShort } from './partial-date';
import { describeRecurrence } from './recurrence';
import { icsStamp, writeCalendar, type IcsEvent } from './ical';
import type { CalendarEvent, DateSource } from './model/events';
import { t } from './i18n';
import { dateWordingText } from './date-wording';

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
export function calendarFile(
  events: readonly CalendarEvent[],
  options: { name: string; path: string; pageHref: string; site: URL; /** The years the site covers, e.g. 2021. */ years: string },
): string {
  const vevents = events.map((e) => toIcsEvent(e, options.site)).filter((e): e is IcsEvent => e !== null);
  const left = events.length - vevents.length;
  const description = [
    t('event.ics.description', { years: options.years }),
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
