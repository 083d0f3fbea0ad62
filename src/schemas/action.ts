import { z } from 'astro/zod';
import { clauseRef, slug, text, strictFields } from './common';

/**
 * A 巴渝巾帼 action of the work plans (content/actions/<id>.yaml; the file name is the id other
 * content uses, e.g. `rural-revitalization`).
 */
export const actionSchema = z.strictObject(
  {
    /** Full name as the work plan prints it, e.g. 助力乡村振兴巴渝巾帼行动. */
    name: text,
    /** Short name for lists, filters and the navigation, e.g. 助力乡村振兴. */
    shortName: text,
    /** Place in lists (1 first); pages list the actions in this order. */
    order: z.number({ error: 'order 应为正整数，例如 1（position in lists）' }).int().min(1),
    /**
     * The work plan clauses that launch or carry the action, one per programme year, e.g.
     * [workplan-2021#s2-1]. Its page groups what the texts say about it by year.
     */
    workplanClauses: z.array(clauseRef).min(1, '至少写一条工作要点中的条款，例如 [workplan-2021#s2-1]'),
    /**
     * Ids of the action's implementation plans (texts under content/policies/), across years, e.g.
     * [rural-revitalization]; leave out (or write []) where none was issued (助力科技创新 in 2021).
     */
    plans: z.array(slug).default([]),
    /** A plain-language summary written by the site (shown marked as such, never as official text). */
    summary: text,
    /**
     * Other ways the texts write the action's name, each with the clauses that use it; the build
     * checks that each name occurs in each clause listed.
     */
    variants: z
      .array(
        z.strictObject({
          /** The name as printed, e.g. 助力创新创业. */
          name: text,
          /** Clauses where it is printed so, `policy-id#clause-id`. */
          clauses: z.array(clauseRef).min(1, '至少写一处用到这个写法的条款（at least one clause）'),
        }),
      )
      .default([]),
    /** A note by the site explaining the variants; required when there are variants. */
    variantsNote: text.optional(),
    /**
     * Further clauses that belong to the action without lying under its work plan clause or in its
     * plan, e.g. an item of the work plan's attachment (`workplan-2021#annex-s2-2`).
     */
    relatedClauses: z.array(clauseRef).default([]),
  },
  strictFields('src/schemas/action.ts'),
);

export type ActionData = z.infer<typeof actionSchema>;
