/**
 * Byte budgets per page type, measured on the built files (sizes only, never time):
 * the page's HTML, all CSS it loads (stylesheets + <style>), all JS it runs up front (<script>
 * files with their static imports + inline scripts), each raw and gzip-compressed.
 * The first row whose pattern matches a page's path applies. A feature whose pages need more adds
 * its own row here, with a comment saying why.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { builtFile, builtHtml, pagePaths } from '../support/site';

const KB = 1024;

// prettier-ignore
const BUDGETS: Array<{ type: string; match: RegExp; html: number; htmlGzip: number; css: number; cssGzip: number; js: number; jsGzip: number }> = [
  //  type            paths                                 HTML       gzip      CSS       gzip      JS        gzip
  // Policy texts are long by nature (the work plan is ~96 KB today, 43 KB of it the text) and gain
  // back-links per clause; no page may reach 100 KB (issue 15): a clause's tools stay lean markup.
  { type: 'policy text', match: /^\/policies\/[^/]+\/$/,  html: 99 * KB,  htmlGzip: 40 * KB, css: 40 * KB, cssGzip: 10 * KB, js: 20 * KB, jsGzip: 8 * KB },
  // The search page carries the part of the search lexicon the programme fixes (names with their
  // pinyin, document numbers) and the traditional → simplified table of the index's characters
  // (issue 12): about 37 KB, whatever the number of entries (issue 15: the event titles are files it
  // fetches when a query needs them, see the test above). Its script reads queries, fetches those
  // names, ranks and renders results in the browser.
  { type: 'search page', match: /^\/search\/$/,          html: 48 * KB,  htmlGzip: 16 * KB, css: 40 * KB, cssGzip: 10 * KB, js: 30 * KB, jsGzip: 11 * KB },
  { type: 'any other page', match: /.*/,                  html: 60 * KB,  htmlGzip: 15 * KB, css: 40 * KB, cssGzip: 10 * KB, js: 20 * KB, jsGzip: 8 * KB },
];

interface Sizes {
  html: number;
  htmlGzip: number;
  css: number;
  cssGzip: number;
  js: number;
  jsGzip: number;
}

const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const bytes = (data: Buffer | string) => (typeof data === 'string' ? Buffer.byteLength(data) : data.length);

function readBuilt(path: string): Buffer {
  const file = builtFile(path);
  if (!file) throw new Error(`referenced file ${path} is not in the build`);
  return readFileSync(file);
}

const localPath = (url: string, base: string): string | null => {
  const resolved = new URL(url, `http://site${base}`);
  return resolved.host === 'site' ? resolved.pathname : null;
};

/** A JS file and every module it imports statically (dynamic import() loads later, on demand). */
function jsClosure(path: string, seen: Set<string>): Buffer[] {
  if (seen.has(path)) return [];
  seen.add(path);
  const code = readBuilt(path);
  const imports = [...code.toString('utf8').matchAll(/(?:^|[;\s})])(?:import|export)\s*(?:[^"'();=]*?\bfrom\s*)?["']([^"']+)["']/g)];
  return [
    code,
    ...imports.flatMap((m) => {
      const target = localPath(m[1] ?? '', path);
      return target ? jsClosure(target, seen) : [];
    }),
  ];
}

function measure(path: string): Sizes {
  const html = builtHtml(path);
  const css: Array<Buffer | string> = [];
  const js: Array<Buffer | string> = [];
  for (const tag of html.matchAll(/<link\b[^>]*>/g)) {
    if (!/\brel=["']?stylesheet/.test(tag[0])) continue;
    const href = /\bhref=["']?([^"'\s>]+)/.exec(tag[0])?.[1];
    const target = href ? localPath(href, path) : null;
    if (target) css.push(readBuilt(target));
  }
  for (const style of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css.push(style[1] ?? '');
  const seen = new Set<string>();
  for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = script[1] ?? '';
    if (/\btype=["']?application\/(ld\+)?json/.test(attrs)) continue;
    const src = /\bsrc=["']?([^"'\s>]+)/.exec(attrs)?.[1];
    if (src) {
      const target = localPath(src, path);
      if (target) js.push(...jsClosure(target, seen));
    } else {
      js.push(script[2] ?? '');
    }
  }
  const total = (parts: Array<Buffer | string>) => parts.reduce((sum, part) => sum + bytes(part), 0);
  const totalGz = (parts: Array<Buffer | string>) => (parts.length ? gz(Buffer.concat(parts.map((p) => Buffer.from(p)))) : 0);
  return { html: bytes(html), htmlGzip: gz(html), css: total(css), cssGzip: totalGz(css), js: total(js), jsGzip: totalGz(js) };
}

describe('the search page weighs the same whatever the number of entries (issue 15)', () => {
  test('it holds no event: the lexicon’s event titles are files it fetches when a query needs them', () => {
    const html = builtHtml('/search/');
    const events = JSON.parse(readBuilt('/search/labels.json').toString('utf8')) as Array<{ url: string; label: string }>;
    expect(events.length, 'the file lists the events').toBeGreaterThan(0);
    expect(events.filter((e) => html.includes(`"${e.url}"`) || html.includes(e.label)).map((e) => e.url)).toEqual([]);
  });
});

describe('byte budgets', () => {
  test.each(pagePaths())('%s stays within its budget', (path) => {
    const budget = BUDGETS.find((b) => b.match.test(path));
    if (!budget) throw new Error(`no budget row matches ${path}`);
    const sizes = measure(path);
    const over = (Object.keys(sizes) as Array<keyof Sizes>)
      .filter((key) => sizes[key] > budget[key])
      .map((key) => `${key}: ${sizes[key]} bytes > budget ${budget[key]} (${budget.type})`);
    expect(over.join('\n')).toBe('');
    expect(sizes.html, 'the page has content').toBeGreaterThan(500);
  });
});
