/**
 * The calendar's combined filter, without the DOM: its state in the URL (?kind=…&brand=…&month=…),
 * which listed entries a state keeps, how the chosen filters read in the status line, and where a
 * state is listed in full when the page the reader is on does not hold every entry. The browser
 * modules in src/scripts/calendar/ only read the page and call these.
 */
import { EVENT_FACETS, type FacetName } from './event-facets';
import { singleValueCodec, queryString, type QueryCodec } from './url-state';
import { searchHref } from './search-state';
import { SEARCH_TYPE_LABELS } from './search-types';

/** At most one value per filter; an entry must match every filter given. */
export type FilterState = Partial<Record<FacetName, string>>;

/** What the filter needs to know about one entry of a list (read from its data attributes). */
export interface FilterableItem {
  kind: string;
  action: readonly string[];
  brand: readonly string[];
  district: string | undefined;
  /** Months (YYYY-MM) the entry may fall in, when it spans several; otherwise empty. */
  months: readonly string[];
  /** The month (YYYY-MM) of the group it is listed under; '' in a 日期待定 group. */
  groupMonth: string;
}

const VALUE = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The filter state in a URL query, filters in their fixed order. Unknown filters and malformed
 * values are ignored; when `known` is given, so are values the page does not offer.
 */
export function filterCodec(known?: Partial<Record<FacetName, ReadonlySet<string>>>): QueryCodec<FilterState> {
  return singleValueCodec(EVENT_FACETS, (facet, value) => VALUE.test(value) && (!known || known[facet]?.has(value) === true));
}

/** `?kind=meeting&brand=dajie`, or '' for no filter. */
export function filterQuery(state: FilterState): string {
  return queryString(filterCodec().write(state));
}

/** Whether a listed entry matches every chosen filter. A month keeps the entries that may fall in it. */
export function matchesFilter(item: FilterableItem, state: FilterState): boolean {
  if (state.kind && item.kind !== state.kind) return false;
  if (state.action && !item.action.includes(state.action)) return false;
  if (state.brand && !item.brand.includes(state.brand)) return false;
  if (state.district && item.district !== state.district) return false;
  if (state.month && item.groupMonth !== state.month && !item.months.includes(state.month)) return false;
  return true;
}

/** The filters chosen, in their fixed order. */
export function chosenFacets(state: FilterState): FacetName[] {
  return EVENT_FACETS.filter((facet) => state[facet] !== undefined && state[facet] !== '');
}

/**
 * The status line after filtering in place: “显示 3 项活动（品牌：巴渝大姐；月份：2021 年 6 月）”, or
 * '' when nothing is chosen. `template` holds {count}; `chosen` are the readable filter names and
 * values.
 */
export function filterStatus(template: string, count: number, chosen: ReadonlyArray<{ name: string; value: string }>): string {
  if (chosen.length === 0) return '';
  return `${template.replace('{count}', String(count))}（${chosen.map((c) => `${c.name}：${c.value}`).join('；')}）`;
}

/** Where the reader is when the filter leads elsewhere. */
export interface FilterScope {
  /** The listing the form sits on, e.g. /events/ or /events/2022/. */
  base: string;
  /** A listing that holds every entry and filters in place, if there is one (the overview of a small calendar). */
  combineAt?: string | undefined;
  /** The year the form is limited to (a year's page). */
  year?: number | undefined;
}

/**
 * Where every entry matching a state is listed: nothing chosen → the listing itself; a listing
 * that filters in place (combineAt) → it, with the state in its query; one filter → its
 * pre-rendered page (/events/brand/dajie/); several → the search page's event filters, which
 * cover every entry, limited to the year when the form is.
 */
export function completeView(state: FilterState, scope: FilterScope): string {
  const chosen = chosenFacets(state);
  const [only] = chosen;
  if (chosen.length === 0) return scope.base;
  if (scope.combineAt) return `${scope.combineAt}${filterQuery(state)}`;
  // A month lies within one year, so its page serves a year's form too.
  if (chosen.length === 1 && only && (scope.year === undefined || only === 'month')) return `/events/${only}/${state[only]}/`;
  const filters = Object.fromEntries(chosen.map((facet) => [facet, [state[facet] ?? '']]));
  return searchHref({
    q: '',
    filters: { type: [SEARCH_TYPE_LABELS.event], ...filters, ...(scope.year !== undefined ? { year: [String(scope.year)] } : {}) },
    sort: 'date-asc',
  });
}
