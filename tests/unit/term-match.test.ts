import { describe, expect, test } from 'vitest';
import { applyMarks, findTerms, firstOccurrences, marksWithin, searchStrings } from '../../src/lib/term-match';

const liangdi = { id: 'liangdi', forms: ['两地'], mode: 'quoted' as const };
const liangzhongxin = { id: 'liangzhongxinliangdi', forms: ['两中心两地'], mode: 'quoted' as const };
const shuangchuang = { id: 'shuangchuang', forms: ['双创'], mode: 'plain' as const };
const sixiao = { id: 'sixiao', forms: ['四销模式', '四销联动'], mode: 'quoted' as const };

describe('findTerms', () => {
  test('a quoted term is found only inside quotation marks', () => {
    const text = '坚持“两点”定位、“两地”“两高”目标，推进川渝两地妇女事业交流合作';
    const matches = findTerms(text, [liangdi]);
    expect(matches).toHaveLength(1);
    expect(text.slice(matches[0]!.start - 1, matches[0]!.end + 1)).toBe('“两地”');
  });

  test('the match covers the term itself, not its quotation marks', () => {
    const text = '发挥“两地”作用';
    const [match] = findTerms(text, [liangdi]);
    expect(text.slice(match!.start, match!.end)).toBe('两地');
  });

  test('a quoted term inside a longer quoted phrase is not taken for the short term', () => {
    const text = '建设成为“两中心两地”目标';
    expect(findTerms(text, [liangdi, liangzhongxin]).map((m) => m.id)).toEqual(['liangzhongxinliangdi']);
  });

  test('a plain term is found wherever it is written', () => {
    const text = '强化双创意识引领，开展女性双创提质培训';
    expect(findTerms(text, [shuangchuang])).toHaveLength(2);
  });

  test('every alias of a term is found under the term’s id', () => {
    const text = '深化的“四销模式”……加强“四销联动”';
    expect(findTerms(text, [sixiao]).map((m) => text.slice(m.start, m.end))).toEqual(['四销模式', '四销联动']);
  });

  test('searchStrings wraps quoted forms in Chinese quotation marks', () => {
    expect(searchStrings(sixiao)).toEqual(['“四销模式”', '“四销联动”']);
    expect(searchStrings(shuangchuang)).toEqual(['双创']);
  });
});

describe('firstOccurrences', () => {
  test('keeps the first occurrence of each term, in text order', () => {
    const matches = [
      { id: 'a', start: 0, end: 2 },
      { id: 'b', start: 3, end: 5 },
      { id: 'a', start: 8, end: 10 },
    ];
    expect(firstOccurrences(matches)).toEqual([matches[0], matches[1]]);
  });
});

describe('marksWithin', () => {
  test('gives the marks inside a stretch, counted from its start', () => {
    const marks = [
      { start: 1, end: 3, href: '#x' },
      { start: 12, end: 14, href: '#y' },
    ];
    expect(marksWithin(marks, 0, 10)).toEqual([{ start: 1, end: 3, href: '#x' }]);
    expect(marksWithin(marks, 10, 20)).toEqual([{ start: 2, end: 4, href: '#y' }]);
  });
});

describe('applyMarks', () => {
  test('splits plain text around a mark', () => {
    const pieces = applyMarks([{ text: '开展“两癌”检查', strong: false }], [{ start: 3, end: 5, href: '#n' }]);
    expect(pieces).toEqual([
      { text: '开展“', strong: false },
      { text: '两癌', strong: false, href: '#n' },
      { text: '”检查', strong: false },
    ]);
  });

  test('counts offsets across bold and plain segments', () => {
    const segments = [
      { text: '总体思路', strong: true },
      { text: '是：增强“四个意识”', strong: false },
    ];
    const pieces = applyMarks(segments, [{ start: 9, end: 13, href: '#t' }]);
    expect(pieces.find((p) => p.href)).toEqual({ text: '四个意识', strong: false, href: '#t' });
    expect(pieces.map((p) => p.text).join('')).toBe('总体思路是：增强“四个意识”');
  });

  test('leaves the text unchanged when there are no marks', () => {
    expect(applyMarks([{ text: '原文', strong: false }], [])).toEqual([{ text: '原文', strong: false }]);
  });
});
