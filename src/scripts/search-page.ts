/**
 * The search page in the browser: reads the state from the URL, loads Pagefind only when the
 * reader searches (or focuses the box), runs the search with filters and sort, re-ranks the first
 * results for Chinese phrases, renders results, facets and chips with text nodes only (never
 * innerHTML), announces the count in a live region and keeps the URL in step (back button works).
 * Pure logic lives in src/lib/search-*.ts.
 */
import { formatChineseDay, parseIsoDay } from '../lib/dates';
import { FILTER_KEYS, filterLabel, type FilterKey } from '../lib/search-meta';
import { SEARCH_TYPE_LABELS, SEARCH_TYPE_ORDER } from '../lib/search-types';
import { MAX_QUERY_CHARS, bestSubResults, compact, excerptParts, normaliseQuery, rerank, searchTerm, type SubResultInput } from '../lib/search-query';
import {
  facetCountFilters,
  hasFilters,
  pagefindFilters,
  pagefindSort,
  parseSearchParams,
  sameState,
  searchHref,
  toSearchParams,
  toggleFilter,
  type FilterAliases,
  type SearchState,
  type SortOrder,
} from '../lib/search-state';
import { nearestSuggestions, relaxedQueries, type Suggestion } from '../lib/search-suggest';

// ---- Pagefind's browser API, as much of it as this page uses ----
type FilterCounts = Record<string, Record<string, number>>;
interface SubResult extends SubResultInput {
  anchor?: { element: string; id: string; text?: string };
}
interface ResultData {
  url: string;
  anchors?: Array<{ element: string; id: string; text?: string }>;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
interface SearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: SearchOptions) => Promise<PagefindSearch>;
  filters: () => Promise<FilterCounts>;
}

const PAGE_SIZE = 10;
/** How many of the first results are re-ranked by phrase (their data is fetched for it). */
const RERANK_DEPTH = 20;
const BUNDLE = '/pagefind/pagefind.js';

