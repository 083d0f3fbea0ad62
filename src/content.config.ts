/**
 * Wires each content collection to its folder under content/ and its schema in src/schemas/.
 * CONTENT_DIR points the build at another content folder (the bad-content tests use it).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { policySchema } from './schemas/policy';
import { districtSchema } from './schemas/district';

const contentDir = process.env.CONTENT_DIR ?? './content';

const policies = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/policies` }),
  schema: policySchema,
});

const districts = defineCollection({
  loader: file(`${contentDir}/districts.yaml`),
  schema: districtSchema,
});

export const collections = { policies, districts };
