/** RSS feed of one brand's newest stories (LIMITS.feed of them): /stories/brand/<brand>/feed.xml, for every brand. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../../data/site';
import { storyFeedItems } from '../../../../lib/model/stories';
import { facetPath, feedPath } from '../../../../lib/story-facets';
import { RSS_XMLNS, rssChannelData } from '../../../../lib/rss-channel';
import { LIMITS } from '../../../../lib/pagination';
import { t } from '../../../../lib/i18n';

export const getStaticPaths = (async () =>
  (await loadSite()).programme.brands.map((brand) => ({ params: { brand: brand.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const brand = params.brand ?? '';
  const library = (await loadSite()).stories;
  const stories = library.stories.filter((s) => s.brand.includes(brand));
  const brandName = library.facetLabel('brand', brand);
  return rss({
    title: `${t('story.feed.titleBrand', { brand: brandName })} | ${t('site.name')}`,
    description: t('story.feed.descriptionBrand', { brand: brandName }),
    site: new URL(facetPath('brand', brand), site).href,
    items: storyFeedItems(stories.slice(0, LIMITS.feed), library),
    xmlns: RSS_XMLNS,
    customData: rssChannelData(new URL(feedPath(brand), site).href),
    trailingSlash: true,
  });
};
