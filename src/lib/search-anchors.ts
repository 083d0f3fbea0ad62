/**
 * Where a search result inside a policy text should lead. Pagefind splits a page into sub-results
 * at headings with an id and at elements carrying both an id and `data-pagefind-title`; each
 * numbered clause is such an element, so a hit inside a clause links to `/policies/x/#s2-1-3`.
 */

/** The parts of a parsed policy block the sub-result title is made of. */
export interface TitledBlock {
  kind: string;
  /** Citation label, e.g. 二、（一）3. */
  label: string;
  /** Title without marker, e.g. 开展“绿色公益我参与”活动 */
  title: string;
}

/** Longest sub-result title; the rest of a long lead sentence is cut with an ellipsis. */
export const MAX_RESULT_TITLE = 60;

/**
 * The title of a clause as a search sub-result, `二、（一）3. 开展“绿色公益我参与”活动`, or
 * undefined for blocks that are not numbered clauses (their text belongs to the clause before).
 */
export function clauseResultTitle(block: TitledBlock): string | undefined {
  if (block.kind !== 'clause' || !block.label) return undefined;
  const title = block.title.replace(/\*\*/g, '').trim();
  const full = title ? `${block.label} ${title}` : block.label;
  return full.length > MAX_RESULT_TITLE ? `${full.slice(0, MAX_RESULT_TITLE - 1)}…` : full;
}
