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

export function searchChars(indexText: string): { chars: SearchChars; sounds: SearchSounds } {
  const held = new Set(Array.from(indexText).filter((ch) => HAN.test(ch)));
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
  const phrases: Record<string, string> = {};
  for (const key of keys) {
    if (Array.from(key).length < 2) continue;
    for (const convert of converters) {
      const simplified = convert(key);
      if (simplified !== byChar(key) && indexText.includes(simplified)) {
        phrases[key] = simplified;
        break;
      }
    }
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
