import { z } from 'astro/zod';
import { slug, strictFields, text } from './common';

/** An honour or exemplar title named in the texts, from content/honours.yaml; stories are tagged with them. */
export const honourSchema = z.strictObject(
  {
    /** English id stories write in `honours`, and the last part of /stories/honour/<id>/. */
    id: slug,
    /** The title as the texts print it, for example 最美家庭. */
    name: text,
  },
  strictFields('content/honours.yaml'),
);
export type HonourData = z.infer<typeof honourSchema>;
