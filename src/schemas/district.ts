import { z } from 'astro/zod';
import { slug, text } from './common';

/** The three parts of Chongqing in the city's “一区两群” plan. */
export const REGIONS = {
  'main-city': '主城都市区',
  northeast: '渝东北三峡库区城镇群',
  southeast: '渝东南武陵山区城镇群',
} as const;
export type RegionId = keyof typeof REGIONS;

/** A 区县 or functional zone of Chongqing, from the shared list in content/districts.yaml. */
export const districtSchema = z.object({
  /** English id other content uses to name the district, for example `wanzhou`. */
  id: slug,
  /** Name as written in Chinese, for example 万州区. */
  name: text,
  /** 区, 县, 自治县 or 功能区 (两江新区, 重庆高新区, 万盛经开区). */
  kind: z.enum(['区', '县', '自治县', '功能区']),
  /** Part of the city in the “一区两群” plan. */
  region: z.enum(Object.keys(REGIONS) as [RegionId, ...RegionId[]]),
});
export type District = z.infer<typeof districtSchema>;
