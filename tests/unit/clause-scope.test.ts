import { describe, expect, test } from 'vitest';
import { actionsOfClause, clauseScopes, scopeIdOf } from '../../src/lib/clause-scope';
import { parsePolicyText } from '../../src/lib/policy-text';

const body = [
  '为做好工作，制定本方案。',
  '',
  '一、总体要求',
  '',
  '到2022年60%的家庭达到绿色家庭标准。',
  '',
  '二、主要任务',
  '',
  '（一）实施“绿色生活人人参与”行动',
  '',
  '倡导绿色价值理念。',
  '',
  '1.开展“绿色理念我倡导”活动。培育61个市级基地。',
].join('\n');
const blocks = parsePolicyText(body);

describe('clauseScopes', () => {
  test('a clause covers its own unnumbered paragraphs but not its sub-clauses', () => {
    const scopes = new Map(clauseScopes(blocks).map((s) => [s.id, s]));
    expect(scopes.get('s1')?.text).toContain('60%的家庭');
    expect(scopes.get('s2-1')?.text).toContain('倡导绿色价值理念');
    expect(scopes.get('s2-1')?.text).not.toContain('61个');
    expect(scopes.get('s2-1-1')?.text).toContain('61个');
  });

  test('a paragraph outside any clause is a unit of its own', () => {
    expect(clauseScopes(blocks)[0]?.id).toBe('p1');
  });

  test('scopeIdOf maps a paragraph to its clause', () => {
    const paragraph = blocks.find((b) => b.id === 's2-1-p1')!;
    expect(scopeIdOf(paragraph)).toBe('s2-1');
  });
});

describe('actionsOfClause', () => {
  const actions = [
    {
      id: 'rural',
      workplanClauses: [
        { policy: 'workplan-2021', clause: 's2-1' },
        { policy: 'workplan-2022', clause: 's3-2' },
      ],
      plans: ['rural-revitalization'],
      related: ['workplan-2021#annex-s2-2'],
    },
    { id: 'sci', workplanClauses: [{ policy: 'workplan-2021', clause: 's2-3' }], plans: [], related: [] },
  ];

  test('a work plan clause belongs to its action', () => {
    expect(actionsOfClause({ policy: 'workplan-2021', clause: 's2-1' }, actions)).toEqual(['rural']);
  });

  test('an action carried by the work plans of two years owns the clauses of both', () => {
    expect(actionsOfClause({ policy: 'workplan-2022', clause: 's3-2-1' }, actions)).toEqual(['rural']);
    expect(actionsOfClause({ policy: 'workplan-2022', clause: 's3-1' }, actions)).toEqual([]);
  });

  test('s2-1 does not claim s2-10 or s2-3', () => {
    expect(actionsOfClause({ policy: 'workplan-2021', clause: 's2-10' }, actions)).toEqual([]);
    expect(actionsOfClause({ policy: 'workplan-2021', clause: 's2-3' }, actions)).toEqual(['sci']);
  });

  test('every clause of a plan belongs to the plan’s action', () => {
    expect(actionsOfClause({ policy: 'rural-revitalization', clause: 's2-2-2' }, actions)).toEqual(['rural']);
  });

  test('a related clause belongs to the action that lists it', () => {
    expect(actionsOfClause({ policy: 'workplan-2021', clause: 'annex-s2-2' }, actions)).toEqual(['rural']);
  });

  test('a clause outside the five actions belongs to none', () => {
    expect(actionsOfClause({ policy: 'workplan-2021', clause: 's5-3' }, actions)).toEqual([]);
  });
});
