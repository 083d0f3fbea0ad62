/**
 * Reproducible builds: the same commit built in another folder gives the same bytes in every file
 * (hashed names, images, Pagefind's index, compressed copies, dates), so a deployment can be
 * rebuilt and checked, also where one build processes its images afresh and the other takes them
 * from a cache: when the test build made its images afresh (a fresh checkout), the second build
 * starts from its processed images; else it starts from an empty cache. And nothing in the build depends on where or when it was
 * made: no placeholder host, no path of the machine, no source map.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { fixtureCache, siteBuild } from '../support/build';
import { ROOT } from '../support/paths';
import { distDir, siteUrl } from '../support/site';

/** Every file under a folder, as sorted paths relative to it with forward slashes. */
function filesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The text of a built file: Pagefind's gzip-compressed chunks unpacked; other binary files left out. */
function textOf(dir: string, file: string): string | null {
  const raw = readFileSync(join(dir, file));
  if (/\.(?:pf_meta|pf_index|pf_fragment|pf_filter)$/.test(file)) return gunzipSync(raw).toString('utf8');
  if (/\.(?:html|xml|ics|txt|json|js|mjs|css|svg|webmanifest)$/.test(file)) return raw.toString('utf8');
  return null;
}

const copy = mkdtempSync(join(tmpdir(), 'bayu-reproducible-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('two builds of the same commit in different folders', () => {
  test('are identical, file by file and byte by byte', async () => {
    // The repository's files (tracked, and new ones not yet ignored) copied elsewhere; the
    // installed packages are shared through a link.
    const source = join(copy, 'bayu-jinguo');
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter(Boolean);
    for (const file of files) {
      mkdirSync(dirname(join(source, file)), { recursive: true });
      // A tracked file deleted in the working tree is simply not there.
      try {
        cpSync(join(ROOT, file), join(source, file));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'));

    const second = join(copy, 'dist');
    const cacheDir = inject('imagesFresh') ? await fixtureCache('reproducible') : join(copy, 'cache');
    const result = await siteBuild({ cwd: source, outDir: second, cacheDir, site: siteUrl('/') });
    expect(result.ok, result.output.slice(-3000)).toBe(true);

    const first = distDir();
    expect(filesIn(second)).toEqual(filesIn(first));
    const differing = filesIn(first).filter((file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))));
    // Where the first few text files part, to see what changed.
    const where = differing
      .filter((file) => textOf(first, file) !== null)
      .slice(0, 3)
      .map((file) => {
        const a = textOf(first, file) ?? '';
        const b = textOf(second, file) ?? '';
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        return `${file} at ${i}:\n  first:  …${a.slice(Math.max(0, i - 120), i + 120)}…\n  second: …${b.slice(Math.max(0, i - 120), i + 120)}…`;
      });
    expect(differing, `files whose bytes differ between the two builds\n${where.join('\n')}`).toEqual([]);
  });
});

describe('the build carries nothing of the machine or the moment it was made on', () => {
  const files = () => filesIn(distDir());

  test('no placeholder host: every absolute link is the address it was built for', () => {
    const found: string[] = [];
    for (const file of files()) {
      const text = textOf(distDir(), file);
      if (text === null) continue;
      if (text.includes('bayu-jinguo.example')) found.push(`${file}: bayu-jinguo.example`);
      // Pagefind's script parses URLs against https://example.com internally; pages, feeds and
      // calendars name no example host at all.
      if (!/\.m?js$/.test(file))
        for (const m of text.matchAll(/https?:\/\/[a-z0-9.-]*example\.(?:org|com|net|cn)\b/g)) found.push(`${file}: ${m[0]}`);
    }
    expect(found).toEqual([]);
    expect(readFileSync(join(distDir(), 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${siteUrl('/sitemap-0.xml')}</loc>`);
  });

  test('no path of the machine it was built on', () => {
    // The checkout, and any absolute path under /root, /home or /tmp (not a web address's path).
    const local = new RegExp(`${ROOT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|(?<![\\w.:/-])/(?:root|home|tmp)/`, 'g');
    const found: string[] = [];
    for (const file of files()) {
      for (const m of textOf(distDir(), file)?.matchAll(local) ?? []) found.push(`${file}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });

  test('no source map, and no script or stylesheet pointing at one', () => {
    const list = files();
    expect(list.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(list.filter((file) => /\.(?:m?js|css)$/.test(file) && /sourceMappingURL/.test(readFileSync(join(distDir(), file), 'utf8')))).toEqual([]);
  });
});
