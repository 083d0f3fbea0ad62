/**
 * schema.org Event JSON-LD for a calendar entry whose days are known. Entries without a known day
 * get none: a structured date would state a day the sources do not give.
 */
import { addDays, hasKnownDays, type PartialDate } from './partial-date';
import type { Recurrence } from './recurrence';

export interface JsonLdInput {
  title: string;
  href: string;
  date: PartialDate;
  recurrence?: Recurrence | undefined;
  time?: { start: string; end?: string | undefined } | undefined;
  status: '计划' | '已举办' | '延期' | '取消';
  organiser?: string | undefined;
  district?: { name: string } | undefined;
  note?: string | undefined;
  clauses: Array<{ citation: string }>;
}

const STATUS: Record<JsonLdInput['status'], string> = {
  计划: 'https://schema.org/EventScheduled',
  已举办: 'https://schema.org/EventScheduled',
  延期: 'https://schema.org/EventPostponed',
  取消: 'https://schema.org/EventCancelled',
};

/** The JSON-LD object, or null when the sources give no day. */
export function eventJsonLd(event: JsonLdInput, site: URL): Record<string, unknown> | null {
  const { date } = event;
  if (!hasKnownDays(date) || !date.start || !date.end) return null;
  const start = event.time && date.precision === 'day' ? `${date.start}T${event.time.start}:00+08:00` : date.start;
  const end = event.time?.end && date.precision === 'day' ? `${date.start}T${event.time.end}:00+08:00` : date.end;
  const json: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    url: new URL(event.href, site).href,
    startDate: start,
    endDate: end,
    eventStatus: STATUS[event.status],
    inLanguage: 'zh-CN',
    description: [event.note, `出处：${event.clauses.map((c) => c.citation).join('；')}`].filter(Boolean).join(' '),
  };
  if (event.district)
    json.location = {
      '@type': 'Place',
      name: event.district.name,
      address: { '@type': 'PostalAddress', addressRegion: '重庆市', addressLocality: event.district.name, addressCountry: 'CN' },
    };
  if (event.organiser) json.organizer = { '@type': 'Organization', name: event.organiser };
  if (event.recurrence) {
    const repeatFrequency = { monthly: 'P1M', quarterly: 'P3M', yearly: 'P1Y' }[event.recurrence.freq];
    json.eventSchedule = {
      '@type': 'Schedule',
      startDate: date.start,
      ...(event.recurrence.until ? { endDate: event.recurrence.until } : {}),
      repeatFrequency,
      duration: `P${Math.round((Date.parse(addDays(date.end, 1)) - Date.parse(date.start)) / 86_400_000)}D`,
      scheduleTimezone: 'Asia/Shanghai',
    };
  }
  return json;
}
