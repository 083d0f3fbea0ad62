/**
 * What the search page offers when nothing is found: the nearest known names (glossary terms,
 * brands, actions, districts, section indexes) and shorter queries worth trying.
 */
import { compact } from './search-query';

export interface Suggestion {
  /** The name shown, e.g. 巴渝网姐. */
  label: string;
  /** Where it leads: a page, or a search. */
  url: string;
  /** What it is, shown next to it: 品牌, 术语, 区县 … */
  kind: string;
}

function bigrams(text: string): string[] {
  const chars = Array.from(text);
  if (chars.length < 2) return chars;
  return chars.slice(0, -1).map((ch, i) => ch + (chars[i + 1] ?? ''));
}

/** Dice similarity of two texts over their character pairs (single characters for one-character texts). */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return 0;
  const pool = [...y];
  let shared = 0;
  for (const gram of x) {
    const at = pool.indexOf(gram);
    if (at !== -1) {
      shared++;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/**
 * The candidates nearest to a query, best first: a name that contains the query or is contained
 * in it first, then by character-pair similarity, then by how many of the query's characters the
 * name holds. Candidates sharing nothing with the query are left out.
 */
export function nearestSuggestions(query: string, candidates: Suggestion[], limit = 6): Suggestion[] {
  const q = compact(query);
  if (!q) return [];
  const qChars = new Set(Array.from(q));
  const scored = candidates.map((candidate, i) => {
    const label = compact(candidate.label);
    const contains = label.length > 0 && (label.includes(q) || q.includes(label)) ? 1 : 0;
    const shared = Array.from(new Set(Array.from(label))).filter((ch) => qChars.has(ch)).length;
    const overlap = label.length > 0 ? shared / Math.max(qChars.size, 1) : 0;
    return { candidate, i, contains, sim: similarity(q, label), overlap };
  });
  return scored
    .filter((s) => s.contains > 0 || s.sim > 0 || s.overlap >= 0.5)
    .sort((a, b) => b.contains - a.contains || b.sim - a.sim || b.overlap - a.overlap || a.i - b.i)
    .slice(0, limit)
    .map((s) => s.candidate);
}

/**
 * Shorter queries to try when a query finds nothing: its separate words, then the two-character
 * pieces of a longer Chinese run (网姐邀请 → 网姐, 姐邀, 邀请), at most `limit`, never the query itself.
 */
export function relaxedQueries(query: string, limit = 6): string[] {
  const out: string[] = [];
  const add = (q: string) => {
    if (q && q !== query && !out.includes(q)) out.push(q);
  };
  const words = query.split(' ').filter(Boolean);
  if (words.length > 1) words.forEach(add);
  for (const word of words) {
    const chars = Array.from(word);
    if (chars.length > 2) for (let i = 0; i + 2 <= chars.length; i++) add(chars.slice(i, i + 2).join(''));
  }
  return out.slice(0, limit);
}
