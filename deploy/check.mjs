// Checks a deployed copy of the site against deploy/headers.mjs, the rules the shipped nginx
// configuration and the local server follow: it fetches a few pages and files and reports every
// missing or different security header, wrong content type or cache rule, missing compression,
// redirect that leaves the site, wrong 404, and placeholder or wrong host in the site's own links.
//
//   npm run check:deploy -- https://www.example.cn/
//   npm run check:deploy -- http://10.0.0.5/ --site https://www.example.cn/   (a server not yet behind its name)
//
// --site is the address the build was made for (its SITE_URL); by default the address checked.
// Exits with status 1 when anything is wrong. Needs only Node 18 or newer, nothing installed.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS, contentType } from './headers.mjs';

/** Hosts that only ever stand for an address not yet chosen. */
const PLACEHOLDER = /https?:\/\/[a-z0-9.-]*\bexample\.(?:org|com|net|cn)\b/i;

/**
 * Runs every check against `base`; never throws for a failing site.
 * @param {string} base the deployed site, e.g. https://www.example.cn/
 * @param {{ site?: string, fetch?: typeof fetch }} [options]
 * @returns {Promise<Array<{ ok: boolean, what: string, detail?: string }>>}
 */
export async function checkDeployment(base, { site = base, fetch: get = fetch } = {}) {
  const origin = new URL(base).origin;
  const siteOrigin = new URL(site).origin;
  const results = [];
  const pass = (what) => results.push({ ok: true, what });
  const fail = (what, detail) => results.push({ ok: false, what, detail });
  const expectEqual = (what, actual, expected) =>
    actual === expected
      ? pass(what)
      : fail(what, `is ${actual === null ? 'missing' : JSON.stringify(actual)}, should be ${JSON.stringify(expected)}`);

  /**
   * GET a path of the deployment without following redirects; null (and a failure) when
   * unreachable. The path is appended to the origin as written (encoded slashes stay encoded).
   */
  const fetchPath = async (path, headers = {}) => {
    try {
      return await get(`${origin}${path}`, { redirect: 'manual', headers });
    } catch (error) {
      fail(`GET ${path}`, `could not be fetched: ${error instanceof Error ? (error.cause?.message ?? error.message) : String(error)}`);
      return null;
    }
  };

  /** Every security header, as one check per answer (HSTS only over HTTPS, where it means something). */
  const securityHeaders = (path, response) => {
    const wrong = [];
    for (const [name, value] of SECURITY_HEADERS) {
      if (name === 'Strict-Transport-Security' && new URL(origin).protocol !== 'https:') continue;
      const actual = response.headers.get(name);
      if (actual !== value)
        wrong.push(`${name} ${actual === null ? 'is missing' : `is ${JSON.stringify(actual)}`}, should be ${JSON.stringify(value)}`);
    }
    if (wrong.length) fail(`${path}: security headers`, wrong.join('; '));
    else pass(`${path}: security headers`);
  };

  /** The site's own absolute links in a text: each must be on the site's address, none a placeholder. */
  const ownLinks = (path, text, pattern) => {
    const placeholder = PLACEHOLDER.exec(text);
    if (placeholder) fail(`${path}: no placeholder host`, `names ${placeholder[0]}`);
    else pass(`${path}: no placeholder host`);
    const links = [...text.matchAll(pattern)].map((m) => m[1]);
    if (links.length === 0) return fail(`${path}: links to itself`, `none found (${pattern})`);
    const wrong = links.filter((link) => new URL(link, siteOrigin).origin !== siteOrigin);
    if (wrong.length) {
      fail(
        `${path}: its own links are on ${siteOrigin}`,
        `these are not: ${[...new Set(wrong)].slice(0, 3).join(', ')} (build with SITE_URL=${siteOrigin}/, or pass --site with the address it was built for)`,
      );
    } else pass(`${path}: its own links are on ${siteOrigin}`);
  };

  /** A file: status 200, its type and cache rule, compressed when it is text; returns its text. */
  const file = async (path, { cache = REVALIDATE, compressed = false } = {}) => {
    const response = await fetchPath(path, { 'accept-encoding': 'br, gzip' });
    if (!response) return '';
    if (response.status !== 200) {
      fail(`GET ${path}`, `answered ${response.status}, should be 200`);
      return '';
    }
    expectEqual(
      `${path}: Content-Type`,
      response.headers.get('content-type'),
      contentType(new URL(path, origin).pathname.replace(/\/$/, '/index.html')),
    );
    expectEqual(`${path}: Cache-Control`, response.headers.get('cache-control'), cache);
    if (compressed) {
      const encoding = response.headers.get('content-encoding');
      if (encoding === 'br' || encoding === 'gzip') pass(`${path}: compressed`);
      else fail(`${path}: compressed`, `sent ${encoding ?? 'uncompressed'} to a client accepting br and gzip`);
      expectEqual(`${path}: Vary`, response.headers.get('vary'), 'Accept-Encoding');
    }
    securityHeaders(path, response);
    return response.text();
  };

  // The home page, and the hashed files it loads.
  const home = await file('/', { compressed: true });
  ownLinks('/', home, /<link rel="canonical" href="([^"]+)"|<meta property="og:(?:url|image)" content="([^"]+)"/g);
  const asset = (extension) => new RegExp(`(?:href|src)="(/_astro/[^"]+\\.${extension})"`).exec(home)?.[1];
  for (const extension of ['css', 'js']) {
    const path = asset(extension);
    if (path) await file(path, { cache: IMMUTABLE, compressed: true });
    else fail(`/: loads a .${extension} file from /_astro/`, 'none found');
  }

  // Search, feeds, calendars, sitemap.
  await file('/pagefind/pagefind.js', { compressed: true });
  await file('/pagefind/pagefind-entry.json');
  const feed = await file('/stories/feed.xml', { compressed: true });
  ownLinks('/stories/feed.xml', feed, /<link>([^<]+)<\/link>/g);
  const calendar = await file('/events/calendar.ics', { compressed: true });
  ownLinks('/events/calendar.ics', calendar.replace(/\r?\n[ \t]/g, ''), /^URL[^:]*:(.+)$/gm);
  const sitemap = await file('/sitemap-index.xml');
  ownLinks('/sitemap-index.xml', sitemap, /<loc>([^<]+)<\/loc>/g);

  // A folder without its final slash: redirected to it, on the site.
  const redirect = await fetchPath('/policies');
  if (redirect) {
    const location = redirect.headers.get('location');
    if (redirect.status === 301 && location && new URL(location, origin).href === new URL('/policies/', origin).href)
      pass('/policies redirects to /policies/');
    else fail('/policies redirects to /policies/', `answered ${redirect.status} ${location ?? ''}`);
  }

  // Attempts to redirect off the site (paths a URL parser keeps as they are).
  for (const path of ['/%2fevil.example%2f..%2fstories', '/%2f%2fevil.example', '/%5cevil.example/..%2fstories']) {
    const response = await fetchPath(path);
    const location = response?.headers.get('location');
    if (location && new URL(location, origin).origin !== origin) fail(`${path} stays on the site`, `redirects to ${location}`);
    else if (response) pass(`${path} stays on the site`);
  }

  // Missing pages, listings and dotfiles: the site's 404 page with status 404.
  for (const path of [`/no-such-page-${Date.now().toString(36)}/`, '/_astro/', '/.git/config', '/.env']) {
    const response = await fetchPath(path);
    if (!response) continue;
    const text = await response.text();
    if (response.status === 404 && /<html lang="zh-CN"/.test(text)) pass(`${path}: the site's 404 page, status 404`);
    else fail(`${path}: the site's 404 page, status 404`, `answered ${response.status}${response.status === 404 ? ' without the site’s page' : ''}`);
    if (response.status === 404) securityHeaders(path, response);
  }
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { site: { type: 'string' } } });
  const base = positionals[0];
  if (!base || !/^https?:\/\//.test(base)) {
    console.error('Usage: npm run check:deploy -- https://www.example.cn/ [--site https://address-it-was-built-for/]');
    process.exit(2);
  }
  const results = await checkDeployment(base, { site: values.site ?? base });
  const failed = results.filter((r) => !r.ok);
  for (const r of results) if (r.ok) console.log(`✓ ${r.what}`);
  for (const r of failed) console.log(`✗ ${r.what}: ${r.detail}`);
  console.log(`\n${results.length - failed.length} passed, ${failed.length} failed (${base}${values.site ? `, built for ${values.site}` : ''})`);
  process.exit(failed.length ? 1 : 0);
}
