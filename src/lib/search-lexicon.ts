/**
 * The search lexicon: the names a reader looks for (brands, actions, terms, regions, districts,
 * document titles, the site's sections, event titles), each with how it sounds, and the documents'
 * numbers. Built once per build from the site's model (src/lib/search-names.ts); the browser uses
 * it to read pinyin and initials (`wangjie`, `bywj`), document numbers (渝妇发13号, 13号文) and
 * near misses (巴渝网解) as the names they stand for.
 *
 * The names whose number is fixed by the programme (brands … sections) and the document numbers
 * are written into the search page. The names that grow with the content (event titles: thousands
 * at scale) are files beside it, fetched when a query needs them (MoreNames), so that the page
 * weighs the same whatever the number of entries.
 *
 * The types here are shared with the browser; building needs a syllable function (src/lib/pinyin.ts,
 * build-only), passed in so that this module stays free of the pinyin library.
 */

/** One way of writing a name and its syllables: ['网姐', 'wang jie']. */
export type LexiconForm = [text: string, syllables: string];

export interface LexiconName {
  /** The name as the site shows it, e.g. 巴渝网姐. */
  label: string;
  /** What it is, shown beside it: 品牌, 行动, 术语 … */
  kind: string;
  /** Where it leads: its page, or a search filtered by it. */
  url: string;
  /** The label and every other way the texts write it, each with its syllables. */
  forms: LexiconForm[];
}

/** A document number, taken apart: 渝妇发〔2021〕13号 → 渝妇发, 2021, 13. */
export interface LexiconDoc {
  docNumber: string;
  /** The notice's own page. */
  url: string;
  issuer: string;
  year: string;
  number: string;
}

export interface SearchLexicon {
  names: LexiconName[];
  docs: LexiconDoc[];
}

/**
 * The names that grow with the content, kept out of the search page, in files fetched when a query
 * needs them: every one with a form short enough to have its syllables (see buildLexicon) in one
 * file (MORE_NAMES_PATH), for “did you mean”, which compares a query with every form; every one as
 * a link (MORE_LABELS_PATH), for the nearest names when nothing is found. For a query in Latin
 * letters the names with forms are also in small files by the first SPELLING_PREFIX letters of
 * their pinyin and initials (spellingShardPath, see spellingShards in src/lib/search-rewrite.ts):
 * a pinyin query fetches one of those, not every name.
 */
export interface MoreNames {
  /** The prefixes that have a file, sorted (at most 26 × 26 of them, whatever the content). */
  prefixes: string[];
}

/** Where the names of MoreNames that have forms are: LexiconName[], in the lexicon's order. */
export const MORE_NAMES_PATH = '/search/names.json';

/** A name as a link: what the nearest names need of it. */
export type LexiconLabel = Pick<LexiconName, 'label' | 'kind' | 'url'>;

/** Where every name of MoreNames is, as a link: LexiconLabel[], in the lexicon's order. */
export const MORE_LABELS_PATH = '/search/labels.json';

/** How many letters of a spelling pick its file. */
export const SPELLING_PREFIX = 2;

/** The file of the names spelt with a prefix (`by` for `bywj`): a NameShard. */
export const spellingShardPath = (prefix: string): string => `/search/names/${prefix}.json`;

/** Some of the names of MORE_NAMES_PATH, each with its place in that list. */
export type NameShard = Array<[at: number, name: LexiconName]>;

/**
 * Character data reduced at build to the characters the search index holds (written into the
 * search page by the search index integration, src/integrations/pagefind.ts): traditional →
 * simplified for the characters whose simplified form the index holds.
 */
export interface SearchChars {
  /** Traditional/variant → simplified, as pairs of characters: 鄉乡網网… */
  t2s: string;
  /** Phrases that convert differently from their characters (OpenCC's phrase tables): 瞭解 → 了解. */
  phrases: Record<string, string>;
}

/** The element of the search page the integration fills with its SearchChars (null until then). */
export const CHARS_ELEMENT = '<script type="application/json" data-search-chars>null</script>';

/**
 * The parts of the long texts in the search index (src/integrations/search-parts.ts): the id of a
 * text's own record → the ids of the records of its parts.
 */
export type SearchParts = Record<string, string[]>;

/** Where the build writes the search page's SearchParts. */
export const PARTS_ELEMENT = '<script type="application/json" data-search-records>null</script>';

/** Where the search page finds the readings of the index's characters (SearchSounds). */
export const SOUNDS_PATH = '/search/sounds.json';

/** No character data (a development server has no index). */
export const NO_CHARS: SearchChars = { t2s: '', phrases: {} };

/**
 * The readings of the characters the index holds, syllable → characters: { jie: '姐解节…' }
 * (a file beside the search page, fetched when “did you mean” needs it).
 */
export type SearchSounds = Record<string, string>;

/** A name to put into the lexicon, before its syllables are known. */
export interface NameSource {
  label: string;
  kind: string;
  url: string;
  /** Other ways of writing it (aliases, short names, names quoted inside a title). */
  also?: readonly string[];
}

/** Splits a document number; null when it is not of the form 机关代字〔年份〕序号号. */
export function docNumberParts(docNumber: string): Omit<LexiconDoc, 'url'> | null {
  const match = /^(.+?)[〔[［(（](\d{4})[〕\]］)）](\d+)号$/u.exec(docNumber.trim());
  if (!match) return null;
  return { docNumber: docNumber.trim(), issuer: match[1] ?? '', year: match[2] ?? '', number: match[3] ?? '' };
}

/**
 * The short name readers use for a district or county: the name without 区 or 县, and for an
 * autonomous county without its peoples and 自治县 (秀山土家族苗族自治县 → 秀山). Names that
 * would be left with one character keep their suffix.
 */
export function districtShortName(name: string): string {
  const autonomous = /^(\p{Script=Han}{2,}?)(?:\p{Script=Han}+族)+自治县$/u.exec(name);
  if (autonomous?.[1]) return autonomous[1];
  const plain = /^(\p{Script=Han}{2,})[区县]$/u.exec(name);
  return plain?.[1] && !plain[1].endsWith('新') ? plain[1] : name;
}

/** The names quoted inside a title: 开展“书香润万家”家庭阅读系列活动 → 书香润万家. */
export function quotedNames(title: string): string[] {
  return [...title.matchAll(/[“"「]([^”"」]{2,20})[”"」]/gu)].map((m) => (m[1] ?? '').trim()).filter(Boolean);
}

/** Longest form given its syllables: nobody types the pinyin of a whole sentence-long title. */
export const MAX_FORM_CHARS = 16;

/**
 * Builds the lexicon: each name with the syllables of each of its forms up to MAX_FORM_CHARS
 * characters (forms without Chinese characters are left out), duplicates (same label and URL)
 * merged.
 */
export function buildLexicon(sources: readonly NameSource[], docs: readonly LexiconDoc[], syllables: (text: string) => string[]): SearchLexicon {
  const names = new Map<string, LexiconName>();
  for (const source of sources) {
    const key = `${source.label}\u0000${source.url}`;
    const name = names.get(key) ?? { label: source.label, kind: source.kind, url: source.url, forms: [] };
    for (const text of [source.label, ...(source.also ?? [])]) {
      if (Array.from(text).length > MAX_FORM_CHARS || name.forms.some(([known]) => known === text)) continue;
      const sounds = syllables(text);
      if (sounds.length > 0) name.forms.push([text, sounds.join(' ')]);
    }
    names.set(key, name);
  }
  return { names: [...names.values()], docs: [...docs] };
}
