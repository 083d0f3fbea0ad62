import { z } from 'astro/zod';
import { slug, strictFields, text } from './common';

/** A part of Chongqing in the city's “一区两群” plan, from content/regions.yaml. */
export const regionSchema = z.strictObject(
  {
    /** English id used by districts.yaml and in addresses, for example `main-city`. */
    id: slug,
    /** Name as written in Chinese, for example 主城都市区. */
    name: text,
  },
  strictFields('content/regions.yaml'),
);
export type RegionData = z.infer<typeof regionSchema>;

/** A 区县 or functional zone of Chongqing, from the shared list in content/districts.yaml. */
export const districtSchema = z.strictObject(
  {
    /** English id other content uses to name the district, for example `wanzhou`. */
    id: slug,
    /** Name as written in Chinese, for example 万州区. */
    name: text,
    /** 区, 县, 自治县 or 功能区 (两江新区, 重庆高新区, 万盛经开区). */
    kind: z.enum(['区', '县', '自治县', '功能区'], { error: 'kind 只能是 区、县、自治县 或 功能区' }),
    /** Id of its part of the city in content/regions.yaml, for example `northeast`. */
    region: slug,
  },
  strictFields('content/districts.yaml'),
);
export type DistrictData = z.infer<typeof districtSchema>;
