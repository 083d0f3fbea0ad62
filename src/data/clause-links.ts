/**
 * Back-links from policy clauses to everything that cites them. Each section of the site that
 * points at clauses (actions, brands, targets, events, stories) registers one source below; the
 * policy pages show the links next to each clause.
 */

import { storyClauseLinks } from './stories';
import { actionClauseLinks, brandClauseLinks, targetClauseLinks } from './programme';
import { eventClauseLinks } from './events';

export type ClauseLinkKind = 'action' | 'brand' | 'target' | 'event' | 'story';

export interface ClauseLink {
  kind: ClauseLinkKind;
  /** Root-relative URL of the page that cites the clause. */
  href: string;
  /** What the reader sees, for example 巴渝网姐. */
  label: string;
}

/** A source yields (clause reference, link) pairs; references are `policy-id#clause-id`. */
export type ClauseLinkSource = () => Promise<Array<{ ref: string; link: ClauseLink }>>;

const sources: ClauseLinkSource[] = [
  // Sections register their sources here.
  actionClauseLinks,
  brandClauseLinks,
  targetClauseLinks,
  eventClauseLinks,
  storyClauseLinks,
];

const ORDER: ClauseLinkKind[] = ['action', 'brand', 'target', 'event', 'story'];

let cache: Promise<Map<string, ClauseLink[]>> | undefined;

/** All back-links, keyed by `policy-id#clause-id`, de-duplicated and in a stable order. */
export function clauseLinks(): Promise<Map<string, ClauseLink[]>> {
  cache ??= (async () => {
    const map = new Map<string, ClauseLink[]>();
    for (const source of sources) {
      for (const { ref, link } of await source()) {
        const list = map.get(ref) ?? [];
        if (!list.some((l) => l.href === link.href)) list.push(link);
        map.set(ref, list);
      }
    }
    for (const list of map.values()) {
      list.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.label.localeCompare(b.label, 'zh-CN'));
    }
    return map;
  })();
  return cache;
}
