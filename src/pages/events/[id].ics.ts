/**
 * One iCalendar file per entry that has a place in a calendar (“加入我的日历”). Entries known only
 * by year, or 日期待定, have no file: their page says why.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarFile, loadEvents } from '../../data/events';

export const getStaticPaths = (async () => {
  const { events } = await loadEvents();
  return events.filter((e) => e.calendar.kind === 'dated').map((e) => ({ params: { id: e.id }, props: { id: e.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { byId } = await loadEvents();
  const event = byId.get((props as { id: string }).id);
  if (!event) return new Response('not found', { status: 404 });
  const body = calendarFile([event], {
    name: event.title,
    path: `/events/${event.id}.ics`,
    pageHref: event.href,
    site: site ?? new URL('http://localhost/'),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
