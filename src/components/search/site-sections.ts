/**
 * The site's section indexes that exist in this build, for the search page's "browse instead"
 * list and its suggestions. A section counts once its folder exists under src/pages/, so the list
 * grows as features land without anyone editing it. The build runs from the project root.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { UiKey } from '../../lib/i18n';

export interface SiteSection {
  /** URL of the section's index page, e.g. /brands/. */
  path: string;
  /** UI string key of its name. */
  key: UiKey;
}

/** Every section the site plans, in reading order. */
const ALL_SECTIONS: SiteSection[] = [
  { path: '/policies/', key: 'nav.policies' },
  { path: '/actions/', key: 'nav.actions' },
  { path: '/brands/', key: 'nav.brands' },
  { path: '/targets/', key: 'nav.targets' },
  { path: '/glossary/', key: 'nav.glossary' },
  { path: '/events/', key: 'nav.events' },
  { path: '/stories/', key: 'nav.stories' },
  { path: '/media/', key: 'nav.media' },
];

/** Whether a page route exists: src/pages/x/index.astro, src/pages/x.astro or src/pages/x/[...].astro. */
export function routeExists(path: string): boolean {
  const base = join(process.cwd(), 'src', 'pages', ...path.split('/').filter(Boolean));
  return ['index.astro', 'index.md', 'index.mdx'].some((f) => existsSync(join(base, f))) || existsSync(`${base}.astro`);
}

/** The sections whose index page exists in this build. */
export function existingSections(): SiteSection[] {
  return ALL_SECTIONS.filter((s) => routeExists(s.path));
}
