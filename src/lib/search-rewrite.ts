/**
 * What a typed query is searched as. Readers type what their keyboard gives them: traditional
 * characters (鄉村振興), pinyin or initials in Latin mode (`wangjie`, `bywj`), a document number
 * in one of its short forms (渝妇发13号, 13号文). The search index holds the site's simplified
 * text, so the query is rewritten before it reaches Pagefind, with data built from the site
 * (src/lib/search-lexicon.ts): results and highlights are then those of the simplified query, and
 * the page says what it searched for. A quoted query ("…") is searched exactly as typed.
 */
import type { LexiconName, SearchChars, SearchLexicon } from './search-lexicon';

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

/**
 * The names a Latin-letter word spells: in full pinyin (`wangjie`, `xiushan`) or by initials of at
 * least MIN_INITIALS letters (`bywj`, `sqyg`), full pinyin first, then in the lexicon's order.
 */
export function namesSpelt(word: string, lexicon: SearchLexicon): SpeltName[] {
  const key = letters(word);
  if (!/^[a-z]{2,}$/.test(key)) return [];
  const full: SpeltName[] = [];
  const initials: SpeltName[] = [];
  for (const name of lexicon.names) {
    for (const [text, sounds] of name.forms) {
      const syllables = sounds.split(' ');
      if (syllables.join('') === key) full.push({ name, text, how: 'pinyin' });
      else if (key.length >= MIN_INITIALS && syllables.length === key.length && syllables.map((s) => s[0]).join('') === key)
        initials.push({ name, text, how: 'initials' });
    }
  }
  return [...full, ...initials];
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
  if (/^[a-z\s'’]+$/i.test(text) && /\s/.test(text.trim())) {
    const whole = spell(text);
    if (whole) return { text: whole, rewrites, pinned };
  }
  text = text
    .split(' ')
    .map((word) => (/^[a-z'’]+$/i.test(word) ? (spell(word) ?? word) : word))
    .join(' ');
  return { text, rewrites, pinned };
}
