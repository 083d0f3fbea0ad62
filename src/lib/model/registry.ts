/**
 * What points at what: every section whose pages cite clauses, or belong to actions and brands,
 * registers once (src/lib/model/site.ts lists the registrations). A registration names its kind
 * and the UI strings of its name; policy pages show the back-links next to each clause, action
 * and brand pages list the related pages of every registered kind, and the search index types its
 * pages by that name. A new kind of content is one more registration.
 */
import type { UiKey } from '../i18n';
import type { PartialDate } from '../partial-date';

/** The id of a registered kind of page: action, brand, target, event, story … */
export type LinkKind = string;

/** A kind's names, as keys of the UI strings (src/i18n/zh-CN.json). */
export interface KindNames {
  /** Its name on a clause's back-links and as a search result's type: 故事. */
  short: UiKey;
  /** The heading of its group on action, brand and clause-link pages: 巾帼故事. */
  group: UiKey;
}

/** A link back from a clause to a page that cites it, as a section gives it. */
export interface SectionLink {
  /** Root-relative URL of the page that cites the clause. */
  href: string;
  /** What the reader sees, for example 巴渝网姐. */
  label: string;
}

/** A back-link as the registry gives it: with its kind and the kind's names. */
export interface ClauseLink extends SectionLink {
  kind: LinkKind;
  names: KindNames;
}

/** A page that belongs to actions and brands (an event, a story …). */
export interface RelatedPage {
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

/** What one section contributes: one kind of page. */
export interface Registration {
  /** The kind's id: the anchor of its group (#related-story) and its search type's id. */
  kind: LinkKind;
  names: KindNames;
  /** Pairs of a clause reference (`policy-id#clause-id`) and the link back to the section's page. */
  clauseLinks: Array<{ ref: string; link: SectionLink }>;
  /** Its pages that belong to actions and brands, if any. */
  related?: RelatedPage[];
  /** The section's own listing of every page of an action or a brand (/stories/brand/wangjie/). */
  listing?: (filter: RelatedFilter) => string;
}

/** A clause's back-links as a clause shows them: a few of each kind, and how many there are of kinds cut short. */
export interface ShortLinks {
  links: ClauseLink[];
  more: Array<{ kind: LinkKind; names: KindNames; total: number }>;
}

/** The related pages of one kind: the newest few, how many there are, and where all of them are listed. */
export interface RelatedGroup {
  kind: LinkKind;
  names: KindNames;
  pages: RelatedPage[];
  total: number;
  listing?: string | undefined;
}

export interface Registry {
  /** The registered kinds, in the order their links and groups are listed. */
  kinds: ReadonlyArray<{ kind: LinkKind; names: KindNames }>;
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
  const kinds = registrations.map(({ kind, names }) => ({ kind, names }));
  const twice = kinds.find((k, i) => kinds.findIndex((other) => other.kind === k.kind) !== i);
  if (twice) throw new Error(`two sections register the kind “${twice.kind}”: each kind of page registers once (src/lib/model/site.ts)`);
  const links = new Map<string, ClauseLink[]>();
  // The pages already listed under each clause: thousands of events may cite one clause.
  const listed = new Map<string, Set<string>>();
  for (const { kind, names, clauseLinks } of registrations) {
    for (const { ref, link } of clauseLinks) {
      const hrefs = listed.get(ref) ?? new Set<string>();
      const list = links.get(ref) ?? [];
      if (hrefs.has(link.href)) continue;
      hrefs.add(link.href);
      list.push({ ...link, kind, names });
      listed.set(ref, hrefs);
      links.set(ref, list);
    }
  }
  const order = new Map(kinds.map(({ kind }, i) => [kind, i]));
  const byLabel = new Intl.Collator('zh-CN').compare;
  for (const list of links.values()) {
    list.sort((a, b) => (order.get(a.kind) ?? 0) - (order.get(b.kind) ?? 0) || byLabel(a.label, b.label));
  }
  const related = registrations.flatMap(({ kind, names, related: pages = [], listing }) => pages.map((page) => ({ page, kind, names, listing })));
  // Newest first once, so that every action and brand page only filters.
  related.sort((a, b) => (b.page.date?.start ?? '').localeCompare(a.page.date?.start ?? ''));
  return {
    kinds,
    linksOf: (ref) => links.get(ref) ?? [],
    shortLinksOf: (ref, limit) => {
      const all = links.get(ref) ?? [];
      const shown: ClauseLink[] = [];
      const more: ShortLinks['more'] = [];
      for (const { kind, names } of kinds) {
        const ofKind = all.filter((l) => l.kind === kind);
        shown.push(...ofKind.slice(0, limit));
        if (ofKind.length > limit) more.push({ kind, names, total: ofKind.length });
      }
      return { links: shown, more };
    },
    relatedTo: (filter, limit = Infinity) => {
      const matching = related.filter(({ page }) =>
        filter.action !== undefined ? page.actions.includes(filter.action) : page.brands.includes(filter.brand),
      );
      return kinds.flatMap(({ kind, names }) => {
        const ofKind = matching.filter((r) => r.kind === kind);
        const first = ofKind[0];
        if (!first) return [];
        return [{ kind, names, pages: ofKind.slice(0, limit).map(({ page }) => page), total: ofKind.length, listing: first.listing?.(filter) }];
      });
    },
  };
}
