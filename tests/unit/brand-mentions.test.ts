import { describe, expect, test } from 'vitest';
import { highlightNames, namesIn, sentencesNaming, splitSentences } from '../../src/lib/brand-mentions';

describe('splitSentences', () => {
  test('ends a sentence at 。 but not inside quotation marks or book titles', () => {
    const text = '开展“巴渝网姐邀你购。”活动。落实《规定。》要求。还有一句';
    expect(splitSentences(text)).toEqual(['开展“巴渝网姐邀你购。”活动。', '落实《规定。》要求。', '还有一句']);
  });

  test('every sentence is an exact substring of the text', () => {
    const text = '互育“网姐”、互荐产品，促进融合发展。鼓励领办开办网店。';
    for (const sentence of splitSentences(text)) expect(text.includes(sentence)).toBe(true);
  });
});

describe('sentencesNaming', () => {
  test('keeps the sentences that name the brand or an alias', () => {
    const text = '互育“网姐”、互荐产品、互享项目，促进川渝女性电商优势互补、融合发展。鼓励产业致富带头人领办开办网店。';
    expect(sentencesNaming(text, ['巴渝网姐', '网姐'])).toEqual(['互育“网姐”、互荐产品、互享项目，促进川渝女性电商优势互补、融合发展。']);
  });

  test('finds nothing in a text that names no brand', () => {
    expect(sentencesNaming('开展家政服务技能大赛。', ['巴渝大姐'])).toEqual([]);
  });
});

describe('namesIn', () => {
  test('lists the names that occur, in the order given', () => {
    expect(namesIn('发挥“川针引线”“巴渝巧姐”品牌优势，推进“川渝巧姐”工作', ['巴渝巧姐', '川渝巧姐', '巧媳妇'])).toEqual(['巴渝巧姐', '川渝巧姐']);
  });
});

describe('highlightNames', () => {
  test('marks each occurrence of a name, preferring the longer name', () => {
    expect(highlightNames('巴渝网姐带动帮销，互育网姐', ['网姐', '巴渝网姐'])).toEqual([
      { text: '巴渝网姐', name: true },
      { text: '带动帮销，互育', name: false },
      { text: '网姐', name: true },
    ]);
  });
});
