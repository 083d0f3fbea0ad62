/**
 * The kinds of page the search index knows. Pages name their kind by id (`search={{ type: 'event' }}`);
 * the index and the search page show the label, which is also the value of the `type` filter in
 * search URLs (/search/?type=活动). The one place these labels are written, for the types the search
 * page's scripts know by name; a kind a section registers and this list leaves out is typed by
 * its registered name (searchTypeLabels, src/lib/model/site.ts), which must match any label here.
 */
export const SEARCH_TYPE_LABELS = {
  policy: '政策',
  action: '行动',
  brand: '品牌',
  target: '目标',
  term: '术语',
  story: '故事',
  event: '活动',
  other: '其他',
} as const;

export type SearchType = keyof typeof SEARCH_TYPE_LABELS;
export type SearchTypeLabel = (typeof SEARCH_TYPE_LABELS)[SearchType];

/** The labels in the order the search page lists them. */
export const SEARCH_TYPE_ORDER: readonly SearchTypeLabel[] = Object.values(SEARCH_TYPE_LABELS);

/**
 * Orders type labels as the search page lists them: in SEARCH_TYPE_ORDER, with the label of a kind
 * a section registers but this list does not name (src/lib/model/registry.ts) just before 其他.
 */
export function compareTypeLabels(a: string, b: string): number {
  const rank = (label: string) => {
    const i = SEARCH_TYPE_ORDER.indexOf(label as SearchTypeLabel);
    return i >= 0 ? i : SEARCH_TYPE_ORDER.indexOf(SEARCH_TYPE_LABELS.other) - 0.5;
  };
  return rank(a) - rank(b);
}
