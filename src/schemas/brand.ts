import { z } from 'astro/zod';
import { clauseRef, slug, text, strictFields } from './common';

/**
 * A 巾帼 brand named in the texts (content/brands/<id>.yaml; the file name is the id, e.g.
 * `wangjie`). What the texts commit for a brand is not written here: the build finds every clause
 * that names the brand (or one of its aliases) and quotes it.
 */
export const brandSchema = z.strictObject(
  {
    /** Name as printed, without quotation marks, e.g. 巴渝网姐. */
    name: text,
    /**
     * Other strings that name the brand in the texts, e.g. 网姐 (双城 plan: 互育“网姐”). Every
     * clause containing the name or an alias is one of the brand's commitments.
     */
    aliases: z.array(text).default([]),
    /** Province the brand belongs to. */
    province: z.enum(['重庆', '四川'], { error: 'province 只能是 重庆 或 四川' }),
    /** Its field as the texts put it, e.g. 城乡电商. */
    field: text,
    /** The clause that pairs the brand with its field; the build checks that both occur in it. */
    fieldClause: clauseRef,
    /** Place in lists (1 first). */
    order: z.number({ error: 'order 应为数字（position in lists）' }).int().min(1),
    /** A short description written by the site (shown marked as such). */
    summary: text,
    /**
     * The partner brand of the other province, written on one side only (巴渝巧姐 → 川针引线);
     * the partner's page shows the pairing too.
     */
    partner: z
      .strictObject({
        /** Id of the partner brand. */
        brand: slug,
        /** The clause that pairs the two; the build checks that it names both. */
        clause: clauseRef,
        /** Name of the joint work, where the texts give one, e.g. 川渝巧姐; checked to occur in the clause. */
        joint: text.optional(),
      })
      .optional(),
    /**
     * Notes by the site on particular commitments, each on a clause that names the brand. A note
     * adds context; it cannot hide a commitment.
     */
    notes: z
      .array(
        z.strictObject({
          /** The clause the note is about, `policy-id#clause-id`. */
          clause: clauseRef,
          /** The note. */
          note: text,
        }),
      )
      .default([]),
  },
  strictFields('src/schemas/brand.ts'),
);

export type BrandData = z.infer<typeof brandSchema>;
