// The local server of `npm start`, `npm run preview` and the site tests. It serves a built site the
// way the shipped nginx configuration does (deploy/nginx/bayu-site.conf), from the same rules in
// deploy/headers.mjs, so that a local preview shows what production does:
//
// - content types, Cache-Control by path and every security header (CSP included), on every answer;
// - the .br or .gz file the build wrote beside a text file, when the client accepts it (Vary: Accept-Encoding);
// - /path/ serves /path/index.html; /path redirects to /path/ when that is a folder, and the
//   redirect names only a path of this site, built from the normalised path (never from what the
//   request spelled, so “//host”, “%2f” or “\” cannot lead off the site);
// - anything missing, a folder without index.html, a dotfile or a symbolic link: the site's own
//   404 page with status 404; a path that climbs above the root (“/../”): 400.
//
//   node scripts/serve.mjs [--root dist] [--port 4321] [--host 127.0.0.1]   serve a build
//   node scripts/serve.mjs --build                                          `npm start`: build, then serve
//
// With --build the site is built first (`npm run build`) for the address it is served on,
// http://localhost:<port>/, unless SITE_URL says otherwise.
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ENCODINGS, REVALIDATE, SECURITY_HEADERS, cacheControl, contentType, isCompressible, pathRule } from '../deploy/headers.mjs';
import { localSiteUrl } from '../src/lib/site-url.ts';

async function statOf(path) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/**
 * The path of a request target as nginx reads it: percent-decoded, with “.” and empty segments
 * dropped and “..” applied. Null when it cannot be served at all: not a path, undecodable, holding
 * a NUL, or climbing above the root.
 */
export function normalisePath(target) {
  const raw = target.split(/[?#]/, 1)[0] ?? '';
  if (!raw.startsWith('/')) return null;
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const segments = [];
  const parts = decoded.split('/');
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (segments.length === 0) return null;
      segments.pop();
    } else segments.push(part);
  }
  const last = parts.at(-1);
  const folder = last === '' || last === '.' || last === '..';
  return `/${segments.join('/')}${folder && segments.length > 0 ? '/' : ''}`;
}

/** Whether an Accept-Encoding header accepts an encoding (named, or through “*”, and not with q=0). */
export function accepts(header, encoding) {
  let star = false;
  for (const item of (header ?? '').toLowerCase().split(',')) {
    const [name = '', ...params] = item.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const ok = !q || Number(q.slice(2)) > 0;
    if (name.trim() === encoding) return ok;
    if (name.trim() === '*') star = ok;
  }
  return star;
}

/** The header every answer carries: Cache-Control for its path and the security headers. */
function baseHeaders(path) {
  return { 'cache-control': path ? cacheControl(path) : REVALIDATE, ...Object.fromEntries(SECURITY_HEADERS) };
}

