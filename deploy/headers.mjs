// What a web server sends with the built site: content types, cache rules by path, compression
// and security headers. This module is the one source of all of it:
//
// - scripts/serve.mjs (the local server of `npm start` and of the tests) applies it per request;
// - deploy/nginx.mjs renders it as the nginx configuration deploy/nginx/bayu-site.conf;
// - deploy/check.mjs (`npm run check:deploy`) checks a deployed site against it;
// - src/integrations/precompress.ts writes .gz and .br files for the compressible types.
//
// Plain JavaScript (no build step), so that each of them, and an operator's own Node, can import it.

/** Cache-Control of files whose names carry a hash of their content: kept a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Cache-Control of everything else (pages, feeds, calendars, search entry files): revalidated on every use. */
export const REVALIDATE = 'no-cache';

/**
 * Content types by file extension. `charset`: sent as `type; charset=utf-8`. `compress`: text-like,
 * so the build writes .gz and .br beside each such file and the server sends them when accepted.
 * Anything not listed is application/octet-stream.
 * @type {ReadonlyArray<{ type: string, extensions: string[], charset?: boolean, compress?: boolean }>}
 */
export const TYPES = [
  { type: 'text/html', extensions: ['html'], charset: true, compress: true },
  { type: 'text/css', extensions: ['css'], charset: true, compress: true },
  { type: 'text/javascript', extensions: ['js', 'mjs'], charset: true, compress: true },
  { type: 'application/json', extensions: ['json'], charset: true, compress: true },
  { type: 'application/manifest+json', extensions: ['webmanifest'], charset: true, compress: true },
  { type: 'application/xml', extensions: ['xml'], charset: true, compress: true },
  { type: 'application/xslt+xml', extensions: ['xsl'], charset: true, compress: true },
  { type: 'application/rss+xml', extensions: ['rss'], charset: true, compress: true },
  { type: 'application/atom+xml', extensions: ['atom'], charset: true, compress: true },
  { type: 'text/plain', extensions: ['txt'], charset: true, compress: true },
  { type: 'text/markdown', extensions: ['md'], charset: true, compress: true },
  { type: 'text/calendar', extensions: ['ics'], charset: true, compress: true },
  { type: 'text/csv', extensions: ['csv'], charset: true, compress: true },
  { type: 'image/svg+xml', extensions: ['svg'], compress: true },
  { type: 'image/png', extensions: ['png'] },
  { type: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  { type: 'image/gif', extensions: ['gif'] },
  { type: 'image/webp', extensions: ['webp'] },
  { type: 'image/avif', extensions: ['avif'] },
  { type: 'image/x-icon', extensions: ['ico'] },
  { type: 'font/woff', extensions: ['woff'] },
  { type: 'font/woff2', extensions: ['woff2'] },
  { type: 'application/pdf', extensions: ['pdf'] },
  { type: 'application/wasm', extensions: ['wasm'], compress: true },
  // Pagefind's index and its WebAssembly: binary chunks its script fetches, already gzip-compressed
  // by Pagefind itself, so not compressed again.
  { type: 'application/octet-stream', extensions: ['pagefind', 'pf_meta', 'pf_index', 'pf_fragment', 'pf_filter'] },
];

/** The type for files no rule names. */
export const DEFAULT_TYPE = 'application/octet-stream';

/**
 * Rules by URL path (the decoded, normalised path of the file served), tried in order; the first
 * whose `pattern` (a regular expression that both JavaScript and nginx's PCRE read the same way)
 * matches applies. `refuse`: answered 404 as if missing. `cache`: its Cache-Control. `type`: a
 * content type that replaces the one by extension. Paths no rule matches get REVALIDATE.
 * @type {ReadonlyArray<{ pattern: string, why: string, refuse?: true, cache?: string, type?: string }>}
 */
export const PATH_RULES = [
  { pattern: '(?:^|/)\\.', refuse: true, why: 'dotfiles and dot-folders (.git, .env …) are never served' },
  { pattern: '^/_astro/', cache: IMMUTABLE, why: "Astro's bundled scripts, styles and images: hashed names" },
  {
    pattern: '^/pagefind/.+\\.pf_(?:meta|index|fragment|filter)$',
    cache: IMMUTABLE,
    why: "Pagefind's index chunks: hashed names (pagefind.js, its worker, entry file and WebAssembly are not)",
  },
  { pattern: '/feed\\.xml$', cache: REVALIDATE, type: 'application/rss+xml', why: 'RSS feeds' },
];

/**
 * The Content-Security-Policy, directive by directive.
 * - Scripts: only files from the site itself (Astro's bundles under /_astro/, Pagefind under
 *   /pagefind/); no inline script, no eval. 'wasm-unsafe-eval' lets Pagefind compile its
 *   WebAssembly, in the page and in its worker (which gets this policy with its own response).
 *   JSON-LD and JSON data blocks are not executed, so they need no hash. A script that must run
 *   before first paint (e.g. remembered reading preferences) is a classic script file from the
 *   site, `<script src="/reading-prefs.js"></script>` in <head>: 'self' allows it.
 * - Styles: only stylesheet files (astro.config.mjs sets build.inlineStylesheets to 'never'); no
 *   <style> element, no style="" attribute. Scripts may still set element.style properties.
 * - Nothing from any other host, no plugins, no <base>, forms only to the site, never framed.
 * @type {ReadonlyArray<[string, string]>}
 */
export const CSP_DIRECTIVES = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/**
 * Sent with every response, after OWASP's Secure Headers Project. Strict-Transport-Security only
 * takes effect over HTTPS (browsers ignore it over plain HTTP, as on a local preview); it covers
 * the host alone — add `includeSubDomains` (and `preload`) only once every subdomain is on HTTPS.
 * @type {ReadonlyArray<[string, string]>}
 */
export const SECURITY_HEADERS = [
  ['Content-Security-Policy', CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ')],
  ['Strict-Transport-Security', 'max-age=63072000'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), midi=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Compressed variants the build writes beside compressible files, in the server's order of preference. */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];

const extensionOf = (path) => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

/** The rule of PATH_RULES that applies to a URL path, or undefined. */
export function pathRule(pathname) {
  return PATH_RULES.find((rule) => new RegExp(rule.pattern).test(pathname));
}

/** The full Content-Type header of a URL path: contentType('/events/calendar.ics') → 'text/calendar; charset=utf-8'. */
export function contentType(pathname) {
  const override = pathRule(pathname)?.type;
  const extension = extensionOf(pathname);
  const entry = override ? TYPES.find((t) => t.type === override) : TYPES.find((t) => t.extensions.includes(extension));
  if (!entry) return DEFAULT_TYPE;
  return entry.charset ? `${entry.type}; charset=utf-8` : entry.type;
}

/** The Cache-Control header of a URL path. */
export function cacheControl(pathname) {
  return pathRule(pathname)?.cache ?? REVALIDATE;
}

/** Whether the build writes compressed variants of this file (by its extension). */
export function isCompressible(path) {
  const extension = extensionOf(path);
  return TYPES.some((t) => t.compress && t.extensions.includes(extension));
}
