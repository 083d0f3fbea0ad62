import { describe, expect, test } from 'vitest';
import { coveredBy, scanFigures } from '../../src/lib/commitment-scan';

const texts = (text: string) => scanFigures(text).map((f) => `${f.kind}:${f.text}`);

describe('finding the numbers and time limits of a text', () => {
  test('numbers keep their ranges, percentages and 余', () => {
    expect(texts('力争到 2022 年全市 60% 以上；编制 2021-2030 年规划；每年5-6月；30余类')).toEqual([
      'number:2022',
      'number:60%',
      'number:2021-2030',
      'frequency:每年',
      'number:5-6',
      'number:30余',
    ]);
  });

  test('frequencies, planning periods and coverage are found', () => {
    expect(texts('每月 23 日前报送，每季度报送；制定“八五”普法规划和“十四五”规划；县以上全覆盖')).toEqual([
      'frequency:每月',
      'number:23',
      'frequency:每季度',
      'period:“八五”',
      'period:“十四五”',
      'coverage:全覆盖',
    ]);
  });

  test('numbers written in Chinese characters are names, not figures', () => {
    expect(texts('动员百万巾帼志愿者，打造四大品牌')).toEqual([]);
  });
});

describe('whether a quote covers a figure', () => {
  const text = '每年评选市级“绿色家庭”各100户。每年评选区级绿色家庭100户。';
  const figures = scanFigures(text);
  test('a figure inside a quoted stretch is covered, wherever the quote occurs', () => {
    const quote = '每年评选区级绿色家庭100户';
    expect(figures.map((f) => coveredBy(text, f, [quote]))).toEqual([false, false, true, true]);
  });
});
