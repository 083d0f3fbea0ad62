import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
 * Writes `file.br` and `file.gz` beside every text-like file of the build (the types marked
 * `compress` in deploy/headers.mjs), once every other integration (Pagefind included) has
 * written its files. nginx (`brotli_static`, `gzip_static`) and scripts/serve.mjs send them to
 * clients that accept them, so nothing is compressed per request. Each is kept only when smaller
 * than the file. Both encoders are deterministic (gzip with no name and no time in its header),
 * so two builds of the same commit give the same bytes.
 */
export default function precompress(): AstroIntegration {
  return {
    name: 'bayu/precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        let count = 0;
        for await (const file of files(outDir)) {
          if (!isCompressible(file)) continue;
          const data = await readFile(file);
          const [br, gzipped] = await Promise.all([
            brotli(data, {
              params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
            }),
            gz(data, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          if (br.length < data.length) await writeFile(`${file}.br`, br);
          if (gzipped.length < data.length) await writeFile(`${file}.gz`, gzipped);
          count++;
        }
        logger.info(`Compressed ${count} files (.br and .gz)`);
      },
    },
  };
}
