/** The names of the search lexicon that grow with the content and have forms (MoreNames in src/lib/search-lexicon.ts): /search/names.json */
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site';
import { siteLexicon } from '../../lib/search-names';

export const GET: APIRoute = async () => Response.json(siteLexicon(await loadSite()).moreNames);
