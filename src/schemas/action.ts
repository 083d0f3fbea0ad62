import { z } from 'astro/zod';
import { clauseRef, slug, text } from './common';

/**
 * One of the five 巴渝巾帼 actions of the 2021 work plan (content/actions/<id>.yaml; the file name
 * is the id other content uses, e.g. `rural-revitalization`).
 */
export const actionSchema = z.strictObject(
  {
    /** Full name as the work plan prints it, e.g. 助力乡村振兴巴渝巾帼行动. */
    name: text,
    /** Short name for lists, filters and the navigation, e.g. 助力乡村振兴. */
    shortName: text,
    /** Place in the work plan's list of the five actions (1–5); pages list the actions in this order. */
    order: z.number({ error: 'order 应为数字 1–5（position in the work plan）' }).int().min(1).max(5),
    /** The work plan clause that launches the action, e.g. `workplan-2021#s2-1`. */
    workplanClause: clauseRef,
    /**
     * Id of the action's implementation plan issued by 渝妇发〔2021〕13号 (a text under
     * content/policies/), or `null` where 13号 issues none (助力科技创新).
     */
    plan: slug.nullable(),
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
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `未知字段 ${issue.keys.join('、')}：请删去，或改成 src/schemas/action.ts 中的字段名` : undefined,
  },
);

export type ActionData = z.infer<typeof actionSchema>;
