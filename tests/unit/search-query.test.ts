import { describe, expect, test } from 'vitest';
import {
  MAX_QUERY_CHARS,
  bestSubResults,
  phraseSearchable,
  phraseSplits,
  characterPhrase,
  mergeParts,
  subResultsToShow,
  compact,
  decodeEntities,
  excerptParts,
  excerptText,
  fallbackSegment,
  normaliseQuery,
  phraseBoost,
  rerank,
  searchTerm,
} from '../../src/lib/search-query';

describe('normaliseQuery', () => {
  test('turns full-width digits and signs into half-width ones', () => {
    expect(normaliseQuery('２０万　人次 ６０％').text).toBe('20万 人次 60%');
  });

  test('collapses spaces and removes control and zero-width characters', () => {
    expect(normaliseQuery('  网\u200b姐\n\t巴渝\u0000 ').text).toBe('网 姐 巴渝');
  });

  test('keeps markup as plain text', () => {
    expect(normaliseQuery('<script>alert(1)</script>').text).toBe('<script>alert(1)</script>');
  });

  test('cuts a 5,000-character query to the limit and says so', () => {
    const result = normaliseQuery('巾帼'.repeat(2500));
    expect(result.truncated).toBe(true);
    expect(Array.from(result.text)).toHaveLength(MAX_QUERY_CHARS);
  });

  test('never cuts inside a character outside the Basic Multilingual Plane', () => {
    const result = normaliseQuery('𠀀'.repeat(MAX_QUERY_CHARS + 5));
    expect(result.text).toBe('𠀀'.repeat(MAX_QUERY_CHARS));
  });

  test('leaves a short query whole', () => {
    expect(normaliseQuery('三清一改')).toEqual({ text: '三清一改', truncated: false });
  });
});

describe('fallbackSegment (no Intl.Segmenter)', () => {
  test('splits where Chinese meets digits', () => {
    expect(fallbackSegment('培训妇女20万人次')).toBe('培训妇女 20 万人次');
  });

  test('turns punctuation into spaces but keeps the percent sign', () => {
    expect(fallbackSegment('“三清一改”，60%')).toBe('三清一改 60%');
  });

  test('drops quotes inside a run of Chinese instead of splitting it', () => {
    expect(fallbackSegment('做亮家政服务“巴渝大姐”品牌')).toBe('做亮家政服务巴渝大姐品牌');
  });

  test('leaves a run of Chinese whole for Pagefind to split', () => {
    expect(fallbackSegment('巴渝网姐邀你购')).toBe('巴渝网姐邀你购');
  });

  test('passes an exact-phrase query through', () => {
    expect(fallbackSegment('"巴渝网姐"')).toBe('"巴渝网姐"');
  });

  test('is only used when the browser has no segmenter', () => {
    expect(searchTerm('培训妇女20万人次', true)).toBe('培训妇女20万人次');
    expect(searchTerm('培训妇女20万人次', false)).toBe('培训妇女 20 万人次');
  });
});

describe('phrase ranking', () => {
  test('compact drops spaces and punctuation for comparison', () => {
    expect(compact('“20 万人次”')).toBe('20万人次');
  });

  test('a page with the phrase in its title beats one with it only in the text', () => {
    const title = phraseBoost('网姐', { title: '巴渝网姐', content: '城乡电商' });
    const text = phraseBoost('网姐', { title: '实施方案', content: '打造“巴渝网姐”网店' });
    expect(title).toBeGreaterThan(text);
    expect(text).toBeGreaterThan(0);
  });

  test('a page holding the words apart gets nothing for the phrase', () => {
    expect(phraseBoost('网姐', { title: '网络', content: '大姐' })).toBe(0);
  });

  test('a section named by the query counts almost like the page title', () => {
    const glossary = { title: '术语', content: '两癌 宫颈癌和乳腺癌……', sections: ['八五', '两癌'] };
    const text = { title: '工作要点', content: '……“两癌”免费检查……', type: '政策' };
    expect(phraseBoost('两癌', glossary)).toBeGreaterThan(phraseBoost('两癌', text));
  });

  test('a policy text holding the phrase gets an edge over a page quoting it', () => {
    const quoted = { title: '春节', content: '……开展“巾帼护河”……', type: '活动' };
    const source = { title: '实施方案', content: '……开展“巾帼护河”……', type: '政策' };
    expect(phraseBoost('护河', source)).toBeGreaterThan(phraseBoost('护河', quoted));
    expect(phraseBoost('护河', { ...source, content: '无关' })).toBe(0);
  });

  test('rerank moves the exact phrase ahead and keeps Pagefind order among equals', () => {
    const order = rerank('三清一改', [
      { score: 9, title: '绿色生活', content: '三清 行动 一改' },
      { score: 5, title: '术语', content: '“三清一改”是……' },
      { score: 4, title: '其他', content: '无关' },
      { score: 3, title: '乡村振兴', content: '参与“三清一改”行动' },
    ]);
    expect(order).toEqual([1, 3, 0, 2]);
  });
});

