// The benchmark (npm run bench): builds the site and a generated site of thousands of stories and
// events, and prints what each costs: build time, peak memory, page count, bytes per page type,
// search index size, and the bytes and time of a first and a second search in real Chromium.
// It measures; it asserts nothing (the tests do that).
//
//   npm run bench                      # site + scale site of 3,000 generated entries
//   npm run bench -- --scale 6000      # more generated stories and events
//   npm run bench -- --scale 0         # the site only
//   npm run bench -- --json            # also print the measurements as JSON
//   npm run bench -- --first 巧姐 --second 20万   # the two queries typed into /search/
//
// Search bytes are response bodies, raw and as a host serves them (text gzip-compressed; Pagefind's
// index and fragment files are compressed by Pagefind itself), the same measure as the byte-budget
// test (scripts/search-cost.mjs). Query times are measured in the page, from submitting the form to
// the results being rendered (re-ranking and excerpts included).
//
// Each build is made as `npm run build` makes it (scripts/build.mjs: content check, astro build,
// search index, compressed copies), for the local address http://localhost:4321/ unless SITE_URL
// is set. Builds go to .bench/ (git-ignored), each with its own OUT_DIR; the Astro cache (.bench/cache)
// is shared, so processed images and story downloads are reused: a build that had to make some anew
// (the first at a new scale: every generated story's downloads) is marked (cold), its time then
// dominated by sharp; the figures to compare are of a second run, with a warm cache.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { localSiteUrl } from '../src/lib/site-url.ts';
import { BENCH_QUERIES, costMeter, submitQuery } from './search-cost.mjs';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '3000' },
    json: { type: 'boolean', default: false },
    first: { type: 'string', default: BENCH_QUERIES[0] },
    second: { type: 'string', default: BENCH_QUERIES[1] },
  },
});
const SCALE = Number(values.scale);
const ROOT = resolve('.');
const BENCH = join(ROOT, '.bench');
const CACHE = join(BENCH, 'cache');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const log = (...args) => console.error('·', ...args);

// ---- Running a build with its time and peak memory ----
/**
 * Resident memory (bytes) of a process and all its descendants, read from /proc, in all and by
 * kind of process (the build script, Astro, Pagefind's indexer …); 0 where /proc is missing.
 */
async function treeRss(root) {
  let entries;
  try {
    entries = await readdir('/proc');
  } catch {
    return { total: 0, byKind: {} };
  }
  const children = new Map();
  const procs = new Map();
  await Promise.all(
    entries
      .filter((name) => /^\d+$/.test(name))
      .map(async (name) => {
        try {
          const stat = await readFile(`/proc/${name}/stat`, 'utf8');
          // The command name may hold spaces and parentheses: fields start after the last ')'.
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          const pid = Number(name);
          const ppid = Number(fields[1]);
          if (!children.has(ppid)) children.set(ppid, []);
          children.get(ppid).push(pid);
          const args = (await readFile(`/proc/${name}/cmdline`, 'utf8')).split('\0').join(' ');
          procs.set(pid, { rss: Number(fields[21]) * PAGE_SIZE, kind: processKind(args) });
        } catch {
          // The process ended while being read.
        }
      }),
  );
  let total = 0;
  const byKind = {};
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    const proc = procs.get(pid);
    if (proc) {
      total += proc.rss;
      byKind[proc.kind] = (byKind[proc.kind] ?? 0) + proc.rss;
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, byKind };
}
/** What a process of the build is, from its command line. */
function processKind(args) {
  if (args.includes('astro.mjs')) return 'astro';
  if (args.includes('pagefind')) return 'pagefind';
  if (args.includes('build.mjs')) return 'build script';
  return 'other';
}
const PAGE_SIZE = 4096;

/**
 * How long each phase of a build took, read from its log (Astro's phases, whole seconds where Astro
 * gives only timestamps; the steps of scripts/build.mjs), to see what dominates.
 */
