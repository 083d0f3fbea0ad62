import { describe, expect, test } from 'vitest';
import { layoutPolicy, tableOfContents } from '../../src/lib/policy-layout';
import { parsePolicyText } from '../../src/lib/policy-text';

const body = [
  '为深入贯彻，制定本方案。',
  '',
  '一、总体要求',
  '',
  '以习近平新时代中国特色社会主义思想为指导。',
  '',
  '二、主要任务',
  '',
  '（一）强化引领',
  '',
  '1.培育理念。组织专家学者。',
  '',
  '2.开展宣传。联合相关部门。',
  '',
  '# 附件',
  '',
  '## 市妇联 2021 年重大活动和重要会议',
  '',
  '一、重大活动',
  '',
  '- 1.开展主题宣传活动。',
  '- 2.举办发布活动。',
].join('\n');
const blocks = parsePolicyText(body);

describe('layoutPolicy', () => {
  const { body: items, annex } = layoutPolicy(blocks);
  const shape = items.map((item) =>
    item.type === 'list'
      ? `list:${item.blocks.map((b) => b.id).join(',')}`
      : `${item.type}${item.type === 'heading' ? item.level : ''}:${item.block.id}`,
  );

  test('top two levels are headings (h2, h3); deeper clauses and paragraphs are paragraphs', () => {
    expect(shape).toEqual(['paragraph:p1', 'heading2:s1', 'paragraph:s1-p1', 'heading2:s2', 'heading3:s2-1', 'paragraph:s2-1-1', 'paragraph:s2-1-2']);
  });
  test('the attachment is separate, one heading level lower, and its list items stay one list', () => {
    expect(annex?.label.id).toBe('annex');
    const annexShape = annex?.items.map((item) =>
      item.type === 'list'
        ? `list:${item.blocks.map((b) => b.id).join(',')}`
        : `${item.type}${item.type === 'heading' ? item.level : ''}:${item.block.id}`,
    );
    expect(annexShape).toEqual(['heading2:annex-h1', 'heading3:annex-s1', 'list:annex-s1-1,annex-s1-2']);
  });
  test('a text without attachment has none', () => {
    expect(layoutPolicy(parsePolicyText('一、甲。')).annex).toBeNull();
  });
});

describe('tableOfContents', () => {
  const toc = tableOfContents(blocks);
  test('lists every clause nested by depth, with marker and title', () => {
    expect(toc.map((e) => e.id)).toEqual(['s1', 's2', 'annex']);
    const tasks = toc[1];
    expect(tasks).toMatchObject({ label: '二、', title: '主要任务' });
    expect(tasks?.children.map((e) => e.id)).toEqual(['s2-1']);
    expect(tasks?.children[0]?.children.map((e) => [e.label, e.title])).toEqual([
      ['1.', '培育理念'],
      ['2.', '开展宣传'],
    ]);
  });
  test('the attachment is an entry of its own holding its clauses', () => {
    const annex = toc[2];
    expect(annex).toMatchObject({ id: 'annex', label: '', title: '附件' });
    expect(annex?.children.map((e) => e.id)).toEqual(['annex-s1']);
    expect(annex?.children[0]?.children.map((e) => e.id)).toEqual(['annex-s1-1', 'annex-s1-2']);
  });
  test('every clause id is reachable from the contents', () => {
    const all: string[] = [];
    const walk = (entries: typeof toc) => entries.forEach((e) => (all.push(e.id), walk(e.children)));
    walk(toc);
    expect(all.filter((id) => id !== 'annex').sort()).toEqual(
      blocks
        .filter((b) => b.kind === 'clause')
        .map((b) => b.id)
        .sort(),
    );
  });
});
