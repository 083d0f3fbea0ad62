import { describe, expect, test } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isSampleData, samplesMode, withoutSamplesWhenExcluded } from '../../src/lib/samples';

describe('the SAMPLES switch', () => {
  test('includes samples when the variable is not set', () => {
    expect(samplesMode({})).toBe('include');
  });
  test('reads exclude and include in any case', () => {
    expect(samplesMode({ SAMPLES: 'Exclude' })).toBe('exclude');
    expect(samplesMode({ SAMPLES: ' include ' })).toBe('include');
  });
  test('stops on a value it does not know instead of guessing', () => {
    expect(() => samplesMode({ SAMPLES: 'no' })).toThrow(/SAMPLES=exclude/);
  });
  test('only sample: true marks a sample', () => {
    expect(isSampleData({ sample: true })).toBe(true);
    expect(isSampleData({ sample: false })).toBe(false);
    expect(isSampleData({ sample: 'true' })).toBe(false);
    expect(isSampleData(null)).toBe(false);
  });
});

/** A minimal store: what the wrapped loader sees. */
function fakeStore(initial: Array<[string, Record<string, unknown>]> = []) {
  const entries = new Map(initial.map(([id, data]) => [id, { id, data }]));
  const store = {
    set: (entry: { id: string; data: Record<string, unknown> }) => (entries.set(entry.id, entry), true),
    get: (id: string) => entries.get(id),
    delete: (id: string) => void entries.delete(id),
    entries: () => [...entries.entries()],
    keys: () => [...entries.keys()],
  };
  return { store, ids: () => [...entries.keys()].sort() };
}

/** A loader that stores one real and one sample story, as glob() would. */
const twoStories: Loader = {
  name: 'two',
  load: async ({ store }) => {
    store.set({ id: 'real', data: { sample: false } });
    store.set({ id: 'invented', data: { sample: true } });
  },
};

async function run(env: Record<string, string>, initial: Array<[string, Record<string, unknown>]> = []) {
  const { store, ids } = fakeStore(initial);
  await withoutSamplesWhenExcluded(twoStories, env).load({ store } as unknown as LoaderContext);
  return ids();
}

describe('the stories loader with the switch', () => {
  test('keeps samples by default', async () => {
    expect(await run({})).toEqual(['invented', 'real']);
  });
  test('stores no sample when samples are excluded', async () => {
    expect(await run({ SAMPLES: 'exclude' })).toEqual(['real']);
  });
  test('removes samples an earlier build left in the cache', async () => {
    expect(await run({ SAMPLES: 'exclude' }, [['old-sample', { sample: true }]])).toEqual(['real']);
  });
});
