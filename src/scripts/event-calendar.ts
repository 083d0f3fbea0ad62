/**
 * The calendar's script, progressive enhancement only, wired from small modules that talk through
 * one bus (src/scripts/calendar/):
 *
 * - today-labels: “已过去 / 进行中 / 即将到来” by the reader's own today;
 * - filter-form: the filter form, shown only now; it filters in place where the page lists every
 *   entry, and otherwise leads to where the chosen filters are listed in full;
 * - event-list: shows the entries that match;
 * - status: the live region saying how many are shown;
 * - the URL: the chosen filters are kept in the query (?kind=…&brand=…&month=…) through the shared
 *   URL-state mechanism (src/lib/url-state.ts, src/scripts/url-history.ts), so a link can be
 *   shared and Back/Forward restore the view.
 */
import { filterCodec, type FilterState } from '../lib/event-filter';
import { createBus } from './calendar/bus';
import { describeState, mountFilterForm } from './calendar/filter-form';
import { mountEventList } from './calendar/event-list';
import { mountStatus } from './calendar/status';
import { labelRelations } from './calendar/today-labels';
import { urlHistory } from './url-history';

labelRelations();

const form = document.querySelector<HTMLFormElement>('[data-event-filter]');
if (form) {
  const bus = createBus();
  const { known, live } = mountFilterForm(form, bus);
  const list = document.querySelector<HTMLElement>('[data-event-list]');
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  if (live && list) {
    mountEventList(list, bus);
    if (status) mountStatus(status, form.dataset.countText ?? '{count}', bus);
    const restore = (state: FilterState) => bus.emit('state', { state, chosen: describeState(form, state), push: false });
    const url = urlHistory(filterCodec(known), restore);
    bus.on('state', ({ state, push }) => {
      if (push) url.push(state);
    });
    restore(url.current());
  }
}
