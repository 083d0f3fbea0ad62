import { describe, expect, test } from 'vitest';
import {
  completeView,
  countValues,
  facetPath,
  feedPath,
  matches,
  newestFirst,
  parseSelection,
  relatedStories,
  selectionToQuery,
  type Faceted,
} from '../../src/lib/story-facets';

const story = (id: string, date: string, values: Partial<Omit<Faceted, 'id' | 'date'>> = {}): Faceted => ({
  id,
  date,
  brand: [],
  action: [],
  region: [],
  district: [],
  honour: [],
  ...values,
});

const teaSoutheast = story('tea', '2021-06-18', {
  brand: ['wangjie'],
  action: ['rural-revitalization'],
  region: ['southeast'],
  district: ['xiushan'],
  honour: ['zhifu-lingtouyan'],
});
const liveSoutheast = story('live', '2021-09-28', {
  brand: ['wangjie'],
  action: ['rural-revitalization'],
  region: ['southeast'],
  district: ['youyang'],
});
const orchardNortheast = story('orchard', '2021-12-08', {
  brand: ['wangjie'],
  action: ['entrepreneurship'],
  region: ['northeast'],
  district: ['fengjie'],
});
const weaving = story('weaving', '2021-05-20', { brand: ['qiaojie'], action: ['rural-revitalization'], region: ['southeast'], district: ['shizhu'] });
const family = story('family', '2021-06-05', { action: ['green-living'], region: ['northeast'], district: ['wanzhou'], honour: ['zuimei-jiating'] });
const all = [teaSoutheast, liveSoutheast, orchardNortheast, weaving, family];

describe('matches', () => {
  test('an empty selection keeps every story', () => {
    expect(all.filter((s) => matches(s, {}))).toHaveLength(all.length);
  });
  test('keeps only the stories that have every chosen value', () => {
    expect(all.filter((s) => matches(s, { brand: 'wangjie', region: 'southeast' })).map((s) => s.id)).toEqual(['tea', 'live']);
  });
  test('a value no story has keeps nothing', () => {
    expect(all.filter((s) => matches(s, { honour: 'zuimei-tingyuan' }))).toEqual([]);
  });
});

describe('URL query', () => {
  test('reads the facets it knows and ignores the rest', () => {
    expect(parseSelection('?region=southeast&brand=wangjie&colour=red')).toEqual({ brand: 'wangjie', region: 'southeast' });
  });
  test('ignores empty and malformed values', () => {
    expect(parseSelection('?brand=&region=<script>&honour=Zuimei')).toEqual({});
  });
  test('ignores values that are not among the known ones', () => {
    const known = { brand: new Set(['wangjie']) };
    expect(parseSelection('?brand=nobody', known)).toEqual({});
    expect(parseSelection('?brand=wangjie', known)).toEqual({ brand: 'wangjie' });
  });
  test('writes facets in a fixed order, so one view has one URL', () => {
    expect(selectionToQuery({ region: 'southeast', brand: 'wangjie' })).toBe('?brand=wangjie&region=southeast');
  });
  test('writes an empty selection as no query at all', () => {
    expect(selectionToQuery({})).toBe('');
  });
  test('a selection survives the round trip through the URL', () => {
    const selection = { action: 'green-living', district: 'wanzhou', honour: 'zuimei-jiating' };
    expect(parseSelection(selectionToQuery(selection))).toEqual(selection);
  });
});

describe('listing order and counts', () => {
  test('lists the newest story first', () => {
    expect([...all].sort(newestFirst).map((s) => s.id)).toEqual(['orchard', 'live', 'tea', 'family', 'weaving']);
  });
  test('stories of the same day keep a stable order', () => {
    expect([story('b', '2021-01-01'), story('a', '2021-01-01')].sort(newestFirst).map((s) => s.id)).toEqual(['a', 'b']);
  });
  test('counts the stories behind each facet value', () => {
    expect(Object.fromEntries(countValues(all, 'region'))).toEqual({ southeast: 3, northeast: 2 });
  });
  test('a story counts once even if it lists a value twice', () => {
    expect(countValues([story('x', '2021-01-01', { brand: ['dajie', 'dajie'] })], 'brand').get('dajie')).toBe(1);
  });
});

describe('related stories', () => {
  test('puts the stories that share most first and leaves out the story itself', () => {
    expect(relatedStories(all)(teaSoutheast).map((s) => s.id)).toEqual(['live', 'orchard', 'weaving']);
  });
  test('leaves out stories with nothing in common', () => {
    expect(relatedStories([family, weaving])(family).map((s) => s.id)).toEqual([]);
  });
  test('gives at most the number asked for', () => {
    expect(relatedStories(all)(teaSoutheast, 1)).toHaveLength(1);
  });
  test('among stories that share as much, the newer comes first; each story gets its own list', () => {
    const older = story('older', '2021-03-01', { region: ['southeast'] });
    const newer = story('newer', '2021-08-01', { region: ['southeast'] });
    const brandOnly = story('brand-only', '2021-01-01', { brand: ['wangjie'] });
    const related = relatedStories([older, brandOnly, newer]);
    expect(related(story('x', '2021-05-05', { region: ['southeast'] })).map((s) => s.id)).toEqual(['newer', 'older']);
    expect(related(story('y', '2021-05-05', { brand: ['wangjie'], region: ['southeast'] })).map((s) => s.id)).toEqual([
      'brand-only',
      'newer',
      'older',
    ]);
    expect(related(newer).map((s) => s.id)).toEqual(['older']);
  });
});

describe('paths', () => {
  test('each facet value has its own page', () => {
    expect(facetPath('honour', 'zuimei-jiating')).toBe('/stories/honour/zuimei-jiating/');
  });
  test('the feeds live beside the stories and their brand pages', () => {
    expect(feedPath()).toBe('/stories/feed.xml');
    expect(feedPath('wangjie')).toBe('/stories/brand/wangjie/feed.xml');
  });
});

describe('completeView: where every story of a combination is listed', () => {
  test('a single value, or a brand in a region, has its own pre-rendered page', () => {
    expect(completeView({})).toEqual({ kind: 'page', href: '/stories/' });
    expect(completeView({ honour: 'zuimei-jiating' })).toEqual({ kind: 'page', href: '/stories/honour/zuimei-jiating/' });
    expect(completeView({ brand: 'wangjie', region: 'southeast' })).toEqual({ kind: 'page', href: '/stories/brand/wangjie/region/southeast/' });
  });
  test('other combinations go to the search page’s story filters, newest first', () => {
    const view = completeView({ brand: 'wangjie', action: 'green-living', district: 'wanzhou' });
    expect(view?.kind).toBe('search');
    const url = new URL(view?.href ?? '', 'http://x');
    expect(url.pathname).toBe('/search/');
    expect([...url.searchParams]).toEqual([
      ['type', '故事'],
      ['action', 'green-living'],
      ['brand', 'wangjie'],
      ['district', 'wanzhou'],
      ['sort', 'date-desc'],
    ]);
  });
  test('an honour combined with another facet has no complete view (search does not filter by honour)', () => {
    expect(completeView({ honour: 'zuimei-jiating', region: 'northeast' })).toBeNull();
  });
});
