/** The filter's live region: says how many entries the chosen filters leave, and which filters they are. */
import { filterStatus } from '../../lib/event-filter';
import type { Bus } from './bus';

export function mountStatus(status: HTMLElement, template: string, bus: Bus): void {
  bus.on('shown', ({ count, chosen }) => {
    status.textContent = filterStatus(template, count, chosen);
  });
}
