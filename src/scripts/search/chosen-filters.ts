/** The chosen filters as removable chips, and “clear all filters”. */
import { FILTER_KEYS, filterLabel } from '../../lib/search-meta';
import { toggleFilter, type SearchState } from '../../lib/search-state';
import type { Bus } from './bus';
import { el, part, type Strings } from './dom';

export function chosenFilters(root: HTMLElement, bus: Bus, s: Strings): void {
  const box = part<HTMLElement>(root, '[data-search-chosen]');
  const list = part<HTMLUListElement>(root, '[data-search-chosen-list]');
  const clear = part<HTMLButtonElement>(root, '[data-search-clear]');
  let state: SearchState | null = null;

  clear.addEventListener('click', () => {
    if (state) bus.emit('change', { state: { ...state, filters: {} }, how: 'chosen' });
    bus.emit('focusBox', {});
  });

  bus.on('searching', ({ state: current }) => {
    state = current;
    const items: HTMLLIElement[] = [];
    for (const key of FILTER_KEYS) {
      for (const value of current.filters[key] ?? []) {
        const label = `${s(`facet.${key}`)}：${filterLabel(key, value)}`;
        const button = el('button', 'search-chip', `${label} ×`);
        button.type = 'button';
        button.setAttribute('aria-label', s('removeFilter', { label }));
        button.addEventListener('click', () => {
          bus.emit('change', { state: { ...current, filters: toggleFilter(current.filters, key, value, false) }, how: 'chosen' });
          bus.emit('focusBox', {});
        });
        const li = el('li');
        li.append(button);
        items.push(li);
      }
    }
    list.replaceChildren(...items);
    box.hidden = items.length === 0;
  });
}
