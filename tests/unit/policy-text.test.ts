import { describe, expect, test } from 'vitest';
import {
  chineseNumeral,
  citableClause,
  clauseIndex,
  matchMarker,
  parsePolicyText,
  plainText,
  PolicyTextError,
  splitLead,
} from '../../src/lib/policy-text';

const ids = (body: string) => parsePolicyText(body).map((b) => b.id);

describe('chineseNumeral', () => {
  test('reads single digits, tens and compound numbers', () => {
    expect(chineseNumeral('一')).toBe(1);
    expect(chineseNumeral('九')).toBe(9);
    expect(chineseNumeral('十')).toBe(10);
    expect(chineseNumeral('十二')).toBe(12);
    expect(chineseNumeral('二十')).toBe(20);
    expect(chineseNumeral('二十三')).toBe(23);
  });
  test('is NaN for anything else', () => {
    expect(chineseNumeral('')).toBeNaN();
    expect(chineseNumeral('百')).toBeNaN();
    expect(chineseNumeral('3')).toBeNaN();
  });
});

describe('matchMarker', () => {
  test('recognises the four levels of 公文 numbering', () => {
    expect(matchMarker('一、总体要求')).toMatchObject({ rank: 1, number: 1, printed: '一、' });
    expect(matchMarker('（二）实施行动')).toMatchObject({ rank: 2, number: 2, printed: '（二）' });
    expect(matchMarker('3.开展活动。')).toMatchObject({ rank: 3, number: 3, printed: '3.' });
    expect(matchMarker('1. 深入推进')).toMatchObject({ rank: 3, number: 1, printed: '1. ' });
    expect(matchMarker('4．全角句点')).toMatchObject({ rank: 3, number: 4 });
    expect(matchMarker('（1）细目')).toMatchObject({ rank: 4, number: 1 });
  });
  test('does not mistake a decimal number or plain text for a marker', () => {
    expect(matchMarker('2.5 万人次')).toBeNull();
    expect(matchMarker('2021 年是中国共产党成立 100 周年')).toBeNull();
    expect(matchMarker('根据《意见》')).toBeNull();
  });
});

describe('splitLead', () => {
  test('ends the lead at the first 。 outside quotes and book titles', () => {
    expect(splitLead('1.开展“文明。行为”活动。广泛开展学习。')).toEqual({ lead: '1.开展“文明。行为”活动。', rest: '广泛开展学习。' });
    expect(splitLead('2.落实《条例。》要求。其余。')).toEqual({ lead: '2.落实《条例。》要求。', rest: '其余。' });
  });
  test('keeps a block without 。 whole as its lead', () => {
    expect(splitLead('（一）实施巴渝巾帼思想引领行动')).toEqual({ lead: '（一）实施巴渝巾帼思想引领行动', rest: '' });
  });
});

test('plainText removes bold markers only', () => {
  expect(plainText('全市妇联工作的**总体思路**是：')).toBe('全市妇联工作的总体思路是：');
});

describe('parsePolicyText ids and labels', () => {
  const body = [
    '根据有关要求，制定本方案。',
    '',
    '一、总体要求',
    '',
    '以习近平新时代中国特色社会主义思想为指导。',
    '',
    '二、主要任务',
    '',
    '（一）实施思想引领行动',
    '',
    '依托妇女之家等阵地。',
    '',
    '1.开展政治引领。深化推进大宣讲。',
    '',
    '2.开展价值引领。深入开展主题活动。',
    '',
    '（二）实施产业助推行动',
    '',
    '1.助力发展手工编织产业。实施培训项目。',
  ].join('\n');
  const blocks = parsePolicyText(body);

  test('gives numbered blocks the path of their numbers', () => {
    expect(blocks.map((b) => b.id)).toEqual(['p1', 's1', 's1-p1', 's2', 's2-1', 's2-1-p1', 's2-1-1', 's2-1-2', 's2-2', 's2-2-1']);
  });
  test('labels a clause with its markers from the top down', () => {
    const byId = new Map(blocks.map((b) => [b.id, b]));
    expect(byId.get('s2-1-2')?.label).toBe('二、（一）2.');
    expect(byId.get('s2-2')?.label).toBe('二、（二）');
    expect(byId.get('s2-1-2')?.depth).toBe(3);
    expect(byId.get('s2-1-2')?.parentId).toBe('s2-1');
  });
  test('splits a clause into lead and rest and titles it without marker and 。', () => {
    const clause = blocks.find((b) => b.id === 's2-1-1');
    expect(clause).toMatchObject({ lead: '1.开展政治引领。', rest: '深化推进大宣讲。', title: '开展政治引领', marker: '1.' });
  });
  test('an unnumbered paragraph belongs to the clause before it', () => {
    const paragraph = blocks.find((b) => b.id === 's2-1-p1');
    expect(paragraph).toMatchObject({ kind: 'paragraph', parentId: 's2-1', text: '依托妇女之家等阵地。' });
  });
  test('numbers a text without （一） levels as 二、5. → s2-5', () => {
    expect(ids('一、甲。\n\n1.乙。\n\n二、丙。\n\n1.丁。\n\n2.戊。')).toEqual(['s1', 's1-1', 's2', 's2-1', 's2-2']);
  });
  test('joins the lines of one paragraph and counts lines from 1 for messages', () => {
    const [first, second] = parsePolicyText('一、总体\n要求\n\n二、任务');
    expect(first?.text).toBe('一、总体要求');
    expect(second?.line).toBe(4);
  });
});

