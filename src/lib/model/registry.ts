/**
 * What points at what: every section whose pages cite clauses, or belong to actions and brands,
 * registers once (src/lib/model/site.ts lists the registrations). Policy pages show the
 * back-links next to each clause; action and brand pages list the related pages of every
 * registered kind. A new kind of content is one more registration.
 */
import type { PartialDate } from '../partial-date';

/** The kinds of pages that point at clauses, in the order back-links are listed. */
export const LINK_KINDS = ['action', 'brand', 'target', 'event', 'story'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface ClauseLink {
  kind: LinkKind;
  /** Root-relative URL of the page that cites the clause. */
  href: string;
  /** What the reader sees, for example 巴渝网姐. */
  label: string;
}

/** A page that belongs to actions and brands (an event, a story …). */
export interface RelatedPage {
  kind: LinkKind;
  href: string;
  title: string;
  /** Its date, as precise as the sources allow: shown as the calendar shows it (日期待定 marked), sorted by its start. */
  date?: PartialDate;
  /** A sample (示例) entry, shown with that mark. */
  sample?: boolean;
  actions: readonly string[];
  brands: readonly string[];
}

/** An action or a brand, whose related pages are asked for. */
export type RelatedFilter = { action: string; brand?: undefined } | { brand: string; action?: undefined };

/** What one section contributes. */
export interface Registration {
  /** Pairs of a clause reference (`policy-id#clause-id`) and the link back to the section's page. */
  clauseLinks: Array<{ ref: string; link: ClauseLink }>;
  /** Its pages that belong to actions and brands, if any. */
  related?: RelatedPage[];
  /** The section's own listing of every page of an action or a brand (/stories/brand/wangjie/). */
  listing?: (filter: RelatedFilter) => string;
}

/** A clause's back-links as a clause shows them: a few of each kind, and how many there are of kinds cut short. */
export interface ShortLinks {
  links: ClauseLink[];
  more: Array<{ kind: LinkKind; total: number }>;
}

/** The related pages of one kind: the newest few, how many there are, and where all of them are listed. */
export interface RelatedGroup {
  kind: LinkKind;
  pages: RelatedPage[];
  total: number;
  listing?: string | undefined;
}

export interface Registry {
  /** Back-links of a clause, de-duplicated, by kind then label. */
  linksOf: (ref: string) => ClauseLink[];
  /** Back-links of a clause, at most `limit` of each kind (see ShortLinks). */
  shortLinksOf: (ref: string, limit: number) => ShortLinks;
  /**
   * The related pages of an action or a brand, newest first, grouped by kind (kinds without pages
   * left out); at most `limit` of each kind, with the total and the kind's full listing.
   */
  relatedTo: (filter: RelatedFilter, limit?: number) => RelatedGroup[];
}

/** The page listing every page that cites a clause, for clauses cited by more than a clause shows: /policies/workplan-2021/links/s2-1/. */
export function clauseLinksPath(policy: string, clause: string): string {
  return `/policies/${policy}/links/${clause}/`;
}

export function buildRegistry(registrations: readonly Registration[]): Registry {
  const links = new Map<string, ClauseLink[]>();
  // The pages already listed under each clause: thousands of events may cite one clause.
  const listed = new Map<string, Set<string>>();
  for (const { clauseLinks } of registrations) {
    for (const { ref, link } of clauseLinks) {
      const hrefs = listed.get(ref) ?? new Set<string>();
      const list = links.get(ref) ?? [];
      if (hrefs.has(link.href)) continue;
      hrefs.add(link.href);
      list.push(link);
      listed.set(ref, hrefs);
      links.set(ref, list);
    }
  }
  const byLabel = new Intl.Collator('zh-CN').compare;
  for (const list of links.values()) {
    list.sort((a, b) => LINK_KINDS.indexOf(a.kind) - LINK_KINDS.indexOf(b.kind) || byLabel(a.label, b.label));
  }
  const related = registrations.flatMap((r) => (r.related ?? []).map((page) => ({ page, listing: r.listing })));
  // Newest first once, so that every action and brand page only filters.
  related.sort((a, b) => (b.page.date?.start ?? '').localeCompare(a.page.date?.start ?? ''));
  return {
    linksOf: (ref) => links.get(ref) ?? [],
    shortLinksOf: (ref, limit) => {
      const all = links.get(ref) ?? [];
      const shown: ClauseLink[] = [];
      const more: ShortLinks['more'] = [];
      for (const kind of LINK_KINDS) {
        const ofKind = all.filter((l) => l.kind === kind);
        shown.push(...ofKind.slice(0, limit));
        if (ofKind.length > limit) more.push({ kind, total: ofKind.length });
      }
      return { links: shown, more };
    },
    relatedTo: (filter, limit = Infinity) => {
      const matching = related.filter(({ page }) =>
        filter.action !== undefined ? page.actions.includes(filter.action) : page.brands.includes(filter.brand),
      );
      return LINK_KINDS.flatMap((kind) => {
        const ofKind = matching.filter(({ page }) => page.kind === kind);
        const first = ofKind[0];
        if (!first) return [];
        return [{ kind, pages: ofKind.slice(0, limit).map(({ page }) => page), total: ofKind.length, listing: first.listing?.(filter) }];
      });
    },
  };
}
