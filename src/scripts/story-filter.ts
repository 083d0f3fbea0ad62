/**
 * Combined facets on the stories index: shows the stories that match every chosen facet, keeps
 * the choice in the URL query (pushState, so the back button steps through earlier choices) and
 * shows next to each option how many stories it would leave. Progressive enhancement: without it
 * the form stays hidden and the facet links lead to pre-rendered pages.
 */
import { FACETS, matches, selectionCodec, type Facet, type Faceted, type Selection } from '../lib/story-facets';
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

  const apply = (selection: Selection) => {
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
