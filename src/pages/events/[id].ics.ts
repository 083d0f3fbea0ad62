/**
 * One iCalendar file per entry that has a place in a calendar (“加入我的日历”). Entries known only
 * by year, or 日期待定, have no file: their page says why.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CalendarEvent } from '../../lib/model/events';
import { siteFacts } from '../../lib/model/site';
import { loadSite } from '../../data/site';
import { calendarFile } from '../../lib/event-ics';

export const getStaticPaths = (async () => {
  const { calendar } = await loadSite();
  return calendar.events.filter((e) => e.calendar.kind === 'dated').map((event) => ({ params: { id: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { event } = props as { event: CalendarEvent };
  const body = calendarFile([event], {
    name: event.title,
    path: `/events/${event.id}.ics`,
    pageHref: event.href,
    site: site ?? new URL('http://localhost/'),
    years: siteFacts(await loadSite()).years,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
