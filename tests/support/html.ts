/**
 * Reading built HTML without a browser (fast enough for every page of the sitemap): the ids a page
 * defines and every URL it points at. Uses ultrahtml, the HTML parser Astro itself depends on.
 */
import { ELEMENT_NODE, TEXT_NODE, parse, walkSync, type ElementNode } from 'ultrahtml';

export interface PageRef {
  /** The URL as written in the attribute (entities decoded). */
  value: string;
  /** Where it was found, for messages, e.g. `<a href="#s2-1">二、（一）…`. */
  source: string;
}

export interface PageOutline {
  ids: Set<string>;
  refs: PageRef[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references that occur in attribute values. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function textOf(node: ElementNode): string {
  let text = '';
  walkSync(node, (child) => {
    if (child.type === TEXT_NODE) text += String(child.value);
  });
  return text.replace(/\s+/g, ' ').trim();
}

/** Attributes that hold a URL, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** The ids and outgoing URLs of an HTML document. */
export function outline(html: string): PageOutline {
  const ids = new Set<string>();
  const refs: PageRef[] = [];
  walkSync(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const element = node as ElementNode;
    const attrs = element.attributes;
    const name = element.name.toLowerCase();
    if (attrs.id) ids.add(decodeEntities(attrs.id));
    if (name === 'a' && attrs.name) ids.add(decodeEntities(attrs.name));
    const describe = (attr: string, value: string) => `<${name} ${attr}="${value}">${textOf(element).slice(0, 40)}`;
    for (const attr of URL_ATTRIBUTES[name] ?? []) {
      const raw = attrs[attr];
      if (raw === undefined) continue;
      const value = decodeEntities(raw).trim();
      const values = attr === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of values) if (url !== '') refs.push({ value: url, source: describe(attr, url) });
    }
    // Preview images and URLs of the page for link previews (og:image, og:url, twitter:image).
    if (name === 'meta' && /^(og:|twitter:)/.test(attrs.property ?? attrs.name ?? '')) {
      const content = decodeEntities(attrs.content ?? '').trim();
      if (/^(https?:)?\/\//.test(content)) refs.push({ value: content, source: describe('content', content) });
    }
  });
  return { ids, refs };
}
