import { availableParallelism } from 'node:os';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { isCompressible } from '../../deploy/headers.mjs';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** The files under a folder. A folder gone by the time it is read (the search index's parts, joined and removed while this runs beside it) holds none. */
async function* files(dir: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
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

/** Compresses one file: both encodings at once, or (`oneCore`) one after the other. */
async function compress(file: string, oneCore: boolean): Promise<void> {
  const data = await readFile(file);
  const quality = PER_PAGE.has(extname(file)) ? PER_PAGE_QUALITY : constants.BROTLI_MAX_QUALITY;
  const encodeBr = () => brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
  const encodeGz = () => gz(data, { level: constants.Z_BEST_COMPRESSION });
  const [br, gzipped] = oneCore ? [await encodeBr(), await encodeGz()] : await Promise.all([encodeBr(), encodeGz()]);
  if (br.length < data.length) await writeFile(`${file}.br`, br);
  if (gzipped.length < data.length) await writeFile(`${file}.gz`, gzipped);
}

/** Compression under way: `finish()` compresses what is left on every core, and resolves to how many files were compressed. */
export interface Compression {
  finish(): Promise<number>;
}

/**
 * Writes `file.br` and `file.gz` beside every text-like file of a built site (the types marked
 * `compress` in deploy/headers.mjs) for which `select` is true (default: every one); a step of
 * scripts/build.mjs. nginx (`brotli_static`, `gzip_static`) and scripts/serve.mjs send them to
 * clients that accept them, so nothing is compressed per request. Each is kept only when smaller
 * than the file. Both encoders are deterministic (gzip with no name and no time in its header),
 * so two builds of the same commit give the same bytes. Compression runs in Node's thread pool,
 * a few files at a time, so that every core is used; with `oneCore` it starts on one core only
 * (beside a step that leaves the other idle) until `finish()`.
 */
export function precompress(outDir: string, select: (file: string) => boolean = () => true, { oneCore = false } = {}): Compression {
  let gently = oneCore;
  const listed = (async () => {
    const queue: string[] = [];
    for await (const file of files(outDir)) if (isCompressible(file) && select(file)) queue.push(file);
    return { queue, count: queue.length };
  })();
  const worker = async () => {
    const { queue } = await listed;
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) await compress(file, gently);
  };
  const workers = Array.from({ length: oneCore ? 1 : availableParallelism() }, worker);
  // A failure is reported by finish(); until then it must not count as unhandled.
  for (const running of workers) running.catch(() => undefined);
  return {
    async finish() {
      if (gently) {
        gently = false;
        workers.push(...Array.from({ length: availableParallelism() - 1 }, worker));
      }
      await Promise.all(workers);
      return (await listed).count;
    },
  };
}
