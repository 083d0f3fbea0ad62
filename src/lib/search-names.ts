/**
 * The site's search lexicon (src/lib/search-lexicon.ts), built from the site's model once per
 * build: the names readers look for, with their pinyin, and the notices' document numbers. The
 * search page (src/pages/search/index.astro) carries the part whose size the programme fixes; the
 * event titles, which grow with the content, are written beside it (src/pages/search/names.json.ts,
 * labels.json.ts and names/[prefix].json.ts). Build-only: it reads pinyin (src/lib/pinyin.ts).
 */
import { t } from './i18n';
import { nameSyllables } from './pinyin';
import { SECTIONS } from './sections';
import { searchHref } from './search-state';
import {
  buildLexicon,
  districtShortName,
  docNumberParts,
  quotedNames,
  type LexiconDoc,
  type LexiconLabel,
  type LexiconName,
  type MoreNames,
  type NameShard,
  type NameSource,
  type SearchLexicon,
} from './search-lexicon';
import { spellingShards } from './search-rewrite';
import type { Site } from './model/site';

export interface SiteLexicon {
  /** What the search page carries: the names the programme fixes and the document numbers. */
  page: SearchLexicon;
  /** What the search page needs to know of the rest. */
  more: MoreNames;
  /** The names that grow with the content (event titles) and have forms, in order: MORE_NAMES_PATH. */
  moreNames: LexiconName[];
  /** Every name that grows with the content, as a link, in order: MORE_LABELS_PATH. */
  moreLabels: LexiconLabel[];
  /** The same by prefix of their spellings: spellingShardPath(prefix). */
  shards: Record<string, NameShard>;
}

const built = new WeakMap<Site, SiteLexicon>();

export function siteLexicon(site: Site): SiteLexicon {
  const known = built.get(site);
  if (known) return known;
  const { programme, places, policies, calendar } = site;
  const searchFor = (key: 'region' | 'district', value: string) => searchHref({ q: '', filters: { [key]: [value] }, sort: 'relevance' });
  const fixed: NameSource[] = [
    ...programme.brands.map((b) => ({ label: b.data.name, kind: t('search.suggest.brand'), url: b.href, also: b.names })),
    ...programme.actions.map((a) => ({ label: a.data.shortName, kind: t('search.suggest.action'), url: a.href, also: [a.data.name] })),
    ...programme.terms.map((term) => ({ label: term.data.term, kind: t('search.suggest.term'), url: term.href, also: term.forms })),
    ...places.regions.map((r) => ({ label: r.name, kind: t('search.suggest.region'), url: searchFor('region', r.name) })),
    ...places.districts.map((d) => ({
      label: d.name,
      kind: t('search.suggest.district'),
      url: searchFor('district', d.name),
      also: [districtShortName(d.name)],
    })),
    ...policies.texts.map((doc) => ({
      label: doc.data.title,
      kind: t('search.suggest.policy'),
      url: `/policies/${doc.id}/`,
      also: [doc.data.shortTitle, ...quotedNames(doc.data.title)],
    })),
    ...SECTIONS.map((s) => ({ label: t(s.name), kind: t('search.suggest.index'), url: s.path })),
  ];
  const growing: NameSource[] = calendar.events.map((e) => ({
    label: e.title,
    kind: t('search.suggest.event'),
    url: e.href,
    also: quotedNames(e.title),
  }));
  const docs: LexiconDoc[] = policies.notices.flatMap((notice) => {
    const parts = docNumberParts(notice.data.docNumber);
    return parts ? [{ ...parts, url: `/policies/${notice.id}/` }] : [];
  });
  const growingNames = buildLexicon(growing, [], nameSyllables).names;
  const moreNames = growingNames.filter((name) => name.forms.length > 0);
  const shards = spellingShards(moreNames);
  const lexicon: SiteLexicon = {
    page: buildLexicon(fixed, docs, nameSyllables),
    more: { prefixes: Object.keys(shards).sort() },
    moreNames,
    moreLabels: growingNames.map(({ label, kind, url }) => ({ label, kind, url })),
    shards,
  };
  built.set(site, lexicon);
  return lexicon;
}
