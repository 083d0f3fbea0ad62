/**
 * The numbers and time limits a policy text writes, found mechanically, so that the targets page's
 * promise (“every commitment with a number or a time limit”) can be checked against the texts
 * rather than against someone's reading of them.
 *
 * What counts as a figure (the targets page says the same):
 * - an Arabic number, with a range, a percentage or a 余/多 after it: 20, 60%, 2021-2030, 5-6, 30余;
 * - a frequency: 每年, 每月, 每季度;
 * - a planning period in quotation marks: “十四五”, “八五”;
 * - a coverage: 全覆盖.
 *
 * Numbers written in Chinese characters (五大行动, 四大品牌, 百万巾帼志愿者) are names and set phrases
 * far more often than commitments; they are not scanned.
 */

export type FigureKind = 'number' | 'frequency' | 'period' | 'coverage';

export interface Figure {
  kind: FigureKind;
  /** The matched text, e.g. 20, 2021-2030, 每年, “十四五”, 全覆盖. */
  text: string;
  /** Offsets in the scanned text (end exclusive). */
  start: number;
  end: number;
}

const PATTERNS: Array<[FigureKind, RegExp]> = [
  ['number', /\d+(?:\.\d+)?(?:\s*[-–—~～至]\s*\d+(?:\.\d+)?)?(?:\s*[%％])?(?:余|多)?/g],
  ['frequency', /每年|每月|每季度/g],
  ['period', /“(?:十[一二三四五六七八九]?|[一二三四五六七八九])五”/g],
  ['coverage', /全覆盖/g],
];

/** Every figure in a text, in order of position. */
export function scanFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      figures.push({ kind, text: match[0], start: match.index, end: match.index + match[0].length });
    }
  }
  return figures.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Whether a figure lies inside one of the quoted stretches of the text (each quote is found wherever it occurs). */
export function coveredBy(text: string, figure: Figure, quotes: readonly string[]): boolean {
  return quotes.some((quote) => {
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
      if (at <= figure.start && figure.end <= at + quote.length) return true;
    }
    return false;
  });
}
