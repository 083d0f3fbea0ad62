/**
 * The facets: one group of checkboxes per filter, each value with the number of results it would
 * leave. Counts need Pagefind's filter data, so they are loaded when the reader opens the facets
 * (and kept up to date while they are open), not with every first query.
 */
import { FILTER_KEYS, filterLabel, type FilterKey } from '../../lib/search-meta';
import { toggleFilter, type SearchState } from '../../lib/search-state';
import { compareTypeLabels } from '../../lib/search-types';
import type { Bus } from './bus';
import { el, part, type Strings } from './dom';
import { facetCounts, type SearchRun } from './engine';
import { loadPagefind, type FilterCounts } from './pagefind';

/** A filter's values in the order the facet lists them: types in their order, dates in order, the rest by count. */
function sortedValues(key: FilterKey, counts: Record<string, number>, chosen: readonly string[]): string[] {
  const values = Object.keys(counts);
  for (const v of chosen) if (!values.includes(v)) values.push(v);
  if (key === 'type') return values.sort(compareTypeLabels);
  if (key === 'year' || key === 'month') return values.sort();
  return values.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b, 'zh-CN'));
}

export function facets(root: HTMLElement, bus: Bus, s: Strings): void {
  const details = part<HTMLDetailsElement>(root, '[data-search-facets]');
  const summary = part<HTMLElement>(root, '[data-search-facets-summary]');
  const groups = part<HTMLElement>(root, '[data-search-facet-groups]');
  let state: SearchState | null = null;
  let run: SearchRun | null = null;
  let sequence = 0;

  function render(current: SearchState, counts: FilterCounts): void {
    // Keep keyboard focus on the checkbox the reader just used.
    const focused = document.activeElement as HTMLInputElement | null;
    const focusKey = focused?.dataset.facetKey ? `${focused.dataset.facetKey}\u0000${focused.value}` : null;
    const fieldsets: HTMLElement[] = [];
    for (const key of FILTER_KEYS) {
      const chosen = current.filters[key] ?? [];
      const values = sortedValues(key, counts[key] ?? {}, chosen).filter((v) => (counts[key]?.[v] ?? 0) > 0 || chosen.includes(v));
      if (values.length === 0) continue;
      const fieldset = el('fieldset', 'facet');
      fieldset.append(el('legend', undefined, s(`facet.${key}`)));
      const ul = el('ul');
      for (const value of values) {
        const box = el('input');
        box.type = 'checkbox';
        box.value = value;
        box.dataset.facetKey = key;
        box.checked = chosen.includes(value);
        box.addEventListener('change', () =>
          bus.emit('change', { state: { ...current, filters: toggleFilter(current.filters, key, value, box.checked) }, how: 'chosen' }),
        );
        const label = el('label');
        label.append(box, document.createTextNode(s('facet.count', { label: filterLabel(key, value), count: counts[key]?.[value] ?? 0 })));
        const li = el('li');
        li.append(label);
        ul.append(li);
      }
      fieldset.append(ul);
      fieldsets.push(fieldset);
    }
    groups.replaceChildren(...fieldsets);
    if (focusKey) {
      for (const box of groups.querySelectorAll<HTMLInputElement>('input[data-facet-key]')) {
        if (`${box.dataset.facetKey}\u0000${box.value}` === focusKey) box.focus();
      }
    }
  }

  async function refresh(): Promise<void> {
    if (!details.open || !state) return;
    const mine = ++sequence;
    const current = state;
    groups.setAttribute('aria-busy', 'true');
    try {
      const pf = await loadPagefind();
      const counts = run ? await facetCounts(pf, run) : await pf.filters();
      if (mine === sequence) render(current, counts);
    } finally {
      if (mine === sequence) groups.removeAttribute('aria-busy');
    }
  }

  details.addEventListener('toggle', () => void refresh());
  bus.on('searching', ({ state: next }) => {
    state = next;
    const chosen = FILTER_KEYS.reduce((n, key) => n + (next.filters[key]?.length ?? 0), 0);
    summary.textContent = chosen > 0 ? s('facets.chosen', { count: chosen }) : s('facets');
  });
  bus.on('results', ({ run: next, state: current, wait }) => {
    run = next;
    state = current;
    wait(refresh());
  });
}
