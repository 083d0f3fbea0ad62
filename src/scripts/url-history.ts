/**
 * Ties a view's URL state (src/lib/url-state.ts) to the browser's history: a deliberate change is
 * its own history entry (`push`), a refinement of the current one replaces it (`replace`), and
 * Back/Forward hand the restored state to `onRestore`.
 */
import { sameState, viewHref, type QueryCodec } from '../lib/url-state';

export interface UrlHistory<S> {
  /** The state the current address holds. */
  current: () => S;
  /** Records a new state as its own history entry (nothing when it equals the current one). */
  push: (state: S) => void;
  /** Records a new state in place of the current entry. */
  replace: (state: S) => void;
}

export function urlHistory<S>(codec: QueryCodec<S>, onRestore: (state: S) => void): UrlHistory<S> {
  const current = () => codec.read(new URLSearchParams(window.location.search));
  window.addEventListener('popstate', () => onRestore(current()));
  return {
    current,
    push: (state) => {
      if (!sameState(codec, state, current())) history.pushState(null, '', viewHref(codec, state, window.location.pathname));
    },
    replace: (state) => history.replaceState(null, '', viewHref(codec, state, window.location.pathname)),
  };
}
