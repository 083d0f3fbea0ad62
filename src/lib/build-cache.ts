/**
 * The build's cache folder (Astro's `cacheDir`, set in astro.config.mjs): CACHE_DIR, else Astro's
 * default. Astro keeps its processed images there; the site keeps there what it makes per entry at
 * a real cost and can key by its inputs (the downloadable story images), so that the next build
 * reuses it. The cache is safe to delete: everything in it is made again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const buildCacheDir = (): string => process.env.CACHE_DIR ?? './node_modules/.astro';

/**
 * The bytes `make` gives for these inputs, from `<cache>/<folder>/` when an earlier build made them
 * from the same inputs (their SHA-256 is the file name), else made now and kept for the next build.
 */
export async function cachedBytes(folder: string, inputs: ReadonlyArray<string | Buffer>, make: () => Promise<Buffer>): Promise<Buffer> {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(createHash('sha256').update(input).digest());
  const dir = join(buildCacheDir(), folder);
  const file = join(dir, hash.digest('hex'));
  const kept = await readFile(file).catch(() => null);
  if (kept) return kept;
  const bytes = await make();
  await mkdir(dir, { recursive: true });
  // Written whole, then renamed: an interrupted build never leaves half a file under the key.
  await writeFile(`${file}.tmp`, bytes);
  await rename(`${file}.tmp`, file);
  return bytes;
}
