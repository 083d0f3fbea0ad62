/** RSS feed of the newest stories (LIMITS.feed of them): /stories/feed.xml */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site';
import { storyFeedItems } from '../../lib/model/stories';
import { feedPath } from '../../lib/story-facets';
import { RSS_XMLNS, rssChannelData } from '../../lib/rss-channel';
import { LIMITS } from '../../lib/pagination';
import { t } from '../../lib/i18n';

export const GET: APIRoute = async ({ site }) => {
  const library = (await loadSite()).stories;
  return rss({
    title: `${t('story.feed.title')} | ${t('site.name')}`,
    description: t('story.feed.description'),
    site: new URL('/stories/', site).href,
    items: storyFeedItems(library.stories.slice(0, LIMITS.feed), library),
    xmlns: RSS_XMLNS,
    customData: rssChannelData(new URL(feedPath(), site).href),
    trailingSlash: true,
  });
};
