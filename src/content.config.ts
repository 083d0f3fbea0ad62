/**
 * Wires every collection of src/lib/content-files/collections.ts (its folder or file under
 * content/, how it is written, its schema) to a loader; nothing here names a collection. Every
 * loader runs the content check first (src/lib/content-files), so a mistake stops the build with
 * the same message `npm run check:content` prints. Where a collection's entries may be samples,
 * they are left out when the build runs with SAMPLES=exclude.
 * CONTENT_DIR points the build at another content folder (the build tests use it).
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './lib/content-files/collections';
import { checkedGlob, contentLoader, type TextCollection, type YamlCollection } from './lib/content-files/loaders';
import { withoutSamplesWhenExcluded } from './lib/samples';

const contentDir = process.env.CONTENT_DIR ?? './content';

/** A collection's loader, on the content check (and on the samples switch where entries may be samples). */
function loaderOf(name: CollectionName): Loader {
  const spec = COLLECTIONS[name];
  const loader =
    spec.kind === 'folder' && spec.format !== 'yaml'
      ? checkedGlob(contentDir, name as TextCollection)
      : contentLoader(contentDir, name as YamlCollection);
  return 'samples' in spec && spec.samples ? withoutSamplesWhenExcluded(loader) : loader;
}

/** Each collection as Astro reads it: the type of its schema is the type of its entries. */
type Collections = { [K in CollectionName]: { type: 'content_layer'; loader: Loader; schema: (typeof COLLECTIONS)[K]['schema'] } };

type AnySchema = Parameters<typeof defineCollection>[0]['schema'];

// Built from the list, then typed per collection (TypeScript cannot follow a name through map()).
export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, defineCollection({ loader: loaderOf(name), schema: COLLECTIONS[name].schema as AnySchema })]),
) as unknown as Collections;
