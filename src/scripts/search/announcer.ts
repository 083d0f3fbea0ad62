/**
 * The live region: says what a search found (“找到 12 条与“网姐”相关的结果。”), that nothing was
 * found, or that search could not load. One polite status line, read out once per search.
 */
import { hasFilters } from '../../lib/search-state';
import type { Bus } from './bus';
import { part, type Strings } from './dom';
import { searchedText } from './engine';

export function announcer(root: HTMLElement, bus: Bus, s: Strings): void {
  const status = part<HTMLElement>(root, '[data-search-status]');
  bus.on('failed', () => {
    status.textContent = s('error');
  });
  bus.on('results', ({ run, state }) => {
    if (!run) {
      status.textContent = s('status.idle');
      return;
    }
    const query = searchedText(run);
    const count = run.results.length;
    if (count === 0) status.textContent = query ? s('status.none', { query }) : hasFilters(state.filters) ? s('status.noneBrowse') : s('status.idle');
    else status.textContent = query ? s('status.count', { count, query }) : s('status.browse', { count });
  });
}
