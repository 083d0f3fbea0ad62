/**
 * Combined facets on the stories index. The choice is kept in the URL query (pushState, so the
 * back button steps through earlier choices). When the page lists every story, it shows the
 * stories that match every chosen facet and, next to each option, how many it would leave. When
 * the stories are split into pages, it does not pretend to filter the one page it has: it links
 * to where every matching story is listed (completeView) and shows each option's total.
 * Progressive enhancement: without it the form stays hidden and the facet links lead to
 * pre-rendered pages.
 */
import { FACETS, completeView, matches, selectionCodec, type Facet, type Faceted, type Selection } from '../lib/story-facets';
import { urlHistory } from './url-history';

const form = document.querySelector<HTMLElement>('[data-story-filter]');
const list = document.querySelector<HTMLElement>('[data-story-list]');

if (form && list) {
  const words = (value: string | undefined) => (value ? value.split(' ').filter(Boolean) : []);
  const items = [...list.querySelectorAll<HTMLElement>('li[data-story]')].map((li) => {
    const story: Faceted = {
      id: li.dataset.story ?? '',
      date: '',
      brand: words(li.dataset.brand),
      action: words(li.dataset.action),
      region: words(li.dataset.region),
      district: words(li.dataset.district),
      honour: words(li.dataset.honour),
    };
    return { li, story };
  });
  const selects = FACETS.flatMap((facet) => {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${facet}"]`);
    return select ? [{ facet, select }] : [];
  });
  const known: Partial<Record<Facet, Set<string>>> = Object.fromEntries(
    selects.map(({ facet, select }) => [facet, new Set([...select.options].map((o) => o.value).filter(Boolean))]),
  );
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const empty = document.querySelector<HTMLElement>('[data-story-empty]');
  const reset = form.querySelector<HTMLButtonElement>('[data-filter-reset]');

  const read = (): Selection => Object.fromEntries(selects.filter(({ select }) => select.value).map(({ facet, select }) => [facet, select.value]));
  const write = (selection: Selection) => {
    for (const { facet, select } of selects) select.value = selection[facet] ?? '';
  };
  const count = (selection: Selection) => items.filter(({ story }) => matches(story, selection)).length;
  const complete = form.dataset.complete === 'true';
  const view = form.querySelector<HTMLElement>('[data-filter-view]');
  const viewPage = form.querySelector<HTMLAnchorElement>('[data-view-page]');
  const viewSearch = form.querySelector<HTMLAnchorElement>('[data-view-search]');
  const viewNone = form.querySelector<HTMLElement>('[data-view-none]');

  /** A page of a longer listing: say where the whole result is, and each option's total. */
  const point = (selection: Selection) => {
    const target = Object.keys(selection).length > 0 ? completeView(selection) : undefined;
    if (view) view.hidden = target === undefined;
    if (viewPage) {
      viewPage.hidden = target?.kind !== 'page';
      if (target?.kind === 'page') viewPage.href = target.href;
    }
    if (viewSearch) {
      viewSearch.hidden = target?.kind !== 'search';
      if (target?.kind === 'search') viewSearch.href = target.href;
    }
    if (viewNone) viewNone.hidden = target !== null;
    for (const { select } of selects) {
      for (const option of select.options) {
        if (option.value) option.textContent = `${option.dataset.label ?? option.value}（${option.dataset.total ?? ''}）`;
      }
    }
    if (reset) reset.disabled = Object.keys(selection).length === 0;
  };

  const apply = (selection: Selection) => {
    if (!complete) return point(selection);
    let shown = 0;
    for (const { li, story } of items) {
      const visible = matches(story, selection);
      li.hidden = !visible;
      if (visible) shown++;
    }
    if (empty) empty.hidden = shown > 0;
    if (status) {
      status.textContent = (status.dataset.template ?? '').replace('{shown}', String(shown)).replace('{total}', String(items.length));
    }
    for (const { facet, select } of selects) {
      for (const option of select.options) {
        if (!option.value) continue;
        option.textContent = `${option.dataset.label ?? option.value}（${count({ ...selection, [facet]: option.value })}）`;
      }
    }
    if (reset) reset.disabled = Object.keys(selection).length === 0;
  };

  const url = urlHistory(selectionCodec(known), (selection) => {
    write(selection);
    apply(selection);
  });

  form.addEventListener('change', () => {
    const selection = read();
    url.push(selection);
    apply(selection);
  });
  reset?.addEventListener('click', () => {
    write({});
    url.push({});
    apply({});
    selects[0]?.select.focus();
  });

  const initial = url.current();
  write(initial);
  apply(initial);
  form.hidden = false;
}
