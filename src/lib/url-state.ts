/**
 * A view's state kept in its URL query, so a filtered view can be shared and Back/Forward restore
 * it: the one mechanism the search page, the stories index and the calendar use. Pure: a codec
 * turns a query into a state and back; src/scripts/url-history.ts ties a codec to the browser's
 * history. Everything read from a URL is bounded and treated as text.
 */

/** How one view reads its state from a query and writes it back. */
export interface QueryCodec<S> {
  read: (params: URLSearchParams) => S;
  write: (state: S) => URLSearchParams;
}

/** `?a=1&b=2`, or '' for an empty query. */
export function queryString(params: URLSearchParams): string {
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The address of a view: its path and its state's query. */
export function viewHref<S>(codec: QueryCodec<S>, state: S, path: string): string {
  return `${path}${queryString(codec.write(state))}`;
}

/** Whether two states write the same query. */
export function sameState<S>(codec: QueryCodec<S>, a: S, b: S): boolean {
  return codec.write(a).toString() === codec.write(b).toString();
}

/** Longest value kept from a URL for one key. */
export const MAX_VALUE_CHARS = 40;

/**
 * A codec for views filtered by at most one value per key (`?brand=wangjie&region=southeast`),
 * keys written in a fixed order. A value is kept when it is short, well-formed and, if `accept` is
 * given, accepted for its key (for example: some entry has it).
 */
export function singleValueCodec<K extends string>(
  keys: readonly K[],
  accept: (key: K, value: string) => boolean = (_key, value) => /^[a-z0-9][a-z0-9-]*$/.test(value),
): QueryCodec<Partial<Record<K, string>>> {
  return {
    read: (params) => {
      const state: Partial<Record<K, string>> = {};
      for (const key of keys) {
        const value = params.get(key)?.trim();
        if (value && value.length <= MAX_VALUE_CHARS && accept(key, value)) state[key] = value;
      }
      return state;
    },
    write: (state) => {
      const params = new URLSearchParams();
      for (const key of keys) {
        const value = state[key];
        if (value) params.set(key, value);
      }
      return params;
    },
  };
}
