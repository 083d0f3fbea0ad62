/**
 * The search page's state and its URL: `/search/?q=网姐&type=故事&region=渝东南武陵山区城镇群&sort=date-desc`.
 * The URL is the only place the state lives, so a link can be shared and the back button works.
 * Everything read from a URL is bounded and treated as text.
 */
import { SEARCH_TYPE_LABELS } from './search-types';
import { FILTER_KEYS, SORT_NEWEST, SORT_OLDEST, canonicalMonth, type FilterKey } from './search-meta';
import { normaliseQuery } from './search-query';
import type { QueryCodec } from './url-state';

export const SORTS = ['relevance', 'date-desc', 'date-asc'] as const;
export type SortOrder = (typeof SORTS)[number];

export type Filters = Partial<Record<FilterKey, string[]>>;

export interface SearchState {
  /** The query as typed (not yet normalised). */
  q: string;
  /** Chosen values per filter: within a filter any value matches, across filters all must. */
  filters: Filters;
  /** Result order; `relevance` is the default and is not written to the URL. */
  sort: SortOrder;
}

/** Most values kept per filter, and longest value, from a URL. */
export const MAX_FILTER_VALUES = 20;
export const MAX_FILTER_VALUE_CHARS = 40;
/** Longest query kept from a URL (the page cuts further, with a notice: see normaliseQuery). */
export const MAX_URL_QUERY_CHARS = 2000;

/** URL values to accept per filter besides names: id → name, e.g. brand: { wangjie: '巴渝网姐' }, kind: { meeting: '重要会议' } (see urlAliases). */
export type FilterAliases = Partial<Record<FilterKey, Readonly<Record<string, string>>>>;

/** A filter value from a URL as the index writes it: ids become names (through `aliases`), months take one form. */
export function filterValueFromUrl(key: FilterKey, raw: string, aliases: FilterAliases = {}): string {
  const value = raw
    .normalize('NFKC')
    // eslint-disable-next-line no-control-regex -- control characters never belong in a filter value
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  const alias = aliases[key]?.[value];
  if (alias) return alias;
  if (key === 'month') return canonicalMonth(value) ?? value;
  return value;
}

/** Reads the state from a URL's search part. Unknown parameters are ignored. */
export function parseSearchParams(params: URLSearchParams, aliases: FilterAliases = {}): SearchState {
  const q = Array.from(params.get('q') ?? '')
    .slice(0, MAX_URL_QUERY_CHARS)
    .join('');
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const values: string[] = [];
    for (const raw of params.getAll(key)) {
      for (const piece of raw.split(',')) {
        const value = filterValueFromUrl(key, piece, aliases);
        if (value && value.length <= MAX_FILTER_VALUE_CHARS && !values.includes(value)) values.push(value);
      }
    }
    if (values.length > 0) filters[key] = values.slice(0, MAX_FILTER_VALUES);
  }
  const sortParam = params.get('sort');
  const sort = SORTS.find((s) => s === sortParam) ?? 'relevance';
  return { q, filters, sort };
}

/** Writes the state as URL parameters, in a fixed order so equal states give equal URLs. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/**
 * The search page's URL codec (src/lib/url-state.ts): several values per filter, ids accepted
 * through `aliases`, and the query written as it is searched (normalised and cut, see
 * normaliseQuery), so that a pasted essay does not end up in a shared link.
 */
export function searchCodec(aliases: FilterAliases = {}): QueryCodec<SearchState> {
  return {
    read: (params) => parseSearchParams(params, aliases),
    write: (state) => toSearchParams({ ...state, q: normaliseQuery(state.q).text }),
  };
}

/** How a new state reached the page: typed into the box, or chosen (a filter, the sort, a link, Enter). */
export type ChangeKind = 'typed' | 'chosen';

/**
 * What a change does to the browser's history: typing makes one entry (the first change after a
 * deliberate one, or from an empty page) and then refines it in place, so Back does not step
 * through every keystroke; a deliberate change is its own entry; an unchanged state adds nothing.
 */
export function historyStep(previous: SearchState, next: SearchState, how: ChangeKind, previousTyped: boolean): 'push' | 'replace' | 'none' {
  if (sameState(previous, next)) return 'none';
  if (how === 'chosen') return 'push';
  const wasEmpty = previous.q.trim() === '' && !hasFilters(previous.filters);
  return wasEmpty || !previousTyped ? 'push' : 'replace';
}

/** The search part of the URL for a state: `?q=…` or empty. */
export function searchHref(state: SearchState, path = '/search/'): string {
  const query = toSearchParams(state).toString();
  return query ? `${path}?${query}` : path;
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return toSearchParams(a).toString() === toSearchParams(b).toString();
}

/** Whether any filter is chosen. */
export function hasFilters(filters: Filters): boolean {
  return FILTER_KEYS.some((key) => (filters[key]?.length ?? 0) > 0);
}

/** The filters with `key` set to `values`, or without `key` when `values` is empty. */
function withFilter(filters: Filters, key: FilterKey, values: string[]): Filters {
  const rest = Object.fromEntries(Object.entries(filters).filter(([k]) => k !== key)) as Filters;
  return values.length > 0 ? { ...rest, [key]: values } : rest;
}

/** Adds or removes one filter value, returning new filters. */
export function toggleFilter(filters: Filters, key: FilterKey, value: string, on: boolean): Filters {
  const current = filters[key] ?? [];
  const next = on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
  return withFilter(filters, key, next);
}

/** Pagefind's filter argument: any of the values within a filter, all filters together. */
export function pagefindFilters(filters: Filters): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    const values = filters[key];
    if (values && values.length > 0) out[key] = { any: [...values] };
  }
  return out;
}

/** Pagefind's sort argument. An empty query (filters only) is listed by date. */
export function pagefindSort(state: SearchState, hasQuery: boolean): Record<string, 'asc' | 'desc'> {
  if (state.sort === 'date-desc') return { [SORT_NEWEST]: 'desc' };
  if (state.sort === 'date-asc') return { [SORT_OLDEST]: 'asc' };
  if (hasQuery) return {};
  // Browsing without words: events in calendar order, everything else newest first.
  const onlyEvents = state.filters.type?.length === 1 && state.filters.type[0] === SEARCH_TYPE_LABELS.event;
  return onlyEvents ? { [SORT_OLDEST]: 'asc' } : { [SORT_NEWEST]: 'desc' };
}

/**
 * Facet counts that stay honest when several values of one filter are chosen: the counts for a
 * filter come from a search with every *other* filter applied. Returns, per filter key that has a
 * choice, the filters to search with; keys without a choice use the main search's counts.
 */
export function facetCountFilters(filters: Filters): Array<[FilterKey, Filters]> {
  return FILTER_KEYS.filter((key) => (filters[key]?.length ?? 0) > 0).map((key) => {
    const others = withFilter(filters, key, []);
    return [key, others];
  });
}
