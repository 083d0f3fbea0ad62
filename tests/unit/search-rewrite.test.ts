import { describe, expect, test } from 'vitest';
import {
  charTable,
  docsNamed,
  namesSpelt,
  rewriteQuery,
  spellingPrefixes,
  spellingShards,
  spellings,
  toSimplified,
} from '../../src/lib/search-rewrite';
import type { LexiconName, SearchLexicon } from '../../src/lib/search-lexicon';

const lexicon: SearchLexicon = {
  names: [
    {
      label: '巴渝网姐',
      kind: '品牌',
      url: '/brands/wangjie/',
      forms: [
        ['巴渝网姐', 'ba yu wang jie'],
        ['网姐', 'wang jie'],
      ],
    },
    { label: '三清一改', kind: '术语', url: '/glossary/#sanqingyigai', forms: [['三清一改', 'san qing yi gai']] },
    { label: '秀山土家族苗族自治县', kind: '区县', url: '/search/?district=x', forms: [['秀山', 'xiu shan']] },
  ],
  docs: [
    { docNumber: '渝妇发〔2020〕13号', url: '/policies/old/', issuer: '渝妇发', year: '2020', number: '13' },
    { docNumber: '渝妇发〔2021〕13号', url: '/policies/new/', issuer: '渝妇发', year: '2021', number: '13' },
    { docNumber: '渝妇发〔2021〕12号', url: '/policies/twelve/', issuer: '渝妇发', year: '2021', number: '12' },
  ],
};
const table = charTable({ t2s: '鄉乡興兴網网婦妇', phrases: { 瞭解: '了解' } });

describe('toSimplified', () => {
  test('writes traditional characters as the index does', () => {
    expect(toSimplified('鄉村振興', table)).toBe('乡村振兴');
  });

  test('converts a phrase as a whole where its characters would convert differently', () => {
    expect(toSimplified('瞭解網姐', table)).toBe('了解网姐');
  });

  test('leaves simplified text alone', () => {
    expect(toSimplified('乡村振兴 20万', table)).toBe('乡村振兴 20万');
  });
});

describe('namesSpelt', () => {
  test('reads full pinyin as a form of a name', () => {
    expect(namesSpelt('wangjie', lexicon).map((m) => [m.text, m.how])).toEqual([['网姐', 'pinyin']]);
    expect(namesSpelt('XiuShan', lexicon)[0]?.text).toBe('秀山');
  });

  test('reads initials of three letters or more', () => {
    expect(namesSpelt('bywj', lexicon).map((m) => [m.text, m.how])).toEqual([['巴渝网姐', 'initials']]);
    expect(namesSpelt('sqyg', lexicon)[0]?.name.label).toBe('三清一改');
    expect(namesSpelt('wj', lexicon)).toEqual([]);
  });

  test('reads nothing into other words', () => {
    expect(namesSpelt('ics', lexicon)).toEqual([]);
  });
});

describe('spellings', () => {
  test('a form is typed as its pinyin, and by initials from three syllables', () => {
    expect(spellings('ba yu wang jie')).toEqual({ pinyin: 'bayuwangjie', initials: 'bywj' });
    expect(spellings('wang jie')).toEqual({ pinyin: 'wangjie', initials: null });
  });
});

// Names that grow with the content, kept out of the page (MoreNames).
const events: LexiconName[] = [
  { label: '书香润万家', kind: '活动', url: '/events/reading/', forms: [['书香润万家', 'shu xiang run wan jia']] },
  { label: '网姐直播节', kind: '活动', url: '/events/live/', forms: [['网姐直播节', 'wang jie zhi bo jie']] },
  { label: '书法展', kind: '活动', url: '/events/shufa/', forms: [['书法展', 'shu fa zhan']] },
];

describe('spellingShards', () => {
  const shards = spellingShards(events);

  test('files each name under the first two letters of its pinyin and of its initials, with its place', () => {
    expect(Object.keys(shards).sort()).toEqual(['sf', 'sh', 'sx', 'wa', 'wj']);
    expect(shards.sh?.map(([at]) => at)).toEqual([0, 2]);
    expect(shards.wj).toEqual([[1, events[1]]]);
  });

  test('every name a word spells is in the shard of the word’s first two letters', () => {
    for (const word of ['shuxiangrunwanjia', 'sxrwj', 'wangjiezhibojie', 'wjzbj', 'shufazhan', 'sfz']) {
      const spelt = namesSpelt(word, { names: events }).map((m) => m.name);
      expect(spelt.length).toBeGreaterThan(0);
      expect(shards[word.slice(0, 2)]?.map(([, name]) => name)).toEqual(expect.arrayContaining(spelt));
    }
  });
});

