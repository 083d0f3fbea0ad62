/**
 * A press contact, from content/media.yaml: who reporters reach for a story or for the site.
 * Only what is known is written; a field without a confirmed value is left out, never guessed.
 */
import { z } from 'astro/zod';
import { slug, text } from './common';

export const pressContactSchema = z.strictObject({
  /** Id stories use in their `contact` field, for example federation. */
  id: slug,
  /** The body reporters contact, for example 重庆市妇女联合会. */
  name: text,
  /** The department or office within it, when known. */
  unit: text.optional(),
  /** How to reach it, in a sentence, when no direct line is given. */
  how: text,
  /** A confirmed telephone number, as printed by the body itself. */
  phone: text.optional(),
  /** A confirmed e-mail address. */
  email: z.email('请写有效的电子邮箱地址').optional(),
  /** The body's official website. */
  url: z.url('请写完整网址，以 https:// 开头').optional(),
  /** Where the contact details come from (their published source), required once phone, email or url is given. */
  source: text.optional(),
});
export type PressContact = z.infer<typeof pressContactSchema>;