describe('bestSubResults', () => {
  const subs = [
    { title: '页面', url: '/p/', excerpt: '<mark>网</mark>', weighted_locations: [{ balanced_score: 50 }] },
    { title: '二、1. 打造品牌', url: '/p/#s2-1', anchor: {}, excerpt: '打造“巴渝<mark>网姐</mark>”', weighted_locations: [{ balanced_score: 5 }] },
    { title: '二、2. 其他', url: '/p/#s2-2', anchor: {}, excerpt: '<mark>网</mark>络', weighted_locations: [{ balanced_score: 30 }] },
  ];

  test('keeps only sections with an anchor to link to', () => {
    expect(bestSubResults('网姐', subs).map((s) => s.url)).not.toContain('/p/');
  });

  test('puts the section holding the phrase first', () => {
    expect(bestSubResults('网姐', subs)[0]?.url).toBe('/p/#s2-1');
  });
});

describe('excerpts', () => {
  test('splits marks into parts and decodes entities', () => {
    expect(excerptParts('a &lt;b&gt; <mark>网姐</mark> &amp; c')).toEqual([
      { text: 'a <b> ', mark: false },
      { text: '网姐', mark: true },
      { text: ' & c', mark: false },
    ]);
  });

  test('a block that ends in Chinese ends with 。, not Pagefind’s “. ”; numbers and Latin text keep theirs', () => {
    const text = (excerpt: string) => excerptText(excerpt);
    expect(text('重庆. <mark>巴渝巧姐</mark>. 领域：手工编织（二、4.） 省市：重庆.')).toBe('重庆。巴渝巧姐。领域：手工编织（二、4.） 省市：重庆。');
    expect(text('“三清一改”. 2021. Pagefind. 20 万人次.')).toBe('“三清一改”。2021. Pagefind. 20 万人次。');
    expect(text('：四川. 合作品牌：<mark>巴渝巧姐</mark>')).toBe('四川。合作品牌：巴渝巧姐');
  });

  test('keeps any other tag as literal text', () => {
    expect(excerptParts('<img src=x onerror=alert(1)><mark>x</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', mark: false },
      { text: 'x', mark: true },
    ]);
  });

  test('decodes numeric entities and leaves unknown ones alone', () => {
    expect(decodeEntities('&#39;&#x4e2d;&bogus;')).toBe("'中&bogus;");
  });
});

describe('phraseSearchable', () => {
  test('is true for one run of Chinese, false for several words, letters or a quoted query', () => {
    expect(phraseSearchable('巴渝网姐')).toBe(true);
    expect(phraseSearchable('网姐 秀山')).toBe(false);
    expect(phraseSearchable('wangjie')).toBe(false);
    expect(phraseSearchable('"网姐"')).toBe(false);
    expect(phraseSearchable('姐')).toBe(false);
  });
});

describe('rerank with pinned pages', () => {
  test('a page the query names outright comes first', () => {
    const results = [
      { score: 9, title: '政策文件', content: '渝妇发〔2021〕13号', url: '/policies/' },
      { score: 1, title: '通知', content: '渝妇发〔2021〕13号', url: '/policies/notice/' },
    ];
    expect(rerank('渝妇发〔2021〕13号', results, ['/policies/notice/'])).toEqual([1, 0]);
  });
});

