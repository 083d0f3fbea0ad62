/**
 * Wires each content collection to its folder under content/ and its schema in src/schemas/.
 * CONTENT_DIR points the build at another content folder (the bad-content tests use it).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { checkedFile } from './data/checked-file';
import { policySchema } from './schemas/policy';
import { districtSchema, regionSchema } from './schemas/place';
import { honourSchema } from './schemas/honour';
import { yearSchema } from './schemas/year';
import { storySchema } from './schemas/story';
import { pressContactSchema } from './schemas/press-contact';
import { withoutSamplesWhenExcluded } from './lib/samples';
import { actionSchema } from './schemas/action';
import { brandSchema } from './schemas/brand';
import { targetSchema } from './schemas/target';
import { termSchema } from './schemas/term';
import { eventSchema } from './schemas/event';

const contentDir = process.env.CONTENT_DIR ?? './content';

// Programme years: which notices and work plan belong to each year.
const years = defineCollection({ loader: glob({ pattern: '*.yaml', base: `${contentDir}/years` }), schema: yearSchema });

const policies = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/policies` }),
  schema: policySchema,
});

// checkedFile: like file(), but a duplicate id or unreadable YAML fails the build (file() only warns).
const districts = defineCollection({
  loader: checkedFile(`${contentDir}/districts.yaml`),
  schema: districtSchema,
});

const regions = defineCollection({
  loader: checkedFile(`${contentDir}/regions.yaml`),
  schema: regionSchema,
});

const honours = defineCollection({
  loader: checkedFile(`${contentDir}/honours.yaml`),
  schema: honourSchema,
});

// Stories (issue 5): sample stories are left out when the build runs with SAMPLES=exclude.
const stories = defineCollection({
  loader: withoutSamplesWhenExcluded(glob({ pattern: '*.mdx', base: `${contentDir}/stories` })),
  schema: storySchema,
});

const pressContacts = defineCollection({
  loader: file(`${contentDir}/media.yaml`),
  schema: pressContactSchema,
});

// Actions, brands, targets and terms (issue 3): one YAML file per entry, the file name is its id.
const actions = defineCollection({ loader: glob({ pattern: '*.yaml', base: `${contentDir}/actions` }), schema: actionSchema });
const brands = defineCollection({ loader: glob({ pattern: '*.yaml', base: `${contentDir}/brands` }), schema: brandSchema });
const targets = defineCollection({ loader: glob({ pattern: '*.yaml', base: `${contentDir}/targets` }), schema: targetSchema });
const terms = defineCollection({ loader: glob({ pattern: '*.yaml', base: `${contentDir}/terms` }), schema: termSchema });

// Events calendar (issue 4): one YAML file per entry; files starting with _ (the example) are skipped.
const events = defineCollection({ loader: glob({ pattern: '[!_]*.yaml', base: `${contentDir}/events` }), schema: eventSchema });

export const collections = { years, policies, regions, districts, honours, stories, pressContacts, actions, brands, targets, terms, events };
