/**
 * Bad event files are problems naming the file, the field, what is wrong and how to fix it: entries
 * added to the real content/, each with one fault, through the model's checks
 * (src/lib/model/events.ts via buildSite). No build: the build stops on the same problems
 * (src/data/site.ts). A date that does not exist or a range that ends before it starts is the
 * content check's (tests/unit/content-check.test.ts).
 */
import { describe, expect, test } from 'vitest';
import type { ContentError } from '../../src/lib/content-error';
import { mismatch, problemsOf, readContent, type ExpectedProblem } from '../support/entries';

/** A valid meeting of the work plan's attachment; each case changes one thing. */
const BASE = {
  title: '测试活动',
  kind: '重要会议',
  status: '计划',
  actions: [],
  brands: [],
  clauses: ['workplan-2021#annex-s2-1'],
  dateSource: { clause: 'workplan-2021#annex-s2-1' },
  date: '2021',
  // The clause gives no time: the note says why the site lists it in 2021.
  note: '原文只说是 2021 年工作要点附件所列活动',
  updated: '2026-11-22',
};

const file = (id: string) => `content/events/${id}.yaml`;

const CASES: Array<{ id: string; data: Record<string, unknown>; expected: ExpectedProblem }> = [
  {
    id: 'unknown-district',
    data: { ...BASE, place: 'atlantis' },
    expected: { file: file('unknown-district'), field: 'place', problem: /“atlantis” 不在 content\/districts\.yaml/, fix: /写成其中的 id/ },
  },
  {
    id: 'unknown-brand',
    data: { ...BASE, brands: ['dajiee'] },
    expected: { file: file('unknown-brand'), field: 'brands[0]', problem: /品牌 “dajiee” 不存在/, fix: /写成已有品牌之一：.*dajie/ },
  },
  {
    id: 'unknown-clause',
    data: { ...BASE, clauses: ['workplan-2021#s9-9'] },
    expected: { file: file('unknown-clause'), field: 'clauses[0]', problem: /workplan-2021 中没有条款 “s9-9”/, fix: /本条链接/ },
  },
  {
    // The clause gives the year only: a day needs a named public source.
    id: 'invented-day',
    data: { ...BASE, date: '2021-06-05' },
    expected: { file: file('invented-day'), field: 'date', problem: /“6 月 5 日”.*原文没有写/, fix: /dateSource 中改写 source/ },
  },
  {
    id: 'repeat-without-end',
    data: { ...BASE, repeat: '每年' },
    expected: { file: file('repeat-without-end'), field: 'repeatUntil', problem: /写了 repeat.*没有写 repeatUntil/, fix: /2021-12-31/ },
  },
  {
    id: 'words-not-in-clause',
    data: { ...BASE, dateWords: '春季' },
    expected: {
      file: file('words-not-in-clause'),
      field: 'dateWords',
      problem: /“春季” 不在 dateSource 所引条款 workplan-2021#annex-s2-1 的原文中/,
      fix: /逐字复制/,
    },
  },
];

/** The problems the build would stop on, with these event files added to content/. */
async function problemsWith(cases: Array<{ id: string; data: Record<string, unknown> }>): Promise<ContentError[]> {
  const content = await readContent();
  for (const { id, data } of cases) content.events.push({ id, file: file(id), data: structuredClone(data) });
  return problemsOf(content);
}

describe('bad event files', () => {
  test('the base entry itself is fine, so each case tests its one fault', async () => {
    expect((await problemsWith([{ id: 'base', data: BASE }])).map((p) => p.message)).toEqual([]);
  });

  test.each(CASES.map((c) => [c.id, c] as const))('%s is named with its file and field, and how to fix it', async (_id, one) => {
    expect(mismatch(await problemsWith([one]), one.expected)).toBe('');
  });

  test('all of them at once are each named', async () => {
    const problems = await problemsWith(CASES);
    expect(CASES.map((c) => mismatch(problems, c.expected)).filter(Boolean)).toEqual([]);
  });
});
