/**
 * The whole model of the site, built top-down from plain entries: the policy library (with its
 * programme years), then the programme (actions, brands, targets, terms), the places, then each
 * section that points at them (events, stories), then the registry of what points at each clause.
 *
 * Pure: the build calls it with the entries of Astro's content collections (src/data/site.ts),
 * `npm run check:content` with the files it reads itself, unit tests with fixtures. Every problem
 * found is returned, worded for the editor who fixes it.
 */
import type { ContentError } from '../content-error';
import type { ActionData } from '../../schemas/action';
import type { BrandData } from '../../schemas/brand';
import type { EventData } from '../../schemas/event';
import type { HonourData } from '../../schemas/honour';
import type { DistrictData, RegionData } from '../../schemas/place';
import type { PolicyData } from '../../schemas/policy';
import type { PressContact } from '../../schemas/press-contact';
import type { StoryData } from '../../schemas/story';
import type { TargetData } from '../../schemas/target';
import type { TermData } from '../../schemas/term';
import type { YearData } from '../../schemas/year';
import { EVENT_KINDS } from '../../schemas/event';
import type { SearchNames } from '../search-meta';
import { SEARCH_TYPE_LABELS } from '../search-types';
import { t } from '../i18n';
import { Problems, type Entry } from './entries';
import { buildPolicies, type PolicyLibrary } from './policies';
import { indexClauses, type ClauseIndex } from './clauses';
import { buildProgramme, programmeRegistrations, type Programme } from './programme';
import { buildPlaces, type Places } from './places';
import { buildEvents, eventRegistration, type EventCalendarData } from './events';
import { buildStories, storyRegistration, type StoryLibrary } from './stories';
import { buildRegistry, type Registry } from './registry';

/** The entries of every collection, as plain data. */
export interface SiteEntries {
  years: readonly Entry<YearData>[];
  policies: readonly Entry<PolicyData>[];
  actions: readonly Entry<ActionData>[];
  brands: readonly Entry<BrandData>[];
  targets: readonly Entry<TargetData>[];
  terms: readonly Entry<TermData>[];
  regions: readonly Entry<RegionData>[];
  districts: readonly Entry<DistrictData>[];
  honours: readonly Entry<HonourData>[];
  pressContacts: readonly Entry<PressContact>[];
  events: readonly Entry<EventData>[];
  stories: readonly Entry<StoryData>[];
}

export interface Site {
  policies: PolicyLibrary;
  clauses: ClauseIndex;
  programme: Programme;
  places: Places;
  calendar: EventCalendarData;
  stories: StoryLibrary;
  registry: Registry;
}

export function buildSite(entries: SiteEntries): { site: Site; problems: ContentError[] } {
  const problems = new Problems();
  const policies = buildPolicies(entries.policies, entries.years, problems);
  const clauses = indexClauses(policies);
  const programme = buildProgramme(entries, policies, clauses, problems);
  const places = buildPlaces(entries.regions, entries.districts, problems);
  const calendar = buildEvents(entries.events, clauses, programme, places, problems);
  const stories = buildStories(entries.stories, entries.pressContacts, entries.honours, clauses, programme, places, problems);
  // Every section that points at clauses, actions or brands registers here, once.
  const registry = buildRegistry([...programmeRegistrations(programme), eventRegistration(calendar), storyRegistration(stories)]);
  return { site: { policies, clauses, programme, places, calendar, stories, registry }, problems: problems.list };
}

/**
 * The label of each search type: the site's own (src/lib/search-types.ts), then each registered
 * kind's name. Where both name a kind, they must agree: the search page's scripts know those labels
 * from search-types.ts alone.
 */
export function searchTypeLabels(registry: Registry): Readonly<Record<string, string>> {
  const labels: Record<string, string> = { ...SEARCH_TYPE_LABELS };
  for (const { kind, names } of registry.kinds) {
    const name = t(names.short);
    const known = labels[kind];
    if (known !== undefined && known !== name) {
      throw new Error(
        `the kind “${kind}” is named “${name}” (${names.short}) but its search type is “${known}” (src/lib/search-types.ts): make them the same`,
      );
    }
    labels[kind] = name;
  }
  return labels;
}

/** The names behind the ids that pages and URLs use, for the search index and the search page. */
export function searchNames(site: Site): SearchNames {
  const record = <T>(items: readonly T[], entry: (item: T) => [string, string]) => Object.fromEntries(items.map(entry));
  return {
    type: searchTypeLabels(site.registry),
    action: record(site.programme.actions, (a) => [a.id, a.data.shortName]),
    brand: record(site.programme.brands, (b) => [b.id, b.data.name]),
    region: record(site.places.regions, (r) => [r.id, r.name]),
    district: Object.fromEntries(site.places.districts.map((d) => [d.id, { name: d.name, region: d.region.id }])),
    kind: Object.fromEntries(Object.entries(EVENT_KINDS).map(([name, slug]) => [slug, name])),
  };
}

/** The facts UI strings take as placeholders: the years the site covers and its documents' numbers. */
export function siteFacts(site: Site): { years: string; docNumbers: string } {
  const years = site.policies.years.map((y) => y.year);
  const [first, last] = [years[0], years.at(-1)];
  return {
    years: first === last ? String(first ?? '') : `${first}—${last}`,
    docNumbers: site.policies.years.flatMap((y) => y.docNumbers).join('、'),
  };
}
