/**
 * Runs one search for a state: the query as the reader typed it is normalised and rewritten
 * (traditional → simplified, pinyin → names, document numbers, src/lib/search-rewrite.ts), handed
 * to Pagefind as a phrase where pages hold it so, the first page of results re-ranked
 * (src/lib/search-query.ts) and their data fetched. Facet counts are computed on request only
 * (`counts`), since they need Pagefind's filter data. No DOM here.
 */
import {
  PAGE_SIZE,
  characterPhrase,
  compact,
  mergeParts,
  normaliseQuery,
  phraseSearchable,
  phraseSplits,
  rerank,
  searchTerm,
  type NormalisedQuery,
} from '../../lib/search-query';
import { facetCountFilters, hasFilters, pagefindFilters, pagefindSort, type SearchState } from '../../lib/search-state';
import { pageOf, rewriteQuery, type CharTable, type RewrittenQuery } from '../../lib/search-rewrite';
import { didYouMean } from '../../lib/search-suggest';
import type { SearchParts } from '../../lib/search-lexicon';
import type { Lexicon } from './names';
import type { FilterCounts, Pagefind, PagefindResult, ResultData } from './pagefind';

export interface SearchContext {
  /** The names readers look for, and the documents' numbers (./names.ts). */
  lexicon: Lexicon;
  /** The parts of the long texts in the index: a text's record id → its parts' ids. */
  parts: SearchParts;
  table: CharTable;
  hasSegmenter: boolean;
  /** The readings of the index's characters, for a query not found as written. */
  readings: () => Promise<Map<string, Set<string>>>;
}

/** How many parts of a long text its result is shown from (a text's result links up to three clauses). */
const PARTS_SHOWN = 3;

/** How many of the first results are re-ranked by phrase where the browser cannot segment Chinese. */
const UNSEGMENTED_RERANK_DEPTH = 20;

