/**
 * Bad content fails the build with a message an editor can act on: each case copies content/,
 * injects one fault, builds with CONTENT_DIR pointing at the copy, and expects the build to fail
 * with output that names the file and the field at fault.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { buildFixture, copyContent } from '../support/build';

interface Case {
  name: string;
  /** File to change, relative to content/. */
  file: string;
  /** Turns the file's source into the faulty source (must change it). */
  fault: (source: string) => string;
  /** What the build output must name: the file and the field (and the bad value, where useful). */
  expected: RegExp[];
}

/** Replaces exactly one occurrence, so that a case cannot silently stop injecting its fault. */
function replaceOnce(source: string, search: string | RegExp, replacement: string): string {
  const count = typeof search === 'string' ? source.split(search).length - 1 : [...source.matchAll(new RegExp(search, 'gm'))].length;
  if (count !== 1) throw new Error(`fault not injected: ${String(search)} occurs ${count} times`);
  return source.replace(search, replacement);
}

const CASES: Case[] = [
  {
    name: 'missing field: a notice without docNumber',
    file: 'policies/yufufa-2021-12.mdx',
    fault: (s) => replaceOnce(s, /^docNumber: .*\n/m, ''),
    expected: [/yufufa-2021-12(\.mdx)?/, /docNumber/],
  },
  {
    name: 'wrong date format: dateWritten written 2021年4月8日',
    file: 'policies/yufufa-2021-12.mdx',
    fault: (s) => replaceOnce(s, /^dateWritten: .*$/m, 'dateWritten: 2021年4月8日'),
    expected: [/yufufa-2021-12(\.mdx)?/, /dateWritten/, /YYYY-MM-DD/],
  },
  {
    name: 'wrong date: dateWritten 2021-13-01 (no 13th month)',
    file: 'policies/yufufa-2021-13.mdx',
    fault: (s) => replaceOnce(s, /^dateWritten: .*$/m, 'dateWritten: 2021-13-01'),
    expected: [/yufufa-2021-13(\.mdx)?/, /dateWritten/, /2021-13-01/],
  },
  {
    name: 'unknown reference: a text whose notice is yufufa-2099-1',
    file: 'policies/green-living.mdx',
    fault: (s) => replaceOnce(s, /^notice: .*$/m, 'notice: "yufufa-2099-1"'),
    expected: [/green-living\.mdx/, /\bnotice\b/, /yufufa-2099-1/],
  },
  {
    name: 'unknown reference: an erratum where s99',
    file: 'policies/chengyu-circle.mdx',
    fault: (s) => replaceOnce(s, /^ {2}- where: "s2-1-3"$/m, '  - where: "s99"'),
    expected: [/chengyu-circle\.mdx/, /errata\[0\]\.where/, /s99/],
  },
  {
    name: 'duplicate id: two clauses numbered the same in a body',
    file: 'policies/chengyu-circle.mdx',
    // 二、（一）2. printed twice: the second one duplicates the clause id s2-1-2.
    fault: (s) => replaceOnce(s, /^(2\.开展政策宣传。.*)$/m, '$1\n\n$1'),
    expected: [/chengyu-circle\.mdx/, /\bbody\b/, /第 \d+ 行/],
  },
  {
    name: 'duplicate id: a district listed twice in districts.yaml',
    file: 'districts.yaml',
    fault: (s) => replaceOnce(s, /^(- \{ id: wanzhou,.*)$/m, '$1\n- { id: wanzhou, name: 万州区（重复）, kind: 区, region: northeast }'),
    expected: [/districts\.yaml/, /\bid\b/, /wanzhou/],
  },
  {
    name: 'broken MDX: an unclosed JSX tag in a policy body',
    file: 'policies/entrepreneurship.mdx',
    fault: (s) => replaceOnce(s, /^(1\.培育创业创新理念。.*)$/m, '<Foo\n\n$1'),
    // MDX itself rejects the tag before our parser sees it; either way the message names the file and line.
    expected: [/entrepreneurship\.mdx(:\d+|[^\n]*第 \d+ 行)/],
  },
];

describe('bad content fails the build and says where', () => {
  test.concurrent.for(CASES.map((c, i) => [c.name, i, c] as const))('%s', async ([, index, { file, fault, expected }], { expect }) => {
    const content = await copyContent(`bad-content-${index}`);
    const path = join(content, file);
    const source = await readFile(path, 'utf8');
    const faulty = fault(source);
    expect(faulty).not.toBe(source);
    await writeFile(path, faulty);

    const result = await buildFixture(content);
    expect(result.ok, `the build should fail, but it succeeded:\n${result.output.slice(-2000)}`).toBe(false);
    const unmet = expected.filter((pattern) => !pattern.test(result.output));
    expect(unmet.map(String).join(' ') + (unmet.length ? `\n--- build output ---\n${result.output.slice(-3000)}` : '')).toBe('');
  });
});
