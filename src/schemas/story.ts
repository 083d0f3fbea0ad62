/**
 * A story about women of the programme: the frontmatter of content/stories/*.md. The body is
 * the story itself, in Markdown (no HTML: src/lib/content-files/markdown.ts). References (districts, brands, actions, honours, clauses, press contact) are
 * checked against the site's data in src/lib/model/stories.ts.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { clauseRef, isoDay, required, slug, text } from './common';
import { SITE_CONTENT_SINCE, sampleDateProblem } from '../lib/samples';

/** The terms under which an image may be reused. */
export const licenceSchema = z.strictObject({
  /** Name of the licence or terms, for example CC BY 4.0. */
  name: text,
  /** Where the licence is explained in full. */
  url: z.url('请写完整网址，例如 https://creativecommons.org/licenses/by/4.0/deed.zh-hans').optional(),
});

/** An image of a story with everything a reporter needs to reuse it. */
export function storyImageSchema(image: SchemaContext['image']) {
  return z.strictObject({
    /** The master file, relative to the story file, for example ./images/wangjie-tea.jpg (JPEG or PNG, at least 1200 px wide). */
    src: image(),
    /** What the image shows, for readers who cannot see it: one sentence. */
    alt: z
      .string({ error: required })
      .trim()
      .min(1, '写一句话说明图片里有什么，给看不到图片的读者，例如 alt: 层层茶园前，一位穿红衣的女子举着手机直播'),
    /** The caption printed under the image. */
    caption: text,
    /** Who made the image (photographer, illustrator or body). */
    credit: text,
    /** The terms of reuse. */
    licence: licenceSchema,
  });
}

/** A person, or a collective (a team, a family, a 巾帼文明岗), the story is about. */
export const storyPersonSchema = z.strictObject({
  /** The name as the story gives it. Sample stories use invented names only. */
  name: text,
  /** What she or they do, for example 手工编织工坊负责人. */
  role: text,
  /** Id of her 区县 in content/districts.yaml; leave out for someone outside Chongqing. */
  district: slug.optional(),
  /** A place outside Chongqing, in words, for example 四川省. */
  place: text.optional(),
  /** true when this is a collective rather than one person. */
  collective: z.boolean().default(false),
});

/** A sentence from the story set apart in large type. */
export const pullQuoteSchema = z.strictObject({
  /** The quoted words, without quotation marks. */
  text,
  /** Who said them. */
  by: text,
});

export function storySchema({ image }: SchemaContext) {
  return z
    .strictObject({
      /** The headline. */
      title: text,
      /** One or two sentences under the headline that say what the story is about (导语). */
      standfirst: text,
      /**
       * Publication day, YYYY-MM-DD. For a sample: the day it was written for the site, never
       * earlier than the site's own content (SITE_CONTENT_SINCE in src/lib/samples.ts); pages,
       * listings, citations and feeds mark it as a sample's date.
       */
      date: isoDay,
      /** Author or publishing body, as it appears in the citation. */
      author: text,
      /** Ids of the 区县 the story takes place in (content/districts.yaml), at least one. */
      districts: z.array(slug).min(1, '至少写一个区县编号，例如 [youyang]'),
      /** The people or the collective the story is about, at least one. */
      people: z.array(storyPersonSchema).min(1, '至少写一位人物或一个集体（name、role）'),
      /** Honours and exemplar titles (ids from content/honours.yaml), for example [zuimei-jiating]. */
      honours: z.array(slug).default([]),
      /** Brand ids: the file names in content/brands/, for example [wangjie]. */
      brands: z.array(slug).default([]),
      /** Action ids: the file names in content/actions/, for example [rural-revitalization]. */
      actions: z.array(slug).default([]),
      /** Clauses the story relates to, written policy-id#clause-id, for example rural-revitalization#s2-2-2. */
      clauses: z.array(clauseRef).default([]),
      /** The lead image, shown under the headline. */
      image: storyImageSchema(image),
      /** Further images, shown after the story. */
      gallery: z.array(storyImageSchema(image)).default([]),
      /** A sentence to set apart in large type. */
      pullQuote: pullQuoteSchema.optional(),
      /**
       * Id of the press contact for this story in content/media.yaml; required for a real story. A
       * sample has none: its people are invented and nobody can be interviewed about it.
       */
      contact: slug.optional(),
      /** Free keywords for search and the feed, for example [茶叶, 直播]. */
      tags: z.array(text).default([]),
      /** true for an invented sample story; samples are marked everywhere and can be left out of a build (SAMPLES=exclude). */
      sample: z.boolean({ error: '必须写 sample: true（示例故事）或 sample: false（真实故事）' }),
    })
    .superRefine((story, ctx) => {
      if (story.sample) {
        const problem = sampleDateProblem(story.date);
        if (problem)
          ctx.addIssue({
            code: 'custom',
            path: ['date'],
            message: `${problem}。修改方法：写成这篇示例为本站编写的日期（不早于 ${SITE_CONTENT_SINCE}）`,
          });
        if (story.contact !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['contact'],
            message: '示例故事不能写媒体联系人：人物是虚构的，没有人可以采访。修改方法：删去 contact',
          });
        }
      } else if (story.contact === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['contact'],
          message: '真实故事须写媒体联系人。修改方法：写 contact: federation（或 content/media.yaml 中的另一个 id）',
        });
      }
    });
}
export type StoryData = z.infer<ReturnType<typeof storySchema>>;
export type StoryImage = StoryData['image'];
