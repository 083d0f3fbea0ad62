import type { ShortLinks } from '../../lib/model/registry';
import type { PolicyBlock } from '../../lib/policy-text';

/** What a policy page gives each clause: its citation and the pages that cite it. */
export interface ClauseTools {
  cite: (block: PolicyBlock) => { citation: string; url: string };
  /** A few pages of each kind that cite the clause, and where all of them are listed. */
  links: (block: PolicyBlock) => ShortLinks & { allHref: string };
}
