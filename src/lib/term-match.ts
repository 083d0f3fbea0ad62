/**
 * Finds set phrases (terms such as “两癌” or “四自”) in a run of policy text, and splits inline
 * text into pieces so that the first occurrence of each term can become a link to its note.
 *
 * Positions are offsets into the plain text a reader sees (inline `**bold**` markers removed).
 */
import type { InlineSegment } from './inline';

/** How a term is written in the texts. */
export type TermMatchMode =
  /** Only inside Chinese quotation marks: “两地” is the term, 川渝两地 is not. */
  | 'quoted'
  /** Anywhere in the text, quoted or not: 双创意识, 女性双创提质培训. */
  | 'plain';

export interface TermPattern {
  /** Id of the term the pattern finds. */
  id: string;
  /** Every way the term is written: the term itself and its aliases. */
  forms: readonly string[];
  mode: TermMatchMode;
}

export interface TermMatch {
  id: string;
  /** Start of the term's own characters (inside the quotation marks, if any). */
  start: number;
  /** End (exclusive) of the term's own characters. */
  end: number;
}

/** The exact strings to look for: `“两地”` for a quoted term, `双创` for a plain one. */
export function searchStrings(pattern: TermPattern): string[] {
  return pattern.forms.map((form) => (pattern.mode === 'quoted' ? `“${form}”` : form));
}

/**
 * Every occurrence of every pattern, left to right, without overlaps: where two occurrences
 * overlap, the one that starts first wins, and of two starting together the longer one.
 */
export function findTerms(text: string, patterns: readonly TermPattern[]): TermMatch[] {
  const found: Array<TermMatch & { outerStart: number; outerEnd: number }> = [];
  for (const pattern of patterns) {
    for (const needle of searchStrings(pattern)) {
      if (needle === '') continue;
      const quote = pattern.mode === 'quoted' ? 1 : 0;
      let at = text.indexOf(needle);
      while (at !== -1) {
        found.push({
          id: pattern.id,
          start: at + quote,
          end: at + needle.length - quote,
          outerStart: at,
          outerEnd: at + needle.length,
        });
        at = text.indexOf(needle, at + 1);
      }
    }
  }
  found.sort((a, b) => a.outerStart - b.outerStart || b.outerEnd - a.outerEnd);
  const out: TermMatch[] = [];
  let reached = 0;
  for (const match of found) {
    if (match.outerStart < reached) continue;
    out.push({ id: match.id, start: match.start, end: match.end });
    reached = match.outerEnd;
  }
  return out;
}

/** Only the first occurrence of each term, in text order. */
export function firstOccurrences(matches: readonly TermMatch[]): TermMatch[] {
  const seen = new Set<string>();
  return matches.filter((match) => {
    if (seen.has(match.id)) return false;
    seen.add(match.id);
    return true;
  });
}

/** A link laid over a stretch of text: offsets into the text an Inline component renders. */
export interface TextMark {
  start: number;
  end: number;
  href: string;
}

/**
 * The marks that fall inside [from, to) of a longer text, shifted so that they count from
 * `from`. A block's lead and rest are rendered separately; each gets its share of the marks.
 */
export function marksWithin(marks: readonly TextMark[], from: number, to: number): TextMark[] {
  return marks.filter((mark) => mark.start >= from && mark.end <= to).map((mark) => ({ ...mark, start: mark.start - from, end: mark.end - from }));
}

/** A piece of inline text: plain or bold, and linked when a mark covers it. */
export interface MarkedPiece {
  text: string;
  strong: boolean;
  href?: string;
}

/**
 * Splits inline segments (plain and bold runs) at the marks' edges, so that every piece is
 * either wholly inside one mark or outside all of them. Offsets count the segments' text.
 */
export function applyMarks(segments: readonly InlineSegment[], marks: readonly TextMark[]): MarkedPiece[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  const pieces: MarkedPiece[] = [];
  let offset = 0;
  for (const segment of segments) {
    const segStart = offset;
    const segEnd = offset + segment.text.length;
    let cursor = segStart;
    for (const mark of sorted) {
      const start = Math.max(mark.start, segStart);
      const end = Math.min(mark.end, segEnd);
      if (end <= start || start < cursor) continue;
      if (start > cursor) pieces.push({ text: segment.text.slice(cursor - segStart, start - segStart), strong: segment.strong });
      pieces.push({ text: segment.text.slice(start - segStart, end - segStart), strong: segment.strong, href: mark.href });
      cursor = end;
    }
    if (cursor < segEnd) pieces.push({ text: segment.text.slice(cursor - segStart), strong: segment.strong });
    offset = segEnd;
  }
  return pieces;
}
