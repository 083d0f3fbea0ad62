/**
 * Dates as the site writes them: ISO days in data, Chinese forms on the page.
 */

/** Parses a strict YYYY-MM-DD string into its parts; null if the form or the day is invalid. */
export function parseIsoDay(text: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
}

/** 2021-04-08 → 2021 年 4 月 8 日 */
export function formatChineseDay(iso: string): string {
  const parts = parseIsoDay(iso);
  if (!parts) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  return `${parts.year} 年 ${parts.month} 月 ${parts.day} 日`;
}

/** 2021-04-08 → 2021年4月8日, the form GB/T 9704-2012 prescribes for 成文日期. */
export function formatGongwenDate(iso: string): string {
  const parts = parseIsoDay(iso);
  if (!parts) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  return `${parts.year}年${parts.month}月${parts.day}日`;
}
