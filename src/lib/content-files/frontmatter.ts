/**
 * Stories (.md) and policy texts (.mdx) as editors write them: a block of fields between two `---`
 * lines, then the text. Splits the two, or says in Chinese what is wrong with the fences. The text
 * is checked by ./markdown.ts (a story) or ./mdx.ts (a policy text).
 */
import { ContentError, excerptOf } from '../content-error';
import { splitLines } from './source';

export interface FrontmatterParts {
  /** The YAML between the `---` lines. */
  frontmatter: string;
  /** Line in the file of the frontmatter's first line. */
  frontmatterLine: number;
  /** Everything after the closing `---` line. */
  body: string;
  /** Line in the file of the body's first line. */
  bodyLine: number;
}

const FIELD = '字段块（---）';

/** Splits a normalised text into frontmatter and body, or says what is wrong with the fences. */
export function splitFrontmatter(file: string, text: string): FrontmatterParts | ContentError {
  const lines = splitLines(text);
  let open = 0;
  while (open < lines.length && lines[open]?.trim() === '') open++;
  if (lines[open] !== '---') {
    const near = /^[-—－─_=]{2,}$|^- - -$/.test(lines[open]?.trim() ?? '');
    return new ContentError(
      file,
      FIELD,
      near ? '字段块开头的分隔线写错了，应是三个英文减号' : '文件开头缺少 --- 行',
      '文件第一行单独写 ---，接着写各个字段，再单独写一行 ---，下面才是正文',
      { line: open + 1, excerpt: lines[open] ? excerptOf(lines[open] ?? '') : undefined },
    );
  }
  const close = lines.findIndex((line, i) => i > open && line === '---');
  if (close === -1) {
    const near = lines.findIndex((line, i) => i > open && /^([-—－─_=]{2,}|- - -)$/.test(line.trim()));
    return new ContentError(
      file,
      FIELD,
      near === -1 ? '字段块没有结束：找不到第二行 ---' : '字段块结尾的分隔线写错了，应是三个英文减号 ---',
      near === -1 ? '在最后一个字段后面单独写一行 ---，下面才是正文' : '把这一行改成 ---（三个英文减号，前后不加别的字）',
      near === -1 ? {} : { line: near + 1, excerpt: excerptOf(lines[near] ?? '') },
    );
  }
  return {
    frontmatter: lines.slice(open + 1, close).join('\n'),
    frontmatterLine: open + 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
