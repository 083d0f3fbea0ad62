/** Every name of the search lexicon that grows with the content (MoreNames in src/lib/search-lexicon.ts): /search/names.json */
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site';
import { siteLexicon } from '../../lib/search-names';

export const GET: APIRoute = async () => Response.json(siteLexicon(await loadSite()).moreNames);