describe('subResultsToShow', () => {
  const sub = (title: string, anchored = true) => ({ title, url: `/x/#${title}`, excerpt: title, ...(anchored ? { anchor: {} } : {}) });

  test('a target row or a glossary entry is linked even when its title does not hold the query', () => {
    expect(subResultsToShow('目标', '60%', [sub('量化目标', false), sub('城乡家庭达到绿色家庭创建要求')], '量化目标').map((s) => s.title)).toEqual([
      '城乡家庭达到绿色家庭创建要求',
    ]);
  });

  test('elsewhere only a section the query names is linked', () => {
    expect(subResultsToShow('故事', '网姐', [sub('相关故事'), sub('网姐的三个春天')]).map((s) => s.title)).toEqual(['网姐的三个春天']);
  });

  test('nothing without a query', () => {
    expect(subResultsToShow('政策', '', [sub('一、')])).toEqual([]);
  });
});

describe('subResultsToShow and the page’s own heading', () => {
  test('a section titled like the page is not linked again', () => {
    const subs = [{ title: '把一座山村的茶卖到山外：一位“巴渝网姐”的三个春天', url: '/s/#story-title', excerpt: '', anchor: {} }];
    expect(subResultsToShow('故事', '巴渝网姐', subs, '把一座山村的茶卖到山外：一位“巴渝网姐”的三个春天')).toEqual([]);
  });
});

describe('phraseBoost for a query that names a page and says more', () => {
  test('the page named by the query gains over pages that only quote the phrase', () => {
    const brand = { title: '巴渝网姐', content: '开展“巴渝网姐邀你购”活动', type: '品牌' };
    const text = { title: '实施方案', content: '开展“巴渝网姐邀你购”活动', type: '政策' };
    expect(phraseBoost('巴渝网姐邀你购', brand)).toBeGreaterThan(phraseBoost('巴渝网姐邀你购', text));
  });
});

describe('phraseSplits: a phrase as two words, for a browser without Intl.Segmenter', () => {
  test('every split of a short phrase, longer first words first', () => {
    expect(phraseSplits('妇女之家')).toEqual(['"妇女之 家"', '"妇女 之家"', '"妇 女之家"']);
  });
  test('none for a long phrase, a single character or Latin letters', () => {
    expect(phraseSplits('巴渝网姐邀你购')).toEqual([]);
    expect(phraseSplits('网')).toEqual([]);
    expect(phraseSplits('wangjie')).toEqual([]);
  });
});

describe('characterPhrase: a Chinese phrase as the run of characters the index holds it as', () => {
  test('a name followed by more, as its characters in one exact phrase', () => {
    expect(characterPhrase('巴渝网姐邀你购')).toBe('"巴 渝 网 姐 邀 你 购"');
  });
  test('none for a phrase short enough to split in two, digits or letters in it, or a phrase already quoted', () => {
    expect(characterPhrase('三清一改')).toBeNull();
    expect(characterPhrase('培训妇女20万人次')).toBeNull();
    expect(characterPhrase('wangjie')).toBeNull();
    expect(characterPhrase('"网姐"')).toBeNull();
  });
});

describe('mergeParts: a long text shown from the parts of it a query found', () => {
  const part = (id: string, excerpt: string) => ({
    url: `/policies/plan/#${id}`,
    meta: { title: '实施方案', type: '政策', url: '/policies/plan/' },
    excerpt,
    content: `${id} 的条文`,
    anchors: [{ id }],
    sub_results: [{ url: `/policies/plan/#${id}`, title: id }],
  });

  test('links to the page, with the best part’s excerpt and the sections of every part', () => {
    const merged = mergeParts([part('s2-1', '最好的摘录'), part('s3-2', '其次')]);
    expect(merged.url).toBe('/policies/plan/');
    expect(merged.meta.title).toBe('实施方案');
    expect(merged.excerpt).toBe('最好的摘录');
    expect(merged.sub_results.map((s) => s.url)).toEqual(['/policies/plan/#s2-1', '/policies/plan/#s3-2']);
    expect(merged.anchors?.map((a) => a.id)).toEqual(['s2-1', 's3-2']);
    expect(merged.content).toContain('s3-2 的条文');
  });
});
