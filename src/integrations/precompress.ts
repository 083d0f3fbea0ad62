import { availableParallelism } from 'node:os';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { isCompressible } from '../../deploy/headers.mjs';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.isFile()) yield full;
  }
}

/**
 * Files the build writes one of per page or per entry (pages, calendars, feeds and sitemaps, QR
 * codes): their number grows with the content, to tens of thousands. Brotli's top qualities cost
 * 10–50 times more time than quality 5 for about 10 % fewer bytes, which over 20,000 pages is tens
 * of minutes of build; these get quality 5. The few files every visitor loads (CSS, scripts, data,
 * WebAssembly) keep the best quality.
 */
const PER_PAGE = new Set(['.html', '.ics', '.xml', '.svg']);
const PER_PAGE_QUALITY = 5;

async function compress(file: string): Promise<void> {
  const data = await readFile(file);
  const quality = PER_PAGE.has(extname(file)) ? PER_PAGE_QUALITY : constants.BROTLI_MAX_QUALITY;
  const [br, gzipped] = await Promise.all([
    brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    gz(data, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  if (br.length < data.length) await writeFile(`${file}.br`, br);
  if (gzipped.length < data.length) await writeFile(`${file}.gz`, gzipped);
}

/**
 * Writes `file.br` and `file.gz` beside every text-like file of a built site (the types marked
 * `compress` in deploy/headers.mjs) for which `select` is true (default: every one); a step of
 * scripts/build.mjs. nginx (`brotli_static`, `gzip_static`) and scripts/serve.mjs send them to
 * clients that accept them, so nothing is compressed per request. Each is kept only when smaller
 * than the file. Both encoders are deterministic (gzip with no name and no time in its header),
 * so two builds of the same commit give the same bytes. Compression runs in Node's thread pool,
 * a few files at a time, so that every core is used. Returns how many files it compressed.
 */
export async function precompress(outDir: string, select: (file: string) => boolean = () => true): Promise<number> {
  const queue: string[] = [];
  for await (const file of files(outDir)) if (isCompressible(file) && select(file)) queue.push(file);
  const count = queue.length;
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) await compress(file);
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  return count;
}
