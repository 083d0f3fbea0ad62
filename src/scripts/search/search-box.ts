/**
 * The search box: the form (query and sort), typing (a search 250 ms after the last keystroke),
 * Enter, ↓ to the first result, and Pagefind fetched as soon as the reader focuses the box.
 */
import type { SortOrder, SearchState } from '../../lib/search-state';
import type { Bus } from './bus';
import { part } from './dom';
import { loadPagefind } from './pagefind';

const TYPING_PAUSE_MS = 250;

export function searchBox(root: HTMLElement, bus: Bus, current: () => SearchState): void {
  const form = part<HTMLFormElement>(root, '[data-search-form]');
  const input = part<HTMLInputElement>(root, '[data-search-input]');
  const sort = part<HTMLSelectElement>(root, '[data-search-sort]');
  const list = part<HTMLElement>(root, '[data-search-list]');

  const write = (state: SearchState) => {
    input.value = state.q;
    sort.value = state.sort;
  };
  bus.on('restored', ({ state }) => write(state));
  write(current());

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => bus.emit('change', { state: { ...current(), q: input.value }, how: 'typed' }), TYPING_PAUSE_MS);
  });
  input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = list.querySelector<HTMLAnchorElement>('a');
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    bus.emit('change', { state: { ...current(), q: input.value }, how: 'chosen' });
  });
  sort.addEventListener('change', () => bus.emit('change', { state: { ...current(), sort: sort.value as SortOrder }, how: 'chosen' }));
  bus.on('focusBox', () => input.focus());
}
