/**
 * The citable units of a policy text and the text each one covers, and which of the actions a
 * clause belongs to. Pure functions over parsed blocks (src/lib/policy-text.ts).
 */
import type { ClauseRef } from './citation';
import { plainText, type PolicyBlock } from './policy-text';

/**
 * A unit that content can cite: a numbered clause with the unnumbered paragraphs that follow it
 * (its sub-clauses are units of their own), or a paragraph outside any clause (a preamble, `p1`).
 */
export interface ClauseScope {
  /** Id of the unit, as written after `#` in a clause reference. */
  id: string;
  /** The block that heads the unit: the clause itself or the lone paragraph. */
  head: PolicyBlock;
  /** The blocks whose words belong to the unit, in order. */
  blocks: PolicyBlock[];
  /** Their plain text (bold markers removed), one block per line. */
  text: string;
}

/** Every citable unit of a text, in reading order. Headings and the attachment label are not units. */
export function clauseScopes(blocks: readonly PolicyBlock[]): ClauseScope[] {
  const scopes: ClauseScope[] = [];
  const byId = new Map<string, ClauseScope>();
  for (const block of blocks) {
    if (block.kind === 'clause' || (block.kind === 'paragraph' && !block.parentId)) {
      const scope: ClauseScope = { id: block.id, head: block, blocks: [block], text: '' };
      scopes.push(scope);
      byId.set(block.id, scope);
    } else if (block.kind === 'paragraph' && block.parentId) {
      byId.get(block.parentId)?.blocks.push(block);
    }
  }
  for (const scope of scopes) scope.text = scope.blocks.map((b) => plainText(b.text)).join('\n');
  return scopes;
}

/** The unit a block belongs to: its own id for a clause or lone paragraph, else its clause's. */
export function scopeIdOf(block: PolicyBlock): string | null {
  if (block.kind === 'clause' || (block.kind === 'paragraph' && !block.parentId)) return block.id;
  if (block.kind === 'paragraph') return block.parentId;
  return null;
}

/** What ties an action to the texts: its work plan clauses (one a year), its plans, further clauses. */
export interface ActionAnchor {
  id: string;
  /** The work plan clauses that launch or carry the action, e.g. workplan-2021#s2-1. */
  workplanClauses: readonly ClauseRef[];
  /** Ids of the action's implementation plans (none for an action without one). */
  plans: readonly string[];
  /** Further clauses that belong to the action, written `policy#clause`. */
  related: readonly string[];
}

/**
 * The actions a clause belongs to: an action whose work plan clause it is (or lies under), an
 * action whose implementation plan it is in, and any action that lists it as related.
 */
export function actionsOfClause(ref: ClauseRef, actions: readonly ActionAnchor[]): string[] {
  const under = (w: ClauseRef) => ref.policy === w.policy && (ref.clause === w.clause || ref.clause.startsWith(`${w.clause}-`));
  return actions
    .filter(
      (action) => action.workplanClauses.some(under) || action.plans.includes(ref.policy) || action.related.includes(`${ref.policy}#${ref.clause}`),
    )
    .map((action) => action.id);
}
