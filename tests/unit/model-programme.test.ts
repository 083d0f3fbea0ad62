/**
 * Bad programme content (actions, brands, targets, terms) is a problem naming the file, the line,
 * the field, the value and how to fix it: the real content/ with one fault injected, through the
 * model's checks (src/lib/model/programme.ts via buildSite). No build: the build stops on the same
 * problems (src/data/site.ts, with the lines of the content check).
 */
import { describe, expect, test } from 'vitest';
import type { ContentError } from '../../src/lib/content-error';
import { entryOf, mismatch, problemsOf, readContent, setField, type ExpectedProblem, type RawContent } from '../support/entries';

/** The problems the build would stop on after a fault is injected into content/. */
async function problemsWith(fault: (content: RawContent) => void): Promise<ContentError[]> {
  const content = await readContent();
  fault(content);
  return problemsOf(content);
}

const CASES: Array<{ name: string; fault: (content: RawContent) => void; expected: ExpectedProblem }> = [
  {
    name: 'a target citing a clause that does not exist',
    fault: (c) => setField(entryOf(c.targets, 'train-women'), 'sources.0.clause', 'workplan-2021#s9-9'),
    expected: {
      file: 'content/targets/train-women.yaml',
      field: 'sources[0].clause',
      at: 'clause: workplan-2021#s2-1',
      problem: /workplan-2021 中没有条款 “s9-9”/,
      fix: /本条链接/,
    },
  },
  {
    name: 'a target quoting words that are not in its clause',
    fault: (c) => setField(entryOf(c.targets, 'rural-promotion-meeting'), 'sources.0.quote', '市妇联每年召开2次工作推进会'),
    expected: {
      file: 'content/targets/rural-promotion-meeting.yaml',
      field: 'sources[0].quote',
      at: 'quote:',
      problem: /“市妇联每年召开2次工作推进会” 不在条款 .* 的原文中/,
      fix: /逐字复制/,
    },
  },
  {
    name: 'a target naming a brand that does not exist',
    fault: (c) => setField(entryOf(c.targets, 'green-standards'), 'brands', ['jiejie']),
    // A field the file does not have: no line to point at.
    expected: {
      file: 'content/targets/green-standards.yaml',
      field: 'brands[0]',
      problem: /品牌 “jiejie” 不存在/,
      fix: /写成已有品牌之一：.*qiaojie/,
    },
  },
  {
    name: 'an action naming a plan that does not exist',
    fault: (c) => setField(entryOf(c.actions, 'green-living'), 'plans', ['green-life']),
    expected: {
      file: 'content/actions/green-living.yaml',
      field: 'plans[0]',
      at: 'plans:',
      problem: /实施方案 “green-life” 不存在/,
      fix: /写成已有文本之一：.*green-living/,
    },
  },
  {
    name: 'a brand whose partner brand does not exist',
    fault: (c) => setField(entryOf(c.brands, 'qiaojie'), 'partner.brand', 'chuanzhen'),
    expected: {
      file: 'content/brands/qiaojie.yaml',
      field: 'partner.brand',
      at: 'brand: chuanzhen-yinxian',
      problem: /品牌 “chuanzhen” 不存在/,
      fix: /写成已有品牌之一：.*chuanzhen-yinxian/,
    },
  },
  {
    name: 'a term explained twice',
    fault: (c) => {
      c.terms.push({
        id: 'sizi-again',
        file: 'content/terms/sizi-again.yaml',
        data: { term: '四自', explanation: '重复收录。', source: { clause: 'entrepreneurship#s2-1-1', quote: '自尊、自信、自立、自强的“四自”精神' } },
      });
    },
    // The duplicate itself, not only its side effects (the second file then matches nothing).
    expected: {
      file: 'content/terms/sizi-again.yaml',
      field: 'term',
      problem: /术语 “四自” 已在 content\/terms\/sizi\.yaml 中收录/,
      fix: /同一个术语只收录一次/,
    },
  },
];

describe('bad programme content', () => {
  test('the content as it is has no problem', async () => {
    expect((await problemsWith(() => {})).map((p) => p.message)).toEqual([]);
  });

  test.each(CASES.map((c) => [c.name, c] as const))(
    '%s is named with its file, line, field and value, and how to fix it',
    async (_name, { fault, expected }) => {
      expect(mismatch(await problemsWith(fault), expected)).toBe('');
    },
  );

  test('all of them at once are each named', async () => {
    const problems = await problemsWith((c) => CASES.forEach((one) => one.fault(c)));
    expect(CASES.map((c) => mismatch(problems, c.expected)).filter(Boolean)).toEqual([]);
  });
});
