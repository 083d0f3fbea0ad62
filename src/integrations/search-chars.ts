/**
 * The character data of the search page (SearchChars in src/lib/search-lexicon.ts), computed at
 * build from the text the search index holds:
 *
 * - traditional → simplified, from OpenCC's tables (opencc-js, a maintained port of OpenCC with
 *   its dictionaries): every traditional or variant character (Hong Kong and Taiwan standards)
 *   whose simplified form the index holds and which the index does not hold itself (so 著, 乾 or
 *   干, which the site writes, are left alone), and the phrases OpenCC converts differently from
 *   their characters, where the index holds the result;
 * - the readings of every character the index holds (pinyin-pro), for “did you mean”.
 *
 * Reduced this way the browser gets a few KB, not OpenCC's tables. Build-only.
 */
import * as OpenCC from 'opencc-js';
import type { SearchChars, SearchSounds } from '../lib/search-lexicon';
import { charReadings } from '../lib/pinyin';

const HAN = /\p{Script=Han}/u;

type DictLike = string | readonly (readonly [string, string])[];

/** The keys of an OpenCC dictionary (a `from to|from to` string or a list of pairs). */
function keysOf(dict: DictLike): string[] {
  if (typeof dict !== 'string') return dict.map(([from]) => from);
  return dict
    .split('|')
    .map((pair) => pair.split(' ')[0] ?? '')
    .filter(Boolean);
}

/** The conversions readers' text may need: Hong Kong and Taiwan standard traditional to simplified. */
const SOURCES = ['hk', 'tw'] as const;

/** The distinct characters of a text (code points), read once through it. */
function charsOf(text: string): string[] {
  const seen = new Uint8Array(0x110000);
  const chars: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i++;
    if (seen[code]) continue;
    seen[code] = 1;
    chars.push(String.fromCodePoint(code));
  }
  return chars;
}

/**
 * Which of `phrases` (of two UTF-16 units or more) occur in `text`, in one pass through it: a
 * phrase is looked for only where its first two units are. (Searching the text once per phrase
 * took tens of seconds for the index of 10,000 stories and events.)
 */
function phrasesIn(text: string, phrases: Iterable<string>): Set<string> {
  const byStart = new Map<number, string[]>();
  for (const phrase of phrases) {
    const start = phrase.charCodeAt(0) * 0x10000 + phrase.charCodeAt(1);
    byStart.set(start, [...(byStart.get(start) ?? []), phrase]);
  }
  const found = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) {
    const candidates = byStart.get(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1));
    if (candidates) for (const phrase of candidates) if (text.startsWith(phrase, i)) found.add(phrase);
  }
  return found;
}

export function searchChars(indexText: string): { chars: SearchChars; sounds: SearchSounds } {
  const held = new Set(charsOf(indexText).filter((ch) => HAN.test(ch)));
  const converters = SOURCES.map((from) => OpenCC.Converter({ from, to: 'cn' }));
  const dicts = [...SOURCES.flatMap((from) => OpenCC.Locale.from[from] ?? []), ...(OpenCC.Locale.to.cn ?? [])].flat() as DictLike[];
  const keys = new Set(dicts.flatMap(keysOf));

  const chars = new Map<string, string>();
  for (const key of keys) {
    if (Array.from(key).length !== 1 || !HAN.test(key) || held.has(key)) continue;
    for (const convert of converters) {
      const simplified = convert(key);
      if (simplified !== key && Array.from(simplified).length === 1 && held.has(simplified)) {
        chars.set(key, simplified);
        break;
      }
    }
  }
  const byChar = (text: string) =>
    Array.from(text)
      .map((ch) => chars.get(ch) ?? ch)
      .join('');
  // Each phrase's conversions that differ from converting it character by character, in the
  // converters' order; the first the index holds is the phrase's.
  const conversions = new Map<string, string[]>();
  for (const key of keys) {
    if (Array.from(key).length < 2) continue;
    const differing = converters.map((convert) => convert(key)).filter((simplified) => simplified !== byChar(key));
    if (differing.length > 0) conversions.set(key, differing);
  }
  const candidates = [...conversions.values()].flat();
  const found = phrasesIn(
    indexText,
    candidates.filter((phrase) => phrase.length >= 2),
  );
  for (const phrase of candidates) if (phrase.length < 2 && indexText.includes(phrase)) found.add(phrase);
  const phrases: Record<string, string> = {};
  for (const [key, differing] of conversions) {
    const simplified = differing.find((phrase) => found.has(phrase));
    if (simplified !== undefined) phrases[key] = simplified;
  }

  const sounds: SearchSounds = {};
  for (const ch of [...held].sort()) {
    for (const syllable of charReadings(ch)) sounds[syllable] = (sounds[syllable] ?? '') + ch;
  }
  return {
    chars: { t2s: [...chars].flat().join(''), phrases },
    sounds: Object.fromEntries(Object.entries(sounds).sort(([a], [b]) => a.localeCompare(b))),
  };
}