/**
 * Serves `root` over HTTP. Resolves once listening, with the base URL (no trailing slash) and a
 * close function that also drops open keep-alive connections.
 * @param {{ root: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({ root, port = 0, host = '127.0.0.1' }) {
  const base = resolve(root);

  /** The real file of a URL path under the root, or null (missing, or reached through a symbolic link). */
  const fileOf = async (path) => {
    const file = join(base, path);
    const info = await statOf(file);
    if (!info) return null;
    let real;
    try {
      real = await realpath(file);
    } catch {
      return null;
    }
    // The root itself may be reached through a link (e.g. a “current” release); nothing below it.
    if (real !== join(await realpath(base), path).replace(/\/+$/, '')) return null;
    return { file, info };
  };

  const sendFile = async (req, res, status, path, found) => {
    const headers = { ...baseHeaders(path), 'content-type': contentType(path) };
    let { file, info } = found;
    if (isCompressible(path)) {
      let chosen = null;
      for (const encoding of ENCODINGS) {
        const variant = await statOf(file + encoding.suffix);
        if (!variant?.isFile()) continue;
        headers.vary = 'Accept-Encoding';
        if (!chosen && accepts(req.headers['accept-encoding'], encoding.name)) chosen = { encoding, variant };
      }
      if (chosen) {
        headers['content-encoding'] = chosen.encoding.name;
        file += chosen.encoding.suffix;
        info = chosen.variant;
      }
    }
    // Validators as nginx makes them, so that revalidation (Cache-Control: no-cache) answers 304.
    const etag = `"${Math.floor(info.mtimeMs / 1000).toString(16)}-${info.size.toString(16)}"`;
    headers.etag = etag;
    headers['last-modified'] = info.mtime.toUTCString();
    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      return res.end();
    }
    headers['content-length'] = String(info.size);
    res.writeHead(status, headers);
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };

  /** A short page of the server's own, as nginx answers a redirect or an error. */
  const page = (req, res, status, title, headers) => {
    const body = `<!doctype html><title>${status} ${title}</title><h1>${status} ${title}</h1>\n`;
    res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  /** The site's 404 page with status 404; a short one of the server's own if the site has none. */
  const notFound = async (req, res) => {
    const sitePage = await fileOf('/404.html');
    if (sitePage?.info.isFile()) return sendFile(req, res, 404, '/404.html', sitePage);
    page(req, res, 404, 'Not Found', { ...baseHeaders(null), 'content-type': 'text/html; charset=utf-8' });
  };

  const server = createServer(async (req, res) => {
    const html = { ...baseHeaders(null), 'content-type': 'text/html; charset=utf-8' };
    if (req.method !== 'GET' && req.method !== 'HEAD') return page(req, res, 405, 'Not Allowed', { ...html, allow: 'GET, HEAD' });
    const target = req.url ?? '/';
    const path = normalisePath(target);
    if (path === null) return page(req, res, 400, 'Bad Request', html);
    if (pathRule(path)?.refuse) return notFound(req, res);
    const found = await fileOf(path);
    if (!found) return notFound(req, res);
    if (found.info.isDirectory()) {
      if (!path.endsWith('/')) {
        // Built from the normalised path: one leading slash, then a folder of the site.
        const query = target.includes('?') ? target.slice(target.indexOf('?')) : '';
        return page(req, res, 301, 'Moved Permanently', {
          ...baseHeaders(path),
          'content-type': 'text/html',
          location: `${encodeURI(path)}/${query}`,
        });
      }
      const index = await fileOf(`${path}index.html`);
      return index?.info.isFile() ? sendFile(req, res, 200, `${path}index.html`, index) : notFound(req, res);
    }
    if (!found.info.isFile() || path.endsWith('/')) return notFound(req, res);
    return sendFile(req, res, 200, path, found);
  });

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

/** Runs `npm run build` for a site address into a folder; returns whether it succeeded. */
function build(siteUrl, outDir) {
  console.log(`Building the site for ${siteUrl}`);
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm, 'run', 'build']] : ['npm', ['run', 'build']];
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, SITE_URL: siteUrl, OUT_DIR: resolve(outDir) } });
  return result.status === 0;
}

// Run as a script: (build and) serve a folder until interrupted.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: 'dist' },
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
      build: { type: 'boolean', default: false },
    },
  });
  // Listening first: a port in use stops `npm start` before it spends a build.
  const server = await startServer({ root: values.root, port: Number(values.port), host: values.host });
  if (values.build && !build(process.env.SITE_URL || localSiteUrl(server.port), values.root)) process.exit(1);
  if (!(await statOf(resolve(values.root)))?.isDirectory()) {
    console.error(`✗ ${values.root}/ does not exist. Build the site first: npm start builds and serves it.`);
    process.exit(1);
  }
  console.log(`Serving ${values.root}/ at ${values.host === '127.0.0.1' ? `http://localhost:${server.port}/` : `${server.url}/`}  (Ctrl+C to stop)`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => server.close().then(() => process.exit(0)));
  }
}
