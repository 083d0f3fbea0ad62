/**
 * Bad event files are problems naming the file and the field: entries added to the real
 * content/, each with one fault, through the model's checks (src/lib/model/events.ts via
 * buildSite). No build: the build stops on the same problems (src/data/site.ts), which the
 * fixture builds prove once for every check.
 */
import { describe, expect, test } from 'vitest';
import { buildSite } from '../../src/lib/model/site';
import { readContent, siteEntries, type RawContent } from '../support/entries';

/** A valid meeting of the work plan's attachment; each case changes one thing. */
const BASE = {
  title: '测试活动',
  kind: '重要会议',
  status: '计划',
  actions: [],
  brands: [],
  clauses: ['workplan-2021#annex-s2-1'],
  dateSource: { clause: 'workplan-2021#annex-s2-1' },
  updated: '2026-11-22',
};

const CASES: Array<{ id: string; data: Record<string, unknown>; expected: RegExp }> = [
  { id: 'bad-date', data: { ...BASE, date: '2021-02-30' }, expected: /bad-date\.yaml → date：.*2021-02-30/ },
  { id: 'end-before-start', data: { ...BASE, date: '2021-06-07/2021-06-05' }, expected: /end-before-start\.yaml → date：.*早于/ },
  { id: 'unknown-district', data: { ...BASE, date: '2021', place: 'atlantis' }, expected: /unknown-district\.yaml → place：.*atlantis/ },
  { id: 'unknown-brand', data: { ...BASE, date: '2021', brands: ['dajiee'] }, expected: /unknown-brand\.yaml → brands\[0\]：.*dajiee/ },
  { id: 'unknown-clause', data: { ...BASE, date: '2021', clauses: ['workplan-2021#s9-9'] }, expected: /unknown-clause\.yaml → clauses\[0\]：.*s9-9/ },
  // The clause gives the year only: a day needs a named public source.
  { id: 'invented-day', data: { ...BASE, date: '2021-06-05' }, expected: /invented-day\.yaml → date：.*6 月 5 日.*source/ },
];

/** The problems the model finds in content/ with these event files added. */
function problemsWith(cases: typeof CASES): string[] {
  const content: RawContent = readContent();
  for (const { id, data } of cases) content.events.push({ id, file: `content/events/${id}.yaml`, data: structuredClone(data) });
  return buildSite(siteEntries(content)).problems.map((problem) => problem.message);
}

describe('bad event files', () => {
  test('the base entry itself is fine, so each case tests its one fault', () => {
    expect(problemsWith([{ id: 'base', data: { ...BASE, date: '2021' }, expected: /^$/ }]).join('\n')).toBe('');
  });

  test.each(CASES.map((c) => [c.id, c] as const))('%s is named with its file and field', (_id, one) => {
    const problems = problemsWith([one]);
    expect(problems.length, 'the build would stop').toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(one.expected);
  });

  test('all of them at once are each named', () => {
    const problems = problemsWith(CASES).join('\n');
    expect(CASES.filter((c) => !c.expected.test(problems)).map((c) => c.id)).toEqual([]);
  });
});
