/**
 * What a typed query is searched as. Readers type what their keyboard gives them: traditional
 * characters (鄉村振興), pinyin or initials in Latin mode (`wangjie`, `bywj`), a document number
 * in one of its short forms (渝妇发13号, 13号文). The search index holds the site's simplified
 * text, so the query is rewritten before it reaches Pagefind, with data built from the site
 * (src/lib/search-lexicon.ts): results and highlights are then those of the simplified query, and
 * the page says what it searched for. A quoted query ("…") is searched exactly as typed.
 */
import { SPELLING_PREFIX, type LexiconName, type NameShard, type SearchChars, type SearchLexicon } from './search-lexicon';

/** How a query was read differently; `sound`: as the name it sounds like (巴渝网解 → 巴渝网姐, see didYouMean). */
export type RewriteKind = 'traditional' | 'pinyin' | 'initials' | 'docNumber' | 'sound';

export interface Rewrite {
  from: string;
  to: string;
  how: RewriteKind;
}

export interface RewrittenQuery {
  /** The text handed to the search. */
  text: string;
  /** What was read differently, in order. */
  rewrites: Rewrite[];
  /** Pages the query names outright (a document number, a brand spelt in pinyin), to rank first. */
  pinned: string[];
}

/** The character data ready for lookups. */
export interface CharTable {
  chars: Map<string, string>;
  /** Longest first. */
  phrases: Array<[string, string]>;
}

export function charTable(data: SearchChars): CharTable {
  const chars = new Map<string, string>();
  const list = Array.from(data.t2s);
  for (let i = 0; i + 1 < list.length; i += 2) chars.set(list[i] as string, list[i + 1] as string);
  const phrases = Object.entries(data.phrases).sort((a, b) => Array.from(b[0]).length - Array.from(a[0]).length);
  return { chars, phrases };
}

/** Traditional and variant characters as the index writes them: 鄉村振興 → 乡村振兴. */
export function toSimplified(text: string, table: CharTable): string {
  let out = '';
  const chars = Array.from(text);
  for (let i = 0; i < chars.length;) {
    const rest = chars.slice(i).join('');
    const phrase = table.phrases.find(([from]) => rest.startsWith(from));
    if (phrase) {
      out += phrase[1];
      i += Array.from(phrase[0]).length;
      continue;
    }
    const ch = chars[i] as string;
    out += table.chars.get(ch) ?? ch;
    i++;
  }
  return out;
}

/** The shortest initials read as a name: two letters (`wj`) are too often something else. */
export const MIN_INITIALS = 3;

export interface SpeltName {
  name: LexiconName;
  /** The form the spelling matches, e.g. 网姐 for `wangjie`. */
  text: string;
  how: 'pinyin' | 'initials';
}

