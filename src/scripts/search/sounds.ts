/**
 * The readings of the index's characters (src/lib/search-lexicon.ts, SearchSounds), fetched once,
 * the first time a query needs them: when it is not found as written and may be a near miss.
 */
import type { SearchSounds } from '../../lib/search-lexicon';
import { readingsOf } from '../../lib/search-suggest';

let loading: Promise<Map<string, Set<string>>> | null = null;

export function loadReadings(url: string): Promise<Map<string, Set<string>>> {
  loading ??= fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<SearchSounds>) : {}))
    .then(readingsOf)
    .catch(() => new Map<string, Set<string>>());
  return loading;
}
