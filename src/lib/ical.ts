/**
 * iCalendar (RFC 5545) files for the events calendar.
 *
 * Two parts: a small writer (content lines, escaping, folding at 75 octets, CRLF, VTIMEZONE for
 * Asia/Shanghai), and `calendarEntry`, the site's rule for putting a date of known or unknown
 * precision into a calendar without inventing a day:
 *
 * - Known days (a day, a range of days, a window the event fills): a CONFIRMED event; all-day as
 *   `VALUE=DATE` with an exclusive DTEND, timed as `TZID=Asia/Shanghai`; RRULE when it repeats.
 * - A window whose day is not given (a month, months, a season, a quarter): a TENTATIVE,
 *   TRANSPARENT all-day span over the whole window, the window named in SUMMARY and DESCRIPTION
 *   and in `X-BAYU-DATE-PRECISION`. A calendar program then shows “sometime in June” as June, not
 *   as a made-up day.
 * - Only a year, or nothing (日期待定): no VEVENT at all. A year-long bar says nothing a reader can
 *   use and reads like a year-long event; the event page and the list say it is not in the file.
 * - A repeating window whose length changes between occurrences (quarters, months, February) cannot
 *   be written as one RRULE without inventing ends; it is left out and listed the same way.
 */
import { addDays, daysBetween, hasKnownDays, spanDays, type PartialDate, type Precision } from './partial-date';
import { nthOccurrence, toRrule, type Recurrence } from './recurrence';

// ---------------------------------------------------------------------------------------------
// Writer
// ---------------------------------------------------------------------------------------------

export type IcsDate = { date: string } | { dateTime: string; tzid: 'Asia/Shanghai' };

export interface IcsProperty {
  name: string;
  /** Parameters, written as NAME=value (values are written as given). */
  params?: Record<string, string>;
  /** The value; TEXT values are escaped unless `raw` is set. */
  value: string;
  raw?: boolean;
}

export interface IcsEvent {
  /** Globally unique and stable: the same event keeps its UID through every edit. */
  uid: string;
  /** When the information was last revised: a UTC date-time YYYYMMDDTHHMMSSZ. */
  dtstamp: string;
  /** Revision number: raise it when the date, time or status changes. */
  sequence: number;
  summary: string;
  description?: string | undefined;
  url?: string | undefined;
  location?: string | undefined;
  categories?: string[] | undefined;
  start: IcsDate;
  /** Exclusive end for all-day events; omitted for a point in time. */
  end?: IcsDate | undefined;
  rrule?: string | undefined;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED' | undefined;
  /** TRANSPARENT events do not block time in the reader's calendar. */
  transparent?: boolean | undefined;
  extra?: IcsProperty[] | undefined;
}

export interface IcsCalendar {
  /** PRODID: who made the file. */
  prodId: string;
  /** Calendar name shown by calendar programs (X-WR-CALNAME and NAME). */
  name: string;
  description?: string | undefined;
  /** Absolute URL of the calendar file (SOURCE) and of the page about it (URL). */
  source?: string | undefined;
  url?: string | undefined;
  /** How often subscribers should refresh, as an ISO duration (default PT12H). */
  refresh?: string | undefined;
  events: IcsEvent[];
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so that no physical line is longer than 75 octets (RFC 5545 §3.1):
 * continuation lines start with one space, and a multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  // Each UTF-16 unit is at most 3 octets: a line of at most 25 units needs no fold.
  if (line.length <= 25) return line;
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0) ?? 0);
    const limit = lines.length === 0 ? 75 : 74; // continuation lines carry a leading space
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

/** How many octets a code point takes in UTF-8 (counted, not encoded: calendars of thousands of events fold every line). */
function utf8Octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

function contentLine(prop: IcsProperty): string {
  const params = Object.entries(prop.params ?? {})
    .map(([key, value]) => `;${key}=${/[;:,]/.test(value) ? `"${value}"` : value}`)
    .join('');
  const value = prop.raw ? prop.value : escapeText(prop.value);
  return foldLine(`${prop.name}${params}:${value}`);
}

/** YYYY-MM-DD → YYYYMMDD */
export function icsDate(iso: string): string {
  return iso.replaceAll('-', '');
}

/** YYYY-MM-DDTHH:MM[:SS] → YYYYMMDDTHHMMSS (local time, for use with TZID). */
export function icsLocalDateTime(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) throw new Error(`not a local date-time: ${value}`);
  return `${match[1]}${match[2]}${match[3]}T${match[4]}${match[5]}${match[6] ?? '00'}`;
}

