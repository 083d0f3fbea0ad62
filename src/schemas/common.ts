import { z } from 'astro/zod';
import { parseClauseRef } from '../lib/citation';
import { parseIsoDay } from '../lib/dates';

/**
 * Message for a field that is missing (Zod's own is an English “Required”); other problems keep
 * their specific messages. Use as `z.string({ error: required })`.
 */
export const required = (issue: { input: unknown }): string | undefined =>
  issue.input === undefined ? '缺少这个必填字段，请补上（required field missing）' : undefined;

/** A slug used as an id in references: lower-case letters, digits and hyphens. */
export const slug = z
  .string({ error: required })
  .regex(/^[a-z0-9][a-z0-9-]*$/, '只能用小写英文字母、数字和连字符，例如 workplan-2021（lower-case slug）');

/**
 * A calendar day written as YYYY-MM-DD. YAML turns an unquoted 2021-04-08 into a date; both forms
 * are accepted and normalised to the string.
 */
export const isoDay = z.union([z.date(), z.string()], { error: required }).transform((value, ctx) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
  if (!parseIsoDay(text)) {
    ctx.addIssue({
      code: 'custom',
      message: `日期 “${text}” 不是有效日期：请写成 YYYY-MM-DD，例如 2021-04-08（expected a valid YYYY-MM-DD date）`,
    });
    return z.NEVER;
  }
  return text;
});

/** A reference to a clause of a policy text, written `policy-id#clause-id` (for example `workplan-2021#s2-1`). */
export const clauseRef = z.string().refine((value) => parseClauseRef(value) !== null, {
  message: '条款引用应写成 文本编号#条款编号，例如 workplan-2021#s2-1（expected policy-id#clause-id）',
});

/** Non-empty text that reads as a sentence or a name. */
export const text = z.string({ error: required }).trim().min(1, '不能为空（required）');

/**
 * Options for a strict object: an unknown (often misspelt) field is an error that names the
 * fields and where they are documented. Use as `z.strictObject({ … }, strictFields('content/events/README.md'))`.
 */
export function strictFields(documentedIn: string) {
  return {
    error: (issue: { code?: string; keys?: string[] }) =>
      issue.code === 'unrecognized_keys' ? `未知字段 ${(issue.keys ?? []).join('、')}：请删去，或改成 ${documentedIn} 中的字段名` : undefined,
  };
}
