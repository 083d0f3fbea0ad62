/**
 * The list of entries: shows those that match the filters (matchesFilter), hides month and year
 * groups left empty, shows the “no entries” note, and announces how many entries are shown.
 */
import { matchesFilter, type FilterableItem } from '../../lib/event-filter';
import type { Bus } from './bus';

const words = (value: string | undefined) => (value ? value.split(' ').filter(Boolean) : []);

export function mountEventList(list: HTMLElement, bus: Bus): void {
  const groups = [...list.querySelectorAll<HTMLElement>('[data-group-month]')].map((group) => ({
    group,
    items: [...group.querySelectorAll<HTMLElement>('[data-event]')].map((element) => {
      const item: FilterableItem = {
        kind: element.dataset.kind ?? '',
        action: words(element.dataset.action),
        brand: words(element.dataset.brand),
        district: element.dataset.district,
        months: words(element.dataset.months),
        groupMonth: group.dataset.groupMonth ?? '',
      };
      return { element, item, id: element.dataset.event ?? '' };
    }),
  }));
  const years = [...list.querySelectorAll<HTMLElement>('[data-year]')];
  const empty = list.querySelector<HTMLElement>('[data-event-empty]');

  bus.on('state', ({ state, chosen }) => {
    // An entry listed under several months (a month page) counts once.
    const shown = new Set<string>();
    for (const { group, items } of groups) {
      let any = false;
      for (const { element, item, id } of items) {
        const visible = matchesFilter(item, state);
        element.hidden = !visible;
        if (visible) {
          any = true;
          shown.add(id);
        }
      }
      group.hidden = !any;
    }
    for (const year of years) year.hidden = ![...year.querySelectorAll<HTMLElement>('[data-group-month]')].some((g) => !g.hidden);
    if (empty) empty.hidden = shown.size > 0;
    bus.emit('shown', { count: shown.size, chosen });
  });
}
