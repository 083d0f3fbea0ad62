/**
 * The served test build: its address, its pages (from the sitemap) and its built files.
 * Everything here is synchronous so that a test file can write `test.each(pagePaths())(…)`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inject } from 'vitest';

/** Absolute path of the test build (.test-build/dist). */
export function distDir(): string {
  return inject('distDir');
}

/** The local address of a path on the served test build: siteUrl('/policies/') → http://127.0.0.1:PORT/policies/. */
export function siteUrl(path = '/'): string {
  return new URL(path, `${inject('siteUrl')}/`).href;
}

const LOC = /<loc>\s*([^<\s]+)\s*<\/loc>/g;

function locs(xml: string): string[] {
  return [...xml.matchAll(LOC)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
}

let sitemap: string[] | undefined;

/**
 * The URLs listed in the built sitemap (all sitemap files of sitemap-index.xml). The test build is
 * made for the address it is served on, so they are local addresses.
 */
export function sitemapUrls(): string[] {
  if (sitemap) return sitemap;
  const files = locs(readFileSync(join(distDir(), 'sitemap-index.xml'), 'utf8'));
  if (files.length === 0) throw new Error('sitemap-index.xml lists no sitemap');
  sitemap = files.flatMap((file) => locs(readFileSync(builtFile(new URL(file).pathname) ?? '', 'utf8')));
  return sitemap;
}

/** Path of every page in the sitemap, e.g. `/policies/workplan-2021/`. */
export function sitemapPaths(): string[] {
  return sitemapUrls().map((url) => new URL(url).pathname);
}

/** The pages the generic suites check: every sitemap page plus the 404 page. */
export function pagePaths(): string[] {
  return [...sitemapPaths(), '/404.html'];
}

/**
 * The built file a URL path is served from, or null if there is none:
 * `/policies/` → …/dist/policies/index.html, `/robots.txt` → …/dist/robots.txt.
 */
export function builtFile(path: string): string | null {
  const pathname = decodeURIComponent(new URL(path, 'http://x').pathname);
  const file = join(distDir(), pathname);
  if (!file.startsWith(distDir())) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  if (existsSync(index) && statSync(index).isFile()) return index;
  return null;
}

/** The built HTML of a page, read from disk: builtHtml('/policies/'). */
export function builtHtml(path: string): string {
  const file = builtFile(path);
  if (!file) throw new Error(`No built file for ${path} in ${distDir()}`);
  return readFileSync(file, 'utf8');
}

/** Every file in the build (paths relative to dist, with forward slashes), optionally by extension. */
export function builtFiles(extension?: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!extension || entry.name.endsWith(extension)) out.push(relative(distDir(), full).split(sep).join('/'));
    }
  };
  walk(distDir());
  return out.sort();
}
