/**
 * The search page's event bus: its parts (search box, results, facets, chosen filters,
 * suggestions, announcer) never call each other; they announce what happened and listen for what
 * they need, as the elements of Pagefind's component UI do.
 *
 * - `change`: a part asks for a new state (typed into the box, or chosen: a filter, the sort, a link);
 * - `restored`: the state was set from outside the box (Back/Forward, a link in the page);
 * - `searching`: a search has started for a state;
 * - `results`: a search finished (run is null when nothing was asked); `failed`: it could not run;
 * - `focusBox`: a part hands keyboard focus back to the search box.
 */
import type { ChangeKind, SearchState } from '../../lib/search-state';
import type { SearchRun } from './engine';

export interface SearchEvents {
  change: { state: SearchState; how: ChangeKind };
  restored: { state: SearchState };
  searching: { state: SearchState };
  /** `wait` hands the page work that belongs to this search (suggestions, counts); the search counts as done when it is. */
  results: { run: SearchRun | null; state: SearchState; wait: (work: Promise<unknown>) => void };
  failed: { state: SearchState };
  focusBox: Record<string, never>;
}

export interface Bus {
  emit: <K extends keyof SearchEvents>(type: K, detail: SearchEvents[K]) => void;
  on: <K extends keyof SearchEvents>(type: K, listener: (detail: SearchEvents[K]) => void) => void;
}

export function createBus(): Bus {
  const target = new EventTarget();
  return {
    emit: (type, detail) => target.dispatchEvent(new CustomEvent(type, { detail })),
    on: (type, listener) => target.addEventListener(type, (event) => listener((event as CustomEvent<SearchEvents[typeof type]>).detail)),
  };
}
