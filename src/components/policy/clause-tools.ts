import type { ShortLinks } from '../../lib/model/registry';
import type { PolicyBlock } from '../../lib/policy-text';

/** What a policy page gives each clause: its citation and the pages that cite it. */
export interface ClauseTools {
  /** The citation, the absolute address and the path of the QR code of that address. */
  cite: (block: PolicyBlock) => { citation: string; url: string; qr: string };
  /** A few pages of each kind that cite the clause, and where all of them are listed. */
  links: (block: PolicyBlock) => ShortLinks & { allHref: string };
}
