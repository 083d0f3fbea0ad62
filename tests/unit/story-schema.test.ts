import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { storySchema } from '../../src/schemas/story';

/** Stands in for Astro's image() helper: accepts a path. */
const image = (() => z.string()) as unknown as SchemaContext['image'];
const schema = storySchema({ image });

const image1 = { src: './images/a.jpg', alt: '插图', caption: '说明（示例插图）', credit: '示例插图', licence: { name: 'CC BY 4.0' } };
const valid = {
  title: '标题',
  standfirst: '导语',
  date: '2026-11-22',
  author: '本站编辑',
  districts: ['xiushan'],
  people: [{ name: '杨茗溪', role: '店主' }],
  image: image1,
  sample: true,
};

const problems = (data: unknown) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('story frontmatter', () => {
  test('a complete story passes, with empty lists filled in', () => {
    const result = schema.parse(valid);
    expect(result).toMatchObject({ brands: [], actions: [], honours: [], clauses: [], gallery: [], tags: [] });
    expect(result.contact).toBeUndefined();
    expect(result.people[0]?.collective).toBe(false);
  });
  test('a story must say whether it is a sample', () => {
    const { sample: _, ...rest } = valid;
    expect(problems(rest)).toEqual([expect.stringMatching(/^sample: 必须写 sample: true/)]);
  });
  test('a sample dated before the site’s own content is refused: it would pose as news of that time', () => {
    expect(problems({ ...valid, date: '2021-06-18' })).toEqual([
      expect.stringMatching(/^date: 示例故事的日期 2021-06-18 早于本站开始编写内容的日期/),
    ]);
  });
  test('a sample has no press contact, and a real story must have one', () => {
    expect(problems({ ...valid, contact: 'federation' })).toEqual([expect.stringMatching(/^contact: 示例故事不能写媒体联系人/)]);
    expect(problems({ ...valid, sample: false })).toEqual([expect.stringMatching(/^contact: 真实故事须写媒体联系人/)]);
    expect(problems({ ...valid, sample: false, date: '2021-06-18', contact: 'federation' })).toEqual([]);
  });
  test('a wrong date is named with the form to use', () => {
    expect(problems({ ...valid, date: '2021-02-30' })).toEqual([expect.stringMatching(/^date: .*YYYY-MM-DD/)]);
  });
  test('a clause reference must read policy-id#clause-id', () => {
    expect(problems({ ...valid, clauses: ['第二条'] })).toEqual([expect.stringMatching(/^clauses\.0: 条款引用/)]);
  });
  test('an image without a credit or licence is refused', () => {
    const { credit: _, ...noCredit } = image1;
    expect(problems({ ...valid, image: noCredit })).toEqual([expect.stringMatching(/^image\.credit/)]);
  });
  test('a story needs a place and a person', () => {
    expect(problems({ ...valid, districts: [], people: [] }).map((p) => p.split(':')[0])).toEqual(['districts', 'people']);
  });
  test('a misspelt field is reported, not ignored', () => {
    expect(problems({ ...valid, honors: ['zuimei-jiating'] })).toEqual([expect.stringMatching(/honors/)]);
  });
});