/** What one search found. */
export interface SearchRun {
  state: SearchState;
  /** The query as typed, normalised (what the status line quotes when nothing was rewritten). */
  typed: NormalisedQuery;
  /** The query as searched, with what was read differently; null without a query. */
  rewritten: RewrittenQuery | null;
  /** The term handed to Pagefind: the query, in quotes when pages hold it as a phrase (null: filters only). */
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

/** The results of the words that the phrase search found too, in the words' order; then any others it found. */
function holdingPhrase(words: PagefindResult[], phrase: PagefindResult[]): PagefindResult[] {
  const ids = new Set(phrase.map((r) => r.id));
  const kept = words.filter((r) => ids.has(r.id));
  const seen = new Set(kept.map((r) => r.id));
  return [...kept, ...phrase.filter((r) => !seen.has(r.id))];
}

/** The text searched: the rewritten query, or '' for none. */
export const searchedText = (run: SearchRun): string => run.rewritten?.text ?? '';

export async function runSearch(pf: Pagefind, state: SearchState, ctx: SearchContext): Promise<SearchRun> {
  const typed = normaliseQuery(state.q);
  const rewritten = typed.text ? rewriteQuery(typed.text, await ctx.lexicon.forQuery(typed.text), ctx.table) : null;
  let text = rewritten?.text ?? '';
  const filters = pagefindFilters(state.filters);
  const sort = pagefindSort(state, Boolean(text));

  // Pagefind scores words, and Chinese is indexed almost character by character: 网姐 alone
  // would find every page with 网 and 姐 anywhere. Where pages hold the query as a phrase, those
  // are the results (in the order of Pagefind's scores for the words: an exact-phrase search
  // scores every page alike) and what the facets count. Where none does, a name the query sounds
  // like (巴渝网解 → 巴渝网姐) is searched instead, and the page says so; failing that, the words
  // anywhere.
  // The exact-phrase term that found pages (what the facets count with).
  let phraseTerm = '';
  const exact = async (phrase: string) => {
    if (!phraseSearchable(phrase)) return null;
    phraseTerm = `"${phrase}"`;
    const found = await pf.search(phraseTerm, { filters, sort });
    if (found.results.length > 0) return found;
    // Without Intl.Segmenter, try a short phrase as the two words the index may hold it as; in
    // any browser, a long one as the single characters it holds a run without a word of its own as.
    const character = characterPhrase(phrase);
    for (const split of [...(ctx.hasSegmenter ? [] : phraseSplits(phrase)), ...(character ? [character] : [])]) {
      const pieces = await pf.search(split, { filters, sort });
      if (pieces.results.length > 0) {
        phraseTerm = split;
        return pieces;
      }
    }
    return found;
  };
  let phrase = await exact(text);
  if (rewritten && phrase?.results.length === 0) {
    const [names, readings] = await Promise.all([ctx.lexicon.names(), ctx.readings()]);
    const near = didYouMean(text, names, readings).find((d) => d.how === 'sound');
    const corrected = near ? await exact(near.query) : null;
    if (near && corrected && corrected.results.length > 0) {
      rewritten.rewrites.push({ from: text, to: near.query, how: 'sound' });
      const page = pageOf(near.name.url);
      if (page) rewritten.pinned.push(page);
      rewritten.text = text = near.query;
      phrase = corrected;
    }
  }
  const words = text ? searchTerm(text, ctx.hasSegmenter) : null;
  const main = await pf.search(words, { filters, sort });
  let phraseFound = Boolean(phrase && phrase.results.length > 0);
  const term = phraseFound ? phraseTerm : words;
  let results = main.results;
  if (phrase && phraseFound) results = holdingPhrase(main.results, phrase.results);
  // Long texts are in the index in parts as well (src/integrations/search-parts.ts): the list holds
  // pages, and a text is shown from the parts the query found in it, best first, rather than from
  // its whole text (one small fragment per part instead of the whole text's).
  const ownerOf = new Map(Object.entries(ctx.parts).flatMap(([text, parts]) => parts.map((part) => [part, text] as const)));
  const texts = new Set(ownerOf.values());
  results = results.filter((r) => !ownerOf.has(r.id));
  const partsOf = new Map<string, PagefindResult[]>();
  if (term !== null && results.some((r) => texts.has(r.id))) {
    // The parts carry no filter: they are looked up with the term alone.
    for (const part of (await pf.search(term)).results) {
      const text = ownerOf.get(part.id);
      if (text) partsOf.set(text, [...(partsOf.get(text) ?? []), part]);
    }
  }
  // A result's data belongs to the search that returned it, so each run has its own cache
  // (Pagefind may hand out the same result object again for another query).
  const cache = new Map<string, Promise<ResultData>>();
  const dataOf = (result: PagefindResult) => {
    let promise = cache.get(result.id);
    if (!promise) {
      const parts = partsOf.get(result.id)?.slice(0, PARTS_SHOWN);
      promise = parts ? Promise.all(parts.map((part) => part.data())).then((datas) => mergeParts(datas)) : result.data();
      cache.set(result.id, promise);
    }
    return promise;
  };

  if (text && state.sort === 'relevance' && results.length > 0) {
    // Without Intl.Segmenter (older in-app browsers) Pagefind scores a Chinese run as one word,
    // which favours short pages that quote a text over the text itself, and it cannot always match
    // the run as a phrase; re-ranking a deeper head by the phrase makes up for it, at the cost of
    // more fragments.
    const head = results.slice(0, ctx.hasSegmenter ? PAGE_SIZE : UNSEGMENTED_RERANK_DEPTH);
    const heads = await Promise.all(head.map(dataOf));
    const order = rerank(
      text,
      heads.map((d, i) => ({
        score: head[i]?.score ?? 0,
        title: d.meta.title ?? '',
        content: d.content,
        type: d.meta.type,
        // A titled element (a clause, a target row) has its title apart from its text.
        sections: (d.anchors ?? []).map((a) => a.title || a.text || '').filter(Boolean),
        url: d.url,
      })),
      rewritten?.pinned ?? [],
    );
    results = [...order.map((i) => head[i] as PagefindResult), ...results.slice(head.length)];
    const parts = text.split(' ').map(compact).filter(Boolean);
    phraseFound ||= heads.some((d) => parts.every((p) => compact(`${d.meta.title ?? ''} ${d.content}`).includes(p)));
  }
  const firstPage = await Promise.all(results.slice(0, PAGE_SIZE).map(dataOf));
  return { state, typed, rewritten, term, results, dataOf, firstPage, phraseFound: results.length > 0 && (phraseFound || !text) };
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
