/** RSS feed of one brand's stories, newest first: /stories/brand/<brand>/feed.xml, for every brand. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPlaces, storiesForBrand, storyFeedItems } from '../../../../data/stories';
import { facetPath, feedPath } from '../../../../lib/story-facets';
import { BRANDS, brandName } from '../../../../lib/story-vocab';
import { RSS_XMLNS, rssChannelData } from '../../../../lib/rss-channel';
import { t } from '../../../../lib/i18n';

export const getStaticPaths = (() => Object.keys(BRANDS).map((brand) => ({ params: { brand } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const brand = params.brand ?? '';
  const [stories, places] = await Promise.all([storiesForBrand(brand), loadPlaces()]);
  return rss({
    title: `${t('story.feed.titleBrand', { brand: brandName(brand) })} | ${t('site.name')}`,
    description: t('story.feed.descriptionBrand', { brand: brandName(brand) }),
    site: new URL(facetPath('brand', brand), site).href,
    items: storyFeedItems(stories, places),
    xmlns: RSS_XMLNS,
    customData: rssChannelData(new URL(feedPath(brand), site).href),
    trailingSlash: true,
  });
};
