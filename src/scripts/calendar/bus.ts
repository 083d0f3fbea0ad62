/**
 * The calendar's event bus: its modules (form, list, status, URL) never call each other; each
 * listens for and announces what it knows here, as Pagefind's component UI does.
 */
import type { FilterState } from '../../lib/event-filter';

/** A chosen filter as the reader sees it: 品牌：巴渝大姐. */
export interface ChosenLabel {
  name: string;
  value: string;
}

export interface CalendarMessages {
  /** The filters to show: chosen in the form (`push`: a new history entry) or restored from the URL. */
  state: { state: FilterState; chosen: ChosenLabel[]; push: boolean };
  /** The list shows `count` entries for a state. */
  shown: { count: number; chosen: ChosenLabel[] };
}

export interface Bus {
  on: <K extends keyof CalendarMessages>(type: K, listener: (detail: CalendarMessages[K]) => void) => void;
  emit: <K extends keyof CalendarMessages>(type: K, detail: CalendarMessages[K]) => void;
}

export function createBus(): Bus {
  const target = new EventTarget();
  return {
    on: (type, listener) => target.addEventListener(type, (event) => listener((event as CustomEvent<CalendarMessages[typeof type]>).detail)),
    emit: (type, detail) => target.dispatchEvent(new CustomEvent(type, { detail })),
  };
}
