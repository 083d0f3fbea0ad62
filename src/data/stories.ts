/**
 * The stories: loads the stories collection and the press contacts once, checks every reference
 * (districts, brands, actions, honours, clauses, press contact) and gives each story its facet
 * values. A problem fails the build with a ContentError naming the file, the field, the bad value
 * and the fix.
 *
 * For other sections: `storiesForBrand(id)` and `storiesForAction(id)` list the stories of a brand
 * or an action, newest first; `storyClauseLinks` is the stories' source of clause back-links.
 * When the build runs with SAMPLES=exclude (src/lib/samples.ts) the collection holds no samples,
 * so nothing here returns one.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, throwIfAny } from '../lib/content-error';
import { loadPolicies } from './policies';
import { checkClauseRefs, checkIds } from './refs';
import { FACETS, newestFirst, type Facet, type Faceted } from '../lib/story-facets';
import { ACTIONS, BRANDS, HONOURS, actionName, brandName, honourName } from '../lib/story-vocab';
import { REGIONS, type RegionId } from '../schemas/district';
import type { StoryData, StoryImage } from '../schemas/story';
import type { PressContact } from '../schemas/press-contact';
import type { ClauseLinkSource } from './clause-links';
import { t } from '../lib/i18n';
import { feedItem, type FeedItem } from '../lib/feed';
import { formatChineseDay } from '../lib/dates';

export interface StoryPlace {
  id: string;
  name: string;
  region: RegionId;
}

export interface Story extends Faceted {
  id: string;
  /** Path of the source file, relative to the project, for error messages. */
  file: string;
  entry: CollectionEntry<'stories'>;
  data: StoryData;
  sample: boolean;
  /** Root-relative URL of the story page. */
  url: string;
  /** The 区县 of the story, in the order the story lists them. */
  places: StoryPlace[];
  contact: PressContact;
}

/** Ids a story file may not have, because they are path segments of the section's own pages. */
export const RESERVED_IDS: ReadonlySet<string> = new Set([...FACETS, 'feed.xml', 'images', 'page']);

interface StoryLibrary {
  stories: Story[];
  byId: Map<string, Story>;
  contacts: Map<string, PressContact>;
  districts: Map<string, StoryPlace>;
}

let library: Promise<StoryLibrary> | undefined;

function sourceFile(entry: CollectionEntry<'stories'>): string {
  return entry.filePath ?? `content/stories/${entry.id}.mdx`;
}

async function build(): Promise<StoryLibrary> {
  const [entries, districtEntries, contactEntries, policies] = await Promise.all([
    getCollection('stories'),
    getCollection('districts'),
    getCollection('pressContacts'),
    loadPolicies(),
  ]);
  const districts = new Map(districtEntries.map((d) => [d.data.id, { id: d.data.id, name: d.data.name, region: d.data.region }]));
  const contacts = new Map(contactEntries.map((c) => [c.data.id, c.data]));
  const districtIds = new Set(districts.keys());
  const errors: ContentError[] = [];
  const stories: Story[] = [];

  for (const entry of entries) {
    const file = sourceFile(entry);
    const data = entry.data;
    const before = errors.length;
    if (RESERVED_IDS.has(entry.id)) {
      errors.push(new ContentError(file, '文件名', `“${entry.id}” 是栏目保留的网址`, '给文件换一个名字，例如 sample-xiushan-tea.mdx'));
    }
    errors.push(
      ...checkIds(file, 'districts', data.districts, districtIds, '区县'),
      ...checkIds(file, 'brands', data.brands, new Set(Object.keys(BRANDS)), '品牌'),
      ...checkIds(file, 'actions', data.actions, new Set(Object.keys(ACTIONS)), '行动'),
      ...checkIds(file, 'honours', data.honours, new Set(Object.keys(HONOURS)), '荣誉'),
      ...checkClauseRefs(policies, file, 'clauses', data.clauses),
    );
    data.people.forEach((person, i) => {
      if (person.district !== undefined && !districtIds.has(person.district)) {
        errors.push(
          new ContentError(
            file,
            `people[${i}].district`,
            `区县 “${person.district}” 不存在`,
            '写成 content/districts.yaml 中的某个 id；重庆以外的人物改写 place，例如 place: 四川省',
          ),
        );
      }
    });
    if (!contacts.has(data.contact)) {
      errors.push(
        new ContentError(
          file,
          'contact',
          `媒体联系人 “${data.contact}” 不存在`,
          `写成 content/media.yaml 中的某个 id：${[...contacts.keys()].join('、')}`,
        ),
      );
    }
    if (data.sample) {
      [data.image, ...data.gallery].forEach((image, i) => {
        const field = i === 0 ? 'image' : `gallery[${i - 1}]`;
        if (!image.caption.includes('示例')) {
          errors.push(new ContentError(file, `${field}.caption`, '示例故事的图片说明没有标明“示例”', '在图片说明末尾加上“（示例插图）”'));
        }
        if (!image.credit.includes('示例')) {
          errors.push(new ContentError(file, `${field}.credit`, '示例故事的图片署名没有标明“示例”', '把署名写成“示例插图，……绘制”'));
        }
      });
    }
    if (errors.length > before) continue;

    const places = data.districts.map((id) => districts.get(id)).filter((p): p is StoryPlace => p !== undefined);
    stories.push({
      id: entry.id,
      file,
      entry,
      data,
      sample: data.sample,
      url: `/stories/${entry.id}/`,
      date: data.date,
      places,
      contact: contacts.get(data.contact) as PressContact,
      brand: data.brands,
      action: data.actions,
      district: data.districts,
      region: [...new Set(places.map((p) => p.region))],
      honour: data.honours,
    });
  }
  throwIfAny(errors);
  stories.sort(newestFirst);
  return { stories, byId: new Map(stories.map((s) => [s.id, s])), contacts, districts };
}

