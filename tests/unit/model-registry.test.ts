import { describe, expect, test } from 'vitest';
import { buildRegistry, type RelatedPage } from '../../src/lib/model/registry';

const page = (kind: RelatedPage['kind'], href: string, sortDate: string, actions: string[] = [], brands: string[] = []): RelatedPage => ({
  kind,
  href,
  title: href,
  sortDate,
  actions,
  brands,
});

describe('the registry of what points at each clause', () => {
  const registry = buildRegistry([
    { clauseLinks: [{ ref: 'plan#s1', link: { kind: 'story', href: '/stories/a/', label: '乙' } }] },
    {
      clauseLinks: [
        { ref: 'plan#s1', link: { kind: 'brand', href: '/brands/x/#c', label: '甲' } },
        { ref: 'plan#s1', link: { kind: 'brand', href: '/brands/x/#c', label: '甲' } },
      ],
    },
    {
      clauseLinks: [],
      related: [page('event', '/events/old/', '2021-01-01', ['rural']), page('event', '/events/new/', '2021-06-01', ['rural'], ['wangjie'])],
    },
    { clauseLinks: [], related: [page('story', '/stories/a/', '2021-03-01', [], ['wangjie'])] },
  ]);

  test('a clause lists each page once, brands before stories', () => {
    expect(registry.linksOf('plan#s1').map((l) => l.href)).toEqual(['/brands/x/#c', '/stories/a/']);
    expect(registry.linksOf('plan#s9')).toEqual([]);
  });

  test('an action or a brand gets the related pages of every registered kind, newest first', () => {
    expect(registry.relatedTo({ action: 'rural' }).map((g) => [g.kind, g.pages.map((p) => p.href)])).toEqual([
      ['event', ['/events/new/', '/events/old/']],
    ]);
    expect(registry.relatedTo({ brand: 'wangjie' }).map((g) => g.kind)).toEqual(['event', 'story']);
  });

  test('a new kind of content is one more registration', () => {
    const withTargets = buildRegistry([{ clauseLinks: [{ ref: 'plan#s2', link: { kind: 'target', href: '/targets/#t', label: '目标' } }] }]);
    expect(withTargets.linksOf('plan#s2')).toHaveLength(1);
  });
});
