/**
 * One page of each type the site has (for checks too slow to run on every page: axe at the desktop
 * width and in high contrast, touch-target sizes, the phone layout): a name for people and a path
 * from the sitemap.
 */
import { pagePaths } from './site';

const first = (pattern: RegExp): string => {
  const path = pagePaths().find((p) => pattern.test(p));
  if (!path) throw new Error(`no page in the sitemap matches ${pattern}`);
  return path;
};

export function pageTypes(): Array<{ name: string; path: string }> {
  return [
    { name: 'home', path: '/' },
    { name: 'policies', path: '/policies/' },
    { name: 'policy-text', path: '/policies/workplan-2021/' },
    { name: 'policy-notice', path: first(/^\/policies\/yufufa-[^/]+\/$/) },
    { name: 'actions', path: '/actions/' },
    { name: 'action', path: first(/^\/actions\/[^/]+\/$/) },
    { name: 'brands', path: '/brands/' },
    { name: 'brand', path: first(/^\/brands\/[^/]+\/$/) },
    { name: 'targets', path: '/targets/' },
    { name: 'glossary', path: '/glossary/' },
    { name: 'events', path: '/events/' },
    { name: 'event', path: first(/^\/events\/(?!month\/)[^/]+\/$/) },
    { name: 'events-month', path: first(/^\/events\/month\/[^/]+\/$/) },
    { name: 'events-facet', path: first(/^\/events\/(?!month\/)[^/]+\/[^/]+\/$/) },
    { name: 'stories', path: '/stories/' },
    { name: 'story', path: first(/^\/stories\/sample-[^/]+\/$/) },
    { name: 'story-images', path: first(/^\/stories\/[^/]+\/images\/$/) },
    { name: 'stories-facet', path: first(/^\/stories\/(brand|region|honour)\/[^/]+\/$/) },
    { name: 'media', path: '/media/' },
    { name: 'search', path: '/search/?q=家政' },
    { name: '404', path: '/404.html' },
  ];
}
