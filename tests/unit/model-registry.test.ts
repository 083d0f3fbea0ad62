import { describe, expect, test } from 'vitest';
import { buildRegistry, type RelatedPage } from '../../src/lib/model/registry';
import { dayDate } from '../../src/lib/partial-date';

const page = (kind: RelatedPage['kind'], href: string, day: string, actions: string[] = [], brands: string[] = []): RelatedPage => ({
  kind,
  href,
  title: href,
  date: dayDate(day),
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

  test('a clause shows a few links of each kind and says how many there are of kinds cut short', () => {
    const many = buildRegistry([
      {
        clauseLinks: [
          ...['甲', '乙', '丙'].map((label, i) => ({ ref: 'plan#s3', link: { kind: 'event' as const, href: `/events/e${i}/`, label } })),
          { ref: 'plan#s3', link: { kind: 'action', href: '/actions/a/', label: '行动' } },
        ],
      },
    ]);
    const short = many.shortLinksOf('plan#s3', 2);
    expect(short.links.map((l) => l.kind)).toEqual(['action', 'event', 'event']);
    expect(short.more).toEqual([{ kind: 'event', total: 3 }]);
    expect(many.shortLinksOf('plan#s3', 3).more).toEqual([]);
  });

  test('an action or a brand page lists the newest few of each kind, the total and where all are listed', () => {
    const listed = buildRegistry([
      {
        clauseLinks: [],
        related: ['2021-01-01', '2021-03-01', '2021-02-01'].map((date, i) => page('story', `/stories/s${i}/`, date, [], ['wangjie'])),
        listing: (filter) => `/stories/brand/${filter.brand}/`,
      },
    ]);
    expect(listed.relatedTo({ brand: 'wangjie' }, 2)).toEqual([
      {
        kind: 'story',
        pages: [expect.objectContaining({ href: '/stories/s1/' }), expect.objectContaining({ href: '/stories/s2/' })],
        total: 3,
        listing: '/stories/brand/wangjie/',
      },
    ]);
  });

  test('a new kind of content is one more registration', () => {
    const withTargets = buildRegistry([{ clauseLinks: [{ ref: 'plan#s2', link: { kind: 'target', href: '/targets/#t', label: '目标' } }] }]);
    expect(withTargets.linksOf('plan#s2')).toHaveLength(1);
  });
});
