/** One iCalendar file per year of the calendar (/events/2022/calendar.ics): the entries that fall in that year. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site';
import { calendarFile } from '../../../lib/event-ics';
import { t } from '../../../lib/i18n';

export const getStaticPaths = (async () => {
  const { calendar } = await loadSite();
  return calendar.years.map((year) => ({ params: { year: String(year) }, props: { year } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { year } = props as { year: number };
  const { calendar } = await loadSite();
  const ids = new Set((calendar.byYear.get(year) ?? []).map((o) => o.event.id));
  const body = calendarFile(
    calendar.events.filter((e) => ids.has(e.id)),
    {
      name: t('event.ics.nameYear', { year }),
      path: `/events/${year}/calendar.ics`,
      pageHref: `/events/${year}/`,
      site: site ?? new URL('http://localhost/'),
      years: String(year),
    },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
