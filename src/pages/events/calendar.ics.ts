/** The whole calendar as one iCalendar file to subscribe to. */
import type { APIRoute } from 'astro';
import { calendarFile, loadEvents } from '../../data/events';
import { t } from '../../lib/i18n';

export const GET: APIRoute = async ({ site }) => {
  const { events } = await loadEvents();
  const body = calendarFile(events, {
    name: t('event.ics.name'),
    path: '/events/calendar.ics',
    pageHref: '/events/',
    site: site ?? new URL('http://localhost/'),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
