import { z } from 'astro/zod';
import { clauseRef, text, strictFields } from './common';

/** Where an explanation comes from: a clause of the texts that defines the term… */
const clauseSource = z.strictObject({
  /** The defining clause, `policy-id#clause-id`. */
  clause: clauseRef,
  /** The defining words, copied exactly from that clause; the build checks that they occur in it. */
  quote: text,
});

/** …or a named public source. */
const publicSource = z.strictObject({
  /** Title of the document or occasion, e.g. 《中共中央 国务院关于打赢脱贫攻坚战的决定》. */
  title: text,
  /** Who issued or gave it, e.g. 中共中央 国务院. */
  issuer: text,
  /** When, as precisely as known, e.g. 2015 年 11 月. */
  date: text.optional(),
});

/**
 * A set phrase a public reader may not know (content/terms/<id>.yaml; the file name is the id and
 * the anchor on /glossary/). Only terms whose meaning is certain belong here.
 */
export const termSchema = z.strictObject(
  {
    /** The term as printed, without quotation marks, e.g. 两癌. */
    term: text,
    /** Other forms of the same term in the texts, e.g. 四销联动 for 四销模式. */
    aliases: z.array(text).default([]),
    /**
     * `quoted` (default): the term is recognised only inside “quotation marks”, so that 两地 in
     * 川渝两地 is not taken for the set phrase “两地”; `plain`: wherever it is written.
     */
    match: z.enum(['quoted', 'plain'], { error: 'match 只能是 quoted（只认引号内）或 plain（任何位置）' }).default('quoted'),
    /** The explanation: one or two short, plain sentences. */
    explanation: text,
    /** Where the explanation comes from: `{ clause, quote }` or `{ title, issuer, date? }`. */
    source: z.union([clauseSource, publicSource], {
      error: 'source 应写成 { clause: 文本编号#条款编号, quote: 原文中的定义 } 或 { title: 文件或讲话名称, issuer: 发布者, date: 时间 }',
    }),
  },
  strictFields('src/schemas/term.ts'),
);

export type TermData = z.infer<typeof termSchema>;
export type TermSource = TermData['source'];
export const isClauseSource = (source: TermSource): source is z.infer<typeof clauseSource> => 'clause' in source;
