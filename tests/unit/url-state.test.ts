import { describe, expect, test } from 'vitest';
import { queryString, sameState, singleValueCodec, viewHref } from '../../src/lib/url-state';

describe('a view’s state in its URL', () => {
  const codec = singleValueCodec(['brand', 'region'] as const);

  test('reads one value per key and writes the keys in a fixed order', () => {
    const state = codec.read(new URLSearchParams('region=southeast&brand=wangjie&other=x'));
    expect(state).toEqual({ brand: 'wangjie', region: 'southeast' });
    expect(viewHref(codec, state, '/stories/')).toBe('/stories/?brand=wangjie&region=southeast');
  });

  test('an empty state is the bare path', () => {
    expect(viewHref(codec, {}, '/stories/')).toBe('/stories/');
    expect(queryString(new URLSearchParams())).toBe('');
  });

  test('a hostile or unknown value is dropped, not kept as text in the state', () => {
    const known = singleValueCodec(['brand'] as const, (_key, value) => value === 'wangjie');
    expect(known.read(new URLSearchParams('brand=<script>'))).toEqual({});
    expect(codec.read(new URLSearchParams(`brand=${'a'.repeat(500)}`))).toEqual({});
    expect(codec.read(new URLSearchParams('brand=Wang Jie'))).toEqual({});
  });

  test('two states are the same when they write the same query', () => {
    expect(sameState(codec, { brand: 'wangjie' }, { brand: 'wangjie', region: undefined })).toBe(true);
    expect(sameState(codec, { brand: 'wangjie' }, {})).toBe(false);
  });
});
