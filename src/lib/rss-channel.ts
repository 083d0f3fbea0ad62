/**
 * Channel-level extras of the site's RSS feeds: the language and an Atom self link, which feed
 * validators and some readers expect.
 */
export const RSS_XMLNS = { atom: 'http://www.w3.org/2005/Atom' } as const;

export function rssChannelData(selfUrl: string): string {
  const href = selfUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<language>zh-cn</language><atom:link href="${href}" rel="self" type="application/rss+xml"/>`;
}