function buildPhases(output) {
  const lines = output.split('\n');
  const clock = (line) => {
    const m = /^(\d\d):(\d\d):(\d\d)/.exec(line ?? '');
    return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : NaN;
  };
  const at = (pattern) => lines.findIndex((line) => pattern.test(line));
  const completedAfter = (pattern) => {
    const from = at(pattern);
    const line = from < 0 ? undefined : lines.slice(from + 1).find((l) => /✓ Completed in/.test(l));
    // Astro writes 76ms, 23.14s or, past a minute, 1m 57s.
    const m = /✓ Completed in (?:(\d+)m )?([\d.]+)(m?s)/.exec(line ?? '');
    return m ? Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1) : NaN;
  };
  const vite = [...output.matchAll(/\[vite\] ✓ built in ([\d.]+)(m?s)/g)].reduce((sum, m) => sum + Number(m[1]) / (m[2] === 'ms' ? 1000 : 1), 0);
  /** A step of scripts/build.mjs: `[build] name: 12.3 s`. */
  const step = (name) => Number(new RegExp(`^\\[build\\] ${name}: ([\\d.]+) s$`, 'm').exec(output)?.[1]);
  const phases = {
    'content check': step('content check'),
    'astro build': step('astro build'),
    '  content sync': clock(lines[at(/Synced content/)]) - clock(lines[at(/Syncing content/)]),
    '  bundling': vite,
    '  pages': completedAfter(/generating static routes/),
    '  images': completedAfter(/generating optimized images/),
    'image metadata': step('image metadata'),
    'search index': step('search index'),
    'compressed copies (meanwhile)': step('compressed copies'),
    'compressed copies of the index': step('compressed copies of the search index'),
  };
  return Object.entries(phases).map(([name, seconds]) => `${name} ${Number.isFinite(seconds) ? seconds.toFixed(1) : '?'} s`);
}

/** How many processed images (Astro's) and story downloads (the site's) the build cache holds. */
async function cachedImages() {
  const count = async (folder) => (await readdir(join(CACHE, folder)).catch(() => [])).length;
  return (await count('assets')) + (await count('story-images'));
}

/**
 * Runs the build as `npm run build` does (scripts/build.mjs: content check, `astro build`, search
 * index, compressed copies) and returns wall time and the peak resident memory of the whole process
 * tree (the build script, Astro's Node, Pagefind's own process …), and of each kind of process,
 * sampled from /proc every 200 ms.
 */
async function build(name, env) {
  const outDir = join(BENCH, `dist-${name.replace(/[^a-z0-9]+/gi, '-')}`);
  // Processed images and story downloads live in the cache; what a build must make anew (a first
  // build, or a larger scale than before) costs sharp's time: counted, so that a cold build says so.
  const cachedBefore = await cachedImages();
  await rm(outDir, { recursive: true, force: true });
  const started = performance.now();
  let peak = 0;
  const peakByKind = {};
  const output = await new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build.mjs')], {
      cwd: ROOT,
      env: { SITE_URL: localSiteUrl(), ...process.env, ...env, OUT_DIR: outDir, CACHE_DIR: CACHE, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let sampling = false;
    const timer = setInterval(async () => {
      if (sampling) return;
      sampling = true;
      const { total, byKind } = await treeRss(child.pid);
      peak = Math.max(peak, total);
      for (const [kind, rss] of Object.entries(byKind)) peakByKind[kind] = Math.max(peakByKind[kind] ?? 0, rss);
      sampling = false;
    }, 200);
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code === 0) resolveRun(text);
      else reject(new Error(`build “${name}” failed (${code}):\n${text.slice(-4000)}`));
    });
  });
  const seconds = (performance.now() - started) / 1000;
  const encoded = (await cachedImages()) - cachedBefore;
  const phases = buildPhases(output);
  await writeFile(join(BENCH, `build-${name.replace(/[^a-z0-9]+/gi, '-')}.log`), output);
  const mb = (bytes) => bytes / 1024 / 1024;
  return {
    outDir,
    seconds,
    encoded,
    peakMB: mb(peak),
    peakByKindMB: Object.fromEntries(Object.entries(peakByKind).map(([k, v]) => [k, mb(v)])),
    phases,
  };
}

// ---- Files of a build ----
async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else out.push(full);
  }
  return out;
}
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length;

/** The page type of a built page, from its path. */
function pageType(path) {
  const first = path.split('/')[1] ?? '';
  if (path === '/') return 'home';
  if (['policies', 'actions', 'brands', 'targets', 'glossary', 'events', 'stories', 'search', 'media'].includes(first)) {
    const rest = path.split('/').filter(Boolean).length;
    return rest <= 1 ? `${first} index` : first;
  }
  return 'other';
}

/**
 * Per page type: pages, and the median page's HTML, CSS and JS (raw, gzip, brotli). The median
 * page is chosen by raw HTML size and only it is compressed, which keeps the bench quick at scale.
 */
