import { z } from 'astro/zod';
import { isoDay, required, slug, text } from './common';

/**
 * One correction of the extracted source text. Every change to the wording of a policy text is
 * listed here and shown on its page; nothing else may differ from the published document.
 */
export const erratum = z.strictObject({
  /** Id of the clause (or paragraph) where the correction is, for example `s1-3`; `title` for the document's title. */
  where: z.string().regex(/^[a-z0-9-]+$/, '位置应为条款编号，例如 s1-3（clause id），或 title（标题）'),
  /**
   * The text as it stands in the source. A break of the extraction (a page end, or a line end that
   * the extraction kept) is written as a line break; a title's line wrap, which the extraction
   * turned into a space, is written as that space.
   */
  printed: z.string().min(1, '写上原文中印着的文字（照抄，包括错字）'),
  /** The text as the site shows it. */
  corrected: z.string().min(1, '写上更正后、网页上显示的文字'),
  /**
   * `join`: a line broken at a page end, joined; `linebreak`: a line broken within a page (or a
   * title's line wrap extracted as a space), joined; `typo`: a wrong character, corrected.
   */
  kind: z.enum(['join', 'linebreak', 'typo'], { error: 'kind 只能是 join（换页断行）、linebreak（页内断行或标题折行）或 typo（错字）' }),
  /** A short explanation, where the change is more than a join or a single character. */
  note: z.string().optional(),
});

const policyBase = z.strictObject({
  /** 标题: the title exactly as printed. */
  title: text,
  /** Corrections of the extracted text, each shown on the page. */
  errata: z.array(erratum).default([]),
});

/** A 通知: the notice that issues one or more texts (渝妇发〔2021〕12号, 13号). */
export const noticeSchema = policyBase.extend({
  kind: z.literal('notice', { error: 'kind 只能是 notice（通知）或 text（印发的文本）' }),
  /** 发文机关标志, for example 重庆市妇女联合会文件. */
  issuerMark: text,
  /** 发文字号, for example 渝妇发〔2021〕12号. */
  docNumber: z
    .string({ error: required })
    .regex(/^.+〔\d{4}〕\d+号$/, '发文字号应写成 机关代字〔年份〕序号号，例如 渝妇发〔2021〕12号（document number）'),
  /** 主送机关, as printed, without the closing colon. */
  recipients: text,
  /** 发文机关署名. */
  signatory: text,
  /** 成文日期, YYYY-MM-DD. */
  dateWritten: isoDay,
  /** 印发机关 (版记), if the document prints one. */
  printedBy: text.optional(),
  /** 印发日期 (版记), YYYY-MM-DD. */
  printedDate: isoDay.optional(),
  /** Ids of the texts this notice issues, in order. */
  transmits: z.array(slug).min(1, '至少列出一个印发的文本（transmits needs at least one text id）'),
  /** Short description for listings and search results, written by the site (not official text). */
  summary: text,
});

/** A text issued by a notice: the 2021 work plan or one of the four 实施方案. */
export const textSchema = policyBase.extend({
  kind: z.literal('text', { error: 'kind 只能是 notice（通知）或 text（印发的文本）' }),
  /** Id of the notice that issues this text. */
  notice: slug,
  /** Short title for navigation, for example 2021 年工作要点. */
  shortTitle: text,
  /** 附件说明: names of the attachments printed after the text, in order. */
  attachments: z.array(text).default([]),
  /** Short description for listings and search results, written by the site (not official text). */
  summary: text,
});

export const policySchema = z.discriminatedUnion('kind', [noticeSchema, textSchema]);

export type Erratum = z.infer<typeof erratum>;
export type NoticeData = z.infer<typeof noticeSchema>;
export type TextData = z.infer<typeof textSchema>;
export type PolicyData = z.infer<typeof policySchema>;
