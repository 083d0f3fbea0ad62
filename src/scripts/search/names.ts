/**
 * The search lexicon in the browser: the names the page carries, and the names that grow with the
 * content (MoreNames in src/lib/search-lexicon.ts), fetched the first time a query needs them — the
 * few a Latin-letter query may spell, those with forms for “did you mean”, all of them as links for
 * the nearest names when nothing is found — and kept for the visit (the browser revalidates them on
 * the next). A file that cannot be fetched counts as no names: the search goes on with those it has.
 */
import {
  MORE_LABELS_PATH,
  MORE_NAMES_PATH,
  spellingShardPath,
  type LexiconLabel,
  type LexiconName,
  type MoreNames,
  type NameShard,
  type SearchLexicon,
} from '../../lib/search-lexicon';
import { spellingPrefixes } from '../../lib/search-rewrite';

export interface Lexicon {
  /** The lexicon a query is read with: the page's, with the names its Latin-letter words may spell. */
  forQuery: (query: string) => Promise<SearchLexicon>;
  /** Every name with its forms, the page's first (for “did you mean”). */
  names: () => Promise<LexiconName[]>;
  /** Every name as a link, the page's first (for the nearest names). */
  labels: () => Promise<LexiconLabel[]>;
}

const files = new Map<string, Promise<unknown>>();

function load<T>(url: string, none: T): Promise<T> {
  let file = files.get(url) as Promise<T> | undefined;
  if (!file) {
    file = fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<T>) : none))
      .catch(() => none);
    files.set(url, file);
  }
  return file;
}

export function lexicon(page: SearchLexicon, more: MoreNames): Lexicon {
  let all: Promise<LexiconName[]> | null = null;
  const names = () => (all ??= load<LexiconName[]>(MORE_NAMES_PATH, []).then((found) => [...page.names, ...found]));
  return {
    names,
    labels: () => load<LexiconLabel[]>(MORE_LABELS_PATH, []).then((found) => [...page.names, ...found]),
    async forQuery(query) {
      const prefixes = spellingPrefixes(query, page, more.prefixes);
      if (prefixes.length === 0) return page;
      if (all) return { ...page, names: await all };
      const shards = await Promise.all(prefixes.map((prefix) => load<NameShard>(spellingShardPath(prefix), [])));
      const spelt = new Map(shards.flat());
      const found = [...spelt.keys()].sort((a, b) => a - b).map((at) => spelt.get(at) as LexiconName);
      return { ...page, names: [...page.names, ...found] };
    },
  };
}
