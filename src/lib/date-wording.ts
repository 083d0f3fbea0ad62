/**
 * What the site says about where a calendar entry's date comes from, in one sentence, without
 * putting words in the source's mouth:
 *
 * - the clause gives time words: it quotes them and says how the site reads them —
 *   原文：“春季义务植树”。本站据此列为 2021 年春季（3–5 月）；具体日期待定。
 * - the clause gives no time words (夏令营): it says so, and that the period is the site's reading —
 *   原文没有写时间。“2021 年夏季（6–8 月）”是本站的理解，理由见本站说明；具体日期待定。
 * - a law or another public source gives the date: it quotes that source, never 原文 —
 *   《中华人民共和国环境保护法》第十二条：“每年6月5日为环境日。”本站据此列为 2021 年 6 月 5 日。
 *
 * `dateWordingParts` gives the sentence as text around one quotation, so that a page can mark the
 * quotation up (`<q data-quote-from>`) and a calendar file can write the same sentence as plain text.
 */
import { formatPartialDateSpelled, hasKnownDays, type PartialDate } from './partial-date';
import { describeRecurrence, type Recurrence } from './recurrence';
import { t } from './i18n';

/** Where the date comes from, as the event file states it. */
export type DateBasis =
  | {
      kind: 'clause';
      /** `policy-id#clause-id` of the clause that gives (or implies) the time. */
      ref: string;
      /** The clause's own words for the time, an exact substring of its text; absent when it has none. */
      words?: string | undefined;
    }
  | {
      kind: 'public';
      /** The public source, e.g. 《中华人民共和国环境保护法》第十二条. */
      source: string;
      /** The source's own words for the date. */
      quote: string;
    };

export type DateWording =
  | { kind: 'quoted'; ref: string; words: string; reading: string; daysKnown: boolean }
  | { kind: 'unstated'; ref: string; reading: string; daysKnown: boolean }
  | { kind: 'public'; source: string; quote: string; reading: string; daysKnown: boolean };

/**
 * How the site lists a date: the date with a season's or quarter's months spelled out and, for a
 * repeating entry, the rule and its end (“2021 年 4 月 23 日起，每月 23 日前（至 2021 年 12 月 31 日）”).
 * A rule that ends within the first year adds nothing and is left out.
 */
export function readingOf(date: PartialDate, recurrence?: Recurrence, deadline = false): string {
  const label = formatPartialDateSpelled(date);
  if (!recurrence || !date.start) return label;
  const untilYear = recurrence.until?.slice(0, 4);
  if (recurrence.freq === 'yearly' && untilYear === date.start.slice(0, 4)) return label;
  return `${label}起，${describeRecurrence(date, recurrence, deadline)}`;
}

/** The statement for an entry's date. */
export function dateWording(date: PartialDate, basis: DateBasis, recurrence?: Recurrence, deadline = false): DateWording {
  const reading = readingOf(date, recurrence, deadline);
  const daysKnown = hasKnownDays(date);
  if (basis.kind === 'public') return { kind: 'public', source: basis.source, quote: basis.quote, reading, daysKnown };
  if (basis.words) return { kind: 'quoted', ref: basis.ref, words: basis.words, reading, daysKnown };
  return { kind: 'unstated', ref: basis.ref, reading, daysKnown };
}

/** The sentence as text before a quotation, the quotation (with the clause it is quoted from), and text after. */
export interface WordingParts {
  before: string;
  quote: { text: string; ref: string | undefined } | null;
  after: string;
}

/** A quotation is shown without its closing sentence mark, so that the site's sentence can go on after it. */
const trimEnd = (quote: string) => quote.replace(/[。；，、]+$/, '');

export function dateWordingParts(wording: DateWording): WordingParts {
  const tail = t(wording.daysKnown ? 'event.date.tailKnown' : 'event.date.tailTbd');
  const reading = t('event.date.reading', { reading: wording.reading, tail });
  switch (wording.kind) {
    case 'quoted':
      return { before: t('event.date.clauseLead'), quote: { text: trimEnd(wording.words), ref: wording.ref }, after: reading };
    case 'public':
      return {
        before: t('event.date.publicLead', { source: wording.source }),
        quote: { text: trimEnd(wording.quote), ref: undefined },
        after: reading,
      };
    case 'unstated':
      return { before: t('event.date.unstated', { reading: wording.reading, tail }), quote: null, after: '' };
  }
}

/** The same sentence as plain text, quotation marks included (for calendar files). */
export function dateWordingText(wording: DateWording): string {
  const { before, quote, after } = dateWordingParts(wording);
  return `${before}${quote ? `“${quote.text}”` : ''}${after}`;
}

/**
 * Checks an editor's `dateWords` against the clause it is quoted from. Returns the problem (in
 * Chinese, for a ContentError) or null when the words are an exact substring of the clause.
 */
export function dateWordsProblem(words: string, clauseRef: string, clauseText: string): string | null {
  if (words.trim() === '') return 'dateWords 不能为空';
  if (clauseText.includes(words)) return null;
  return `“${words}” 不在 dateSource 所引条款 ${clauseRef} 的原文中（须一字不差，包括空格和标点）`;
}