async function pageBytes(outDir) {
  const files = (await walk(outDir)).filter((f) => f.endsWith('.html'));
  const assetCache = new Map();
  const asset = async (url) => {
    if (!assetCache.has(url)) assetCache.set(url, await readFile(join(outDir, url)).catch(() => Buffer.alloc(0)));
    return assetCache.get(url);
  };
  const pages = new Map();
  for (const file of files) {
    const rel = `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const size = (await stat(file)).size;
    const type = pageType(rel);
    if (!pages.has(type)) pages.set(type, []);
    pages.get(type).push({ file, size, path: rel });
  }
  const sizes = async (file) => {
    const html = await readFile(file);
    const text = html.toString('utf8');
    const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
    const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
    const js = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
    const inlineJs = [...text.matchAll(/<script(?![^>]*(?:src=|type="application\/(?:ld\+)?json"))[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1])
      .join('');
    const cssBuf = Buffer.concat([...(await Promise.all(css.map(asset))), Buffer.from(inlineCss)]);
    const jsBuf = Buffer.concat([...(await Promise.all(js.map(asset))), Buffer.from(inlineJs)]);
    const three = (buf) => [buf.length, gz(buf), br(buf)];
    return { html: three(html), css: three(cssBuf), js: three(jsBuf) };
  };
  const out = {};
  let largest = { path: '', size: 0 };
  for (const list of pages.values()) for (const page of list) if (page.size > largest.size) largest = { path: page.path, size: page.size };
  for (const [type, list] of [...pages].sort()) {
    const sorted = [...list].sort((a, b) => a.size - b.size);
    const median = sorted[Math.floor((sorted.length - 1) / 2)];
    out[type] = { pages: list.length, ...(await sizes(median.file)), htmlMax: sorted[sorted.length - 1].size };
  }
  return { pages: files.length, types: out, largest };
}

/** The Pagefind bundle: total bytes and by part. */
async function indexSize(outDir) {
  const dir = join(outDir, 'pagefind');
  const parts = { index: 0, fragment: 0, filter: 0, runtime: 0 };
  let files = 0;
  // The .br and .gz copies the build writes for the server are left out: one size per file.
  for (const file of (await walk(dir)).filter((f) => !/\.(?:br|gz)$/.test(f))) {
    const size = (await stat(file)).size;
    const rel = relative(dir, file);
    files++;
    if (rel.startsWith('index')) parts.index += size;
    else if (rel.startsWith('fragment')) parts.fragment += size;
    else if (rel.startsWith('filter')) parts.filter += size;
    else parts.runtime += size;
  }
  const total = Object.values(parts).reduce((a, b) => a + b, 0);
  return { total, files, ...parts };
}

// ---- Search in real Chromium ----
/**
 * Loads /search/, runs two searches through its form, and records for each the requests, bytes
 * (raw, and as a host serves them: see scripts/search-cost.mjs) and time to results.
 */
async function browserSearch(outDir, queries) {
  const server = await startServer({ root: outDir });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const meter = costMeter(context);
    const t0 = performance.now();
    await page.goto(`${server.url}/search/`, { waitUntil: 'load' });
    const load = { ms: performance.now() - t0, ...(await meter.take()) };
    const found = async () => (await page.locator('[data-search-status]').innerText()).match(/\d+/)?.[0] ?? '0';
    const search = async (q) => {
      const ms = await submitQuery(page, q);
      return { ms, ...(await meter.take()), found: await found() };
    };
    const first = await search(queries[0]);
    const second = await search(queries[1]);
    // Warm: both queries again, alternately, five times each; the median time of all ten.
    const warm = [];
    for (let i = 0; i < 5; i++) for (const q of queries) warm.push((await search(q)).ms);
    warm.sort((a, b) => a - b);
    return { load, first, second, warmMs: (warm[4] + warm[5]) / 2 };
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---- One site, measured ----
async function measureSite(name, env) {
  log(`building ${name} …`);
  const built = await build(name, env);
  log(`${name}: built in ${built.seconds.toFixed(1)} s${built.encoded ? ` (cold: ${built.encoded} images made anew)` : ''}; measuring files …`);
  const pages = await pageBytes(built.outDir);
  const index = await indexSize(built.outDir);
  log(`${name}: searching in Chromium …`);
  const search = await browserSearch(built.outDir, [values.first, values.second]);
  return { name, ...built, ...pages, index, search };
}

// ---- Table ----
const kb = (n) => (n / 1024).toFixed(1);
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);
function table(results) {
  const lines = [];
  const row = (label, ...cells) => lines.push(`${pad(label, 36)}${cells.map((c) => padL(c, 20)).join('')}`);
  row('', ...results.map((r) => r.name));
  row('build time (s)', ...results.map((r) => `${r.seconds.toFixed(1)}${r.encoded ? ' (cold)' : ''}`));
  row('peak memory (MB, process tree)', ...results.map((r) => (r.peakMB > 0 ? r.peakMB.toFixed(0) : 'n/a')));
  row('HTML pages', ...results.map((r) => r.pages));
  row('largest HTML page (KB)', ...results.map((r) => kb(r.largest.size)));
  row('search index, all files (KB)', ...results.map((r) => kb(r.index.total)));
  row('  word index chunks (KB)', ...results.map((r) => kb(r.index.index)));
  row('  page fragments (KB)', ...results.map((r) => kb(r.index.fragment)));
  row('  filter chunks (KB)', ...results.map((r) => kb(r.index.filter)));
  row('  runtime: JS, wasm, meta (KB)', ...results.map((r) => kb(r.index.runtime)));
  row('  files', ...results.map((r) => r.index.files));
  row('/search/ page load (KB served / raw)', ...results.map((r) => `${kb(r.search.load.served)} / ${kb(r.search.load.raw)}`));
  row('  requests', ...results.map((r) => r.search.load.requests));
  row(`1st query “${values.first}” (KB served / raw)`, ...results.map((r) => `${kb(r.search.first.served)} / ${kb(r.search.first.raw)}`));
  row('  requests', ...results.map((r) => r.search.first.requests));
  row('  time to results (ms)', ...results.map((r) => r.search.first.ms.toFixed(0)));
  row('  results', ...results.map((r) => r.search.first.found));
  row(`2nd query “${values.second}” (KB served / raw)`, ...results.map((r) => `${kb(r.search.second.served)} / ${kb(r.search.second.raw)}`));
  row('  requests', ...results.map((r) => r.search.second.requests));
  row('  time to results (ms)', ...results.map((r) => r.search.second.ms.toFixed(0)));
  row('  results', ...results.map((r) => r.search.second.found));
  row('warm query, median of 10 (ms)', ...results.map((r) => r.search.warmMs.toFixed(0)));
  for (const r of results) {
    lines.push('');
    lines.push(`${r.name}: largest HTML page ${r.largest.path} (${kb(r.largest.size)} KB); build phases: ${r.phases.join(', ')}`);
    const byKind = Object.entries(r.peakByKindMB).map(([kind, mb]) => `${kind} ${mb.toFixed(0)} MB`);
    lines.push(`${r.name}: peak memory of each kind of process (not at the same moment): ${byKind.join(', ')}`);
    lines.push(`${r.name}: median page per type, KB raw / gzip / brotli (CSS and JS as loaded up front; largest HTML raw)`);
    lines.push(`${pad('type', 16)}${padL('pages', 7)}${padL('HTML', 22)}${padL('CSS', 20)}${padL('JS', 18)}${padL('largest HTML', 14)}`);
    for (const [type, t] of Object.entries(r.types)) {
      const three = (v) => v.map(kb).join(' / ');
      lines.push(
        `${pad(type, 16)}${padL(t.pages, 7)}${padL(three(t.html), 22)}${padL(three(t.css), 20)}${padL(three(t.js), 18)}${padL(kb(t.htmlMax), 14)}`,
      );
    }
  }
  return lines.join('\n');
}

// ---- Main ----
const started = performance.now();
await mkdir(BENCH, { recursive: true });
// Seed the shared cache from the default build cache, so processed images need not be redone.
if (!existsSync(CACHE) && existsSync(join(ROOT, 'node_modules', '.astro'))) {
  await cp(join(ROOT, 'node_modules', '.astro'), CACHE, { recursive: true });
}
const results = [await measureSite('site', {})];
if (SCALE > 0) {
  log(`generating ${SCALE} stories and events …`);
  await new Promise((resolveRun, reject) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'scripts', 'generate-scale-content.mjs'), '--count', String(SCALE), '--out', join(BENCH, 'content')],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    child.on('close', (code) => (code === 0 ? resolveRun() : reject(new Error(`generator failed (${code})`))));
  });
  results.push(await measureSite(`+${SCALE} generated`, { CONTENT_DIR: join(BENCH, 'content') }));
}
console.log(table(results));
console.log(
  `\n(bench took ${((performance.now() - started) / 1000).toFixed(0)} s; search bytes are as a host serves them: gzip for text, Pagefind's own files as they are)`,
);
if (values.json) console.log(JSON.stringify(results, null, 2));