function loadLibrary(): Promise<StoryLibrary> {
  library ??= build();
  return library;
}

/** Every story, newest first. */
export async function loadStories(): Promise<Story[]> {
  return (await loadLibrary()).stories;
}

/** The stories of a brand (for example `wangjie`), newest first. */
export async function storiesForBrand(brandId: string): Promise<Story[]> {
  return (await loadStories()).filter((s) => s.brand.includes(brandId));
}

/** The stories of an action (for example `rural-revitalization`), newest first. */
export async function storiesForAction(actionId: string): Promise<Story[]> {
  return (await loadStories()).filter((s) => s.action.includes(actionId));
}

/** The stories that relate to a clause, written `policy-id#clause-id`, newest first. */
export async function storiesForClause(ref: string): Promise<Story[]> {
  return (await loadStories()).filter((s) => s.data.clauses.includes(ref));
}

/** The press contacts of content/media.yaml, in file order. */
export async function loadPressContacts(): Promise<PressContact[]> {
  return [...(await loadLibrary()).contacts.values()];
}

/** All 区县 and functional zones by id, for labels. */
export async function loadPlaces(): Promise<Map<string, StoryPlace>> {
  return (await loadLibrary()).districts;
}

/** The headline as listings, feeds and back-links show it: samples carry the sample prefix. */
export function displayTitle(story: Pick<Story, 'sample' | 'data'>): string {
  return story.sample ? `${t('story.samplePrefix')}${story.data.title}` : story.data.title;
}

/** What a reader sees for one facet value: 巴渝网姐, 渝东南武陵山区城镇群, 酉阳土家族苗族自治县, 最美家庭 … */
export function facetLabel(facet: Facet, value: string, places: ReadonlyMap<string, StoryPlace>): string {
  switch (facet) {
    case 'brand':
      return brandName(value);
    case 'action':
      return actionName(value);
    case 'region':
      return (REGIONS as Record<string, string>)[value] ?? value;
    case 'district':
      return places.get(value)?.name ?? value;
    case 'honour':
      return honourName(value);
  }
}

/** One image of a story, as its download page offers it. */
export interface StoryImageItem {
  image: StoryImage;
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
function masterPath(image: StoryImage, file: string): string {
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

/** Back-links from clauses to the stories that relate to them (registered in clause-links.ts). */
export const storyClauseLinks: ClauseLinkSource = async () =>
  (await loadStories()).flatMap((story) =>
    story.data.clauses.map((ref) => ({ ref, link: { kind: 'story' as const, href: story.url, label: displayTitle(story) } })),
  );

/** RSS items for stories: samples are marked in title and description (src/lib/feed.ts). */
export function storyFeedItems(stories: readonly Story[], places: ReadonlyMap<string, StoryPlace>): FeedItem[] {
  return stories.map((story) =>
    feedItem(
      {
        title: story.data.title,
        standfirst: story.data.standfirst,
        date: story.date,
        link: story.url,
        sample: story.sample,
        categories: [
          ...story.brand.map(brandName),
          ...story.action.map(actionName),
          ...story.district.map((id) => facetLabel('district', id, places)),
          ...story.region.map((id) => facetLabel('region', id, places)),
          ...story.honour.map(honourName),
          ...(story.sample ? [t('story.sample')] : []),
        ],
      },
      { titlePrefix: t('story.samplePrefix'), descriptionPrefix: t('story.sampleFeedPrefix') },
    ),
  );
}

/**
 * Every story as a related page of its actions and brands, in the shape the action and brand pages
 * list (RelatedPage in src/data/programme.ts; register it in `relatedPageSources`). The title is
 * the bare headline: that list adds its own 示例 mark from `sample`.
 */
export async function storyRelatedPages(): Promise<
  Array<{
    kind: 'story';
    href: string;
    title: string;
    dateLabel: string;
    sortDate: string;
    sample: boolean;
    actions: readonly string[];
    brands: readonly string[];
  }>
> {
  return (await loadStories()).map((story) => ({
    kind: 'story' as const,
    href: story.url,
    title: story.data.title,
    dateLabel: formatChineseDay(story.date),
    sortDate: story.date,
    sample: story.sample,
    actions: story.action,
    brands: story.brand,
  }));
}
