// A small static file server for a built site: `npm run preview` serves ./dist on port 4321, and
// the browser tests import `startServer` to serve their own build on a free port.
//
//   node scripts/serve.mjs [--root dist] [--port 4321] [--host 127.0.0.1]
//
// It behaves like a plain static host: /path/ serves /path/index.html, /path redirects to /path/
// when that is a folder, anything missing gets /404.html with status 404.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Content types by file extension; anything else is served as application/octet-stream. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xslt+xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  // Pagefind's index files: binary chunks fetched by its script.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** The content type for a file name. */
export function contentType(file) {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? 'file' : info.isDirectory() ? 'dir' : null;
  } catch {
    return null;
  }
}

/**
 * Serves `root` over HTTP. Resolves once listening, with the base URL (no trailing slash) and a
 * close function that also drops open keep-alive connections.
 * @param {{ root: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({ root, port = 0, host = '127.0.0.1' }) {
  const base = resolve(root);
  const send = (res, status, file, head) => {
    res.writeHead(status, { 'content-type': contentType(file), 'cache-control': 'no-cache' });
    if (head) return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
  const notFound = async (res, head) => {
    const page = join(base, '404.html');
    if ((await fileAt(page)) === 'file') return send(res, 404, page, head);
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('404 Not Found');
  };

  const server = createServer(async (req, res) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.writeHead(405, { allow: 'GET, HEAD' });
      return res.end();
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400);
      return res.end();
    }
    const path = join(base, pathname);
    if (path !== base && !path.startsWith(base + sep)) return notFound(res, head);
    const kind = await fileAt(path);
    if (kind === 'file') return send(res, 200, path, head);
    if (kind === 'dir') {
      if (!pathname.endsWith('/')) {
        const query = (req.url ?? '').includes('?') ? (req.url ?? '').slice((req.url ?? '').indexOf('?')) : '';
        res.writeHead(301, { location: `${encodeURI(pathname)}/${query}` });
        return res.end();
      }
      const index = join(path, 'index.html');
      if ((await fileAt(index)) === 'file') return send(res, 200, index, head);
    }
    return notFound(res, head);
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

// Run as a script: serve a folder until interrupted.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: 'dist' },
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    },
  });
  if ((await fileAt(resolve(values.root))) !== 'dir') {
    console.error(`✗ ${values.root}/ does not exist. Build the site first: npm run build (or npm start to build and serve).`);
    process.exit(1);
  }
  const server = await startServer({ root: values.root, port: Number(values.port), host: values.host });
  const local = values.host === '127.0.0.1' ? `http://localhost:${server.port}/` : `${server.url}/`;
  console.log(`Serving ${values.root}/ at ${local}  (Ctrl+C to stop)`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => server.close().then(() => process.exit(0)));
  }
}
