import { z } from 'astro/zod';
import { slug, strictFields } from './common';

/**
 * A programme year (content/years/<year>.yaml): the notices the federation issued for it and its
 * work plan. Everything year-bound on the site — the documents' grouping, the calendar's years,
 * the year of each target, what the pages say about “this year's” documents — comes from here.
 * Adding a year is one file here plus its policy texts; no code changes.
 */
export const yearSchema = z.strictObject(
  {
    /** The year, e.g. 2021. It must match the file name (2021.yaml). */
    year: z.number({ error: 'year 应为四位数年份，例如 2021' }).int().min(2000).max(2100),
    /** Id of the year's work plan (工作要点), a text under content/policies/, e.g. workplan-2021. */
    workplan: slug,
    /**
     * Ids of the notices (通知) issued for the year's programme, in the order the site lists them,
     * e.g. [yufufa-2021-12, yufufa-2021-13]. The texts they issue belong to the year too.
     */
    notices: z.array(slug).min(1, '至少列出一份通知，例如 [yufufa-2021-12]'),
  },
  strictFields('src/schemas/year.ts'),
);

export type YearData = z.infer<typeof yearSchema>;
