/**
 * The edge between Astro and the model: reads every content collection once per build, hands the
 * plain entries to the model (src/lib/model/site.ts) and stops the build with every problem found.
 * Pages and components get everything from `loadSite()`; nothing else calls getCollection.
 */
import { getCollection, getEntry, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { throwIfAny } from '../lib/content-error';
import { checkContent } from '../lib/content-files';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../lib/content-files/collections';
import { buildSite, type Site, type SiteEntries } from '../lib/model/site';
import type { Entry } from '../lib/model/entries';

async function entries<K extends CollectionKey & CollectionName>(name: K): Promise<Entry<CollectionEntry<K>['data']>[]> {
  const spec = COLLECTIONS[name];
  return (await getCollection(name)).map((entry) => ({
    id: entry.id,
    file: entry.filePath ?? `content/${spec.kind === 'list' ? spec.file : spec.folder}`,
    data: entry.data,
    body: 'body' in entry && typeof entry.body === 'string' ? entry.body : undefined,
  }));
}

let site: Promise<Site> | undefined;

/** The site's model, loaded and checked once per build. */
export function loadSite(): Promise<Site> {
  site ??= (async () => {
    // Every collection of the list (src/lib/content-files/collections.ts), as the content check reads them.
    const all = Object.fromEntries(
      await Promise.all(COLLECTION_NAMES.map(async (name) => [name, await entries(name)] as const)),
    ) as unknown as SiteEntries;
    const { site: built, problems } = buildSite(all);
    if (problems.length > 0) {
      // The content check finds the same problems and knows their lines: the build says what
      // `npm run check:content` says.
      const check = await checkContent(process.env.CONTENT_DIR ?? 'content');
      throwIfAny(check.errors.length > 0 ? check.errors : problems);
    }
    return built;
  })();
  return site;
}

/** A story's body, rendered (the one thing the model cannot do without Astro). */
export async function renderStory(id: string) {
  // getEntry looks the story up by id; searching getCollection() would cost every story page a pass over all stories.
  const entry = await getEntry('stories', id);
  if (!entry) throw new Error(`no story ${id}`);
  return render(entry);
}