/** A UTC DTSTAMP from an ISO day (midnight UTC) or a Date. */
export function icsStamp(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function dateProp(name: 'DTSTART' | 'DTEND', value: IcsDate): IcsProperty {
  return 'date' in value
    ? { name, params: { VALUE: 'DATE' }, value: icsDate(value.date), raw: true }
    : { name, params: { TZID: value.tzid }, value: icsLocalDateTime(value.dateTime), raw: true };
}

/** China Standard Time has been UTC+8 all year since 1992; one STANDARD block describes it. */
const VTIMEZONE_SHANGHAI = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Shanghai',
  'X-LIC-LOCATION:Asia/Shanghai',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function eventLines(event: IcsEvent): string[] {
  const props: IcsProperty[] = [
    { name: 'UID', value: event.uid },
    { name: 'DTSTAMP', value: event.dtstamp, raw: true },
    { name: 'LAST-MODIFIED', value: event.dtstamp, raw: true },
    { name: 'SEQUENCE', value: String(event.sequence), raw: true },
    dateProp('DTSTART', event.start),
  ];
  if (event.end) props.push(dateProp('DTEND', event.end));
  if (event.rrule) props.push({ name: 'RRULE', value: event.rrule, raw: true });
  props.push({ name: 'SUMMARY', value: event.summary });
  if (event.description) props.push({ name: 'DESCRIPTION', value: event.description });
  if (event.location) props.push({ name: 'LOCATION', value: event.location });
  if (event.url) props.push({ name: 'URL', params: { VALUE: 'URI' }, value: event.url, raw: true });
  if (event.categories?.length) props.push({ name: 'CATEGORIES', value: event.categories.map(escapeText).join(','), raw: true });
  if (event.status) props.push({ name: 'STATUS', value: event.status, raw: true });
  props.push({ name: 'TRANSP', value: event.transparent ? 'TRANSPARENT' : 'OPAQUE', raw: true });
  props.push({ name: 'CLASS', value: 'PUBLIC', raw: true });
  props.push(...(event.extra ?? []));
  return ['BEGIN:VEVENT', ...props.map(contentLine), 'END:VEVENT'];
}

/** Writes a whole VCALENDAR: CRLF line ends, folded lines, a VTIMEZONE when any event is timed. */
export function writeCalendar(calendar: IcsCalendar): string {
  const timed = calendar.events.some((e) => 'dateTime' in e.start || (e.end && 'dateTime' in e.end));
  const refresh = calendar.refresh ?? 'PT12H';
  const head: IcsProperty[] = [
    { name: 'VERSION', value: '2.0', raw: true },
    { name: 'PRODID', value: calendar.prodId, raw: true },
    { name: 'CALSCALE', value: 'GREGORIAN', raw: true },
    { name: 'METHOD', value: 'PUBLISH', raw: true },
    { name: 'NAME', value: calendar.name },
    { name: 'X-WR-CALNAME', value: calendar.name },
    { name: 'X-WR-TIMEZONE', value: 'Asia/Shanghai', raw: true },
    { name: 'REFRESH-INTERVAL', params: { VALUE: 'DURATION' }, value: refresh, raw: true },
    { name: 'X-PUBLISHED-TTL', value: refresh, raw: true },
  ];
  if (calendar.description) {
    head.push({ name: 'DESCRIPTION', value: calendar.description }, { name: 'X-WR-CALDESC', value: calendar.description });
  }
  if (calendar.source) head.push({ name: 'SOURCE', params: { VALUE: 'URI' }, value: calendar.source, raw: true });
  if (calendar.url) head.push({ name: 'URL', params: { VALUE: 'URI' }, value: calendar.url, raw: true });
  const lines = [
    'BEGIN:VCALENDAR',
    ...head.map(contentLine),
    ...(timed ? VTIMEZONE_SHANGHAI : []),
    ...calendar.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------------------------------------
// Partial dates in a calendar
// ---------------------------------------------------------------------------------------------

/** Why an event has no VEVENT. */
export type OmitReason = 'tbd' | 'year' | 'varying-window';

export type CalendarEntry =
  | {
      kind: 'dated';
      start: IcsDate;
      end?: IcsDate | undefined;
      rrule?: string | undefined;
      /** True for a window whose day is not given: a TENTATIVE span over the whole window. */
      tentative: boolean;
      precision: Precision;
    }
  | { kind: 'omitted'; reason: OmitReason };

export interface EventTime {
  /** HH:MM, Beijing time. */
  start: string;
  /** HH:MM, Beijing time, same day. */
  end?: string | undefined;
}

/** Whether every occurrence of a repeating span lasts the same number of days (checked over 30 repeats). */
function constantLength(date: PartialDate, rule: Recurrence): boolean {
  const first = spanDays(date);
  for (let n = 1; n <= 30; n++) {
    const next = nthOccurrence(date, rule, n);
    if (next && spanDays(next) !== first) return false;
  }
  return true;
}

/**
 * How a date appears in an iCalendar file (see the module comment). `time` only applies to a
 * single known day.
 */
export function calendarEntry(date: PartialDate, rule?: Recurrence, time?: EventTime): CalendarEntry {
  if (!date.start || !date.end) return { kind: 'omitted', reason: 'tbd' };
  const known = hasKnownDays(date);
  if (date.precision === 'year' && !known) return { kind: 'omitted', reason: 'year' };
  if (rule && !constantLength(date, rule)) return { kind: 'omitted', reason: 'varying-window' };
  const rrule = rule ? toRrule(rule) : undefined;
  if (time && date.precision === 'day') {
    return {
      kind: 'dated',
      start: { dateTime: `${date.start}T${time.start}`, tzid: 'Asia/Shanghai' },
      end: time.end ? { dateTime: `${date.start}T${time.end}`, tzid: 'Asia/Shanghai' } : undefined,
      rrule,
      tentative: false,
      precision: date.precision,
    };
  }
  return {
    kind: 'dated',
    start: { date: date.start },
    end: { date: addDays(date.end, 1) },
    rrule,
    tentative: !known,
    precision: date.precision,
  };
}

/** The number of days an all-day entry covers (DTEND is exclusive). */
export function entryDays(entry: CalendarEntry): number | null {
  if (entry.kind !== 'dated' || !('date' in entry.start) || !entry.end || !('date' in entry.end)) return null;
  return daysBetween(entry.start.date, entry.end.date);
}

/** A stable UID for an event id: it does not change when the event's title or date is edited. */
export function eventUid(id: string): string {
  return `${id}@events.bayu-jinguo`;
}
