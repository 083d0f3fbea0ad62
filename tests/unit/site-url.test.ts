import { describe, expect, test } from 'vitest';
import { localSiteUrl, normaliseSiteUrl, siteUrlProblem } from '../../src/lib/site-url';

describe('SITE_URL, the address every absolute link of a build is made from', () => {
  test.each([
    'https://www.example.cn',
    'https://www.example.cn/',
    'https://bayu.example.cn:8443/',
    'http://localhost:4321/',
    'http://127.0.0.1:41234',
  ])('%s is accepted', (value) => {
    expect(siteUrlProblem(value)).toBeNull();
  });

  test('is written with its final slash', () => {
    expect(normaliseSiteUrl(' https://www.example.cn ')).toBe('https://www.example.cn/');
    expect(localSiteUrl(5000)).toBe('http://localhost:5000/');
  });

  test('missing, the message says so in Chinese and English, names the variable and gives an example', () => {
    const problem = siteUrlProblem(undefined) ?? '';
    expect(problem).toMatch(/^SITE_URL：没有设置。/);
    expect(problem).toContain('SITE_URL: not set.');
    expect(problem).toContain('SITE_URL=https://www.example.cn/ npm run build');
    expect(problem).toContain('npm start');
    expect(siteUrlProblem('  ')).toBe(problem);
  });

  test('without a scheme it is called incomplete, not silently taken as a path', () => {
    const problem = siteUrlProblem('www.example.cn') ?? '';
    expect(problem).toContain('“www.example.cn”不是完整的网址：缺少 https:// 开头。');
    expect(problem).toContain('“www.example.cn” is not a complete address: it lacks the https:// scheme.');
    expect(siteUrlProblem('//www.example.cn/')).toContain('缺少 https://');
  });

  test.each(['http://www.example.cn/', 'ftp://www.example.cn/', 'http://192.168.1.5:4321/'])(
    '%s is refused: only https, or http on this machine',
    (value) => {
      expect(siteUrlProblem(value)).toContain('必须以 https:// 开头');
      expect(siteUrlProblem(value)).toContain('must start with https://');
    },
  );

  test.each(['https://www.example.cn/bayu/', 'https://www.example.cn/?a=1', 'https://www.example.cn/#top', 'https://user@www.example.cn/'])(
    '%s is refused: the site is served from the root of its host',
    (value) => {
      expect(siteUrlProblem(value)).toContain('只能是网站的根地址');
    },
  );
});
