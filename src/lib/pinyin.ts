/**
 * Pinyin at build time, from pinyin-pro (a maintained library with word-level readings of
 * polyphonic characters: 重庆 chong qing, 长寿 chang shou). Build-only: the search page and the
 * search index integration compute pinyin once and hand the browser plain strings, so the
 * library never reaches a reader's browser.
 *
 * Syllables are toneless, lower case, ü written v (as on a phone keyboard: 女 nv, 绿 lv).
 */
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

const plain = (syllable: string) => syllable.toLowerCase().replace(/ü/g, 'v');

/**
 * The syllables of a name, one per Chinese character, read as a word (so a polyphonic character
 * takes the reading of the word it is in). Characters that are not Chinese are left out.
 */
export function nameSyllables(text: string): string[] {
  const chars = Array.from(text).filter((ch) => HAN.test(ch));
  if (chars.length === 0) return [];
  return pinyin(chars.join(''), { toneType: 'none', type: 'array' }).map(plain);
}

/** Every reading of one Chinese character (解 → jie, xie), toneless. */
export function charReadings(char: string): string[] {
  if (!HAN.test(char)) return [];
  return [...new Set(pinyin(char, { toneType: 'none', multiple: true, type: 'array' }).map(plain))].filter((s) => /^[a-z]+$/.test(s));
}