function start(root: HTMLElement): void {
  const $ = <T extends Element>(selector: string): T => {
    const el = root.querySelector<T>(selector);
    if (!el) throw new Error(`search page: missing ${selector}`);
    return el;
  };
  const data = JSON.parse($<HTMLScriptElement>('[data-search-data]').textContent ?? '{}') as {
    strings: Record<string, string>;
    suggestions: Suggestion[];
    aliases: FilterAliases;
  };
  const aliases = data.aliases ?? {};
  const readUrl = (params: URLSearchParams) => parseSearchParams(params, aliases);
  const s = (key: string, values: Record<string, string | number> = {}): string =>
    (data.strings[`search.${key}`] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('[data-search-input]');
  const sortSelect = $<HTMLSelectElement>('[data-search-sort]');
  const status = $<HTMLElement>('[data-search-status]');
  const truncatedNotice = $<HTMLElement>('[data-search-truncated]');
  const layout = $<HTMLElement>('[data-search-layout]');
  const list = $<HTMLOListElement>('[data-search-list]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const facets = $<HTMLDetailsElement>('[data-search-facets]');
  const facetSummary = $<HTMLElement>('[data-search-facets-summary]');
  const facetGroups = $<HTMLElement>('[data-search-facet-groups]');
  const chosen = $<HTMLElement>('[data-search-chosen]');
  const chosenList = $<HTMLUListElement>('[data-search-chosen-list]');
  const clear = $<HTMLButtonElement>('[data-search-clear]');
  const empty = $<HTMLElement>('[data-search-empty]');
  const relaxed = $<HTMLElement>('[data-search-relaxed]');
  const relaxedList = $<HTMLUListElement>('[data-search-relaxed-list]');
  const nearest = $<HTMLElement>('[data-search-nearest]');
  const nearestList = $<HTMLUListElement>('[data-search-nearest-list]');
  const unfilter = $<HTMLElement>('[data-search-unfilter]');
  const unfilterLink = $<HTMLAnchorElement>('[data-search-unfilter-link]');

  $<HTMLElement>('[data-search-nojs]').hidden = true;
  facets.open = window.matchMedia('(min-width: 60rem)').matches;
  const hasSegmenter = typeof Intl !== 'undefined' && typeof (Intl as { Segmenter?: unknown }).Segmenter === 'function';

  // ---- Pagefind, loaded on first need ----
  let pagefind: Promise<Pagefind> | null = null;
  const loadPagefind = (): Promise<Pagefind> => {
    pagefind ??= (import(/* @vite-ignore */ BUNDLE) as Promise<Pagefind>).then(async (pf) => {
      // pageLength 0.3 (Pagefind's default 0.75): long policy texts are not pushed below the short
      // pages that quote a clause of them.
      await pf.options({ excerptLength: 28, ranking: { pageLength: 0.3 } });
      await pf.init();
      // Loads every filter chunk: without them a search returns no facet counts.
      await pf.filters();
      return pf;
    });
    return pagefind;
  };

  // ---- State and history ----
  let state: SearchState = readUrl(new URLSearchParams(location.search));
  /** Whether the current history entry was made by typing (later typing replaces it). */
  let entryTyped = false;

  const writeForm = () => {
    input.value = state.q;
    sortSelect.value = state.sort;
  };

  const commit = (next: SearchState, how: 'push' | 'replace') => {
    // The URL holds the query as searched: a pasted essay is cut there too, so links stay short.
    const url = searchHref({ ...next, q: normaliseQuery(next.q).text }, location.pathname);
    if (how === 'push') history.pushState({ typed: entryTyped }, '', url);
    else history.replaceState({ typed: entryTyped }, '', url);
    state = next;
  };

  /** Typing: the first change from an empty page adds a history entry, later ones replace it. */
  const onTyped = (next: SearchState) => {
    if (sameState(next, state)) return;
    const wasEmpty = state.q.trim() === '' && !hasFilters(state.filters);
    const push = wasEmpty || !entryTyped;
    entryTyped = true;
    commit(next, push ? 'push' : 'replace');
    void run();
  };

  /** A deliberate change (filter, sort, link): always its own history entry. */
  const onChosen = (next: SearchState) => {
    entryTyped = false;
    if (!sameState(next, state)) commit(next, 'push');
    void run();
  };

  let typingTimer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => onTyped({ ...state, q: input.value }), 250);
  });
  // Fetch the bundle as soon as the reader shows intent; on an empty page, show the facets for browsing.
  input.addEventListener(
    'focus',
    () => {
      loadPagefind().then(
        () => {
          if (state.q.trim() === '' && !hasFilters(state.filters)) void run();
        },
        () => {},
      );
    },
    { once: true },
  );
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = list.querySelector<HTMLAnchorElement>('a');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    entryTyped = false;
    const next = { ...state, q: input.value };
    if (!sameState(next, state)) commit(next, 'push');
    void run();
  });
  sortSelect.addEventListener('change', () => onChosen({ ...state, sort: sortSelect.value as SortOrder }));
  clear.addEventListener('click', () => {
    onChosen({ ...state, filters: {} });
    input.focus();
  });
  window.addEventListener('popstate', (event) => {
    state = readUrl(new URLSearchParams(location.search));
    entryTyped = Boolean((event.state as { typed?: boolean } | null)?.typed);
    writeForm();
    void run();
  });
  // Links inside the page that lead to another search (suggestions, “clear filters”) stay in place.
  root.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-search-link]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onChosen(readUrl(new URL(link.href).searchParams));
    writeForm();
    input.focus();
  });

  // ---- Running a search ----
  let sequence = 0;
  let ordered: PagefindResult[] = [];
  let shown = 0;
  let query = '';
  // A result's data (excerpt, sub-results) belongs to the search that returned it, so each search
  // has its own cache (Pagefind may hand out the same result object again for another query).
  type DataCache = Map<string, Promise<ResultData>>;
  let shownCache: DataCache = new Map();
  const dataOf = (cache: DataCache, result: PagefindResult) => {
    let promise = cache.get(result.id);
    if (!promise) {
      promise = result.data();
      cache.set(result.id, promise);
    }
    return promise;
  };

  /** Counts finished runs on the root element (data-search-runs), so tests can wait for one. */
  async function run(): Promise<void> {
    const current = await runSearch().catch((error: unknown) => {
      status.textContent = s('error');
      list.removeAttribute('aria-busy');
      console.error(error);
      return true;
    });
    if (current) root.dataset.searchRuns = String(Number(root.dataset.searchRuns ?? '0') + 1);
  }

  /** Runs the search for the current state; false when a newer run overtook it. */
  async function runSearch(): Promise<boolean> {
    const mine = ++sequence;
    const cache: DataCache = new Map();
    const normalised = normaliseQuery(state.q);
    query = normalised.text;
    truncatedNotice.hidden = !normalised.truncated;
    truncatedNotice.textContent = normalised.truncated ? s('truncated', { max: MAX_QUERY_CHARS }) : '';
    const filtered = hasFilters(state.filters);
    renderChosen();

    if (!query && !filtered) {
      // Nothing asked yet: offer the facets for browsing once Pagefind is there, no results.
      list.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      ordered = [];
      status.textContent = s('status.idle');
      if (pagefind) {
        layout.hidden = false;
        renderFacets(await (await pagefind).filters());
      }
      return mine === sequence;
    }

    layout.hidden = false;
    list.setAttribute('aria-busy', 'true');
    let pf: Pagefind;
    try {
      pf = await loadPagefind();
    } catch {
      status.textContent = s('error');
      list.removeAttribute('aria-busy');
      return true;
    }
    const term = query ? searchTerm(query, hasSegmenter) : null;
    const main = await pf.search(term, { filters: pagefindFilters(state.filters), sort: pagefindSort(state, Boolean(query)) });
    // Counts for a chosen filter come from the search without it, so its other values stay honest.
    const counts: FilterCounts = { ...main.filters };
    for (const [key, others] of facetCountFilters(state.filters)) {
      const without = await pf.search(term, { filters: pagefindFilters(others) });
      counts[key] = without.filters[key] ?? {};
    }
    let results = main.results;
    if (query && state.sort === 'relevance' && results.length > 1) {
      const head = results.slice(0, RERANK_DEPTH);
      const heads = await Promise.all(head.map((r) => dataOf(cache, r)));
      const order = rerank(
        query,
        heads.map((d, i) => ({
          score: head[i]?.score ?? 0,
          title: d.meta.title ?? '',
          content: d.content,
          type: d.meta.type,
          sections: (d.anchors ?? []).map((a) => a.text ?? '').filter(Boolean),
        })),
      );
      results = [...order.map((i) => head[i] as PagefindResult), ...results.slice(RERANK_DEPTH)];
    }
    if (mine !== sequence) return false;

    ordered = results;
    shownCache = cache;
    shown = 0;
    list.replaceChildren();
    renderFacets(counts);
    await showMore(false);
    if (mine !== sequence) return false;
    list.removeAttribute('aria-busy');

    const count = ordered.length;
    if (count === 0) {
      status.textContent = query ? s('status.none', { query }) : s('status.noneBrowse');
      await renderEmpty(pf, term);
    } else {
      empty.hidden = true;
      status.textContent = query ? s('status.count', { count, query }) : s('status.browse', { count });
    }
    return mine === sequence;
  }

  async function showMore(moveFocus: boolean): Promise<void> {
    const mine = sequence;
    const next = ordered.slice(shown, shown + PAGE_SIZE);
    const datas = await Promise.all(next.map((r) => dataOf(shownCache, r)));
    if (mine !== sequence) return;
    const items = datas.map(renderResult);
    list.append(...items);
    shown += next.length;
    const left = ordered.length - shown;
    more.hidden = left <= 0;
    more.textContent = s('more', { count: left });
    if (moveFocus) items[0]?.querySelector<HTMLAnchorElement>('a')?.focus();
  }
  more.addEventListener('click', () => void showMore(true));

  // ---- Rendering (text nodes only) ----
  function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function excerpt(html: string, className: string): HTMLParagraphElement {
    const p = el('p', className);
    for (const part of excerptParts(html)) p.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text));
    return p;
  }

  function renderResult(result: ResultData): HTMLLIElement {
    const li = el('li', 'result');
    const type = result.meta.type ?? '';
    const date = result.meta.date && parseIsoDay(result.meta.date) ? formatChineseDay(result.meta.date) : '';
    const meta = el('p', 'result__meta');
    if (type) meta.append(el('span', 'result__type', type));
    if (date) meta.append(el('span', 'result__date', s('date', { date })));
    li.append(meta);
    const heading = el('h3', 'result__title');
    const link = el('a', undefined, result.meta.title || result.url);
    link.href = result.url;
    heading.append(link);
    li.append(heading);
    // Inside a policy text every matching clause is worth a link; elsewhere only a section named
    // by the query (a glossary entry), since “related stories” and the like only repeat titles.
    const anchored = query ? bestSubResults(query, result.sub_results, 3) : [];
    const subs = type === SEARCH_TYPE_LABELS.policy ? anchored : anchored.filter((sub) => compact(sub.title).includes(compact(query)));
    if (subs.length === 0) {
      if (query) li.append(excerpt(result.excerpt, 'result__excerpt'));
      return li;
    }
    const subList = el('ul', 'result__subs');
    subList.setAttribute('aria-label', `${s(type === SEARCH_TYPE_LABELS.policy ? 'clauses' : 'sections')}：${result.meta.title ?? ''}`);
    for (const sub of subs) {
      const item = el('li');
      const subLink = el('a', 'result__sub-title', sub.title);
      subLink.href = sub.url;
      item.append(subLink, excerpt(sub.excerpt, 'result__excerpt'));
      subList.append(item);
    }
    li.append(subList);
    return li;
  }

  function sortedValues(key: FilterKey, counts: Record<string, number>): string[] {
    const values = Object.keys(counts);
    for (const v of state.filters[key] ?? []) if (!values.includes(v)) values.push(v);
    if (key === 'type')
      return values.sort((a, b) => order(SEARCH_TYPE_ORDER as readonly string[], a) - order(SEARCH_TYPE_ORDER as readonly string[], b));
    if (key === 'year' || key === 'month') return values.sort();
    return values.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b, 'zh-CN'));
  }
  const order = (list: readonly string[], v: string) => (list.includes(v) ? list.indexOf(v) : list.length);

  function renderFacets(counts: FilterCounts): void {
    // Keep keyboard focus on the checkbox the reader just used.
    const focused = document.activeElement as HTMLInputElement | null;
    const focusKey = focused?.dataset.facetKey ? `${focused.dataset.facetKey}\u0000${focused.value}` : null;
    const groups: HTMLElement[] = [];
    for (const key of FILTER_KEYS) {
      const values = sortedValues(key, counts[key] ?? {}).filter((v) => (counts[key]?.[v] ?? 0) > 0 || state.filters[key]?.includes(v));
      if (values.length === 0) continue;
      const fieldset = el('fieldset', 'facet');
      fieldset.append(el('legend', undefined, s(`facet.${key}`)));
      const ul = el('ul');
      for (const value of values) {
        const li = el('li');
        const label = el('label');
        const box = el('input');
        box.type = 'checkbox';
        box.value = value;
        box.dataset.facetKey = key;
        box.checked = state.filters[key]?.includes(value) ?? false;
        box.addEventListener('change', () => onChosen({ ...state, filters: toggleFilter(state.filters, key, value, box.checked) }));
        label.append(box, document.createTextNode(s('facet.count', { label: filterLabel(key, value), count: counts[key]?.[value] ?? 0 })));
        li.append(label);
        ul.append(li);
      }
      fieldset.append(ul);
      groups.push(fieldset);
    }
    facetGroups.replaceChildren(...groups);
    const chosenCount = FILTER_KEYS.reduce((n, key) => n + (state.filters[key]?.length ?? 0), 0);
    facetSummary.textContent = chosenCount > 0 ? s('facets.chosen', { count: chosenCount }) : s('facets');
    if (focusKey) {
      for (const box of facetGroups.querySelectorAll<HTMLInputElement>('input[data-facet-key]')) {
        if (`${box.dataset.facetKey}\u0000${box.value}` === focusKey) box.focus();
      }
    }
  }

  function renderChosen(): void {
    const items: HTMLLIElement[] = [];
    for (const key of FILTER_KEYS) {
      for (const value of state.filters[key] ?? []) {
        const li = el('li');
        const label = `${s(`facet.${key}`)}：${filterLabel(key, value)}`;
        const button = el('button', 'search-chip', `${label} ×`);
        button.type = 'button';
        button.setAttribute('aria-label', s('removeFilter', { label }));
        button.addEventListener('click', () => {
          onChosen({ ...state, filters: toggleFilter(state.filters, key, value, false) });
          input.focus();
        });
        li.append(button);
        items.push(li);
      }
    }
    chosenList.replaceChildren(...items);
    chosen.hidden = items.length === 0;
  }

  function searchLink(next: SearchState, text: string): HTMLLIElement {
    const li = el('li');
    const a = el('a', undefined, text);
    a.href = searchHref(next, location.pathname);
    a.dataset.searchLink = '';
    li.append(a);
    return li;
  }

  async function renderEmpty(pf: Pagefind, term: string | null): Promise<void> {
    const mine = sequence;
    empty.hidden = false;
    // Shorter queries that do find something, with their counts.
    const tries: HTMLLIElement[] = [];
    if (term !== null) {
      for (const q of relaxedQueries(query)) {
        const found = await pf.search(searchTerm(q, hasSegmenter), { filters: pagefindFilters(state.filters) });
        const top = found.results[0];
        // Offer a shorter query only where it occurs as written, not as scattered characters.
        const holds = top ? compact((await top.data()).content).includes(compact(q)) : false;
        if (mine !== sequence) return;
        if (holds) tries.push(searchLink({ ...state, q }, s('noResults.relaxedItem', { query: q, count: found.results.length })));
        if (tries.length >= 4) break;
      }
    }
    relaxedList.replaceChildren(...tries);
    relaxed.hidden = tries.length === 0;
    // Known names near the query: brands, actions, districts, terms, section indexes.
    const near = query ? nearestSuggestions(query, data.suggestions) : [];
    nearestList.replaceChildren(
      ...near.map((sug) => {
        const li = el('li');
        const a = el('a', undefined, sug.label);
        a.href = sug.url;
        if (sug.url.startsWith('/search/')) a.dataset.searchLink = '';
        li.append(a, el('span', 'search-chips__kind', ` ${sug.kind}`));
        return li;
      }),
    );
    nearest.hidden = near.length === 0;
    const filtered = hasFilters(state.filters);
    unfilter.hidden = !filtered || !query;
    unfilterLink.href = searchHref({ ...state, filters: {} }, location.pathname);
    unfilterLink.dataset.searchLink = '';
  }

  // ---- First paint ----
  writeForm();
  history.replaceState({ typed: false }, '', location.href);
  if (state.q.trim() !== '' || hasFilters(state.filters)) void run();
  else status.textContent = s('status.idle');
  // Keep the parameters the page understands, drop the rest, so a shared URL stays clean.
  const clean = toSearchParams(state).toString();
  if (clean !== location.search.replace(/^\?/, '')) history.replaceState({ typed: false }, '', searchHref(state, location.pathname));
}

const page = document.querySelector<HTMLElement>('[data-search-page]');
if (page) start(page);
