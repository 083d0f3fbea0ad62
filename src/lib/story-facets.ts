/**
 * Facets of the stories index: which values a story has, which stories a selection keeps, how a
 * selection reads in a URL query, and which stories are related. Pure and small, so that the
 * index page's script can use the same rules as the pre-rendered facet pages.
 */
import { queryString, singleValueCodec, type QueryCodec } from './url-state';
import { searchHref } from './search-state';
import { SEARCH_TYPE_LABELS } from './search-types';

/** The facets, in the order the index shows them. */
export const FACETS = ['brand', 'action', 'region', 'district', 'honour'] as const;
export type Facet = (typeof FACETS)[number];

/** What the facet logic needs to know about a story. */
export interface Faceted {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  brand: readonly string[];
  action: readonly string[];
  region: readonly string[];
  district: readonly string[];
  honour: readonly string[];
}

/** At most one value per facet; stories must match every facet given. */
export type Selection = Partial<Record<Facet, string>>;

/** Newest first; stories of the same day by id, so the order is stable. */
export function newestFirst<T extends Pick<Faceted, 'id' | 'date'>>(a: T, b: T): number {
  return b.date.localeCompare(a.date) || a.id.localeCompare(b.id);
}

/** Whether a story has every value the selection asks for. */
export function matches(story: Faceted, selection: Selection): boolean {
  return FACETS.every((facet) => {
    const wanted = selection[facet];
    return wanted === undefined || story[facet].includes(wanted);
  });
}

/** How many stories carry each value of a facet, in first-seen order. */
export function countValues(stories: readonly Faceted[], facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const story of stories) for (const value of new Set(story[facet])) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

const VALUE = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The stories index's selection in its URL (`?brand=wangjie&region=southeast`): unknown facets,
 * empty or malformed values and, when `known` is given, values no story has are ignored.
 */
export function selectionCodec(known?: Partial<Record<Facet, ReadonlySet<string>>>): QueryCodec<Selection> {
  return singleValueCodec(FACETS, (facet, value) => VALUE.test(value) && (!known || known[facet]?.has(value) === true));
}

/** Reads a selection from a URL query. */
export function parseSelection(query: string | URLSearchParams, known?: Partial<Record<Facet, ReadonlySet<string>>>): Selection {
  return selectionCodec(known).read(typeof query === 'string' ? new URLSearchParams(query) : query);
}

/** Writes a selection as a URL query, facets in their fixed order: `?brand=wangjie&region=southeast`, or '' when empty. */
export function selectionToQuery(selection: Selection): string {
  return queryString(selectionCodec().write(selection));
}

/** The pre-rendered page of one facet value: /stories/brand/wangjie/. */
export function facetPath(facet: Facet, value: string): string {
  return `/stories/${facet}/${value}/`;
}

/** The pre-rendered page of one brand's stories in one region: /stories/brand/wangjie/region/southeast/. */
export function brandRegionPath(brand: string, region: string): string {
  return `${facetPath('brand', brand)}region/${region}/`;
}

/** The facets the search page can filter stories by (Pagefind filters); honours are not among them. */
const SEARCH_FACETS = ['brand', 'action', 'region', 'district'] as const satisfies readonly Facet[];

/**
 * Where every story that matches a selection is listed in full: the pre-rendered page of a single
 * value or of a brand in a region, otherwise the search page filtered to stories with the same
 * facets (newest first), which covers every story, not only those on one page. Null when no such
 * view exists: an honour combined with other facets.
 */
export function completeView(selection: Selection): { kind: 'page' | 'search'; href: string } | null {
  const chosen = FACETS.filter((facet) => selection[facet] !== undefined);
  const [only] = chosen;
  if (chosen.length === 0) return { kind: 'page', href: '/stories/' };
  if (chosen.length === 1 && only) return { kind: 'page', href: facetPath(only, selection[only] ?? '') };
  if (chosen.length === 2 && selection.brand && selection.region) return { kind: 'page', href: brandRegionPath(selection.brand, selection.region) };
  if (chosen.some((facet) => !(SEARCH_FACETS as readonly Facet[]).includes(facet))) return null;
  const filters = Object.fromEntries(SEARCH_FACETS.flatMap((facet) => (selection[facet] ? [[facet, [selection[facet]]]] : [])));
  return { kind: 'search', href: searchHref({ q: '', filters: { type: [SEARCH_TYPE_LABELS.story], ...filters }, sort: 'date-desc' }) };
}

/** How much each shared facet value counts for “related stories”. */
const WEIGHTS: Record<Facet, number> = { brand: 3, honour: 2, action: 2, district: 2, region: 1 };

/**
 * “Related stories” over `all`: a function giving the stories most like a story (sharing at least
 * one facet value; each shared value counts its facet's weight), best first, then newest. Built once
 * for all story pages: each facet value keeps the stories that carry it, so a story's scores are
 * summed over the stories it shares a value with, in an integer array, instead of comparing its
 * values with every other story's (which at 10,000 stories cost the build minutes).
 */
export function relatedStories<T extends Faceted>(all: readonly T[]): (story: Faceted, limit?: number) => T[] {
  // Newest first, so that among equal scores the lower position is the newer story.
  const order = [...all].sort(newestFirst);
  const carriers = new Map<string, number[]>();
  const key = (facet: Facet, value: string) => `${facet}:${value}`;
  order.forEach((story, position) => {
    for (const facet of FACETS) {
      for (const value of new Set(story[facet])) {
        const list = carriers.get(key(facet, value)) ?? [];
        list.push(position);
        carriers.set(key(facet, value), list);
      }
    }
  });
  const scores = new Int32Array(order.length);
  return (story, limit = 3) => {
    const scored: number[] = [];
    for (const facet of FACETS) {
      for (const value of story[facet]) {
        for (const position of carriers.get(key(facet, value)) ?? []) {
          const before = scores[position] ?? 0;
          if (before === 0) scored.push(position);
          scores[position] = before + WEIGHTS[facet];
        }
      }
    }
    const score = (position: number) => scores[position] ?? 0;
    const better = (a: number, b: number) => score(a) > score(b) || (score(a) === score(b) && a < b);
    const best: number[] = [];
    for (const position of scored) {
      if (order[position]?.id === story.id) continue;
      const last = best[limit - 1];
      if (last !== undefined && !better(position, last)) continue;
      const at = best.findIndex((b) => better(position, b));
      best.splice(at === -1 ? best.length : at, 0, position);
      if (best.length > limit) best.pop();
    }
    for (const position of scored) scores[position] = 0;
    return best.flatMap((position) => order[position] ?? []);
  };
}

/** The RSS feed of all stories, or of one brand's stories. */
export function feedPath(brand?: string): string {
  return brand ? `/stories/brand/${brand}/feed.xml` : '/stories/feed.xml';
}
