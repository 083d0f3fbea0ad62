/**
 * The results list: PAGE_SIZE results at a time (each with its type, date, sample mark, title,
 * and either the sections where the answer is or an excerpt), and “more results”, which moves
 * focus to the first new one.
 */
import { formatChineseDay, parseIsoDay } from '../../lib/dates';
import { PAGE_SIZE, subResultsToShow } from '../../lib/search-query';
import { SEARCH_TYPE_LABELS } from '../../lib/search-types';
import type { Bus } from './bus';
import { el, excerpt, part, type Strings } from './dom';
import { searchedText, type SearchRun } from './engine';
import type { ResultData } from './pagefind';

export function resultsList(root: HTMLElement, bus: Bus, s: Strings): void {
  const layout = part<HTMLElement>(root, '[data-search-layout]');
  const list = part<HTMLOListElement>(root, '[data-search-list]');
  const more = part<HTMLButtonElement>(root, '[data-search-more]');
  let run: SearchRun | null = null;
  let shown = 0;

  function render(result: ResultData, query: string): HTMLLIElement {
    const li = el('li', 'result');
    const type = result.meta.type ?? '';
    const date = result.meta.date && parseIsoDay(result.meta.date) ? formatChineseDay(result.meta.date) : '';
    const meta = el('p', 'result__meta');
    if (type) meta.append(el('span', 'result__type', type));
    if (result.meta.sample) meta.append(el('span', 'result__sample', s('result.sample')));
    if (date) meta.append(el('span', 'result__date', s('date', { date })));
    li.append(meta);
    const heading = el('h3', 'result__title');
    const link = el('a', undefined, result.meta.title || result.url);
    link.href = result.url;
    heading.append(link);
    li.append(heading);
    const subs = subResultsToShow(type, query, result.sub_results, result.meta.title ?? '');
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

  function append(mine: SearchRun, datas: ResultData[]): HTMLLIElement[] {
    const items = datas.map((d) => render(d, searchedText(mine)));
    list.append(...items);
    shown += datas.length;
    const left = mine.results.length - shown;
    more.hidden = left <= 0;
    more.textContent = s('more', { count: left });
    return items;
  }

  more.addEventListener('click', async () => {
    const mine = run;
    if (!mine) return;
    const datas = await Promise.all(mine.results.slice(shown, shown + PAGE_SIZE).map(mine.dataOf));
    if (mine === run) append(mine, datas)[0]?.querySelector<HTMLAnchorElement>('a')?.focus();
  });

  layout.hidden = false;
  bus.on('searching', () => list.setAttribute('aria-busy', 'true'));
  bus.on('failed', () => list.removeAttribute('aria-busy'));
  bus.on('results', (detail) => {
    run = detail.run;
    shown = 0;
    list.replaceChildren();
    more.hidden = true;
    if (run) append(run, run.firstPage);
    list.removeAttribute('aria-busy');
  });
}
