/**
 * What the page offers when a query finds little: “did you mean” above the results when the
 * query only partly matches or finds few pages (names it nearly spells: same pinyin, or one
 * character off), and when nothing is found, shorter queries that do find something, the
 * nearest known names, and a search without the filters.
 */
import { compact, searchTerm } from '../../lib/search-query';
import { hasFilters, pagefindFilters, type SearchState } from '../../lib/search-state';
import { didYouMean, nearestSuggestions, relaxedQueries } from '../../lib/search-suggest';
import type { Bus } from './bus';
import { el, part, searchLink, type Strings } from './dom';
import { searchedText, type SearchRun } from './engine';
import { loadPagefind } from './pagefind';
import type { Lexicon } from './names';
import { loadReadings } from './sounds';

/** Fewer results than this, and the page offers the names the query nearly spells. */
export const FEW_RESULTS = 3;

export interface SuggestionContext {
  lexicon: Lexicon;
  /** Where the readings of the index's characters are (fetched once, when first needed). */
  soundsUrl: string;
  hasSegmenter: boolean;
  href: (state: SearchState) => string;
}

export function suggestions(root: HTMLElement, bus: Bus, s: Strings, ctx: SuggestionContext): void {
  const didYouMeanBox = part<HTMLElement>(root, '[data-search-didyoumean]');
  const didYouMeanList = part<HTMLUListElement>(root, '[data-search-didyoumean-list]');
  const empty = part<HTMLElement>(root, '[data-search-empty]');
  const relaxed = part<HTMLElement>(root, '[data-search-relaxed]');
  const relaxedList = part<HTMLUListElement>(root, '[data-search-relaxed-list]');
  const nearest = part<HTMLElement>(root, '[data-search-nearest]');
  const nearestList = part<HTMLUListElement>(root, '[data-search-nearest-list]');
  const unfilter = part<HTMLElement>(root, '[data-search-unfilter]');
  const unfilterLink = part<HTMLAnchorElement>(root, '[data-search-unfilter-link]');

  let current: SearchRun | null = null;

  async function showDidYouMean(run: SearchRun): Promise<void> {
    const query = searchedText(run);
    const few = run.results.length < FEW_RESULTS || !run.phraseFound;
    let near: ReturnType<typeof didYouMean> = [];
    if (few && /\p{Script=Han}/u.test(query)) {
      const [names, readings] = await Promise.all([ctx.lexicon.names(), loadReadings(ctx.soundsUrl)]);
      near = didYouMean(query, names, readings);
    }
    if (run !== current) return;
    didYouMeanList.replaceChildren(
      ...near.map((n) => {
        const li = el('li');
        li.append(searchLink(ctx.href({ ...run.state, q: n.query }), n.query), el('span', 'search-chips__kind', ` ${n.name.kind}`));
        return li;
      }),
    );
    didYouMeanBox.hidden = near.length === 0;
  }

  async function showEmpty(run: SearchRun): Promise<void> {
    const query = searchedText(run);
    empty.hidden = false;
    // Shorter queries that do find something, with their counts, where they occur as written.
    const tries: HTMLLIElement[] = [];
    if (query) {
      const pf = await loadPagefind();
      for (const q of relaxedQueries(query)) {
        const found = await pf.search(searchTerm(q, ctx.hasSegmenter), { filters: pagefindFilters(run.state.filters) });
        const top = found.results[0];
        const holds = top ? compact((await top.data()).content).includes(compact(q)) : false;
        if (run !== current) return;
        if (holds) {
          const li = el('li');
          li.append(searchLink(ctx.href({ ...run.state, q }), s('noResults.relaxedItem', { query: q, count: found.results.length })));
          tries.push(li);
        }
        if (tries.length >= 4) break;
      }
    }
    relaxedList.replaceChildren(...tries);
    relaxed.hidden = tries.length === 0;
    const near = query ? nearestSuggestions(query, await ctx.lexicon.labels()) : [];
    if (run !== current) return;
    nearestList.replaceChildren(
      ...near.map((sug) => {
        const li = el('li');
        const a = sug.url.startsWith('/search/') ? searchLink(sug.url, sug.label) : el('a', undefined, sug.label);
        a.href = sug.url;
        li.append(a, el('span', 'search-chips__kind', ` ${sug.kind}`));
        return li;
      }),
    );
    nearest.hidden = near.length === 0;
    unfilter.hidden = !hasFilters(run.state.filters) || !query;
    unfilterLink.href = ctx.href({ ...run.state, filters: {} });
    unfilterLink.dataset.searchLink = '';
  }

  bus.on('results', ({ run, wait }) => {
    current = run;
    didYouMeanBox.hidden = true;
    empty.hidden = true;
    if (!run || (!run.rewritten && !hasFilters(run.state.filters))) return;
    if (run.rewritten) wait(showDidYouMean(run));
    if (run.results.length === 0) wait(showEmpty(run));
  });
}
