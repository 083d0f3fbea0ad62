/**
 * Numbers as the site writes them around the texts' own figures.
 */

/** A figure and its unit: “100 户”, “20 万人次”, “60% 以上”, “30 余类” (a space only after a digit). */
export function formatFigure(value: string, unit: string): string {
  if (!unit) return value;
  return /[0-9%]$/.test(value) ? `${value} ${unit}` : `${value}${unit}`;
}

const CN_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一 … 10 → 十, as in “五大行动之一”; larger numbers stay in digits. */
export function chineseOrdinal(n: number): string {
  return CN_ORDINALS[n - 1] ?? String(n);
}
