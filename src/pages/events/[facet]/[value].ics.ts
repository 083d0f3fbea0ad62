/**
 * One iCalendar file per kind, action, brand and district that has at least one entry a calendar
 * can hold (/events/kind/observance.ics …); a value whose entries are all known only by year has
 * none, and its page says why.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteFacts } from '../../../lib/model/site';
import { loadSite } from '../../../data/site';
import { calendarFile } from '../../../lib/event-ics';
import { matchesFacet, SUBSCRIBABLE_FACETS, type FacetName } from '../../../lib/model/events';
import { t } from '../../../lib/i18n';

export const getStaticPaths = (async () => {
  const { calendar } = await loadSite();
  const dated = (facet: FacetName, value: string) =>
    calendar.occurrences.some((o) => o.event.calendar.kind === 'dated' && matchesFacet(o, facet, value));
  return SUBSCRIBABLE_FACETS.flatMap((facet) =>
    calendar.facets[facet]
      .filter(({ value }) => dated(facet, value))
      .map(({ value, label }) => ({ params: { facet, value }, props: { facet, value, label } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { facet, value, label } = props as { facet: FacetName; value: string; label: string };
  const { calendar } = await loadSite();
  const ids = new Set(calendar.occurrences.filter((o) => matchesFacet(o, facet, value)).map((o) => o.event.id));
  const events = calendar.events.filter((e) => ids.has(e.id));
  const body = calendarFile(events, {
    name: t('event.ics.nameOf', { label }),
    path: `/events/${facet}/${value}.ics`,
    pageHref: `/events/${facet}/${value}/`,
    site: site ?? new URL('http://localhost/'),
    years: siteFacts(await loadSite()).years,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
