/**
 * What points at what: every section whose pages cite clauses, or belong to actions and brands,
 * registers once (src/lib/model/site.ts lists the registrations). Policy pages show the
 * back-links next to each clause; action and brand pages list the related pages of every
 * registered kind. A new kind of content is one more registration.
 */

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
  /** How its date reads, e.g. 2021 年 5–6 月 or 日期待定. */
  dateLabel?: string;
  /** YYYY-MM-DD for sorting, if known. */
  sortDate?: string;
  /** A sample (示例) entry, shown with that mark. */
  sample?: boolean;
  actions: readonly string[];
  brands: readonly string[];
}

/** What one section contributes. */
export interface Registration {
  /** Pairs of a clause reference (`policy-id#clause-id`) and the link back to the section's page. */
  clauseLinks: Array<{ ref: string; link: ClauseLink }>;
  /** Its pages that belong to actions and brands, if any. */
  related?: RelatedPage[];
}

export interface Registry {
  /** Back-links of a clause, de-duplicated, by kind then label. */
  linksOf: (ref: string) => ClauseLink[];
  /** The related pages of an action or a brand, newest first, grouped by kind (kinds without pages left out). */
  relatedTo: (filter: { action?: string; brand?: string }) => Array<{ kind: LinkKind; pages: RelatedPage[] }>;
}

export function buildRegistry(registrations: readonly Registration[]): Registry {
  const links = new Map<string, ClauseLink[]>();
  for (const { clauseLinks } of registrations) {
    for (const { ref, link } of clauseLinks) {
      const list = links.get(ref) ?? [];
      if (!list.some((l) => l.href === link.href)) list.push(link);
      links.set(ref, list);
    }
  }
  for (const list of links.values()) {
    list.sort((a, b) => LINK_KINDS.indexOf(a.kind) - LINK_KINDS.indexOf(b.kind) || a.label.localeCompare(b.label, 'zh-CN'));
  }
  const related = registrations.flatMap((r) => r.related ?? []);
  return {
    linksOf: (ref) => links.get(ref) ?? [],
    relatedTo: ({ action, brand }) => {
      const matching = related
        .filter((p) => (!action || p.actions.includes(action)) && (!brand || p.brands.includes(brand)))
        .sort((a, b) => (b.sortDate ?? '').localeCompare(a.sortDate ?? ''));
      return LINK_KINDS.map((kind) => ({ kind, pages: matching.filter((p) => p.kind === kind) })).filter((g) => g.pages.length > 0);
    },
  };
}
