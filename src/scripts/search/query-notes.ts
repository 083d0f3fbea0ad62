/**
 * What the page says about the query itself: that an over-long one was cut, and how it was read
 * (traditional characters as simplified, pinyin or initials as a name, a document number in its
 * full form), with a link to search the words exactly as typed instead.
 */
import { MAX_QUERY_CHARS } from '../../lib/search-query';
import type { SearchState } from '../../lib/search-state';
import type { Bus } from './bus';
import { part, searchLink, type Strings } from './dom';

export function queryNotes(root: HTMLElement, bus: Bus, s: Strings, href: (state: SearchState) => string): void {
  const truncated = part<HTMLElement>(root, '[data-search-truncated]');
  const rewritten = part<HTMLElement>(root, '[data-search-rewritten]');

  bus.on('results', ({ run }) => {
    truncated.hidden = !run?.typed.truncated;
    truncated.textContent = run?.typed.truncated ? s('truncated', { max: MAX_QUERY_CHARS }) : '';
    const rewrites = run?.rewritten?.rewrites ?? [];
    rewritten.hidden = rewrites.length === 0;
    rewritten.replaceChildren();
    if (!run || rewrites.length === 0) return;
    rewritten.append(rewrites.map((r) => s(`rewritten.${r.how}`, { from: r.from, to: r.to })).join(''));
    // Letters and numbers may have meant just that; traditional characters are in the index only as simplified.
    if (rewrites.every((r) => r.how === 'traditional')) return;
    const exact = `"${run.typed.text}"`;
    rewritten.append(' ', searchLink(href({ ...run.state, q: exact }), s('rewritten.original', { query: exact })));
  });
}
