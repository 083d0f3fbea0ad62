/**
 * What a page tells the search index about itself. Every page passes one to the Base layout.
 */
export const SEARCH_TYPES = ['政策', '行动', '品牌', '目标', '术语', '故事', '活动', '其他'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface SearchMeta {
  /** The kind of page, one of SEARCH_TYPES. */
  type: SearchType;
  /** Filter values by name: action, brand, district, year, month (each a list of display values). */
  filters?: Partial<Record<'action' | 'brand' | 'district' | 'region' | 'year' | 'month', string[]>>;
  /** YYYY-MM-DD used to sort results by date. */
  date?: string | undefined;
}
