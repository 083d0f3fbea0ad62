/**
 * What a page tells the search index about itself. Every page passes one to the Base layout:
 *
 *   <Base … search={{ type: 'event', filters: { brand: ['dajie'], district: ['wanzhou'], month: ['2021-05'] }, date: '2021-05-01' }}>
 *
 * Filter values may be written as ids or as display names; `resolveSearchFilters` turns them into
 * the display names the search page shows and filters by (ids of actions, brands, districts and
 * regions become their Chinese names, a district adds its region, a date adds its year and month).
 */
import type { SearchType } from './search-types';
import { SEARCH_TYPE_LABELS } from './search-types';

/** The filters a page can carry, in the order the search page shows them as facets. */
export const FILTER_KEYS = ['type', 'kind', 'action', 'brand', 'region', 'district', 'year', 'month'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type PageFilterKey = Exclude<FilterKey, 'type'>;

export interface SearchMeta {
  /**
   * The kind of page, by id: one of the site's own types (src/lib/search-types.ts) or a kind of
   * page a section registers (src/lib/model/registry.ts), whose name is then the label.
   */
  type: SearchType | (string & {});
  /**
   * Filter values by name, each a list: action, brand, district, region (ids or display names),
   * kind (an event's kind, e.g. 重大活动), year (`2021`) and month (`2021-05`).
   */
  filters?: Partial<Record<PageFilterKey, string[]>>;
  /** YYYY-MM-DD used to sort results by date (and, when no year/month filter is given, to set them). */
  date?: string | undefined;
  /** A sample written before real content arrives: its result is marked 示例, like the page. */
  sample?: boolean;
}

/**
 * Sort keys every page carries, so that sorting by date never drops a page: Pagefind leaves out
 * pages without the sort key. An undated page (a brand, a term, an event whose day is 日期待定)
 * sorts after the dated ones in both directions.
 */
export const SORT_NEWEST = 'newest';
export const SORT_OLDEST = 'oldest';
export const UNDATED_NEWEST = '0000-00-00';
export const UNDATED_OLDEST = '9999-12-31';

/** The sort values of a page: its date where it has one. */
export function sortValues(date: string | undefined): Record<typeof SORT_NEWEST | typeof SORT_OLDEST, string> {
  const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
  return { [SORT_NEWEST]: day ?? UNDATED_NEWEST, [SORT_OLDEST]: day ?? UNDATED_OLDEST } as Record<'newest' | 'oldest', string>;
}

/**
 * The names behind the ids pages and URLs may use, taken from the site's content (built once per
 * build by `searchNames` in src/lib/model/site.ts): id → name of each action, brand, region and
 * district (with its region id), slug → name of each event kind, and id → label of each page type.
 */
export interface SearchNames {
  type: Readonly<Record<string, string>>;
  action: Readonly<Record<string, string>>;
  brand: Readonly<Record<string, string>>;
  region: Readonly<Record<string, string>>;
  district: Readonly<Record<string, { name: string; region: string }>>;
  kind: Readonly<Record<string, string>>;
}

/** No names known: every value is kept as written. */
export const NO_NAMES: SearchNames = { type: SEARCH_TYPE_LABELS, action: {}, brand: {}, region: {}, district: {}, kind: {} };

/** A month value in canonical form: `2021-05`. Accepts 2021-5, 2021-05, 2021年5月 and 2021 年 5 月. */
export function canonicalMonth(value: string): string | null {
  const match = /^\s*(\d{4})\s*(?:-|年)\s*(\d{1,2})\s*月?\s*$/.exec(value);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return `${match[1]}-${String(month).padStart(2, '0')}`;
}

/** How a filter value reads on the search page: months as “2021 年 5 月”, everything else as is. */
export function filterLabel(key: string, value: string): string {
  if (key === 'month') {
    const month = canonicalMonth(value);
    if (month) return `${month.slice(0, 4)} 年 ${Number(month.slice(5))} 月`;
  }
  if (key === 'year' && /^\d{4}$/.test(value)) return `${value} 年`;
  return value;
}

/** Months from one YYYY-MM(-DD) to another, inclusive: ('2021-05-20', '2021-07-01') → 2021-05, 2021-06, 2021-07. */
export function monthsBetween(start: string, end: string = start): string[] {
  const from = canonicalMonth(start.slice(0, 7));
  const to = canonicalMonth(end.slice(0, 7));
  if (!from || !to || to < from) return from ? [from] : [];
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5))];
  // Bounded so that a typo such as 2201 cannot make a page carry thousands of filter values.
  while (months.length < 60) {
    const value = `${year}-${String(month).padStart(2, '0')}`;
    months.push(value);
    if (value === to) break;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

function resolveOne(key: PageFilterKey, value: string, names: SearchNames): string {
  const trimmed = value.trim();
  if (key === 'district') return names.district[trimmed]?.name ?? trimmed;
  if (key === 'month') return canonicalMonth(trimmed) ?? trimmed;
  if (key === 'year') return trimmed;
  return names[key][trimmed] ?? trimmed;
}

/**
 * The filter pairs a page carries in the index, display names throughout, each pair once:
 * `type` first, then the page's own filters; a district adds its region; a date adds its year and
 * month when the page gives neither.
 */
export function resolveSearchFilters(meta: SearchMeta, names: SearchNames = NO_NAMES): Array<[FilterKey, string]> {
  const out = new Map<string, [FilterKey, string]>();
  const add = (key: FilterKey, value: string) => {
    if (value !== '') out.set(`${key}\u0000${value}`, [key, value]);
  };
  const type = names.type[meta.type];
  if (type === undefined) throw new Error(`unknown search type “${meta.type}”: one of ${Object.keys(names.type).join(', ')}`);
  add('type', type);
  const filters = meta.filters ?? {};
  for (const key of FILTER_KEYS) {
    if (key === 'type') continue;
    for (const value of filters[key] ?? []) add(key, resolveOne(key, value, names));
  }
  for (const value of filters.district ?? []) {
    const region = names.district[value.trim()]?.region;
    if (region) add('region', names.region[region] ?? region);
  }
  if (meta.date && /^\d{4}-\d{2}/.test(meta.date)) {
    if (!filters.year?.length) add('year', meta.date.slice(0, 4));
    if (!filters.month?.length) add('month', meta.date.slice(0, 7));
  }
  return [...out.values()];
}

/** What a URL may write for each filter besides the name itself: ids of actions, brands, regions, districts and event kinds. */
export function urlAliases(names: Omit<SearchNames, 'type'>): Partial<Record<FilterKey, Readonly<Record<string, string>>>> {
  const district = Object.fromEntries(Object.entries(names.district).map(([id, d]) => [id, d.name]));
  return { action: names.action, brand: names.brand, region: names.region, district, kind: names.kind };
}
