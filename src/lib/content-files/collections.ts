/**
 * Where each collection's files live under content/, how they are written and which schema they
 * follow: the one list both the content check (`npm run check:content`) and the build
 * (src/content.config.ts, src/data/site.ts) read. A new collection is added here, and the model
 * (src/lib/model/site.ts) says what it means.
 */
import type { SchemaContext } from 'astro:content';
import type { z } from 'astro/zod';
import { actionSchema } from '../../schemas/action';
import { brandSchema } from '../../schemas/brand';
import { districtSchema, regionSchema } from '../../schemas/place';
import { honourSchema } from '../../schemas/honour';
import { yearSchema } from '../../schemas/year';
import { eventSchema } from '../../schemas/event';
import { policySchema } from '../../schemas/policy';
import { pressContactSchema } from '../../schemas/press-contact';
import { storySchema } from '../../schemas/story';
import { targetSchema } from '../../schemas/target';
import { termSchema } from '../../schemas/term';

type Schema = z.core.$ZodType;

interface Common {
  /** Where the fields are explained for editors (named in messages). */
  guide: string;
}

/** One file per entry in a folder; the file name (without extension) is the id. */
export interface FolderSpec<S> extends Common {
  kind: 'folder';
  /** Folder under content/. */
  folder: string;
  /**
   * How an entry is written, which is its file's extension: `yaml`, fields only; `md`, fields and a
   * Markdown text (a story); `mdx`, fields and a policy text parsed into clauses.
   */
  format: 'yaml' | 'md' | 'mdx';
  schema: S;
  /** Files starting with `_` are templates to copy: checked like the others, never published. */
  templates?: boolean;
  /** A subfolder holding the entries' images (stories/images). */
  images?: string;
  /** Entries may be samples (`sample: true`), left out of a build with SAMPLES=exclude (src/lib/samples.ts). */
  samples?: boolean;
}

/** One YAML file holding a list of entries, each with an `id` field. */
export interface ListSpec<S> extends Common {
  kind: 'list';
  /** File under content/. */
  file: string;
  schema: S;
}

export type CollectionSpec = FolderSpec<Schema | ((context: SchemaContext) => Schema)> | ListSpec<Schema>;

/** Image formats a story image may have (JPEG or PNG, as src/schemas/story.ts says). */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png'] as const;
/** The narrowest master a story image may have (src/schemas/story.ts). */
export const MIN_IMAGE_WIDTH = 1200;

export const COLLECTIONS = {
  years: { kind: 'folder', folder: 'years', format: 'yaml', schema: yearSchema, guide: 'src/schemas/year.ts' },
  policies: {
    kind: 'folder',
    folder: 'policies',
    format: 'mdx',
    schema: policySchema,
    guide: 'content/README.md 和 src/schemas/policy.ts',
  },
  stories: {
    kind: 'folder',
    folder: 'stories',
    format: 'md',
    images: 'images',
    samples: true,
    schema: storySchema,
    guide: 'content/stories/README.md',
  },
  actions: { kind: 'folder', folder: 'actions', format: 'yaml', schema: actionSchema, guide: 'src/schemas/action.ts' },
  brands: { kind: 'folder', folder: 'brands', format: 'yaml', schema: brandSchema, guide: 'src/schemas/brand.ts' },
  targets: { kind: 'folder', folder: 'targets', format: 'yaml', schema: targetSchema, guide: 'src/schemas/target.ts' },
  terms: { kind: 'folder', folder: 'terms', format: 'yaml', schema: termSchema, guide: 'src/schemas/term.ts' },
  events: { kind: 'folder', folder: 'events', format: 'yaml', templates: true, schema: eventSchema, guide: 'content/events/README.md' },
  regions: { kind: 'list', file: 'regions.yaml', schema: regionSchema, guide: 'content/regions.yaml 开头的说明' },
  honours: { kind: 'list', file: 'honours.yaml', schema: honourSchema, guide: 'content/honours.yaml 开头的说明' },
  districts: { kind: 'list', file: 'districts.yaml', schema: districtSchema, guide: 'content/districts.yaml 开头的说明' },
  pressContacts: { kind: 'list', file: 'media.yaml', schema: pressContactSchema, guide: 'content/media.yaml 开头的说明' },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
