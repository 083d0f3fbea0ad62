/**
 * The stories: every reference checked (districts, brands, actions, honours, clauses, press
 * contact) and each story's facet values. Pure: it takes plain entries and the rest of the model.
 * When the build runs with SAMPLES=exclude (src/lib/samples.ts) the entries hold no samples, so
 * nothing here returns one.
 */
import { FACETS, countValues, facetPath, newestFirst, relatedStories, type Facet, type Faceted } from '../story-facets';
import type { StoryData } from '../../schemas/story';
import type { PressContact } from '../../schemas/press-contact';
import type { HonourData } from '../../schemas/honour';
import { checkIds, checkUniqueIds, type Entry, type Problems } from './entries';
import type { ClauseIndex, ClausePoint } from './clauses';
import type { Places } from './places';
import type { Programme } from './programme';
import type { Registration } from './registry';
import { dayDate } from '../partial-date';
import { t } from '../i18n';
import { feedItem, type FeedItem } from '../feed';

export interface StoryPlace {
  id: string;
  name: string;
  region: string;
}

export interface Story extends Faceted {
  id: string;
  /** Path of the source file, relative to the project, for messages. */
  file: string;
  data: StoryData;
  sample: boolean;
  /** Root-relative URL of the story page. */
  url: string;
  /** The 区县 of the story, in the order the story lists them. */
  places: StoryPlace[];
  /** The clauses it relates to. */
  clauses: ClausePoint[];
  /** The press contact; a sample has none. */
  contact: PressContact | undefined;
}

export interface StoryLibrary {
  /** Newest first. */
  stories: Story[];
  byId: Map<string, Story>;
  contacts: PressContact[];
  honours: Array<{ id: string; name: string }>;
  /** What a reader sees for one facet value: 巴渝网姐, 渝东南武陵山区城镇群, 酉阳土家族苗族自治县, 最美家庭 … */
  facetLabel: (facet: Facet, value: string) => string;
  /** Each facet's values with how many stories carry them, most used first: counted once for every listing page. */
  facetValues: Record<Facet, Array<{ value: string; count: number; label: string }>>;
  /** The stories most like a story, best first (see relatedStories): worked out once for every story page. */
  related: (story: Story, limit: number) => Story[];
}

/** Ids a story file may not have, because they are path segments of the section's own pages. */
export const RESERVED_STORY_IDS: ReadonlySet<string> = new Set([...FACETS, 'feed.xml', 'images', 'page']);

