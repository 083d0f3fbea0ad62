/**
 * Wires each content collection to its folder under content/ and its schema in src/schemas/.
 * CONTENT_DIR points the build at another content folder (the bad-content tests use it).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { policySchema } from './schemas/policy';

const contentDir = process.env.CONTENT_DIR ?? './content';

const policies = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/policies` }),
  schema: policySchema,
});

export const collections = { policies };
