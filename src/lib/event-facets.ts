/**
 * The calendar's filters, in the order the page shows them: the one list that pages, calendar
 * files, the calendar's script and its search form use.
 */
export const EVENT_FACETS = ['kind', 'action', 'brand', 'district', 'month'] as const;
export type FacetName = (typeof EVENT_FACETS)[number];

/** The filters that have a calendar file of their own (/events/brand/dajie.ics …); a month is only a view. */
export const SUBSCRIBABLE_FACETS = ['kind', 'action', 'brand', 'district'] as const satisfies readonly FacetName[];

/** The filters a calendar offers, in order: those with at least one value (the page shows no empty list). */
export function offeredFacets(facets: Readonly<Record<FacetName, readonly unknown[]>>): FacetName[] {
  return EVENT_FACETS.filter((name) => facets[name].length > 0);
}
