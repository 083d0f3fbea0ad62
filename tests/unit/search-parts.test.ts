import { describe, expect, test } from 'vitest';
import { searchParts } from '../../src/integrations/search-parts';

/** A built text page, as much of it as the index reads: search meta, title, a body cut at its headings. */
const page = `<!doctype html><html lang="zh-CN"><body><header>导航</header><main data-pagefind-body>
<div hidden data-pagefind-meta="type:政策"><span data-pagefind-filter="year:2021"></span><span data-pagefind-sort="newest:2021-04-15"></span><span data-pagefind-meta="date:2021-04-15"></span></div>
<h1 id="text-title">关于“巾帼行动”的实施方案</h1>
<div class="policy-body" data-search-split><p id="p1">前言。</p>
<div class="clause" id="s1" data-pagefind-title="一、 总体要求" data-search-part><h2>一、总体要求</h2></div><p id="s1-p1">总体段落。</p>
<div class="clause" id="s1-1" data-pagefind-title="一、1. 第一条" data-search-part><h3>1. 第一条</h3><p>条文 a &lt; b。</p></div></div>
<section class="gw-annex"><p>附件一览。</p></section></main></body></html>`;

const parts = searchParts(page, '/policies/plan/');
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, '');

describe('searchParts: a long text in the index in parts', () => {
  test('cuts the body before each marked heading; what precedes the first cut and the rest of the page is the first part', () => {
    expect(parts.map((p) => p.url)).toEqual(['/policies/plan/#text-title', '/policies/plan/#s1', '/policies/plan/#s1-1']);
    expect(text(parts[0]?.content ?? '')).toBe('关于“巾帼行动”的实施方案前言。附件一览。');
    expect(text(parts[1]?.content ?? '')).toBe('一、总体要求总体段落。');
    expect(text(parts[2]?.content ?? '')).toBe('1.第一条条文a&lt;b。');
  });

  test('every part has the page’s title, meta, address and sort keys, and no filter', () => {
    for (const part of parts) {
      expect(part.content).toContain('<main data-pagefind-body>');
      expect(part.content).toContain('data-pagefind-meta="title:关于“巾帼行动”的实施方案"');
      expect(part.content).toContain('data-pagefind-meta="type:政策"');
      expect(part.content).toContain('data-pagefind-meta="date:2021-04-15"');
      expect(part.content).toContain('data-pagefind-meta="url:/policies/plan/"');
      expect(part.content).toContain('data-pagefind-sort="newest:2021-04-15"');
      expect(part.content).not.toContain('data-pagefind-filter');
    }
  });

  test('a page with nothing to cut has no parts', () => {
    expect(searchParts('<main data-pagefind-body><h1>品牌</h1><p>正文</p></main>', '/brands/x/')).toEqual([]);
    expect(searchParts(page.replace(/ data-search-part/g, ''), '/policies/plan/')).toEqual([]);
  });
});