describe('the attachment', () => {
  const body =
    '一、正文。\n\n# 附件\n\n## 市妇联 2021 年重大活动和重要会议\n\n一、重大活动\n\n- 1.开展主题宣传活动。\n- 2.举办发布活动。\n\n二、重要会议\n\n- 1.召开执委会议。';
  const blocks = parsePolicyText(body);
  test('prefixes ids after # 附件 with annex- and starts numbering afresh', () => {
    expect(blocks.map((b) => b.id)).toEqual(['s1', 'annex', 'annex-h1', 'annex-s1', 'annex-s1-1', 'annex-s1-2', 'annex-s2', 'annex-s2-1']);
  });
  test('labels attachment clauses with 附件 and keeps list items as list items', () => {
    const item = blocks.find((b) => b.id === 'annex-s1-2');
    expect(item).toMatchObject({ label: '附件 一、2.', listItem: true, title: '举办发布活动' });
    expect(blocks.find((b) => b.id === 'annex')).toMatchObject({ kind: 'annex', title: '附件' });
  });
});

describe('errors name the line', () => {
  test('a numbering jump is an error', () => {
    expect(() => parsePolicyText('一、甲。\n\n1.乙。\n\n3.丙。')).toThrow(PolicyTextError);
    try {
      parsePolicyText('一、甲。\n\n1.乙。\n\n3.丙。');
    } catch (error) {
      expect((error as PolicyTextError).line).toBe(5);
      expect((error as Error).message).toMatch(/第 5 行.*应为第 2 项/);
    }
  });
  test('a clause numbered twice is an error, not a silent shift of every id after it', () => {
    expect(() => parsePolicyText('一、甲。\n\n1.乙。\n\n1.乙。')).toThrow(/第 5 行/);
  });
  test('a text that starts at 二、 is an error', () => {
    expect(() => parsePolicyText('二、甲。')).toThrow(/应为第 1 项/);
  });
  test('an id given twice is an error naming it (here: two attachments both start over at annex-s1)', () => {
    const run = () => parsePolicyText('一、甲。\n\n# 附件\n\n一、乙。\n\n# 附件\n\n一、丙。');
    expect(run).toThrow(PolicyTextError);
    expect(run).toThrow(/第 7 行：条款编号 annex 重复/);
  });
  test.each(['<Foo', '<strong>加粗</strong>', '{变量}', '见 a > b'])('markup %s is rejected with its line number', (markup) => {
    const run = () => parsePolicyText(`一、甲。\n\n${markup}`);
    expect(run).toThrow(PolicyTextError);
    expect(run).toThrow(/第 3 行/);
  });
});

describe('clauseIndex and citableClause', () => {
  const blocks = parsePolicyText('一、甲。\n\n说明段落。\n\n1.乙。\n\n补充段落。');
  test('the index holds only numbered clauses', () => {
    expect([...clauseIndex(blocks).keys()]).toEqual(['s1', 's1-1']);
  });
  test('a paragraph is cited by the clause it belongs to', () => {
    expect(citableClause(blocks, 's1-1-p1')?.id).toBe('s1-1');
    expect(citableClause(blocks, 's1-p1')?.id).toBe('s1');
    expect(citableClause(blocks, 's1-1')?.id).toBe('s1-1');
    expect(citableClause(blocks, 'nope')).toBeUndefined();
  });
});
