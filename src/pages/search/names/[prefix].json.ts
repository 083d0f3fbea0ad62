/** The names of the search lexicon a Latin-letter query with this prefix may spell (spellingShards): /search/names/by.json */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site';
import { siteLexicon } from '../../../lib/search-names';
import type { NameShard } from '../../../lib/search-lexicon';

export const getStaticPaths = (async () => {
  const { shards } = siteLexicon(await loadSite());
  return Object.entries(shards).map(([prefix, shard]) => ({ params: { prefix }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json((props as { shard: NameShard }).shard);
