import { expect, test } from 'vitest';
import { chineseOrdinal, formatFigure } from '../../src/lib/figures';

test('a unit after a digit is set off by a space', () => {
  expect(formatFigure('100', '户')).toBe('100 户');
  expect(formatFigure('各 100', '户')).toBe('各 100 户');
});

test('a unit after a Chinese character joins it', () => {
  expect(formatFigure('不少于 20 万', '人次')).toBe('不少于 20 万人次');
  expect(formatFigure('30 余', '类')).toBe('30 余类');
});

test('a figure without a unit stands alone', () => {
  expect(formatFigure('60% 以上', '')).toBe('60% 以上');
});

test('ordinals one to ten are Chinese numerals', () => {
  expect([1, 3, 5].map(chineseOrdinal)).toEqual(['一', '三', '五']);
  expect(chineseOrdinal(12)).toBe('12');
});
