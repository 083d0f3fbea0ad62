import { describe, expect, test } from 'vitest';
import { formatStoryCitation } from '../../src/lib/story-citation';
import { jsonLdText, newsArticle, sampleWork } from '../../src/lib/jsonld';
import { feedItem, storyPubDate } from '../../src/lib/feed';
import { rssChannelData } from '../../src/lib/rss-channel';

describe('citation', () => {
  const story = { author: '本站编辑', title: '把茶卖到山外', site: '巴渝巾帼网', date: '2021-06-18', url: 'https://example.org/stories/tea/' };
  test('reads author.《title》.site, date. URL', () => {
    expect(formatStoryCitation(story)).toBe('本站编辑.《把茶卖到山外》.巴渝巾帼网, 2021-06-18. https://example.org/stories/tea/');
  });
  test('a sample says so right after its title, and its date says it is the day the sample was written', () => {
    expect(formatStoryCitation({ ...story, date: '2026-11-22', sampleMark: '［示例］', sampleDateMark: '（示例编写日期）' })).toBe(
      '本站编辑.《把茶卖到山外》［示例］.巴渝巾帼网, 2026-11-22（示例编写日期）. https://example.org/stories/tea/',
    );
  });
});

describe('a sample’s JSON-LD', () => {
  const work = sampleWork({
    headline: '【示例】标题',
    description: '导语',
    dateCreated: '2026-11-22',
    status: '示例（虚构内容，不是新闻报道）',
    url: 'https://example.org/stories/tea/',
    images: ['https://example.org/a.jpg'],
    author: '本站编辑',
    publisher: '巴渝巾帼',
  });
  test('is a CreativeWork that says it is a sample and when it was written, not a news article published then', () => {
    expect(work).toMatchObject({
      '@type': 'CreativeWork',
      creativeWorkStatus: '示例（虚构内容，不是新闻报道）',
      dateCreated: '2026-11-22T00:00:00+08:00',
    });
    expect(work).not.toHaveProperty('datePublished');
  });
});

describe('NewsArticle JSON-LD', () => {
  const article = newsArticle({
    headline: '标题',
    description: '导语',
    datePublished: '2021-06-18',
    url: 'https://example.org/stories/tea/',
    images: ['https://example.org/a.jpg'],
    author: '本站编辑',
    publisher: '巴渝巾帼',
    places: ['秀山土家族苗族自治县'],
  });
  test('is a schema.org NewsArticle with its page, date in China time, images and publisher', () => {
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '标题',
      datePublished: '2021-06-18T00:00:00+08:00',
      mainEntityOfPage: { '@id': 'https://example.org/stories/tea/' },
      image: ['https://example.org/a.jpg'],
      publisher: { '@type': 'Organization', name: '巴渝巾帼' },
      contentLocation: [{ '@type': 'Place', name: '秀山土家族苗族自治县' }],
    });
  });
  test('no text in the data can close the script element', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});

describe('feed items', () => {
  const marks = { titlePrefix: '【示例】', descriptionPrefix: '示例故事：' };
  const story = { title: '标题', standfirst: '导语', date: '2021-06-18', link: '/stories/tea/', sample: false, categories: ['巴渝网姐', '巴渝网姐'] };
  test('a real story goes out as written', () => {
    expect(feedItem(story, marks)).toMatchObject({ title: '标题', description: '导语', link: '/stories/tea/', categories: ['巴渝网姐'] });
  });
  test('a sample is marked in its title and its description', () => {
    expect(feedItem({ ...story, sample: true }, marks)).toMatchObject({ title: '【示例】标题', description: '示例故事：导语' });
  });
  test('a sample’s description can say on which day it was written', () => {
    const dated = { ...marks, descriptionPrefix: '示例（{date}编写）：' };
    expect(feedItem({ ...story, date: '2026-11-22', sample: true }, dated).description).toBe('示例（2026 年 11 月 22 日编写）：导语');
  });
  test('is dated at midnight in China', () => {
    expect(storyPubDate('2021-06-18').toISOString()).toBe('2021-06-17T16:00:00.000Z');
  });
});

describe('RSS channel extras', () => {
  test('declare the language and link the feed to itself, escaped for XML', () => {
    expect(rssChannelData('https://example.org/stories/feed.xml?a=1&b=2')).toBe(
      '<language>zh-cn</language><atom:link href="https://example.org/stories/feed.xml?a=1&amp;b=2" rel="self" type="application/rss+xml"/>',
    );
  });
});
