/** The whole calendar as one iCalendar file to subscribe to. */
import type { APIRoute } from 'astro';
import { siteFacts } from '../../lib/model/site';
import { loadSite } from '../../data/site';
import { calendarFile } from '../../lib/event-ics';
import { t } from '../../lib/i18n';

export const GET: APIRoute = async ({ site }) => {
  const { calendar } = await loadSite();
  const body = calendarFile(calendar.events, {
    name: t('event.ics.name'),
    path: '/events/calendar.ics',
    pageHref: '/events/',
    site: site ?? new URL('http://localhost/'),
    years: siteFacts(await loadSite()).years,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
