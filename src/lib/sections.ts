/**
 * The site's sections in reading order: the one list behind the main navigation, the home page's
 * section cards, and the search page's “browse instead” list and suggestions.
 */
import type { UiKey } from './i18n';

export interface Section {
  /** URL of the section's index page. */
  path: string;
  /** UI string of its name. */
  name: UiKey;
  /** UI string of a sentence about it for the home page, where the home page lists it. */
  lead?: UiKey;
}

export const SECTIONS: readonly Section[] = [
  { path: '/policies/', name: 'nav.policies' },
  { path: '/actions/', name: 'nav.actions' },
  { path: '/brands/', name: 'nav.brands', lead: 'home.brandsLead' },
  { path: '/targets/', name: 'nav.targets', lead: 'home.targetsLead' },
  { path: '/glossary/', name: 'nav.glossary', lead: 'home.glossaryLead' },
  { path: '/events/', name: 'nav.events', lead: 'home.eventsLead' },
  { path: '/stories/', name: 'nav.stories', lead: 'home.storiesLead' },
  { path: '/media/', name: 'nav.media' },
];
