import { z } from 'astro/zod';
import { clauseRef, isoDay, slug, text, strictFields } from './common';
import { DATE_FORMS, parsePartialDate } from '../lib/partial-date';

/** Kinds of calendar entries, as editors write them, with the slug used in URLs. */
export const EVENT_KINDS = {
  重大活动: 'major-activity',
  重要会议: 'meeting',
  '纪念日/节点': 'observance',
  报送节点: 'reporting',
  主题活动: 'campaign',
} as const;
export type EventKind = keyof typeof EVENT_KINDS;
const kindNames = Object.keys(EVENT_KINDS) as [EventKind, ...EventKind[]];

/** Where an entry stands. */
export const EVENT_STATUSES = ['计划', '已举办', '延期', '取消'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** How often an entry repeats. */
export const REPEAT_WORDS = ['每月', '每季度', '每年'] as const;

/**
 * The date as an editor writes it (see content/events/README.md): 2021-06-05, 2021-06-05/2021-06-07,
 * 2021-06, 2021-05/2021-06, 2021-夏季, 2021-Q2, 2021 or 待定. YAML reads 2021 as a number, which is
 * turned back into the text; a date that is no valid form (2021-02-30, 2021-13) is reported here.
 * src/lib/model/events.ts parses it again with `wholePeriod`.
 */
const dateText = z
  .union([z.date(), z.number(), z.string()], { error: '请填写日期，例如 2021-06-05、2021-06、2021 或 待定' })
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
    const parsed = parsePartialDate(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.error, params: { problem: parsed.error, fix: `日期可写成：${DATE_FORMS}` } });
      return z.NEVER;
    }
    return text;
  });

/** Where the date comes from: the clause that gives it, or a named public source. */
export const dateSourceSchema = z
  .strictObject(
    {
      /** The clause that gives the date (or says the year), `policy-id#clause-id`; it must also be listed under `clauses`. */
      clause: clauseRef.optional(),
      /**
       * A named public source for a date the texts do not give: a law, a State Council document,
       * a national standard, with its number where it has one, e.g.
       * 《全国年节及纪念日放假办法》（国务院令第 644 号）.
       */
      source: text.optional(),
      /** Address of the source, if it has a stable public one. */
      url: z.url({ error: 'url 应是完整网址，例如 https://www.gov.cn/…' }).optional(),
      /**
       * The public source's own words for the date, quoted exactly, e.g. 每年6月5日为环境日。 Required
       * with `source`; shown as a quotation of that source (never as 原文). The site's own reasoning
       * (which day a lunar date falls on in 2021 …) goes in the entry's `note`.
       */
      note: text.optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? `dateSource 中有未知字段 ${issue.keys.join('、')}：只能写 clause、source、url、note` : undefined,
    },
  )
  .refine((value) => (value.clause ? 1 : 0) + (value.source ? 1 : 0) === 1, {
    message: 'dateSource 须写且只写一项：clause（日期出自哪一条）或 source（公开资料的名称）',
  })
  .refine((value) => !value.source || value.note, {
    message: 'dateSource 写了 source，还须在 dateSource.note 中逐字引用该资料规定日期的原话，例如 note: 每年6月5日为环境日。',
    path: ['note'],
  })
  .refine((value) => !value.clause || !value.note, {
    message: 'dateSource.note 只用于公开资料（source）的原话；日期出自条款时，把条款中表示时间的原话写在 dateWords，本站的说明写在 note',
    path: ['note'],
  });

/**
 * One calendar entry (content/events/<id>.yaml; the file name is the id used in URLs and in the
 * calendar files, so do not rename a published file).
 */
export const eventSchema = z.strictObject(
  {
    /** What happens, in the texts' own words where they have them. */
    title: text,
    /** 重大活动, 重要会议, 纪念日/节点, 报送节点 or 主题活动. */
    kind: z.enum(kindNames, { error: `kind 只能是：${kindNames.join('、')}` }),
    /** Who holds or does it, as the texts say (重庆市妇联, 各区县妇联 …); leave out for a public observance. */
    organiser: text.optional(),
    /** The date, as precise as the sources allow and no more (see the README of this folder). */
    date: dateText,
    /** true when the entry fills its whole date window (a theme month), rather than falling on days inside it the sources do not give. */
    wholePeriod: z.boolean({ error: 'wholePeriod 只能写 true 或 false' }).default(false),
    /** true when the date is a deadline (“每月 23 日前”). */
    deadline: z.boolean({ error: 'deadline 只能写 true 或 false' }).default(false),
    /** Start time, or start and end, in Beijing time: 09:30 or 09:30-11:00. Only with a single day. */
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d(-([01]\d|2[0-3]):[0-5]\d)?$/, 'time 写成 09:30 或 09:30-11:00（24 小时制，北京时间）')
      .optional(),
    /** Time zone of `time`; the site's events are all in Beijing time. */
    timezone: z.literal('Asia/Shanghai', { error: 'timezone 只能是 Asia/Shanghai（北京时间）' }).default('Asia/Shanghai'),
    /** 每月, 每季度 or 每年; `date` is then the first occurrence. */
    repeat: z.enum(REPEAT_WORDS, { error: 'repeat 只能是 每月、每季度 或 每年' }).optional(),
    /**
     * Last day a repeat may start on, YYYY-MM-DD; required whenever `repeat` is set (the build says
     * so, naming the file). Where the text sets no end, end with the period of the document the
     * duty comes from (a 2021 plan: 2021-12-31) and say so in `note`: the site lists no occurrence
     * its sources do not cover.
     */
    repeatUntil: isoDay.optional(),
    /** Id of a 区县 or functional zone in content/districts.yaml (e.g. wanzhou); leave out for city-wide entries. */
    place: slug.optional(),
    /** 计划 (as planned), 已举办, 延期 or 取消. */
    status: z.enum(EVENT_STATUSES, { error: `status 只能是：${EVENT_STATUSES.join('、')}` }).default('计划'),
    /** Ids of the 巴渝巾帼 actions it belongs to (e.g. rural-revitalization). */
    actions: z.array(slug).default([]),
    /** Ids of the brands it belongs to (e.g. dajie). */
    brands: z.array(slug).default([]),
    /** The clauses that name it, `policy-id#clause-id`; the first is quoted first on its page. */
    clauses: z.array(clauseRef).min(1, '至少写一条出处条款，例如 workplan-2021#annex-s1-1'),
    /** Where the date comes from. */
    dateSource: dateSourceSchema,
    /**
     * The clause's own words for the time, copied exactly from the `dateSource.clause` (the build
     * checks that they occur in it), e.g. 春季义务植树, 每月 23 日前, 每年5-6月. Pages and calendar
     * files quote them as 原文 and say how the site reads them. Leave out when the clause has no
     * words for the time (夏令营): the page then says the period is the site's reading, and `note`
     * must say why.
     */
    dateWords: text.optional(),
    /** A short note by the site, shown marked as such (e.g. why the day is not known). */
    note: text.optional(),
    /** Revision number for calendar programs: add 1 whenever the date, time or status changes. */
    sequence: z.number({ error: 'sequence 应为整数，从 0 开始，每次改动日期、时间或状态时加 1' }).int().min(0).default(0),
    /** The day this file was last changed, YYYY-MM-DD (calendar files carry it as DTSTAMP). */
    updated: isoDay,
    /** Only if the file had to be renamed: the old file name, so that calendars keep the same entry. */
    uid: slug.optional(),
  },
  strictFields('content/events/README.md'),
);

export type EventData = z.infer<typeof eventSchema>;
