import { describe, expect, test } from 'vitest';
import { buildLexicon, districtShortName, docNumberParts, quotedNames, MAX_FORM_CHARS } from '../../src/lib/search-lexicon';
import { charReadings, nameSyllables } from '../../src/lib/pinyin';
import { siteLexicon } from '../../src/lib/search-names';
import { spellings } from '../../src/lib/search-rewrite';
import { contentSite } from '../support/entries';

describe('docNumberParts', () => {
  test('takes a document number apart into issuer, year and number', () => {
    expect(docNumberParts('渝妇发〔2021〕13号')).toEqual({ docNumber: '渝妇发〔2021〕13号', issuer: '渝妇发', year: '2021', number: '13' });
  });

  test('is null for anything else', () => {
    expect(docNumberParts('第十三号')).toBeNull();
  });
});

describe('districtShortName', () => {
  test('drops 区 and 县', () => {
    expect(districtShortName('万州区')).toBe('万州');
    expect(districtShortName('城口县')).toBe('城口');
  });

  test('drops the peoples and 自治县 of an autonomous county', () => {
    expect(districtShortName('秀山土家族苗族自治县')).toBe('秀山');
    expect(districtShortName('石柱土家族自治县')).toBe('石柱');
  });

  test('keeps names that would lose their meaning', () => {
    expect(districtShortName('两江新区')).toBe('两江新区');
  });
});

describe('quotedNames', () => {
  test('finds the names quoted in a title', () => {
    expect(quotedNames('开展“情暖童心 相伴成长”留守困境儿童关爱系列活动，举办“快乐成长营”体验之旅')).toEqual(['情暖童心 相伴成长', '快乐成长营']);
  });
});

describe('pinyin (build only)', () => {
  test('reads a name as a word, toneless, ü as v', () => {
    expect(nameSyllables('巴渝网姐')).toEqual(['ba', 'yu', 'wang', 'jie']);
    expect(nameSyllables('重庆')).toEqual(['chong', 'qing']);
    expect(nameSyllables('绿色')).toEqual(['lv', 'se']);
  });

  test('leaves out what is not Chinese', () => {
    expect(nameSyllables('2021 年')).toEqual(['nian']);
  });

  test('gives every reading of a character', () => {
    expect(charReadings('解')).toEqual(expect.arrayContaining(['jie', 'xie']));
  });
});

describe('buildLexicon', () => {
  const lexicon = buildLexicon(
    [
      { label: '巴渝网姐', kind: '品牌', url: '/brands/wangjie/', also: ['巴渝网姐', '网姐'] },
      { label: '很长很长很长很长很长很长很长很长的标题', kind: '活动', url: '/events/x/' },
      { label: 'PDF', kind: '栏目', url: '/x/' },
    ],
    [],
    nameSyllables,
  );

  test('gives each form its syllables, once', () => {
    expect(lexicon.names[0]?.forms).toEqual([
      ['巴渝网姐', 'ba yu wang jie'],
      ['网姐', 'wang jie'],
    ]);
  });

  test(`keeps names whose forms are too long (over ${MAX_FORM_CHARS} characters) or not Chinese, without forms`, () => {
    expect(lexicon.names.map((n) => [n.label, n.forms.length])).toEqual([
      ['巴渝网姐', 2],
      ['很长很长很长很长很长很长很长很长的标题', 0],
      ['PDF', 0],
    ]);
  });
});

describe('the site’s lexicon (src/lib/search-names.ts)', () => {
  test('the page carries the programme’s names; every event is in the labels file, and with its forms in the names file and the shards of its spellings', async () => {
    const site = await contentSite();
    const lexicon = siteLexicon(site);
    const eventUrls = site.calendar.events.map((e) => e.href);
    expect(lexicon.page.names.filter((n) => eventUrls.includes(n.url))).toEqual([]);
    expect(lexicon.page.names.map((n) => n.url)).toEqual(expect.arrayContaining(site.programme.brands.map((b) => b.href)));
    expect(lexicon.moreLabels.map((n) => n.url)).toEqual(eventUrls);
    expect(lexicon.moreNames.length).toBeGreaterThan(0);
    expect(lexicon.moreNames.every((n) => n.forms.length > 0 && eventUrls.includes(n.url))).toBe(true);
    expect(lexicon.more.prefixes).toEqual(Object.keys(lexicon.shards).sort());
    for (const [at, name] of lexicon.moreNames.entries()) {
      for (const [, sounds] of name.forms) {
        const { pinyin } = spellings(sounds);
        expect(lexicon.shards[pinyin.slice(0, 2)], `${name.label} under ${pinyin.slice(0, 2)}`).toContainEqual([at, name]);
      }
    }
  });
});
