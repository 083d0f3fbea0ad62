/**
 * A faulty story is a problem an editor can act on, naming the file, the line, the field and how to
 * fix it: the real content/ with one fault injected into a 巴渝网姐 story of 渝东南, through the
 * model's checks (src/lib/model/stories.ts via buildSite). No build: the build stops on the same
 * problems (src/data/site.ts, with the lines of the content check).
 */
import { describe, expect, test } from 'vitest';
import type { ContentError } from '../../src/lib/content-error';
import { contentSite, entryOf, mismatch, problemsOf, readContent, setField, type ExpectedProblem, type RawEntry } from '../support/entries';

/** The newest 巴渝网姐 story of 渝东南, as the reporter in tests/site/stories.test.ts finds it. */
const story = (await contentSite()).stories.stories.find((s) => s.brand.includes('wangjie') && s.region.includes('southeast'));
if (!story) throw new Error('content/stories has no 巴渝网姐 story in 渝东南');
const file = `content/stories/${story.id}.md`;

const CASES: Array<{ name: string; fault: (entry: RawEntry) => void; expected: ExpectedProblem }> = [
  {
    name: 'an unknown brand',
    fault: (e) => {
      expect(e.data.brands).toEqual(['wangjie']);
      setField(e, 'brands', ['wangjei']);
    },
    expected: { file, field: 'brands[0]', at: 'brands:', problem: /品牌 “wangjei” 不存在/, fix: /写成已有品牌之一：.*wangjie/ },
  },
  {
    name: 'an unknown district',
    fault: (e) => {
      expect(e.data.districts).toHaveLength(1);
      setField(e, 'districts.1', 'atlantis');
    },
    expected: { file, field: 'districts[1]', at: 'districts:', problem: /区县 “atlantis” 不存在/, fix: /写成已有区县之一：.*xiushan/ },
  },
  {
    name: 'an unknown honour',
    fault: (e) => {
      expect(e.data.honours).toHaveLength(1);
      setField(e, 'honours', ['zuimei-mama']);
    },
    expected: { file, field: 'honours[0]', at: 'honours:', problem: /荣誉 “zuimei-mama” 不存在/, fix: /写成已有荣誉之一：.*zuimei-jiating/ },
  },
  {
    name: 'a clause that does not exist',
    fault: (e) => {
      expect((e.data.clauses as unknown[])[0]).toBe('rural-revitalization#s2-2-2');
      setField(e, 'clauses.0', 'rural-revitalization#s2-9-9');
    },
    expected: {
      file,
      field: 'clauses[0]',
      at: '- rural-revitalization#s2-2-2',
      problem: /rural-revitalization 中没有条款 “s2-9-9”/,
      fix: /本条链接/,
    },
  },
  {
    name: 'a sample’s image credit without 示例',
    fault: (e) => {
      const credit = String((e.data.image as { credit?: unknown }).credit);
      expect(credit).toMatch(/^示例插图，/);
      setField(e, 'image.credit', credit.replace(/^示例插图，/, ''));
    },
    expected: { file, field: 'image.credit', at: '  credit:', problem: /示例故事的图片署名没有标明“示例”/, fix: /写成“示例插图，/ },
  },
];

/** The problems the build would stop on after faults are injected into the story. */
async function problemsWith(cases: typeof CASES): Promise<ContentError[]> {
  const content = await readContent();
  const entry = entryOf(content.stories, story!.id);
  for (const { fault } of cases) fault(entry);
  return problemsOf(content);
}

describe('a faulty story is named with its file, line and field, and how to fix it', () => {
  test('the stories as they are have no problem', async () => {
    expect((await problemsWith([])).map((p) => p.message)).toEqual([]);
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, one) => {
    expect(mismatch(await problemsWith([one]), one.expected)).toBe('');
  });

  test('all of them at once are each named', async () => {
    const problems = await problemsWith(CASES);
    expect(CASES.map((c) => mismatch(problems, c.expected)).filter(Boolean)).toEqual([]);
  });
});