const letters = (text: string) => text.toLowerCase().replace(/[\s'’]/g, '');

/** How a form may be typed in Latin letters: its pinyin (`wangjie`), and its initials where they are long enough (`bywj`). */
export function spellings(syllables: string): { pinyin: string; initials: string | null } {
  const list = syllables.split(' ').filter(Boolean);
  return { pinyin: list.join(''), initials: list.length >= MIN_INITIALS ? list.map((s) => s[0]).join('') : null };
}

/**
 * The names a Latin-letter word spells: in full pinyin (`wangjie`, `xiushan`) or by initials of at
 * least MIN_INITIALS letters (`bywj`, `sqyg`), full pinyin first, then in the lexicon's order.
 */
export function namesSpelt(word: string, lexicon: Pick<SearchLexicon, 'names'>): SpeltName[] {
  const key = letters(word);
  if (!/^[a-z]{2,}$/.test(key)) return [];
  const full: SpeltName[] = [];
  const initials: SpeltName[] = [];
  for (const name of lexicon.names) {
    for (const [text, sounds] of name.forms) {
      const spelt = spellings(sounds);
      if (spelt.pinyin === key) full.push({ name, text, how: 'pinyin' });
      else if (spelt.initials === key) initials.push({ name, text, how: 'initials' });
    }
  }
  return [...full, ...initials];
}

/**
 * The names by the first SPELLING_PREFIX letters of each way their forms may be typed (see
 * MoreNames in src/lib/search-lexicon.ts): every name a word spells (namesSpelt) is in the shard
 * of the word's prefix. Each name keeps its place in `names`.
 */
export function spellingShards(names: readonly LexiconName[]): Record<string, NameShard> {
  const shards: Record<string, NameShard> = {};
  names.forEach((name, at) => {
    const prefixes = new Set<string>();
    for (const [, sounds] of name.forms) {
      const { pinyin, initials } = spellings(sounds);
      for (const key of [pinyin, initials]) if (key && /^[a-z]{2,}$/.test(key)) prefixes.add(key.slice(0, SPELLING_PREFIX));
    }
    for (const prefix of prefixes) (shards[prefix] ??= []).push([at, name]);
  });
  return shards;
}

/** The Latin-letter spellings rewriteQuery tries in a query: the whole query if it is several such words, then each such word. */
function latinSpellings(text: string): { whole: string | null; words: string[] } {
  const whole = /^[a-z\s'’]+$/i.test(text) && /\s/.test(text.trim()) ? text : null;
  return { whole, words: text.split(' ').filter((word) => /^[a-z'’]+$/i.test(word)) };
}

/**
 * The shards of MoreNames (by prefix) a query needs before it is rewritten: those of its Latin
 * spellings that no name of `lexicon` spells in full pinyin (a name spelt in full comes before any
 * other, so then no other name can change the reading), among the prefixes that have a file.
 * None for a quoted query.
 */
export function spellingPrefixes(query: string, lexicon: Pick<SearchLexicon, 'names'>, available: readonly string[]): string[] {
  if (/^\s*".+"\s*$/.test(query)) return [];
  const spelt = (word: string) => namesSpelt(word, lexicon)[0]?.how === 'pinyin';
  const { whole, words } = latinSpellings(query);
  if (whole && spelt(whole)) return [];
  const needed = [...(whole ? [whole] : []), ...words].filter((word) => !spelt(word)).map((word) => letters(word).slice(0, SPELLING_PREFIX));
  return [...new Set(needed)].filter((prefix) => available.includes(prefix));
}

/** The page of a name, when it has one of its own (not a search). */
export const pageOf = (url: string): string | null => (url.startsWith('/search/') ? null : (url.split('#')[0] ?? url));

const DOC_NOISE = /[\s〔〕[\]［］()（）【】《》]/gu;

/**
 * The documents a query names by number: the full number (渝妇发〔2021〕13号, brackets optional),
 * without the year (渝妇发13号), or as 13号文 (with or without issuer and year). Newest first.
 */
export function docsNamed(query: string, lexicon: SearchLexicon): SearchLexicon['docs'] {
  const q = query.normalize('NFKC').replace(DOC_NOISE, '');
  if (!/\d+号/.test(q)) return [];
  const found = lexicon.docs.filter((doc) => {
    const { issuer, year, number } = doc;
    const forms = [`${issuer}${year}${number}号`, `${issuer}${number}号`, `${issuer}${year}年${number}号`];
    const withWen = [...forms, `${year}年${number}号`, `${year}${number}号`, `${number}号`].map((f) => `${f}文`);
    return [...forms, ...withWen].includes(q);
  });
  return found.sort((a, b) => b.year.localeCompare(a.year));
}

/** Rewrites a normalised query (see normaliseQuery) for the search index. */
export function rewriteQuery(query: string, lexicon: SearchLexicon, table: CharTable): RewrittenQuery {
  const rewrites: Rewrite[] = [];
  const pinned: string[] = [];
  if (/^\s*".+"\s*$/.test(query)) return { text: query, rewrites, pinned };

  let text = toSimplified(query, table);
  if (text !== query) rewrites.push({ from: query, to: text, how: 'traditional' });

  const docs = docsNamed(text, lexicon);
  const first = docs[0];
  if (first) {
    rewrites.push({ from: text, to: first.docNumber, how: 'docNumber' });
    pinned.push(...docs.map((d) => d.url));
    return { text: first.docNumber, rewrites, pinned };
  }

  // Latin letters: the whole query as one spelling (`wang jie`), else word by word (`网姐 xiushan`).
  const spell = (word: string): string | null => {
    const match = namesSpelt(word, lexicon)[0];
    if (!match) return null;
    rewrites.push({ from: word, to: match.text, how: match.how });
    const page = pageOf(match.name.url);
    if (page && !pinned.includes(page)) pinned.push(page);
    return match.text;
  };
  const latin = latinSpellings(text);
  if (latin.whole) {
    const whole = spell(latin.whole);
    if (whole) return { text: whole, rewrites, pinned };
  }
  text = text
    .split(' ')
    .map((word) => (latin.words.includes(word) ? (spell(word) ?? word) : word))
    .join(' ');
  return { text, rewrites, pinned };
}
