/**
 * A faulty story is a problem an editor can act on, naming the file and the field: the real
 * content/ with one fault injected into a 巴渝网姐 story of 渝东南, through the model's checks
 * (src/lib/model/stories.ts via buildSite). No build: the build stops on the same problems
 * (src/data/site.ts), which the fixture builds prove once for every check.
 */
import { describe, expect, test } from 'vitest';
import { buildSite } from '../../src/lib/model/site';
import { entryOf, readContent, setField, siteEntries, type RawContent, type RawEntry } from '../support/entries';

/** The newest 巴渝网姐 story of 渝东南, as the reporter in tests/site/stories.test.ts finds it. */
const story = buildSite(siteEntries(readContent())).site.stories.stories.find((s) => s.brand.includes('wangjie') && s.region.includes('southeast'));
if (!story) throw new Error('content/stories has no 巴渝网姐 story in 渝东南');

const CASES: Array<{ name: string; fault: (entry: RawEntry) => void; expected: string }> = [
  {
    name: 'an unknown brand',
    fault: (e) => {
      expect(e.data.brands).toEqual(['wangjie']);
      setField(e, 'brands', ['wangjei']);
    },
    expected: `${story.id}.mdx → brands[0]：品牌 “wangjei” 不存在`,
  },
  {
    name: 'an unknown district',
    fault: (e) => {
      expect(e.data.districts).toHaveLength(1);
      setField(e, 'districts.1', 'atlantis');
    },
    expected: `${story.id}.mdx → districts[1]：区县 “atlantis” 不存在`,
  },
  {
    name: 'an unknown honour',
    fault: (e) => {
      expect(e.data.honours).toHaveLength(1);
      setField(e, 'honours', ['zuimei-mama']);
    },
    expected: `${story.id}.mdx → honours[0]：荣誉 “zuimei-mama” 不存在`,
  },
  {
    name: 'a clause that does not exist',
    fault: (e) => {
      expect((e.data.clauses as unknown[])[0]).toBe('rural-revitalization#s2-2-2');
      setField(e, 'clauses.0', 'rural-revitalization#s2-9-9');
    },
    expected: `${story.id}.mdx → clauses[0]：rural-revitalization 中没有条款 “s2-9-9”`,
  },
  {
    name: 'a sample’s image credit without 示例',
    fault: (e) => {
      const credit = String((e.data.image as { credit?: unknown }).credit);
      expect(credit).toMatch(/^示例插图，/);
      setField(e, 'image.credit', credit.replace(/^示例插图，/, ''));
    },
    expected: `${story.id}.mdx → image.credit：示例故事的图片署名没有标明“示例”`,
  },
];

/** The problems the model finds in content/ after faults are injected into the story. */
function problemsWith(cases: typeof CASES): string[] {
  const content: RawContent = readContent();
  const entry = entryOf(content.stories, story!.id);
  for (const { fault } of cases) fault(entry);
  return buildSite(siteEntries(content)).problems.map((problem) => problem.message);
}

describe('a faulty story is named with its file and field', () => {
  test('the stories as they are have no problem', () => {
    expect(problemsWith([]).join('\n')).toBe('');
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, one) => {
    const problems = problemsWith([one]);
    expect(problems.length, 'the build would stop').toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(one.expected);
  });

  test('all of them at once are each named', () => {
    const problems = problemsWith(CASES).join('\n');
    expect(CASES.filter((c) => !problems.includes(c.expected)).map((c) => c.name)).toEqual([]);
  });
});
