/**
 * The build holds Astro's JavaScript heap to ASTRO_MAX_HEAP_MB (scripts/build.mjs), so that a large
 * site builds within 2 GB. A site that needs more stops with a message that says how to raise the
 * limit, and the last good site stays as it was; a limit that is not a number stops at once.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { siteBuild } from '../support/build';

describe('Astro’s memory limit', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'bayu-astro-heap-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const GOOD_SITE = '<!doctype html><title>上一次成功构建的网站</title>';

  test.each([
    ['too little for the site', '64', ['heap out of memory', '多半是用完了允许它使用的内存（64 MB', 'ASTRO_MAX_HEAP_MB=2048 npm run build']],
    ['not a number', 'viel', ['ASTRO_MAX_HEAP_MB 应是不小于 64 的整数（MB），现在是“viel”。']],
  ])('%s: the build stops, says how to set it, and keeps the last good site', async (name, limit, expected) => {
    const outDir = join(scratch, name.replace(/\W+/g, '-'), 'dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), GOOD_SITE);
    const result = await siteBuild({ outDir, cacheDir: join(scratch, 'cache'), site: 'http://127.0.0.1:4321/', env: { ASTRO_MAX_HEAP_MB: limit } });
    expect(result.ok).toBe(false);
    for (const text of expected) expect(result.output).toContain(text);
    expect(result.output).toContain('网站没有更新');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(GOOD_SITE);
  });
});
