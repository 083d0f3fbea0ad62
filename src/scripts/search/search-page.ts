/**
 * The search page in the browser. This module only wires the parts together; each part has one
 * job and talks to the others through the event bus (./bus.ts), as Pagefind's component UI does:
 *
 * - search-box.ts: the form, typing, Enter, the sort;
 * - results-list.ts: results, their sections and excerpts, “more results”;
 * - facets.ts: the facets, their counts loaded when opened;
 * - chosen-filters.ts: chips for the chosen filters;
 * - query-notes.ts: how the query was read (cut, traditional, pinyin, document number);
 * - suggestions.ts: “did you mean”, and what to try when nothing is found;
 * - announcer.ts: the live status line.
 *
 * The state lives in the URL (src/lib/search-state.ts with src/scripts/url-history.ts): typing
 * makes one history entry and refines it, a deliberate change is its own entry, Back and Forward
 * restore the search. Searching itself (rewriting, Pagefind, ranking) is ./engine.ts; the pure
 * logic is in src/lib/search-*.ts. Finished searches are counted on the root element
 * (data-search-runs), so that tests can wait for one.
 */
import { normaliseQuery } from '../../lib/search-query';
import { hasFilters, historyStep, searchCodec, type FilterAliases, type SearchState } from '../../lib/search-state';
import { NO_CHARS, type MoreNames, type SearchChars, type SearchLexicon, type SearchParts } from '../../lib/search-lexicon';
import { charTable } from '../../lib/search-rewrite';
import { viewHref } from '../../lib/url-state';
import { urlHistory } from '../url-history';
import { announcer } from './announcer';
import { createBus } from './bus';
import { chosenFilters } from './chosen-filters';
import { part, strings } from './dom';
import { runSearch, type SearchRun } from './engine';
import { facets } from './facets';
import { loadPagefind } from './pagefind';
import { queryNotes } from './query-notes';
import { resultsList } from './results-list';
import { searchBox } from './search-box';
import { lexicon } from './names';
import { loadReadings } from './sounds';
import { suggestions } from './suggestions';

interface PageData {
  strings: Record<string, string>;
  lexicon: SearchLexicon;
  /** Where the names that grow with the content are. */
  more: MoreNames;
  aliases: FilterAliases;
  /** Where the readings of the index's characters are. */
  sounds: string;
}

const TYPED = 'typed';

function start(root: HTMLElement): void {
  const data = JSON.parse(part(root, '[data-search-data]').textContent ?? '{}') as PageData;
  const chars = (JSON.parse(part(root, '[data-search-chars]').textContent ?? 'null') as SearchChars | null) ?? NO_CHARS;
  const parts = (JSON.parse(part(root, '[data-search-records]').textContent ?? 'null') as SearchParts | null) ?? {};
  const s = strings(data.strings);
  const codec = searchCodec(data.aliases ?? {});
  const href = (state: SearchState) => viewHref(codec, state, location.pathname);
  const hasSegmenter = typeof Intl !== 'undefined' && typeof (Intl as { Segmenter?: unknown }).Segmenter === 'function';
  const names = lexicon(data.lexicon, data.more);
  const context = { lexicon: names, parts, table: charTable(chars), hasSegmenter, readings: () => loadReadings(data.sounds) };
  const bus = createBus();

  let state: SearchState = codec.read(new URLSearchParams(location.search));
  const history = urlHistory(codec, (restored) => {
    state = restored;
    bus.emit('restored', { state });
    void run();
  });

  part<HTMLElement>(root, '[data-search-nojs]').hidden = true;
  searchBox(root, bus, () => state);
  resultsList(root, bus, s);
  facets(root, bus, s);
  chosenFilters(root, bus, s);
  queryNotes(root, bus, s, href);
  suggestions(root, bus, s, { lexicon: names, soundsUrl: data.sounds, hasSegmenter, href });
  announcer(root, bus, s);

  let sequence = 0;
  /** Searches the current state and shows it; a newer search overtakes an older one. */
  async function run(): Promise<void> {
    const mine = ++sequence;
    const current = state;
    bus.emit('searching', { state: current });
    try {
      const asked = normaliseQuery(current.q).text !== '' || hasFilters(current.filters);
      const found: SearchRun | null = asked ? await runSearch(await loadPagefind(), current, context) : null;
      if (mine !== sequence) return;
      const work: Array<Promise<unknown>> = [];
      bus.emit('results', { run: found, state: current, wait: (p) => work.push(p) });
      await Promise.all(work);
    } catch (error) {
      if (mine === sequence) bus.emit('failed', { state: current });
      console.error(error);
    }
    if (mine === sequence) root.dataset.searchRuns = String(Number(root.dataset.searchRuns ?? '0') + 1);
  }

  bus.on('change', ({ state: next, how }) => {
    const step = historyStep(state, next, how, history.mark() === TYPED);
    if (step === 'none' && how === 'typed') return;
    if (step === 'push') history.push(next, how === 'typed' ? TYPED : undefined);
    if (step === 'replace') history.replace(next, TYPED);
    state = next;
    void run();
  });

  // Links inside the page that lead to another search (suggestions, “clear filters”) stay in place.
  root.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-search-link]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const next = codec.read(new URL(link.href).searchParams);
    bus.emit('change', { state: next, how: 'chosen' });
    bus.emit('restored', { state: next });
    bus.emit('focusBox', {});
  });

  // First paint: keep the parameters the page understands, drop the rest, so a shared URL stays clean.
  history.replace(state);
  if (normaliseQuery(state.q).text !== '' || hasFilters(state.filters)) void run();
  else {
    bus.emit('searching', { state });
    bus.emit('results', { run: null, state, wait: () => {} });
  }
}

const page = document.querySelector<HTMLElement>('[data-search-page]');
if (page) start(page);
