/**
 * content/ as the content check reads it (src/lib/content-files), for pure tests of the model's
 * checks across files: take the entries as written, inject a fault, and get the problems the build
 * would stop on, with the line of their field where the file has it.
 *
 *   const raw = await readContent();                  // a fresh copy of every entry, as written
 *   setField(entryOf(raw.targets, 'train-women'), 'sources.0.clause', 'workplan-2021#s9-9');
 *   const problems = await problemsOf(raw);           // schemas, buildSite(), lines placed
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import type { ContentError } from '../../src/lib/content-error';
import { checkContent, placeProblems, siteEntries } from '../../src/lib/content-files/check';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../src/lib/content-files/collections';
import { buildSite, type Site, type SiteEntries } from '../../src/lib/model/site';
import { lineOf } from './content-mistakes';
import { CONTENT } from './paths';

/** One entry as written: fields not yet validated (a test may change them first). */
export interface RawEntry {
  id: string;
  /** The file as the build names it in messages, e.g. content/events/womens-day.yaml. */
  file: string;
  data: Record<string, unknown>;
  body?: string;
}

export type RawContent = Record<CollectionName, RawEntry[]>;

/** content/ read and checked once per test file; it must have no problem of its own. */
const checked = checkContent(CONTENT).then((check) => {
  if (check.errors.length > 0) throw new Error(`content/ has problems:\n${check.errors.map((e) => e.message).join('\n')}`);
  return check;
});

/** Every collection of content/, as written: a fresh copy for each call. */
export async function readContent(): Promise<RawContent> {
  const { entries } = await checked;
  const copy = (name: CollectionName) =>
    entries[name].map(({ id, file, raw, body }) => ({ id, file, data: structuredClone(raw), ...(body === undefined ? {} : { body }) }));
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, copy(name)])) as RawContent;
}

/** The site built from content/ as it is, to find what a case changes. */
export async function contentSite(): Promise<Site> {
  return buildSite(siteEntries((await checked).entries)).site;
}

/** Stands in for Astro's image(): the path as written (the model only reads captions and credits). */
const image = (() => z.string()) as unknown as SchemaContext['image'];

/**
 * The problems the build stops on for this content: each entry through its schema (a field that
 * fails it throws, naming file and field: such mistakes are the content check's, tested in
 * tests/unit/content-check.test.ts), then the model's checks, each placed on the line of its field
 * where content/ has it.
 */
export async function problemsOf(raw: RawContent): Promise<ContentError[]> {
  const validate = (name: CollectionName) => {
    const spec = COLLECTIONS[name];
    const schema = typeof spec.schema === 'function' ? spec.schema({ image } as SchemaContext) : spec.schema;
    return raw[name].map((entry) => {
      const result = z.safeParse(schema, entry.data);
      if (!result.success) {
        const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
        throw new Error(`${entry.file} does not match its schema: ${issues}`);
      }
      return { id: entry.id, file: entry.file, data: result.data, body: entry.body };
    });
  };
  const entries = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, validate(name)])) as unknown as SiteEntries;
  return placeProblems(buildSite(entries).problems, (await checked).entries);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The entry with this id; throws when there is none, so that a fault cannot miss its target. */
export function entryOf(entries: readonly RawEntry[], id: string): RawEntry {
  const found = entries.find((entry) => entry.id === id);
  if (!found) throw new Error(`no entry ${id} (fault not injected)`);
  return found;
}

/**
 * Sets a field, given as a dotted path (`sources.0.clause`), to a new value. Every part of the
 * path but the last must exist, and the value must change: a fault that finds nothing to change
 * throws instead of silently testing the unchanged content.
 */
export function setField(entry: RawEntry, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let target: unknown = entry.data;
  for (const key of keys) {
    target = isRecord(target) || Array.isArray(target) ? (target as Record<string, unknown>)[key] : undefined;
    if (target === undefined) throw new Error(`${entry.file}: no field ${path} (fault not injected)`);
  }
  if (!isRecord(target) && !Array.isArray(target)) throw new Error(`${entry.file}: ${path} is not inside an object or list`);
  const parent = target as Record<string, unknown>;
  if (JSON.stringify(parent[last]) === JSON.stringify(value)) throw new Error(`${entry.file}: ${path} is already ${JSON.stringify(value)}`);
  parent[last] = value;
}

/** The message an editor must get for a fault. */
export interface ExpectedProblem {
  /** The file named, e.g. content/targets/train-women.yaml. */
  file: string;
  /** The field named, e.g. sources[0].clause. */
  field: string;
  /** The line: the first line of the file in content/ holding this text; absent for a new file or field. */
  at?: string;
  /** Words of what is wrong. */
  problem: RegExp;
  /** Words of how to fix it. */
  fix: RegExp;
}

/**
 * '' when one of the problems names the file, the field and the line, says what is wrong and how
 * to fix it, and reads `file → field（第 N 行）：problem。修改方法：fix`; else what is missing.
 */
export function mismatch(problems: readonly ContentError[], expected: ExpectedProblem): string {
  const all = problems.map((p) => p.message).join('\n');
  const found = problems.find((p) => p.file === expected.file && p.field === expected.field);
  if (!found) return `no problem names ${expected.file} → ${expected.field}:\n${all}`;
  const line = expected.at === undefined ? undefined : lineOf(CONTENT, expected.file.replace(/^content\//, ''), expected.at);
  const wrong: string[] = [];
  if (found.line !== line) wrong.push(`line ${String(found.line)}, not ${String(line)}`);
  if (!expected.problem.test(found.problem)) wrong.push(`the problem does not match ${String(expected.problem)}`);
  if (!expected.fix.test(found.fix)) wrong.push(`the fix does not match ${String(expected.fix)}`);
  const head = `${expected.file} → ${expected.field}${line === undefined ? '' : `（第 ${line} 行）`}：`;
  if (!found.message.startsWith(head) || !found.message.endsWith(`。修改方法：${found.fix}`)) wrong.push(`it does not read ${head}…。修改方法：…`);
  return wrong.length === 0 ? '' : `${found.message}: ${wrong.join('; ')}`;
}
