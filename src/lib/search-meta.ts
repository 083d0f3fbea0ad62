/**
 * What a page tells the search index about itself. Every page passes one to the Base layout:
 *
 *   <Base … search={{ type: '活动', filters: { brand: ['dajie'], district: ['wanzhou'], month: ['2021-05'] }, date: '2021-05-01' }}>
 *
 * Filter values may be written as ids or as display names; `resolveSearchFilters` turns them into
 * the display names the search page shows and filters by (ids of actions, brands, districts and
 * regions become their Chinese names, a district adds its region, a date adds its year and month).
 */
export const SEARCH_TYPES = ['政策', '行动', '品牌', '目标', '术语', '故事', '活动', '其他'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** The filters a page can carry, in the order the search page shows them as facets. */
export const FILTER_KEYS = ['type', 'kind', 'action', 'brand', 'region', 'district', 'year', 'month'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type PageFilterKey = Exclude<FilterKey, 'type'>;

export interface SearchMeta {
  /** The kind of page, one of SEARCH_TYPES. */
  type: SearchType;
  /**
   * Filter values by name, each a list: action, brand, district, region (ids or display names),
   * kind (an event's kind, e.g. 重大活动), year (`2021`) and month (`2021-05`).
   */
  filters?: Partial<Record<PageFilterKey, string[]>>;
  /** YYYY-MM-DD used to sort results by date (and, when no year/month filter is given, to set them). */
  date?: string | undefined;
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

/** The five actions of the work plan: id → the short name shown as a facet value. */
export const ACTION_NAMES: Readonly<Record<string, string>> = {
  'rural-revitalization': '助力乡村振兴',
  'chengyu-circle': '助力成渝地区双城经济圈建设',
  'sci-tech-innovation': '助力科技创新',
  entrepreneurship: '助推创业创新',
  'green-living': '助推绿色生活',
};

/** The brands: id → name. */
export const BRAND_NAMES: Readonly<Record<string, string>> = {
  qiaojie: '巴渝巧姐',
  wangjie: '巴渝网姐',
  dajie: '巴渝大姐',
  'zhihui-yujie': '智慧渝姐',
  'chuanzhen-yinxian': '川针引线',
  'tianfu-meizi': '天府妹子',
};

/** The “一区两群” regions: id → name (the same names as src/schemas/district.ts). */
export const REGION_NAMES: Readonly<Record<string, string>> = {
  'main-city': '主城都市区',
  northeast: '渝东北三峡库区城镇群',
  southeast: '渝东南武陵山区城镇群',
};

/** What the resolver needs to know about districts: id → name and region id. */
export type DistrictLookup = ReadonlyMap<string, { name: string; region: string }>;

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

function resolveOne(key: PageFilterKey, value: string, districts: DistrictLookup): string {
  const trimmed = value.trim();
  if (key === 'action') return ACTION_NAMES[trimmed] ?? trimmed;
  if (key === 'brand') return BRAND_NAMES[trimmed] ?? trimmed;
  if (key === 'region') return REGION_NAMES[trimmed] ?? trimmed;
  if (key === 'district') return districts.get(trimmed)?.name ?? trimmed;
  if (key === 'month') return canonicalMonth(trimmed) ?? trimmed;
  return trimmed;
}

/**
 * The filter pairs a page carries in the index, display names throughout, each pair once:
 * `type` first, then the page's own filters; a district adds its region; a date adds its year and
 * month when the page gives neither.
 */
export function resolveSearchFilters(meta: SearchMeta, districts: DistrictLookup = new Map()): Array<[FilterKey, string]> {
  const out = new Map<string, [FilterKey, string]>();
  const add = (key: FilterKey, value: string) => {
    if (value !== '') out.set(`${key}\u0000${value}`, [key, value]);
  };
  add('type', meta.type);
  const filters = meta.filters ?? {};
  for (const key of FILTER_KEYS) {
    if (key === 'type') continue;
    for (const value of filters[key] ?? []) add(key, resolveOne(key, value, districts));
  }
  for (const value of filters.district ?? []) {
    const region = districts.get(value.trim())?.region;
    if (region) add('region', REGION_NAMES[region] ?? region);
  }
  if (meta.date && /^\d{4}-\d{2}/.test(meta.date)) {
    if (!filters.year?.length) add('year', meta.date.slice(0, 4));
    if (!filters.month?.length) add('month', meta.date.slice(0, 7));
  }
  return [...out.values()];
}
