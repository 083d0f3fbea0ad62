import { describe, expect, test } from 'vitest';
import { editorStatusLine, statusLine } from '../../src/lib/event-status';

describe('what an entry’s status line may claim', () => {
  test('an entry a document deploys, after the document was issued, is as planned', () => {
    expect(statusLine({ status: '计划', kind: '报送节点', end: '2021-12-31', issued: '2021-04-15' })).toBe('planned');
  });

  test('an entry known only by year is as planned: its year does not end before the document', () => {
    expect(statusLine({ status: '计划', kind: '重大活动', end: '2021-12-31', issued: '2021-04-08' })).toBe('planned');
  });

  test('a public holiday is an observance, even after the document was issued', () => {
    expect(statusLine({ status: '计划', kind: '纪念日/节点', end: '2021-06-05', issued: '2021-04-15' })).toBe('observance');
  });

  test('an entry whose days all lie before the document cannot be its plan', () => {
    expect(statusLine({ status: '计划', kind: '主题活动', end: '2021-03-31', issued: '2021-04-15' })).toBe('before-issue');
  });

  test('what an editor marked by hand is shown as marked', () => {
    expect(statusLine({ status: '取消', kind: '纪念日/节点', end: null, issued: '2021-04-08' })).toBe('cancelled');
    expect(editorStatusLine('已举办')).toBe('held');
    expect(editorStatusLine('计划')).toBeNull();
  });
});
