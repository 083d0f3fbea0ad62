/**
 * Runs one search for a state: the query as the reader typed it is normalised and rewritten
 * (traditional → simplified, pinyin → names, document numbers, src/lib/search-rewrite.ts), handed
 * to Pagefind, pages holding it as a phrase put first, the first page of results re-ranked
 * (src/lib/search-query.ts) and their data fetched. Facet counts are computed on request only
 * (`counts`), since they need Pagefind's filter data. No DOM here.
 */
import { PAGE_SIZE, compact, normaliseQuery, phraseFirst, phraseSearchable, rerank, searchTerm, type NormalisedQuery } from '../../lib/search-query';
import { facetCountFilters, hasFilters, pagefindFilters, pagefindSort, type SearchState } from '../../lib/search-state';
import { rewriteQuery, type CharTable, type RewrittenQuery } from '../../lib/search-rewrite';
import type { SearchLexicon } from '../../lib/search-lexicon';
import type { FilterCounts, Pagefind, PagefindResult, ResultData } from './pagefind';

export interface SearchContext {
  lexicon: SearchLexicon;
  table: CharTable;
  hasSegmenter: boolean;
}

/** What one search found. */
export interface SearchRun {
  state: SearchState;
  /** The query as typed, normalised (what the status line quotes when nothing was rewritten). */
  typed: NormalisedQuery;
  /** The query as searched, with what was read differently; null without a query. */
  rewritten: RewrittenQuery | null;
  /** The term handed to Pagefind (null: filters only). */
  term: string | null;
  /** Every result, in the order shown. */
  results: PagefindResult[];
  /** The data of a result, fetched once per run. */
  dataOf: (result: PagefindResult) => Promise<ResultData>;
  /** The data of the first PAGE_SIZE results, fetched. */
  firstPage: ResultData[];
  /** Whether some shown result holds the searched query as written (false: it only partly matches). */
  phraseFound: boolean;
}

/** The text searched: the rewritten query, or '' for none. */
export const searchedText = (run: SearchRun): string => run.rewritten?.text ?? '';

export async function runSearch(pf: Pagefind, state: SearchState, ctx: SearchContext): Promise<SearchRun> {
  const typed = normaliseQuery(state.q);
  const rewritten = typed.text ? rewriteQuery(typed.text, ctx.lexicon, ctx.table) : null;
  const text = rewritten?.text ?? '';
  const term = text ? searchTerm(text, ctx.hasSegmenter) : null;
  const filters = pagefindFilters(state.filters);
  const main = await pf.search(term, { filters, sort: pagefindSort(state, Boolean(text)) });

  // A result's data belongs to the search that returned it, so each run has its own cache
  // (Pagefind may hand out the same result object again for another query).
  const cache = new Map<string, Promise<ResultData>>();
  const dataOf = (result: PagefindResult) => {
    let promise = cache.get(result.id);
    if (!promise) {
      promise = result.data();
      cache.set(result.id, promise);
    }
    return promise;
  };

  let results = main.results;
  let phraseFound = true;
  if (text && state.sort === 'relevance' && results.length > 0) {
    if (phraseSearchable(text)) {
      const phrase = await pf.search(`"${text}"`, { filters });
      results = phraseFirst(results, new Set(phrase.results.map((r) => r.id)));
    }
    const head = results.slice(0, PAGE_SIZE);
    const heads = await Promise.all(head.map(dataOf));
    const order = rerank(
      text,
      heads.map((d, i) => ({
        score: head[i]?.score ?? 0,
        title: d.meta.title ?? '',
        content: d.content,
        type: d.meta.type,
        sections: (d.anchors ?? []).map((a) => a.text ?? '').filter(Boolean),
        url: d.url,
      })),
      rewritten?.pinned ?? [],
    );
    results = [...order.map((i) => head[i] as PagefindResult), ...results.slice(PAGE_SIZE)];
    const parts = text.split(' ').map(compact).filter(Boolean);
    phraseFound = heads.some((d) => parts.every((p) => compact(`${d.meta.title ?? ''} ${d.content}`).includes(p)));
  }
  const firstPage = await Promise.all(results.slice(0, PAGE_SIZE).map(dataOf));
  return { state, typed, rewritten, term, results, dataOf, firstPage, phraseFound: results.length > 0 && phraseFound };
}

/**
 * Facet counts for a run, honest when several values of one filter are chosen: the counts for a
 * chosen filter come from a search without it (src/lib/search-state.ts, facetCountFilters).
 * Loads Pagefind's filter data first (once).
 */
export async function facetCounts(pf: Pagefind, run: SearchRun): Promise<FilterCounts> {
  const all = await pf.filters();
  if (run.term === null && !hasFilters(run.state.filters)) return all;
  const main = await pf.search(run.term, { filters: pagefindFilters(run.state.filters) });
  const counts: FilterCounts = { ...main.filters };
  for (const [key, others] of facetCountFilters(run.state.filters)) {
    const without = await pf.search(run.term, { filters: pagefindFilters(others) });
    counts[key] = without.filters[key] ?? {};
  }
  return counts;
}
