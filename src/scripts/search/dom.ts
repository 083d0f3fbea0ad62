/** Small DOM helpers of the search page: elements are built with text nodes only, never innerHTML. */
import { excerptParts } from '../../lib/search-query';

/** The element a selector finds inside `root`; a missing one is a bug in the page's markup. */
export function part<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: missing ${selector}`);
  return found;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A Pagefind excerpt as a paragraph: its hits in <mark>, everything else as text. */
export function excerpt(html: string, className: string): HTMLParagraphElement {
  const p = el('p', className);
  for (const piece of excerptParts(html)) p.append(piece.mark ? el('mark', undefined, piece.text) : document.createTextNode(piece.text));
  return p;
}

/** A link to another search, kept in the page (the search page handles `data-search-link` clicks). */
export function searchLink(href: string, text: string): HTMLAnchorElement {
  const a = el('a', undefined, text);
  a.href = href;
  a.dataset.searchLink = '';
  return a;
}

/** The page's UI strings (search.*), with `{name}` placeholders filled. */
export type Strings = (key: string, values?: Record<string, string | number>) => string;

export function strings(table: Record<string, string>): Strings {
  return (key, values = {}) =>
    (table[`search.${key}`] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
