/**
 * A long policy text in the search index in parts (issue 12). Pagefind keeps each record's whole
 * text for its excerpts, and a result's excerpt costs the reader that record's fragment: a whole
 * implementation plan is 6–11 KB gzip, a clause group well under 2 KB. So besides the page's own
 * record (which alone carries the page's filters, so alone is counted by the facets, and which
 * decides the page's rank), each part of the text is a record of its own, holding only its
 * clauses: the search page shows a text's result from the parts the query found there
 * (src/scripts/search/engine.ts) and never fetches the whole text.
 *
 * Parts: each element marked `data-search-split` (a text's body, PolicyBody.astro) is cut before
 * each of its children marked `data-search-part` (a clause set as a heading, Block.astro); what is
 * before the first cut, with everything else on the page, is the page's first part. A part has the
 * page's result metadata (title, type, date, sample) and `url` (where its sections link), its sort
 * keys (a sorted search keeps every record) and no filter. Build-only.
 */
import { ELEMENT_NODE, TEXT_NODE, parse, renderSync, walkSync, type ElementNode, type Node, type TextNode } from 'ultrahtml';

/** The attribute of the element whose children are cut into parts. */
const SPLIT_ATTRIBUTE = 'data-search-split';
/** The attribute of a child that starts a part. */
const PART_ATTRIBUTE = 'data-search-part';

/** A record for Pagefind's addHTMLFile. */
interface PartRecord {
  url: string;
  content: string;
}

const isElement = (node: Node): node is ElementNode => node.type === ELEMENT_NODE;

function find(root: Node, test: (node: ElementNode) => boolean): ElementNode | null {
  let found: ElementNode | null = null;
  walkSync(root, (node) => {
    if (!found && isElement(node) && test(node)) found = node;
  });
  return found;
}

/** The text of an element, as written in the markup (entities not decoded). */
function textOf(node: Node): string {
  let text = '';
  walkSync(node, (n) => {
    if (n.type === TEXT_NODE) text += (n as TextNode).value;
  });
  return text.replace(/\s+/g, ' ').trim();
}

/** Markup text (entities as written) made an attribute value that reads the same. */
const asAttribute = (text: string) => text.replace(/"/g, '&quot;');

/**
 * The part records of a built page, or none when it has nothing to split. `url` is the page's
 * address (`/policies/x/`); a part's record is `url#id` of the element it starts with.
 */
export function searchParts(html: string, url: string): PartRecord[] {
  if (!html.includes(SPLIT_ATTRIBUTE)) return [];
  const doc = parse(html) as Node;
  const body = find(doc, (n) => n.attributes['data-pagefind-body'] !== undefined);
  if (!body) return [];
  const h1 = find(body, (n) => n.name === 'h1');
  const meta: Record<string, string> = { title: h1 ? textOf(h1) : '' };
  const sorts: string[] = [];
  walkSync(body, (n) => {
    if (!isElement(n)) return;
    const value: unknown = n.attributes['data-pagefind-meta'];
    const colon = typeof value === 'string' ? value.indexOf(':') : -1;
    if (typeof value === 'string' && colon > 0) meta[value.slice(0, colon)] = value.slice(colon + 1);
    const sort: unknown = n.attributes['data-pagefind-sort'];
    if (typeof sort === 'string') sorts.push(sort);
    // The parts carry no filter: the page's own record is what the facets count.
    delete n.attributes['data-pagefind-filter'];
  });
  meta.url = url;
  const metaHtml = [
    ...Object.entries(meta).map(([key, value]) => `<span data-pagefind-meta="${asAttribute(`${key}:${value}`)}"></span>`),
    ...sorts.map((sort) => `<span data-pagefind-sort="${asAttribute(sort)}"></span>`),
  ].join('');
  const record = (id: string, nodes: Node[]) => ({
    url: `${url}#${id}`,
    content: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><main data-pagefind-body>${metaHtml}${nodes.map((n) => renderSync(n)).join('')}</main></body></html>`,
  });

  const runs: Array<{ id: string; nodes: Node[] }> = [];
  const splits: ElementNode[] = [];
  walkSync(body, (n) => {
    if (isElement(n) && n.attributes[SPLIT_ATTRIBUTE] !== undefined) splits.push(n);
  });
  for (const split of splits) {
    const rest: Node[] = [];
    let run: { id: string; nodes: Node[] } | null = null;
    for (const child of split.children) {
      if (isElement(child) && child.attributes[PART_ATTRIBUTE] !== undefined) runs.push((run = { id: String(child.attributes.id), nodes: [child] }));
      else (run?.nodes ?? rest).push(child);
    }
    // What is left stays in the page's first part.
    split.children = rest;
  }
  if (runs.length === 0) return [];
  return [record(String(h1?.attributes.id ?? 'top'), body.children), ...runs.map((run) => record(run.id, run.nodes))];
}