export function buildStories(
  entries: readonly Entry<StoryData>[],
  contactEntries: readonly Entry<PressContact>[],
  honourEntries: readonly Entry<HonourData>[],
  clauses: ClauseIndex,
  programme: Programme,
  places: Places,
  problems: Problems,
): StoryLibrary {
  problems.push(...checkUniqueIds(entries, '故事'), ...checkUniqueIds(contactEntries, '媒体联系人'), ...checkUniqueIds(honourEntries, '荣誉'));
  const contacts = new Map(contactEntries.map((c) => [c.id, c.data]));
  const honours = honourEntries.map((h) => ({ id: h.id, name: h.data.name }));
  const ids = {
    districts: new Set(places.districts.map((d) => d.id)),
    brands: new Set(programme.brands.map((b) => b.id)),
    actions: new Set(programme.actions.map((a) => a.id)),
    honours: new Set(honours.map((h) => h.id)),
  };
  const stories: Story[] = [];

  for (const entry of entries) {
    const { file, data } = entry;
    const before = problems.count;
    if (RESERVED_STORY_IDS.has(entry.id))
      problems.add(file, '文件名', `“${entry.id}” 是栏目保留的网址`, '给文件换一个名字，例如 sample-xiushan-tea.md');
    problems.push(
      ...checkIds(file, 'districts', data.districts, ids.districts, '区县'),
      ...checkIds(file, 'brands', data.brands, ids.brands, '品牌'),
      ...checkIds(file, 'actions', data.actions, ids.actions, '行动'),
      ...checkIds(file, 'honours', data.honours, ids.honours, '荣誉'),
    );
    const cited = clauses.points(file, 'clauses', data.clauses, problems);
    data.people.forEach((person, i) => {
      if (person.district !== undefined && !ids.districts.has(person.district)) {
        problems.add(
          file,
          `people[${i}].district`,
          `区县 “${person.district}” 不存在`,
          '写成 content/districts.yaml 中的某个 id；重庆以外的人物改写 place，例如 place: 四川省',
        );
      }
    });
    const contact = data.contact === undefined ? undefined : contacts.get(data.contact);
    if (data.contact !== undefined && !contact)
      problems.add(file, 'contact', `媒体联系人 “${data.contact}” 不存在`, `写成 content/media.yaml 中的某个 id：${[...contacts.keys()].join('、')}`);
    if (data.sample) {
      [data.image, ...data.gallery].forEach((image, i) => {
        const field = i === 0 ? 'image' : `gallery[${i - 1}]`;
        if (!image.caption.includes('示例'))
          problems.add(file, `${field}.caption`, '示例故事的图片说明没有标明“示例”', '在图片说明末尾加上“（示例插图）”');
        if (!image.credit.includes('示例')) problems.add(file, `${field}.credit`, '示例故事的图片署名没有标明“示例”', '把署名写成“示例插图，……绘制”');
      });
    }
    if (problems.count > before) continue;

    const storyPlaces = data.districts.flatMap((id) => {
      const d = places.district(id);
      return d ? [{ id: d.id, name: d.name, region: d.region.id }] : [];
    });
    stories.push({
      id: entry.id,
      file,
      data,
      sample: data.sample,
      url: `/stories/${entry.id}/`,
      date: data.date,
      places: storyPlaces,
      clauses: cited,
      contact,
      brand: data.brands,
      action: data.actions,
      district: data.districts,
      region: [...new Set(storyPlaces.map((p) => p.region))],
      honour: data.honours,
    });
  }
  stories.sort(newestFirst);

  const honourName = new Map(honours.map((h) => [h.id, h.name]));
  const facetLabel = (facet: Facet, value: string): string => {
    switch (facet) {
      case 'brand':
        return programme.brand(value)?.data.name ?? value;
      case 'action':
        return programme.action(value)?.data.shortName ?? value;
      case 'region':
        return places.region(value)?.name ?? value;
      case 'district':
        return places.district(value)?.name ?? value;
      case 'honour':
        return honourName.get(value) ?? value;
    }
  };
  const facetValues = Object.fromEntries(
    FACETS.map((facet) => [
      facet,
      [...countValues(stories, facet)]
        .map(([value, count]) => ({ value, count, label: facetLabel(facet, value) }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN')),
    ]),
  ) as StoryLibrary['facetValues'];
  return {
    stories,
    byId: new Map(stories.map((s) => [s.id, s])),
    contacts: [...contacts.values()],
    honours,
    facetLabel,
    facetValues,
    related: relatedStories(stories),
  };
}

/** The headline as listings, feeds and back-links show it: samples carry the sample prefix. */
export function displayTitle(story: Pick<Story, 'sample' | 'data'>): string {
  return story.sample ? `${t('story.samplePrefix')}${story.data.title}` : story.data.title;
}

/** The stories' back-links (each story's clauses) and the stories as related pages of actions and brands. */
export function storyRegistration(library: StoryLibrary): Registration {
  return {
    kind: 'story',
    names: { short: 'clause.kind.story', group: 'related.kind.story' },
    clauseLinks: library.stories.flatMap((story) =>
      story.clauses.map((clause) => ({ ref: clause.ref, link: { href: story.url, label: displayTitle(story) } })),
    ),
    // The bare headline: the related-pages list adds its own 示例 mark from `sample`.
    related: library.stories.map((story) => ({
      href: story.url,
      title: story.data.title,
      date: dayDate(story.date),
      sample: story.sample,
      actions: story.action,
      brands: story.brand,
    })),
    listing: (filter) => (filter.action !== undefined ? facetPath('action', filter.action) : facetPath('brand', filter.brand)),
  };
}

/** One image of a story, as its download page offers it. */
export interface StoryImageItem {
  image: StoryData['image'];
  /** Anchor id of its entry on the download page, e.g. image-1. */
  anchor: string;
  lead: boolean;
  /** Name of the downloadable file, e.g. sample-xiushan-tea-wangjie-1.jpg. */
  file: string;
  /** Root-relative URL of the downloadable file (src/pages/stories/[id]/images/[file].ts writes it). */
  href: string;
  /** The master file under content/, read only to write the download (never published as it is). */
  master: string;
}

/**
 * The master file of a story image. Astro keeps its path as a hidden property of the image; the
 * original is not linked anywhere, so Astro does not publish it with its camera metadata.
 */
function masterPath(image: StoryData['image'], file: string): string {
  const path = (image.src as { fsPath?: unknown }).fsPath;
  if (typeof path !== 'string') throw new Error(`${file}: Astro gave a story image without its source path`);
  return path;
}

/** A story's images, lead first, each with its anchor on the download page and its download. */
export function storyImages(story: Story): StoryImageItem[] {
  return [story.data.image, ...story.data.gallery].map((image, i) => {
    const master = masterPath(image, story.file);
    const file = `${story.id}-${i + 1}${/\.png$/i.test(master) ? '.png' : '.jpg'}`;
    return { image, anchor: `image-${i + 1}`, lead: i === 0, file, href: `${story.url}images/${file}`, master };
  });
}

/** RSS items for stories: samples are marked in title and description (src/lib/feed.ts). */
export function storyFeedItems(stories: readonly Story[], library: StoryLibrary): FeedItem[] {
  const label = library.facetLabel;
  return stories.map((story) =>
    feedItem(
      {
        title: story.data.title,
        standfirst: story.data.standfirst,
        date: story.date,
        link: story.url,
        sample: story.sample,
        categories: [...FACETS.flatMap((facet) => story[facet].map((value) => label(facet, value))), ...(story.sample ? [t('story.sample')] : [])],
      },
      { titlePrefix: t('story.samplePrefix'), descriptionPrefix: t('story.sampleFeedPrefix') },
    ),
  );
}
