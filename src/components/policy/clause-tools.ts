import type { ClauseLink } from '../../lib/model/registry';
import type { PolicyBlock } from '../../lib/policy-text';

/** What a policy page gives each clause: its citation and the pages that cite it. */
export interface ClauseTools {
  cite: (block: PolicyBlock) => { citation: string; url: string };
  links: (block: PolicyBlock) => ClauseLink[];
}
