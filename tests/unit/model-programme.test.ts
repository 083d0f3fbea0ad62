/**
 * Bad programme content (actions, brands, targets, terms) is a problem naming the file, the field
 * and the value: the real content/ with one fault injected, through the model's checks
 * (src/lib/model/programme.ts via buildSite). No build: the build stops on the same problems
 * (src/data/site.ts), which the fixture builds prove once for every check.
 */
import { describe, expect, test } from 'vitest';
import { buildSite } from '../../src/lib/model/site';
import { entryOf, readContent, setField, siteEntries, type RawContent } from '../support/entries';

/** The problems the model finds in content/ after a fault is injected. */
function problemsWith(fault: (content: RawContent) => void): string[] {
  const content = readContent();
  fault(content);
  return buildSite(siteEntries(content)).problems.map((problem) => problem.message);
}

const CASES: Array<{ name: string; fault: (content: RawContent) => void; expected: RegExp }> = [
  {
    name: 'a target citing a clause that does not exist',
    fault: (c) => setField(entryOf(c.targets, 'train-women'), 'sources.0.clause', 'workplan-2021#s9-9'),
    expected: /targets\/train-women\.yaml → sources\[0\]\.clause：[^\n]*s9-9/,
  },
  {
    name: 'a target quoting words that are not in its clause',
    fault: (c) => setField(entryOf(c.targets, 'rural-promotion-meeting'), 'sources.0.quote', '市妇联每年召开2次工作推进会'),
    expected: /targets\/rural-promotion-meeting\.yaml → sources\[0\]\.quote：[^\n]*市妇联每年召开2次工作推进会/,
  },
  {
    name: 'a target naming a brand that does not exist',
    fault: (c) => setField(entryOf(c.targets, 'green-standards'), 'brands', ['jiejie']),
    expected: /targets\/green-standards\.yaml → brands\[0\]：[^\n]*jiejie/,
  },
  {
    name: 'an action naming a plan that does not exist',
    fault: (c) => setField(entryOf(c.actions, 'green-living'), 'plans', ['green-life']),
    expected: /actions\/green-living\.yaml → plans\[0\]：[^\n]*green-life/,
  },
  {
    name: 'a brand whose partner brand does not exist',
    fault: (c) => setField(entryOf(c.brands, 'qiaojie'), 'partner.brand', 'chuanzhen'),
    expected: /brands\/qiaojie\.yaml → partner\.brand：[^\n]*chuanzhen/,
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
    expected: /terms\/sizi(-again)?\.yaml → term：[^\n]*四自[^\n]*已在[^\n]*收录/,
  },
];

describe('bad programme content', () => {
  test('the content as it is has no problem', () => {
    expect(problemsWith(() => {}).join('\n')).toBe('');
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s is named with its file, field and value', (_name, { fault, expected }) => {
    const problems = problemsWith(fault);
    expect(problems.length, 'the build would stop').toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(expected);
  });

  test('all of them at once are each named', () => {
    const problems = problemsWith((c) => CASES.forEach((one) => one.fault(c))).join('\n');
    expect(CASES.filter((c) => !c.expected.test(problems)).map((c) => c.name)).toEqual([]);
  });
});