describe('spellingPrefixes', () => {
  const available = Object.keys(spellingShards(events));

  test('a word the page’s names do not spell in full needs the shard of its prefix', () => {
    expect(spellingPrefixes('sxrwj', lexicon, available)).toEqual(['sx']);
    expect(spellingPrefixes('网姐 shufazhan', lexicon, available)).toEqual(['sh']);
  });

  test('initials the page’s names spell may still be a name’s full pinyin elsewhere', () => {
    expect(spellingPrefixes('bywj', lexicon, [...available, 'by'])).toEqual(['by']);
  });

  test('nothing more for a name the page spells in full, for Chinese, for a quoted query or a missing shard', () => {
    expect(spellingPrefixes('wangjie', lexicon, available)).toEqual([]);
    expect(spellingPrefixes('xiu shan', lexicon, available)).toEqual([]);
    expect(spellingPrefixes('书香润万家', lexicon, available)).toEqual([]);
    expect(spellingPrefixes('"sxrwj"', lexicon, available)).toEqual([]);
    expect(spellingPrefixes('zzz', lexicon, available)).toEqual([]);
  });

  test('the page’s names with the shards read a query as all the names together would', () => {
    const shards = spellingShards(events);
    const all = { ...lexicon, names: [...lexicon.names, ...events] };
    for (const query of ['sxrwj', 'wangjie', 'wjzbj', 'shu fa zhan', '网姐 shufazhan']) {
      const names = spellingPrefixes(query, lexicon, available).flatMap((prefix) => (shards[prefix] ?? []).map(([, name]) => name));
      expect(rewriteQuery(query, { ...lexicon, names: [...lexicon.names, ...names] }, table)).toEqual(rewriteQuery(query, all, table));
    }
  });
});

describe('docsNamed', () => {
  test('finds a notice by its full number, brackets optional', () => {
    expect(docsNamed('渝妇发〔2021〕13号', lexicon).map((d) => d.url)).toEqual(['/policies/new/']);
    expect(docsNamed('渝妇发[2021]13号', lexicon).map((d) => d.url)).toEqual(['/policies/new/']);
  });

  test('finds it without the year, newest first', () => {
    expect(docsNamed('渝妇发13号', lexicon).map((d) => d.url)).toEqual(['/policies/new/', '/policies/old/']);
    expect(docsNamed('13号文', lexicon).map((d) => d.url)).toEqual(['/policies/new/', '/policies/old/']);
  });

  test('does not take a bare number for a document', () => {
    expect(docsNamed('13号', lexicon)).toEqual([]);
    expect(docsNamed('13号楼', lexicon)).toEqual([]);
  });
});

describe('rewriteQuery', () => {
  test('traditional characters are searched as simplified, and the page is told', () => {
    expect(rewriteQuery('婦女之家', lexicon, table)).toEqual({
      text: '妇女之家',
      rewrites: [{ from: '婦女之家', to: '妇女之家', how: 'traditional' }],
      pinned: [],
    });
  });

  test('pinyin becomes the name it spells, and the name’s page is pinned', () => {
    const rewritten = rewriteQuery('wangjie', lexicon, table);
    expect(rewritten.text).toBe('网姐');
    expect(rewritten.pinned).toEqual(['/brands/wangjie/']);
  });

  test('pinyin with spaces is read as one name; a search is not pinned as a page', () => {
    expect(rewriteQuery('xiu shan', lexicon, table)).toMatchObject({ text: '秀山', pinned: [] });
  });

  test('a word in pinyin next to Chinese is read on its own', () => {
    expect(rewriteQuery('网姐 xiushan', lexicon, table).text).toBe('网姐 秀山');
  });

  test('a document number in a short form is searched in full, its notice pinned', () => {
    expect(rewriteQuery('13号文', lexicon, table)).toMatchObject({ text: '渝妇发〔2021〕13号', pinned: ['/policies/new/', '/policies/old/'] });
  });

  test('a quoted query is searched exactly as typed', () => {
    expect(rewriteQuery('"wangjie"', lexicon, table)).toEqual({ text: '"wangjie"', rewrites: [], pinned: [] });
  });

  test('other letters are left alone', () => {
    expect(rewriteQuery('pdf 网姐', lexicon, table)).toEqual({ text: 'pdf 网姐', rewrites: [], pinned: [] });
  });
});
