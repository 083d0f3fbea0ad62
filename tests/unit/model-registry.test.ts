import { describe, expect, test } from 'vitest';
import { buildRegistry, type KindNames, type Registration, type RelatedPage } from '../../src/lib/model/registry';
import { dayDate } from '../../src/lib/partial-date';
import { searchTypeLabels } from '../../src/lib/model/site';
import { t } from '../../src/lib/i18n';

const page = (href: string, day: string, actions: string[] = [], brands: string[] = []): RelatedPage => ({
  href,
  title: href,
  date: dayDate(day),
  actions,
  brands,
});

/** The names of a kind, as its registration gives them (keys of the UI strings). */
const names = (kind: 'action' | 'brand' | 'target' | 'event' | 'story'): KindNames => ({
  short: `clause.kind.${kind}`,
  group: `related.kind.${kind}`,
});
const kind = (id: 'action' | 'brand' | 'target' | 'event' | 'story', rest: Partial<Registration> = {}): Registration => ({
  kind: id,
  names: names(id),
  clauseLinks: [],
  ...rest,
});

describe('the registry of what points at each clause', () => {
  const registry = buildRegistry([
    kind('brand', {
      clauseLinks: [
        { ref: 'plan#s1', link: { href: '/brands/x/#c', label: '甲' } },
        { ref: 'plan#s1', link: { href: '/brands/x/#c', label: '甲' } },
      ],
    }),
    kind('event', { related: [page('/events/old/', '2021-01-01', ['rural']), page('/events/new/', '2021-06-01', ['rural'], ['wangjie'])] }),
    kind('story', {
      clauseLinks: [{ ref: 'plan#s1', link: { href: '/stories/a/', label: '乙' } }],
      related: [page('/stories/a/', '2021-03-01', [], ['wangjie'])],
    }),
  ]);

  test('a clause lists each page once, in the order the kinds register, each with its kind and names', () => {
    expect(registry.linksOf('plan#s1').map((l) => [l.kind, l.href, l.names.short])).toEqual([
      ['brand', '/brands/x/#c', 'clause.kind.brand'],
      ['story', '/stories/a/', 'clause.kind.story'],
    ]);
    expect(registry.linksOf('plan#s9')).toEqual([]);
    expect(registry.kinds.map((k) => k.kind)).toEqual(['brand', 'event', 'story']);
  });

  test('a kind registers once', () => {
    expect(() => buildRegistry([kind('story'), kind('story')])).toThrow(/two sections register the kind “story”/);
  });

  test('an action or a brand gets the related pages of every registered kind, newest first', () => {
    expect(registry.relatedTo({ action: 'rural' }).map((g) => [g.kind, g.pages.map((p) => p.href)])).toEqual([
      ['event', ['/events/new/', '/events/old/']],
    ]);
    expect(registry.relatedTo({ brand: 'wangjie' }).map((g) => g.kind)).toEqual(['event', 'story']);
  });

  test('a clause shows a few links of each kind and says how many there are of kinds cut short', () => {
    const many = buildRegistry([
      kind('action', { clauseLinks: [{ ref: 'plan#s3', link: { href: '/actions/a/', label: '行动' } }] }),
      kind('event', { clauseLinks: ['甲', '乙', '丙'].map((label, i) => ({ ref: 'plan#s3', link: { href: `/events/e${i}/`, label } })) }),
    ]);
    const short = many.shortLinksOf('plan#s3', 2);
    expect(short.links.map((l) => l.kind)).toEqual(['action', 'event', 'event']);
    expect(short.more).toEqual([{ kind: 'event', names: names('event'), total: 3 }]);
    expect(many.shortLinksOf('plan#s3', 3).more).toEqual([]);
  });

  test('an action or a brand page lists the newest few of each kind, the total and where all are listed', () => {
    const listed = buildRegistry([
      kind('story', {
        related: ['2021-01-01', '2021-03-01', '2021-02-01'].map((date, i) => page(`/stories/s${i}/`, date, [], ['wangjie'])),
        listing: (filter) => `/stories/brand/${filter.brand}/`,
      }),
    ]);
    expect(listed.relatedTo({ brand: 'wangjie' }, 2)).toEqual([
      {
        kind: 'story',
        names: names('story'),
        pages: [expect.objectContaining({ href: '/stories/s1/' }), expect.objectContaining({ href: '/stories/s2/' })],
        total: 3,
        listing: '/stories/brand/wangjie/',
      },
    ]);
  });

  test('a new kind of content is one more registration: its links, its group and its place in the order', () => {
    const reports: Registration = {
      kind: 'report',
      names: { short: 'nav.media', group: 'nav.media' },
      clauseLinks: [{ ref: 'plan#s2', link: { href: '/reports/2021/', label: '2021 年报告' } }],
      related: [page('/reports/2021/', '2021-12-31', ['rural'])],
    };
    const withReports = buildRegistry([kind('action', { clauseLinks: [{ ref: 'plan#s2', link: { href: '/actions/a/', label: '行动' } }] }), reports]);
    expect(withReports.linksOf('plan#s2').map((l) => l.kind)).toEqual(['action', 'report']);
    expect(withReports.relatedTo({ action: 'rural' })).toEqual([expect.objectContaining({ kind: 'report', total: 1 })]);
  });

  test('a registered kind types its pages in the search index by its name, the same name search-types.ts gives', () => {
    const labels = searchTypeLabels(
      buildRegistry([kind('event'), kind('story'), { kind: 'report', names: { short: 'nav.media', group: 'nav.media' }, clauseLinks: [] }]),
    );
    expect(labels).toMatchObject({ policy: '政策', event: '活动', story: '故事', report: t('nav.media') });
    const misnamed = buildRegistry([{ kind: 'story', names: { short: 'related.kind.story', group: 'related.kind.story' }, clauseLinks: [] }]);
    expect(() => searchTypeLabels(misnamed)).toThrow(/“story” is named “巾帼故事”.*“故事”/);
  });
});
