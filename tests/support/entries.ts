/**
 * content/ as the plain entries the model takes (`buildSite()` in src/lib/model/site.ts), read
 * without Astro, for pure tests of the model's checks across files:
 *
 *   const raw = readContent();                       // every collection, as written
 *   setField(entryOf(raw.targets, 'train-women'), 'sources.0.clause', 'workplan-2021#s9-9');
 *   const { problems } = buildSite(siteEntries(raw)); // each entry through its schema first
 *
 * The files are read with the `yaml` package (MDX frontmatter too); `siteEntries` validates each
 * entry with its schema from src/schemas/, which fills in defaults as the build's content
 * collections do. Where each collection lives follows src/content.config.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { parse as parseYaml } from 'yaml';
import type { SiteEntries } from '../../src/lib/model/site';
import { actionSchema } from '../../src/schemas/action';
import { brandSchema } from '../../src/schemas/brand';
import { eventSchema } from '../../src/schemas/event';
import { honourSchema } from '../../src/schemas/honour';
import { districtSchema, regionSchema } from '../../src/schemas/place';
import { policySchema } from '../../src/schemas/policy';
import { pressContactSchema } from '../../src/schemas/press-contact';
import { storySchema } from '../../src/schemas/story';
import { targetSchema } from '../../src/schemas/target';
import { termSchema } from '../../src/schemas/term';
import { yearSchema } from '../../src/schemas/year';
import { splitFrontmatter } from './content';
import { CONTENT, ROOT } from './paths';

/** One entry as written: fields not yet validated (a test may change them first). */
export interface RawEntry {
  id: string;
  /** The file, relative to the project, as the build names it in messages. */
  file: string;
  data: Record<string, unknown>;
  body?: string;
}

export type RawContent = Record<keyof SiteEntries, RawEntry[]>;

/** Stands in for Astro's image(): the path as written (the model only reads captions and credits). */
const image = (() => z.string()) as unknown as SchemaContext['image'];

/** Where each collection lives and its schema, as src/content.config.ts wires them. */
const COLLECTIONS: { [K in keyof SiteEntries]: { folder: string; format: 'yaml' | 'mdx' } | { list: string } } = {
  years: { folder: 'years', format: 'yaml' },
  policies: { folder: 'policies', format: 'mdx' },
  actions: { folder: 'actions', format: 'yaml' },
  brands: { folder: 'brands', format: 'yaml' },
  targets: { folder: 'targets', format: 'yaml' },
  terms: { folder: 'terms', format: 'yaml' },
  regions: { list: 'regions.yaml' },
  districts: { list: 'districts.yaml' },
  honours: { list: 'honours.yaml' },
  pressContacts: { list: 'media.yaml' },
  events: { folder: 'events', format: 'yaml' },
  stories: { folder: 'stories', format: 'mdx' },
};

const SCHEMAS: { [K in keyof SiteEntries]: z.ZodType<SiteEntries[K][number]['data']> } = {
  years: yearSchema,
  policies: policySchema,
  actions: actionSchema,
  brands: brandSchema,
  targets: targetSchema,
  terms: termSchema,
  regions: regionSchema,
  districts: districtSchema,
  honours: honourSchema,
  pressContacts: pressContactSchema,
  events: eventSchema,
  stories: storySchema({ image } as SchemaContext),
};

const fileOf = (path: string) => relative(ROOT, path).split(sep).join('/');
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readCollection(contentDir: string, name: keyof SiteEntries): RawEntry[] {
  const where = COLLECTIONS[name];
  if ('list' in where) {
    const path = join(contentDir, where.list);
    const items: unknown = parseYaml(readFileSync(path, 'utf8'));
    if (!Array.isArray(items)) throw new Error(`${fileOf(path)} is not a list`);
    return items.map((item: unknown) => {
      if (!isRecord(item) || typeof item.id !== 'string') throw new Error(`${fileOf(path)}: an item without an id`);
      return { id: item.id, file: fileOf(path), data: item };
    });
  }
  const dir = join(contentDir, where.folder);
  return (
    readdirSync(dir)
      // Files starting with _ are templates (content/events/_example.yaml), never entries.
      .filter((name) => name.endsWith(`.${where.format}`) && !name.startsWith('_'))
      .sort()
      .map((name) => {
        const path = join(dir, name);
        const source = readFileSync(path, 'utf8');
        const { data, body } = where.format === 'mdx' ? splitFrontmatter(source) : { data: parseYaml(source) as unknown, body: undefined };
        if (!isRecord(data)) throw new Error(`${fileOf(path)} has no fields`);
        return { id: basename(name, `.${where.format}`), file: fileOf(path), data, ...(body === undefined ? {} : { body }) };
      })
  );
}

/** Every collection of a content folder (default: the project's content/), as written. */
export function readContent(contentDir = CONTENT): RawContent {
  const names = Object.keys(COLLECTIONS) as Array<keyof SiteEntries>;
  return Object.fromEntries(names.map((name) => [name, readCollection(contentDir, name)])) as RawContent;
}

/** Each entry through its schema (defaults filled in); a field that fails its schema throws, naming file and field. */
export function siteEntries(raw: RawContent): SiteEntries {
  const validate = <K extends keyof SiteEntries>(name: K): SiteEntries[K] =>
    raw[name].map((entry) => {
      const result = SCHEMAS[name].safeParse(entry.data);
      if (!result.success) {
        const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
        throw new Error(`${entry.file} does not match its schema: ${issues}`);
      }
      return { id: entry.id, file: entry.file, data: result.data, body: entry.body };
    }) as SiteEntries[K];
  const names = Object.keys(COLLECTIONS) as Array<keyof SiteEntries>;
  return Object.fromEntries(names.map((name) => [name, validate(name)])) as unknown as SiteEntries;
}

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
