import type { ClauseLink } from '../../lib/model/registry';
import type { PolicyBlock } from '../../lib/policy-text';

/** What a policy page gives each clause: its citation and the pages that cite it. */
export interface ClauseTools {
  /** The citation, the absolute address and the path of the QR code of that address. */
  cite: (block: PolicyBlock) => { citation: string; url: string; qr: string };
  links: (block: PolicyBlock) => ClauseLink[];
}
