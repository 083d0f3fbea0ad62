import { expect, test } from 'vitest';
import { inlineSegments } from '../../src/lib/inline';

test('plain text is one plain segment', () => {
  expect(inlineSegments('引领全市妇女。')).toEqual([{ text: '引领全市妇女。', strong: false }]);
});

test('**bold** runs become strong segments between plain ones', () => {
  expect(inlineSegments('全市妇联工作的**总体思路**是：坚持')).toEqual([
    { text: '全市妇联工作的', strong: false },
    { text: '总体思路', strong: true },
    { text: '是：坚持', strong: false },
  ]);
});

test('bold at the edges and several bold runs', () => {
  expect(inlineSegments('**甲**乙**丙**')).toEqual([
    { text: '甲', strong: true },
    { text: '乙', strong: false },
    { text: '丙', strong: true },
  ]);
});

test('an unpaired ** stays as printed text', () => {
  expect(inlineSegments('五星**评定')).toEqual([{ text: '五星**评定', strong: false }]);
});

test('empty text has no segments', () => {
  expect(inlineSegments('')).toEqual([]);
});
