/**
 * The calendar's small script, progressive enhancement only:
 *
 * 1. “已过去 / 进行中 / 即将到来” computed with the reader's own today (the build carries no day of
 *    its own, so a build made months earlier still labels correctly); the note under the title,
 *    hidden until now, says which day was used.
 * 2. The filter form: shown only when this script runs. On the overview page (data-live) the
 *    chosen filters combine in place and are kept in the URL (?kind=…&brand=…&month=…) with
 *    history.pushState, so a link can be shared and Back/Forward restore the view. On a filter
 *    page the form leads to the overview with the same query.
 */
import { relationToToday, type PartialDate } from '../lib/partial-date';
import { formatChineseDay } from '../lib/dates';
import { EVENT_FACETS as FACETS, type FacetName as Facet } from '../lib/event-facets';
type State = Partial<Record<Facet, string>>;

const pad = (n: number) => String(n).padStart(2, '0');

function readerToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function updateRelations(): void {
  const note = document.querySelector<HTMLElement>('[data-today-note]');
  if (!note) return;
  const today = readerToday();
  const labels: Record<string, string> = {
    past: note.dataset.labelPast ?? '',
    ongoing: note.dataset.labelOngoing ?? '',
    upcoming: note.dataset.labelUpcoming ?? '',
  };
  for (const badge of document.querySelectorAll<HTMLElement>('[data-rel-start]')) {
    // Only whether the days are known matters here: a known span, or a window without a day.
    const known = badge.dataset.relKnown === '1';
    const date: PartialDate = {
      precision: known ? 'days' : 'month',
      start: badge.dataset.relStart ?? null,
      end: badge.dataset.relEnd ?? badge.dataset.relStart ?? null,
      whole: known,
    };
    const relation = relationToToday(date, today);
    badge.dataset.rel = relation;
    badge.textContent = labels[relation] ?? '';
    badge.hidden = relation === 'unknown';
  }
  if (note.dataset.readerText) {
    note.textContent = note.dataset.readerText.replace('{date}', formatChineseDay(today));
    note.hidden = false;
  }
}

function stateFromUrl(url: URL): State {
  const state: State = {};
  for (const facet of FACETS) {
    const value = url.searchParams.get(facet);
    if (value) state[facet] = value;
  }
  return state;
}

function stateFromForm(form: HTMLFormElement): State {
  const state: State = {};
  const data = new FormData(form);
  for (const facet of FACETS) {
    const value = data.get(facet);
    if (typeof value === 'string' && value) state[facet] = value;
  }
  return state;
}

function query(state: State): string {
  const params = new URLSearchParams();
  for (const facet of FACETS) if (state[facet]) params.set(facet, state[facet] as string);
  const text = params.toString();
  return text ? `?${text}` : '';
}

function setForm(form: HTMLFormElement, state: State): void {
  for (const facet of FACETS) {
    const select = form.elements.namedItem(facet);
    if (!(select instanceof HTMLSelectElement)) continue;
    const wanted = state[facet] ?? '';
    select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
  }
}

const listHas = (attr: string | undefined, value: string) => (attr ?? '').split(' ').includes(value);

function matches(item: HTMLElement, state: State): boolean {
  if (state.kind && item.dataset.kind !== state.kind) return false;
  if (state.action && !listHas(item.dataset.action, state.action)) return false;
  if (state.brand && !listHas(item.dataset.brand, state.brand)) return false;
  if (state.district && item.dataset.district !== state.district) return false;
  return true;
}

function applyFilters(form: HTMLFormElement, state: State): void {
  const list = document.querySelector<HTMLElement>('[data-event-list]');
  if (!list) return;
  const shown = new Set<string>();
  for (const group of list.querySelectorAll<HTMLElement>('[data-group-month]')) {
    let any = false;
    for (const item of group.querySelectorAll<HTMLElement>('[data-event]')) {
      // An entry whose window spans several months is listed once, under its first month.
      const inMonth = !state.month || group.dataset.groupMonth === state.month || listHas(item.dataset.months, state.month);
      const visible = inMonth && matches(item, state);
      item.hidden = !visible;
      if (visible) {
        any = true;
        shown.add(item.dataset.event ?? '');
      }
    }
    group.hidden = !any;
  }
  for (const year of list.querySelectorAll<HTMLElement>('[data-year]')) {
    year.hidden = ![...year.querySelectorAll<HTMLElement>('[data-group-month]')].some((g) => !g.hidden);
  }
  const empty = list.querySelector<HTMLElement>('[data-event-empty]');
  if (empty) empty.hidden = shown.size > 0;

  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  if (status) {
    const chosen = FACETS.filter((f) => state[f]).map((facet) => {
      const select = form.elements.namedItem(facet) as HTMLSelectElement | null;
      const label = select?.labels?.[0]?.textContent ?? facet;
      return `${label}：${select?.selectedOptions[0]?.textContent?.trim() ?? state[facet]}`;
    });
    const template = form.dataset.countText ?? '{count}';
    status.textContent = chosen.length ? `${template.replace('{count}', String(shown.size))}（${chosen.join('；')}）` : '';
  }
}

function enhanceFilters(): void {
  const form = document.querySelector<HTMLFormElement>('[data-event-filter]');
  if (!form) return;
  form.hidden = false;
  const browse = document.querySelector<HTMLDetailsElement>('[data-filter-browse]');
  if (browse) browse.open = false;
  const live = form.dataset.live === 'true';
  const reset = form.querySelector<HTMLAnchorElement>('[data-filter-reset]');

  if (!live) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      // form.action would be the <select name="action">: read the attribute.
      window.location.assign(`${form.getAttribute('action') ?? '/events/'}${query(stateFromForm(form))}`);
    });
    return;
  }

  const show = (state: State) => {
    setForm(form, state);
    applyFilters(form, state);
  };
  const commit = () => {
    const state = stateFromForm(form);
    const url = `${window.location.pathname}${query(state)}`;
    if (url !== `${window.location.pathname}${window.location.search}`) history.pushState(state, '', url);
    applyFilters(form, state);
  };
  form.addEventListener('change', commit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit();
  });
  reset?.addEventListener('click', (event) => {
    event.preventDefault();
    setForm(form, {});
    commit();
  });
  window.addEventListener('popstate', () => show(stateFromUrl(new URL(window.location.href))));
  show(stateFromUrl(new URL(window.location.href)));
}

updateRelations();
enhanceFilters();
