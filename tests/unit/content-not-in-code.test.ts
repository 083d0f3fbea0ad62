/**
 * One source for each fact: what editors own lives in content/, and the code takes it from there.
 * A brand, action, honour, region or district name written into src/ would silently go stale the
 * day an editor renames or adds one; a year or document number written into src/ would make the
 * site assume one year. This test reads every string and text the code shows or compares (comments
 * left out) and fails on any such name.
 *
 * Examples in messages for editors (“例如 workplan-2021#s2-1”) may name real content: they teach
 * the form of a value and change nothing the site does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import ts from 'typescript';
import { convertToTSX } from '@astrojs/compiler/sync';
import { describe, expect, test } from 'vitest';
import { CONTENT, ROOT } from '../support/paths';

const SRC = join(ROOT, 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.(ts|astro|json)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Every string literal, template part and JSX text of a TypeScript or Astro file, comments left out. */
function texts(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) return Object.values(JSON.parse(source) as Record<string, unknown>).map(String);
  const code = file.endsWith('.astro') ? convertToTSX(source, { filename: file }).code : source;
  const tree = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('.astro') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) out.push(node.text);
    node.forEachChild(visit);
  };
  visit(tree);
  return out;
}

/** Names editors own: brands (with aliases), actions, honours, regions, districts. */
function contentNames(): string[] {
  const folder = (name: string) => readdirSync(join(CONTENT, name)).filter((f) => f.endsWith('.yaml'));
  const yaml = (path: string) => parseYaml(readFileSync(join(CONTENT, path), 'utf8')) as Record<string, unknown>;
  const brands = folder('brands').flatMap((f) => {
    const data = yaml(`brands/${f}`) as { name: string; aliases?: string[] };
    return [data.name, ...(data.aliases ?? [])];
  });
  const actions = folder('actions').flatMap((f) => {
    const data = yaml(`actions/${f}`) as { name: string; shortName: string };
    return [data.name, data.shortName];
  });
  const lists = ['honours.yaml', 'regions.yaml', 'districts.yaml'].flatMap((f) => (yaml(f) as unknown as Array<{ name: string }>).map((e) => e.name));
  return [...new Set([...brands, ...actions, ...lists])];
}

/** A year or a document number of the programme. */
const YEAR_OR_NUMBER = /(?<![\dA-Za-z/\\])20\d\d(?!\d)|〔\d{4}〕\d+号|(?<!\d)\d{1,3}号文?/;

const isEditorExample = (text: string) => text.includes('例如') || text.includes('e.g.');

/**
 * Dates that are facts about this site, not about a programme year: the day the site's own content
 * began (sample stories may not be dated earlier, src/lib/samples.ts).
 */
const SITE_DATES = new Set(['2026-11-22']);

describe('content lives in content/, not in the code', () => {
  const names = contentNames();
  const found = files(SRC).map((file) => ({ file: relative(ROOT, file), texts: texts(file) }));

  test('the names are read from content/ (a sanity check of this test)', () => {
    expect(names.length).toBeGreaterThan(40);
    expect(found.length).toBeGreaterThan(100);
  });

  test('no brand, action, honour, region or district name is written in src/', () => {
    const hits = found.flatMap(({ file, texts }) =>
      texts.flatMap((text) =>
        isEditorExample(text) ? [] : names.filter((name) => text.includes(name)).map((name) => `${file}: “${name}” in “${text.trim().slice(0, 60)}”`),
      ),
    );
    expect(hits).toEqual([]);
  });

  test('no year or document number is written in src/: they come from content/years/ and the notices', () => {
    const hits = found.flatMap(({ file, texts }) =>
      texts.flatMap((text) =>
        isEditorExample(text) || SITE_DATES.has(text) || !YEAR_OR_NUMBER.test(text) ? [] : [`${file}: “${text.trim().slice(0, 80)}”`],
      ),
    );
    expect(hits).toEqual([]);
  });
});
