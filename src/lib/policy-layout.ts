/**
 * Decides how each parsed block of a policy text is laid out: which clauses are headings, which
 * are run-in paragraphs, which list items belong together, and where the attachment begins.
 */
import type { PolicyBlock } from './policy-text';

export type RenderItem =
  { type: 'heading'; level: 2 | 3 | 4; block: PolicyBlock } | { type: 'paragraph'; block: PolicyBlock } | { type: 'list'; blocks: PolicyBlock[] };

export interface PolicyLayout {
  body: RenderItem[];
  /** The attachment, if the text has one: its label block and its items. */
  annex: { label: PolicyBlock; items: RenderItem[] } | null;
}

/** Clauses at the top two levels of the tree are headings; deeper ones are run-in paragraphs. */
const HEADING_DEPTH = 2;

function items(blocks: PolicyBlock[], baseLevel: 1 | 2): RenderItem[] {
  const out: RenderItem[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (block.listItem) {
      if (last?.type === 'list') last.blocks.push(block);
      else out.push({ type: 'list', blocks: [block] });
    } else if (block.kind === 'heading') {
      out.push({ type: 'heading', level: 2, block });
    } else if (block.kind === 'clause' && block.depth <= HEADING_DEPTH) {
      const level = Math.min(4, baseLevel + block.depth) as 2 | 3 | 4;
      out.push({ type: 'heading', level, block });
    } else {
      out.push({ type: 'paragraph', block });
    }
  }
  return out;
}

export function layoutPolicy(blocks: PolicyBlock[]): PolicyLayout {
  const annexAt = blocks.findIndex((b) => b.kind === 'annex');
  if (annexAt === -1) return { body: items(blocks, 1), annex: null };
  const label = blocks[annexAt] as PolicyBlock;
  return {
    body: items(blocks.slice(0, annexAt), 1),
    annex: { label, items: items(blocks.slice(annexAt + 1), 2) },
  };
}

/** Contents entries: every clause, nested by depth, for a `nav` of the text. */
export interface TocEntry {
  id: string;
  label: string;
  title: string;
  children: TocEntry[];
}

export function tableOfContents(blocks: PolicyBlock[]): TocEntry[] {
  const root: TocEntry[] = [];
  const stack: Array<{ depth: number; entry: TocEntry }> = [];
  for (const block of blocks) {
    if (block.kind === 'annex') {
      const entry = { id: block.id, label: '', title: block.title, children: [] };
      root.push(entry);
      stack.length = 0;
      stack.push({ depth: 0, entry });
      continue;
    }
    if (block.kind !== 'clause') continue;
    const entry: TocEntry = { id: block.id, label: block.marker.trim(), title: block.title, children: [] };
    while (stack.length && (stack.at(-1)?.depth ?? 0) >= block.depth) stack.pop();
    const parent = stack.at(-1);
    (parent ? parent.entry.children : root).push(entry);
    stack.push({ depth: block.depth, entry });
  }
  return root;
}
