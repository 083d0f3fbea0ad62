/** Every name of the search lexicon that grows with the content, as a link (MoreNames in src/lib/search-lexicon.ts): /search/labels.json */
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site';
import { siteLexicon } from '../../lib/search-names';

export const GET: APIRoute = async () => Response.json(siteLexicon(await loadSite()).moreLabels);
