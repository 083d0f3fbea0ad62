/**
 * The filter form: shown only when this script runs. Where the page lists every entry it filters
 * (data-live), a change is announced on the bus and applied in place; otherwise “组合筛选” leads
 * to where the chosen filters are listed in full (completeView): the overview of a small
 * calendar, the page of a single filter, or the search page's event filters.
 */
import { EVENT_FACETS } from '../../lib/event-facets';
import { completeView, type FilterState } from '../../lib/event-filter';
import type { Bus, ChosenLabel } from './bus';

export interface FilterForm {
  /** The values each select offers, for reading a URL. */
  known: Partial<Record<(typeof EVENT_FACETS)[number], Set<string>>>;
  /** Whether the form filters this page in place. */
  live: boolean;
}

function readForm(form: HTMLFormElement): FilterState {
  const state: FilterState = {};
  const data = new FormData(form);
  for (const facet of EVENT_FACETS) {
    const value = data.get(facet);
    if (typeof value === 'string' && value) state[facet] = value;
  }
  return state;
}

function select(form: HTMLFormElement, facet: string): HTMLSelectElement | null {
  const element = form.elements.namedItem(facet);
  return element instanceof HTMLSelectElement ? element : null;
}

function writeForm(form: HTMLFormElement, state: FilterState): void {
  for (const facet of EVENT_FACETS) {
    const element = select(form, facet);
    if (element) element.value = state[facet] ?? '';
  }
}

/** The chosen filters as the reader sees them: the label of each select and its chosen option. */
function labels(form: HTMLFormElement, state: FilterState): ChosenLabel[] {
  return EVENT_FACETS.flatMap((facet) => {
    const element = select(form, facet);
    if (!state[facet] || !element) return [];
    return [{ name: element.labels?.[0]?.textContent?.trim() ?? facet, value: element.selectedOptions[0]?.textContent?.trim() ?? state[facet] }];
  });
}

export function mountFilterForm(form: HTMLFormElement, bus: Bus): FilterForm {
  form.hidden = false;
  const browse = document.querySelector<HTMLDetailsElement>('[data-filter-browse]');
  if (browse) browse.open = false;
  const live = form.dataset.live === 'true';
  const known = Object.fromEntries(
    EVENT_FACETS.flatMap((facet) => {
      const element = select(form, facet);
      return element ? [[facet, new Set([...element.options].map((o) => o.value).filter(Boolean))]] : [];
    }),
  );
  const scope = {
    base: form.dataset.base ?? '/events/',
    combineAt: form.dataset.combine || undefined,
    year: form.dataset.year ? Number(form.dataset.year) : undefined,
  };
  const reset = form.querySelector<HTMLAnchorElement>('[data-filter-reset]');

  if (!live) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.location.assign(completeView(readForm(form), scope));
    });
    return { known, live };
  }

  const choose = (state: FilterState) => bus.emit('state', { state, chosen: labels(form, state), push: true });
  form.addEventListener('change', () => choose(readForm(form)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    choose(readForm(form));
  });
  reset?.addEventListener('click', (event) => {
    event.preventDefault();
    writeForm(form, {});
    choose({});
  });
  return { known, live };
}

/** Shows a state restored from the URL in the selects and returns how its filters read there. */
export function describeState(form: HTMLFormElement, state: FilterState): ChosenLabel[] {
  writeForm(form, state);
  return labels(form, state);
}
