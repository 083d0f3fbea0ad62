/**
 * The content check (`npm run check:content`, and the build's loaders) over a copy of content/
 * with one editor's mistake in it: every message names the file, the line where there is one, the
 * field, and how to fix it, in Chinese. Harmless differences (CRLF, a BOM, spaces at line ends)
 * change nothing. The mistakes are listed in tests/support/content-mistakes.ts.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent, type ContentEntries } from '../../src/lib/content-files/check';
import { lineOf, MISTAKES } from '../support/content-mistakes';
import { guideExamples } from '../support/guide';
import { CONTENT } from '../support/paths';

const scratch = mkdtempSync(join(tmpdir(), 'bayu-content-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let copies = 0;
/** A fresh copy of content/, in a folder named content (messages name files content/…). */
function copyOfContent(): string {
  const dir = join(scratch, String(copies++), 'content');
  cpSync(CONTENT, dir, { recursive: true });
  return dir;
}

/** Every .yaml, .md and .mdx file under a folder, but the editors' guides (README.md). */
function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => /\.(yaml|mdx?)$/.test(path) && basename(path) !== 'README.md' && statSync(path).isFile());
}

/** The entries without their absolute paths, for comparing two copies. */
function comparable(entries: ContentEntries) {
  return Object.fromEntries(
    Object.entries(entries).map(([name, list]) => [name, list.map(({ path: _, lines, ...rest }) => ({ ...rest, lines: [...lines] }))]),
  );
}

test('the content folder itself has no problems', async () => {
  const { errors, entries } = await checkContent(CONTENT);
  expect(errors.map((e) => e.message)).toEqual([]);
  expect(entries.policies.length).toBeGreaterThan(0);
  expect(entries.events.every((e) => typeof e.raw.updated === 'string')).toBe(true);
});

describe('each mistake is told with the file, the line, the field and the fix', () => {
  test.for(MISTAKES.filter((m) => !m.crossCheck).map((m) => [m.name, m] as const))('%s', async ([, mistake]) => {
    const content = copyOfContent();
    await mistake.apply(content);
    const { errors } = await checkContent(content);
    const { expected } = mistake;
    const messages = errors.map((e) => e.message).join('\n');
    expect(errors, messages).toHaveLength(mistake.count ?? 1);

    const error = errors.find((e) => e.file === expected.file && e.field === expected.field);
    expect(error, `no message names ${expected.file} → ${expected.field}:\n${messages}`).toBeDefined();
    if (!error) return;
    const file = expected.file.replace(/^content\//, '');
    expect(error.line).toBe(expected.at === undefined ? undefined : lineOf(content, file, expected.at));
    if (expected.problem) expect(error.problem).toMatch(expected.problem);
    expect(error.fix).toMatch(expected.fix);
    // The message reads: file → field（第 N 行）：problem。修改方法：fix, in Chinese.
    const line = error.line === undefined ? '' : `（第 ${error.line} 行）`;
    expect(error.message.startsWith(`${expected.file} → ${expected.field}${line}：`)).toBe(true);
    expect(error.problem).toMatch(/[\u4e00-\u9fff]/);
    expect(error.fix).toMatch(/[\u4e00-\u9fff]/);
    expect(error.message).toContain(`。修改方法：${error.fix}`);
    // The editors' guide shows this message as the program prints it.
    const stale = 'content/README.md is out of date: run `node_modules/.bin/node --import tsx scripts/update-guide.ts`';
    for (const example of guide.filter((e) => e.name === mistake.name))
      expect(
        errors.map((e) => e.message),
        stale,
      ).toContain(example.message);
  });
});

const guide = guideExamples();

test('a story’s text may hold “<”, “>”, “{” and “}” as plain text', async () => {
  const content = copyOfContent();
  const story = join(content, 'stories/sample-youyang-livestream.md');
  const text = '月收入<5000元的家庭，年收入>3万元；见{附件}，花括号{没有配对，x < y。';
  writeFileSync(story, readFileSync(story, 'utf8').replace(/^(## 丰收时节)$/m, `$1\n\n${text}`));
  const { errors, entries } = await checkContent(content);
  expect(errors.map((e) => e.message)).toEqual([]);
  expect(entries.stories.find((s) => s.id === 'sample-youyang-livestream')?.body).toContain(text);
});

test('every example in the editors’ guide is a mistake the tests make', () => {
  expect(guide.length).toBeGreaterThan(20);
  const names = new Set(MISTAKES.map((m) => `${m.crossCheck ? 'build' : 'case'}: ${m.name}`));
  expect(guide.map((e) => `${e.kind}: ${e.name}`).filter((name) => !names.has(name))).toEqual([]);
});

describe('harmless differences change nothing', () => {
  const transforms: Array<[string, (text: string) => string]> = [
    ['Windows line endings (CRLF)', (text) => text.replace(/\n/g, '\r\n')],
    ['a byte order mark (BOM)', (text) => `\uFEFF${text}`],
    ['spaces and tabs at the ends of lines', (text) => text.replace(/\n/g, '  \t\n')],
  ];
  test.for(transforms)('%s', async ([, transform]) => {
    const original = await checkContent(CONTENT);
    const content = copyOfContent();
    for (const path of textFiles(content)) writeFileSync(path, transform(readFileSync(path, 'utf8')));
    const changed = await checkContent(content);
    expect(changed.errors.map((e) => e.message)).toEqual([]);
    expect(comparable(changed.entries)).toEqual(comparable(original.entries));
  });
});
