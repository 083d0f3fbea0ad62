/**
 * The site's own address (Astro's `site`): canonical links, share tags, the sitemap, feeds,
 * calendar files and every copied link are built from it, so a wrong one is a dead link.
 *
 * - `npm run build` (scripts/build.mjs, and `astro build` itself) is the production build: it takes
 *   the public address from SITE_URL and stops with `siteUrlProblem`'s message when it is missing
 *   or wrong, before any other work.
 * - A local build says where it is served: `npm start` builds for http://localhost:4321/ (or its
 *   PORT), the tests for their own server's address, both by setting SITE_URL to that address;
 *   plain http is accepted only for such a loopback address.
 * - `astro dev` uses its own address, http://localhost:<port>/.
 */

/** What the messages show as a correct value. */
export const EXAMPLE_SITE_URL = 'https://www.example.cn/';

/** The address `npm start` serves and builds for when PORT is not set. */
export const LOCAL_PORT = 4321;

/** The local address of a port: http://localhost:4321/. */
export const localSiteUrl = (port: number | string = LOCAL_PORT): string => `http://localhost:${port}/`;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function message(zh: string, en: string): string {
  return [
    `SITE_URL：${zh}`,
    `  正式构建请写网站的公开地址，例如：SITE_URL=${EXAMPLE_SITE_URL} npm run build`,
    `  本地预览请用 npm start（构建并在 ${localSiteUrl()} 提供），不需要设置 SITE_URL。`,
    `SITE_URL: ${en}`,
    `  For a production build give the site's public address, for example: SITE_URL=${EXAMPLE_SITE_URL} npm run build`,
    `  For a local preview use npm start (builds for and serves ${localSiteUrl()}); it needs no SITE_URL.`,
  ].join('\n');
}

/**
 * What is wrong with a SITE_URL value, as a message in Chinese and English naming the variable
 * and a correct example; null when it is a usable address.
 */
export function siteUrlProblem(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  if (text === '') {
    return message(
      '没有设置。正式构建需要网站的公开地址，用来生成规范链接、站点地图、订阅源、日历文件和复制的条款链接。',
      'not set. A production build needs the public address of the site for canonical links, the sitemap, feeds, calendar files and copied clause links.',
    );
  }
  let url: URL | null = null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      url = new URL(text);
    } catch {
      url = null;
    }
  }
  if (!url) {
    return message(`“${text}”不是完整的网址：缺少 https:// 开头。`, `“${text}” is not a complete address: it lacks the https:// scheme.`);
  }
  const local = url.protocol === 'http:' && LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !local) {
    return message(
      `“${text}”必须以 https:// 开头（http:// 只用于本机地址，例如 ${localSiteUrl()}）。`,
      `“${text}” must start with https:// (http:// is only for a local address such as ${localSiteUrl()}).`,
    );
  }
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    return message(
      `“${text}”只能是网站的根地址，不能带路径、用户名、查询或 # 片段。`,
      `“${text}” must be the root address of the site, without a path, user name, query or # fragment.`,
    );
  }
  return null;
}

/** The normalised address (always ending in “/”) of a usable SITE_URL value. */
export function normaliseSiteUrl(value: string): string {
  return new URL(value.trim()).href;
}
