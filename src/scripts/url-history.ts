/**
 * Ties a view's URL state (src/lib/url-state.ts) to the browser's history: a deliberate change is
 * its own history entry (`push`), a refinement of the current one replaces it (`replace`), and
 * Back/Forward hand the restored state to `onRestore`. An entry may carry a mark saying how it
 * was made (the search page marks entries made by typing, so that further typing replaces them).
 */
import { sameState, viewHref, type QueryCodec } from '../lib/url-state';

export interface UrlHistory<S> {
  /** The state the current address holds. */
  current: () => S;
  /** The mark of the current entry, if it has one. */
  mark: () => string | undefined;
  /** Records a new state as its own history entry (nothing when it equals the current one). */
  push: (state: S, mark?: string) => void;
  /** Records a new state in place of the current entry. */
  replace: (state: S, mark?: string) => void;
}

const markOf = (entry: unknown): string | undefined => {
  const mark = (entry as { mark?: unknown } | null)?.mark;
  return typeof mark === 'string' ? mark : undefined;
};

export function urlHistory<S>(codec: QueryCodec<S>, onRestore: (state: S, mark: string | undefined) => void): UrlHistory<S> {
  const current = () => codec.read(new URLSearchParams(window.location.search));
  window.addEventListener('popstate', (event) => onRestore(current(), markOf(event.state)));
  return {
    current,
    mark: () => markOf(history.state),
    push: (state, mark) => {
      if (!sameState(codec, state, current())) history.pushState(mark ? { mark } : null, '', viewHref(codec, state, window.location.pathname));
    },
    replace: (state, mark) => history.replaceState(mark ? { mark } : null, '', viewHref(codec, state, window.location.pathname)),
  };
}
