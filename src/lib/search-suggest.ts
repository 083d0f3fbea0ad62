/**
 * What the search page offers when a query finds little: the names it nearly spells (“did you
 * mean”), the nearest known names (glossary terms, brands, actions, districts, section indexes)
 * and shorter queries worth trying.
 */
import { compact } from './search-query';
import type { LexiconLabel, LexiconName } from './search-lexicon';

/** A known name offered as a link: a brand, an action, a term, a district, a section … */
export type Suggestion = LexiconLabel;

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

/** The readings of the characters the index holds (SearchSounds, inverted): 解 → jie, xie. */
export function readingsOf(sounds: Readonly<Record<string, string>>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [syllable, chars] of Object.entries(sounds)) {
    for (const ch of Array.from(chars)) {
      const set = out.get(ch) ?? new Set<string>();
      set.add(syllable);
      out.set(ch, set);
    }
  }
  return out;
}

/** A name the query may have meant, and the query with the near miss put right. */
export interface DidYouMean {
  name: LexiconName;
  /** The query with the name's form in place of the near miss: 巴渝网解 → 巴渝网姐. */
  query: string;
  how: 'sound' | 'typo';
}

/** Shortest form corrected when one character is off (any character): shorter ones are too loose. */
export const MIN_TYPO_FORM = 3;

/** Whether two runs of equal length differ only where the query's character sounds like the form's. */
function sameSound(window: string[], form: string[], syllables: string[], readings: Map<string, Set<string>>): boolean {
  let differ = 0;
  for (let i = 0; i < form.length; i++) {
    if (window[i] === form[i]) continue;
    const sound = syllables[i];
    if (!sound || !readings.get(window[i] as string)?.has(sound)) return false;
    differ++;
  }
  return differ > 0;
}

/** Whether two runs differ by one character replaced, added or left out. */
function oneOff(window: string[], form: string[]): boolean {
  if (window.length === form.length) return window.filter((ch, i) => ch !== form[i]).length === 1;
  const [long, short] = window.length > form.length ? [window, form] : [form, window];
  if (long.length - short.length !== 1) return false;
  for (let i = 0; i < long.length; i++) {
    if ([...long.slice(0, i), ...long.slice(i + 1)].join('') === short.join('')) return true;
  }
  return false;
}

/**
 * The names a query nearly spells, nearest first: a run of the query that sounds like a name's
 * form (same pinyin, 巴渝网解 → 巴渝网姐), then one that is one character off a form of at least
 * MIN_TYPO_FORM characters. A query that already holds a form exactly is not corrected for it.
 * Each name is offered once, with the query as corrected.
 */
export function didYouMean(query: string, names: readonly LexiconName[], readings: Map<string, Set<string>>, limit = 3): DidYouMean[] {
  const words = query.split(' ').filter(Boolean);
  const found: Array<DidYouMean & { rank: number; length: number }> = [];
  names.forEach((name, order) => {
    let best: (DidYouMean & { rank: number; length: number }) | null = null;
    for (const [text, sounds] of name.forms) {
      const form = Array.from(text);
      if (form.length < 2 || words.some((w) => w.includes(text))) continue;
      const syllables = sounds.split(' ');
      words.forEach((word, w) => {
        const chars = Array.from(word);
        for (const size of [form.length, form.length - 1, form.length + 1]) {
          for (let at = 0; size > 0 && at + size <= chars.length; at++) {
            const window = chars.slice(at, at + size);
            const how =
              size === form.length && sameSound(window, form, syllables, readings)
                ? 'sound'
                : form.length >= MIN_TYPO_FORM && oneOff(window, form)
                  ? 'typo'
                  : null;
            if (!how) continue;
            const corrected = [...chars.slice(0, at), ...form, ...chars.slice(at + size)].join('');
            const candidate = {
              name,
              how,
              query: words.map((x, i) => (i === w ? corrected : x)).join(' '),
              rank: (how === 'sound' ? 0 : 1) * 1000 + order,
              length: form.length,
            } as const;
            if (!best || candidate.rank < best.rank || (candidate.rank === best.rank && candidate.length > best.length)) best = { ...candidate };
          }
        }
      });
    }
    if (best) found.push(best);
  });
  found.sort((a, b) => a.rank - b.rank || b.length - a.length);
  const seen = new Set<string>();
  return found
    .filter((f) => (seen.has(f.query) ? false : (seen.add(f.query), true)))
    .slice(0, limit)
    .map(({ name, query: q, how }) => ({ name, query: q, how }));
}
