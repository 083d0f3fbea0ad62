import { describe, expect, test } from 'vitest';
import { clauseHref, formatCitation, parseClauseRef } from '../../src/lib/citation';

const plan = { title: '重庆市妇联关于开展“助推绿色生活巴渝巾帼行动”的实施方案', docNumber: '渝妇发〔2021〕13号' };

describe('formatCitation', () => {
  test('cites a clause as 《标题》 + clause label + （文号）', () => {
    expect(formatCitation(plan, '二、（一）3.')).toBe('《重庆市妇联关于开展“助推绿色生活巴渝巾帼行动”的实施方案》二、（一）3.（渝妇发〔2021〕13号）');
  });
  test('cites the whole text without a clause label', () => {
    expect(formatCitation(plan)).toBe('《重庆市妇联关于开展“助推绿色生活巴渝巾帼行动”的实施方案》（渝妇发〔2021〕13号）');
  });
});

describe('parseClauseRef', () => {
  test.each([
    ['workplan-2021#s2-4', { policy: 'workplan-2021', clause: 's2-4' }],
    ['rural-revitalization#s2-1-3', { policy: 'rural-revitalization', clause: 's2-1-3' }],
    ['workplan-2021#annex-s1-10', { policy: 'workplan-2021', clause: 'annex-s1-10' }],
    ['yufufa-2021-13#p1', { policy: 'yufufa-2021-13', clause: 'p1' }],
    ['rural-revitalization#s2-1-p1', { policy: 'rural-revitalization', clause: 's2-1-p1' }],
    ['  workplan-2021#s1  ', { policy: 'workplan-2021', clause: 's1' }],
  ])('reads %s', (value, expected) => {
    expect(parseClauseRef(value)).toEqual(expected);
  });
  test.each([
    'workplan-2021',
    'workplan-2021#',
    '#s2-1',
    'Workplan#s1',
    'workplan-2021#s2-p',
    'workplan-2021#p1-2',
    'workplan-2021#二、1.',
    'workplan-2021/s2-1',
  ])('rejects %s', (value) => {
    expect(parseClauseRef(value)).toBeNull();
  });
});

test('clauseHref is the page URL with the clause as fragment', () => {
  expect(clauseHref({ policy: 'workplan-2021', clause: 's2-4' })).toBe('/policies/workplan-2021/#s2-4');
});
