/**
 * Debian's nginx, run by the tests with the shipped configuration (deploy/nginx/bayu-site.conf):
 * one `server` per root folder, each on a free loopback port, in a temporary prefix of its own
 * (configuration, pid, error log, temporary files), in the foreground, as the current user. As
 * root (as CI runs), the workers run as root too, so that they can read a checkout anywhere.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NGINX_CONF } from '../../deploy/nginx.mjs';

/** Debian's nginx and the brotli static module the configuration needs. */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const BROTLI_STATIC = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface RunningNginx {
  /** The base URL of each root's server, in order, without a trailing slash. */
  urls: string[];
  /** What nginx wrote to its error log so far. */
  errorLog: () => string;
  close: () => Promise<void>;
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Whether something accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function mainConf(prefix: string, servers: Array<{ root: string; port: number }>): string {
  const root = process.getuid?.() === 0;
  return [
    `load_module ${BROTLI_STATIC};`,
    ...(root ? ['user root;'] : []),
    'worker_processes 1;',
    `error_log ${join(prefix, 'error.log')} warn;`,
    'events { worker_connections 64; }',
    'http {',
    '    access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${join(prefix, kind)};`),
    ...servers.flatMap(({ root: dir, port }) => [
      '    server {',
      `        listen 127.0.0.1:${port};`,
      `        root ${dir};`,
      `        include ${NGINX_CONF};`,
      '    }',
    ]),
    '}',
    '',
  ].join('\n');
}

/**
 * Starts nginx serving each root folder with the shipped configuration; resolves once every
 * server accepts connections. Fails with a message saying what to install when nginx is missing.
 */
export async function startNginx(roots: string[]): Promise<RunningNginx> {
  for (const [file, what] of [
    [NGINX, 'nginx'],
    [BROTLI_STATIC, 'its brotli static module'],
  ] as const) {
    if (!existsSync(file)) {
      throw new Error(
        `${file} is missing: the tests serve the site with Debian's ${what}. Install it with \`bash .ci/run\` ` +
          '(or: apt-get install nginx libnginx-mod-http-brotli-static).',
      );
    }
  }
  const prefix = mkdtempSync(join(tmpdir(), 'bayu-nginx-'));
  const errorLog = () => (existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '');
  // A port found free may be taken before nginx binds it: then try again with others.
  for (let attempt = 1; ; attempt++) {
    const servers = await Promise.all(roots.map(async (root) => ({ root, port: await freePort() })));
    const conf = join(prefix, 'nginx.conf');
    writeFileSync(conf, mainConf(prefix, servers));
    let output = '';
    const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', conf, '-g', `daemon off; pid ${join(prefix, 'nginx.pid')};`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let running = true;
    void exited.then(() => (running = false));
    while (running && !(await Promise.all(servers.map((s) => listening(s.port)))).every(Boolean)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (running) {
      return {
        urls: servers.map((s) => `http://127.0.0.1:${s.port}`),
        errorLog,
        close: async () => {
          child.kill('SIGTERM');
          await exited;
          rmSync(prefix, { recursive: true, force: true });
        },
      };
    }
    const why = `${output}${errorLog()}`;
    if (attempt < 3 && /Address already in use/.test(why)) continue;
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx did not start (exit ${String(await exited)}):\n${why}`);
  }
}
