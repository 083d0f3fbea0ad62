import { z } from 'astro/zod';
import { clauseRef, slug, text, strictFields } from './common';

/**
 * A quantified commitment of the texts (content/targets/<id>.yaml; the file name is the id and
 * the anchor on /targets/). Its actions are not written here: they follow from the clauses that
 * set it.
 */
export const targetSchema = z.strictObject(
  {
    /** What is to be done, in a few words by the site, e.g. 培训妇女. */
    title: text,
    /** The figure as the texts give it, e.g. 20 万, 60% 以上, 各 100. */
    value: text,
    /** Unit of the figure, e.g. 人次, 户, 场; empty where the figure carries its own. */
    unit: z.string().trim().default(''),
    /** Period or deadline, as the texts give it, e.g. 每年, 2021 年, 到 2022 年, 每月 23 日前. */
    period: text.optional(),
    /** Who does it, e.g. 市妇联, 各区县妇联, 项目区县. */
    who: text,
    /**
     * `text`: the clause names who does it; `scope`: it does not, and `who` is the body the
     * text is addressed to (shown with a note saying so).
     */
    whoFrom: z.enum(['text', 'scope'], { error: 'whoFrom 只能是 text（条款写明）或 scope（按文件范围）' }),
    /**
     * `quantity`: a number to reach; `schedule`: a dated or recurring duty; `deliverable`: a plan
     * or programme to draw up for a planning period (“十四五”, 2021-2030 年), whose period is its figure.
     */
    kind: z
      .enum(['quantity', 'schedule', 'deliverable'], { error: 'kind 只能是 quantity（数量）、schedule（时限）或 deliverable（要编制的规划、方案）' })
      .default('quantity'),
    /**
     * The clauses that set it, each with the exact words quoted from that clause; the build
     * checks that the quote occurs in the clause's text.
     */
    sources: z
      .array(
        z.strictObject({
          /** The clause, `policy-id#clause-id`. */
          clause: clauseRef,
          /** The words of the clause that set the target, copied exactly (spaces included). */
          quote: text,
        }),
      )
      .min(1, '至少写一处设定这一目标的条款（sources needs at least one clause）'),
    /** Brands the target is for, by id. */
    brands: z.array(slug).default([]),
    /** A note by the site, e.g. how two texts word the same target differently. */
    note: text.optional(),
    /** Place within its action's group on /targets/ (1 first). */
    order: z.number({ error: 'order 应为数字（position in its group）' }).int().min(1),
  },
  strictFields('src/schemas/target.ts'),
);

export type TargetData = z.infer<typeof targetSchema>;
