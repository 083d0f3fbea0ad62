/**
 * Wires each content collection to its folder under content/ and its schema in src/schemas/ (the
 * folders and schemas are listed once, in src/lib/content-files/collections.ts). Every loader runs
 * the content check first (src/lib/content-files), so a mistake stops the build with the same
 * message `npm run check:content` prints.
 * CONTENT_DIR points the build at another content folder (the build tests use it).
 */
import { defineCollection } from 'astro:content';
import { COLLECTIONS } from './lib/content-files/collections';
import { checkedGlob, contentLoader } from './lib/content-files/loaders';
import { withoutSamplesWhenExcluded } from './lib/samples';

const contentDir = process.env.CONTENT_DIR ?? './content';

// Programme years: which notices and work plan belong to each year.
const years = defineCollection({ loader: contentLoader(contentDir, 'years'), schema: COLLECTIONS.years.schema });
const policies = defineCollection({ loader: checkedGlob(contentDir, 'policies'), schema: COLLECTIONS.policies.schema });

// Stories (issue 5): sample stories are left out when the build runs with SAMPLES=exclude.
const stories = defineCollection({
  loader: withoutSamplesWhenExcluded(checkedGlob(contentDir, 'stories')),
  schema: COLLECTIONS.stories.schema,
});

const regions = defineCollection({ loader: contentLoader(contentDir, 'regions'), schema: COLLECTIONS.regions.schema });
const honours = defineCollection({ loader: contentLoader(contentDir, 'honours'), schema: COLLECTIONS.honours.schema });
const districts = defineCollection({ loader: contentLoader(contentDir, 'districts'), schema: COLLECTIONS.districts.schema });
const pressContacts = defineCollection({ loader: contentLoader(contentDir, 'pressContacts'), schema: COLLECTIONS.pressContacts.schema });

// Actions, brands, targets and terms (issue 3): one YAML file per entry, the file name is its id.
const actions = defineCollection({ loader: contentLoader(contentDir, 'actions'), schema: COLLECTIONS.actions.schema });
const brands = defineCollection({ loader: contentLoader(contentDir, 'brands'), schema: COLLECTIONS.brands.schema });
const targets = defineCollection({ loader: contentLoader(contentDir, 'targets'), schema: COLLECTIONS.targets.schema });
const terms = defineCollection({ loader: contentLoader(contentDir, 'terms'), schema: COLLECTIONS.terms.schema });

// Events calendar (issue 4): one YAML file per entry; files starting with _ (the example) are checked, not published.
const events = defineCollection({ loader: contentLoader(contentDir, 'events'), schema: COLLECTIONS.events.schema });

export const collections = { years, policies, regions, districts, honours, stories, pressContacts, actions, brands, targets, terms, events };
