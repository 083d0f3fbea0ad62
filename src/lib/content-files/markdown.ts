/**
 * The text of a story (.md): plain Markdown, read as the site renders it — remark-parse with
 * remark-gfm, the Markdown processor astro.config.mjs gives Astro. Markdown passes raw HTML through
 * to the page; in a story it is always a slip (a <br> or <b> pasted from a web page or Word, a
 * comment left for the next editor, which would stay in the page's source), so each tag and
 * comment is told in Chinese with its line in the file and the Markdown that does what it meant.
 * Everything else is text: “月收入<5000元” or a “{” is shown as written.
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ContentError, excerptOf } from '../content-error';
import type { FrontmatterParts } from './frontmatter';
import { splitLines } from './source';

const MARKDOWN = '正文只写文字和 Markdown（## 小标题、**加粗**、[链接文字](https://网址)）';

/** How to write, in plain Markdown, what an HTML tag was meant to do. */
function tagFix(name: string): string {
  switch (name) {
    case 'br':
      return '删去 <br>：要另起一段就空一行';
    case 'b':
    case 'strong':
      return `删去 <${name}> 和 </${name}>，加粗写成 **文字**`;
    case 'i':
    case 'em':
      return `删去 <${name}> 和 </${name}>，正文不用斜体`;
    case 'a':
      return `删去 <a> 和 </a>，链接写成 [链接文字](https://网址)`;
    case 'img':
      return '删去 <img>：正文里不放图片，图片写在字段 image 或 gallery 中（见 content/stories/README.md）';
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return `删去 <${name}> 和 </${name}>，小标题写成 ## 小标题（单独一行，前后各空一行）`;
    case 'ul':
    case 'ol':
    case 'li':
      return `删去 <${name}> 和 </${name}>，列表每项单独一行，以 “- ” 开头`;
    case 'p':
    case 'div':
    case 'span':
      return `删去 <${name}> 和 </${name}>：分段只需空一行`;
    default:
      return `删去 <${name}>；${MARKDOWN}。如果 < 本来就是要写的文字，在它前面加一个反斜杠：\\<`;
  }
}

interface MdastNode {
  type: string;
  value?: string;
  position?: { start: { line: number } };
  children?: MdastNode[];
}

interface BodyProblem {
  /** Line in the body (1 = first line of the body). */
  line: number;
  problem: string;
  fix: string;
}

/** What an HTML node of the text is, in words an editor understands, and how to write it instead. */
function htmlProblem(html: string): Omit<BodyProblem, 'line'> & { key: string } {
  const value = html.trim();
  if (value.startsWith('<!--')) {
    return {
      key: '<!--',
      problem: '正文里写了 HTML 注释 <!-- -->：网页上看不到，却会原样留在网页的源代码里',
      fix: '删去这段注释；给编辑看的说明写在字段块里，以 # 开头',
    };
  }
  const tag = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(value);
  if (tag?.[2]) {
    const name = tag[2].toLowerCase();
    return { key: name, problem: `正文里写了 HTML 标签 <${tag[1]}${name}>`, fix: tagFix(name) };
  }
  // A declaration (<!DOCTYPE …>), processing instruction (<?…?>) or CDATA section.
  return { key: value, problem: `正文里写了 HTML 代码 ${excerptOf(value)}`, fix: `删去它；${MARKDOWN}` };
}

/** The site's Markdown parser (astro.config.mjs: `markdown.processor`), without rendering. */
const parser = unified().use(remarkParse).use(remarkGfm);

/** Every tag and comment of a text, one problem per kind of tag and line (<b> and </b> are one). */
function htmlIn(body: string): BodyProblem[] {
  const found = new Map<string, BodyProblem>();
  const walk = (node: MdastNode) => {
    if (node.type === 'html') {
      const line = node.position?.start.line ?? 1;
      const { key, ...problem } = htmlProblem(node.value ?? '');
      if (!found.has(`${line} ${key}`)) found.set(`${line} ${key}`, { line, ...problem });
      return;
    }
    node.children?.forEach(walk);
  };
  walk(parser.parse(body) as MdastNode);
  return [...found.values()];
}

/** Problems of bodies already parsed, by body text: a check run again (tests, dev) parses only what changed. */
const checked = new Map<string, BodyProblem[]>();

/** Checks the text of a story: every HTML tag or comment in it, at its line in the file. */
export function checkMarkdownBody(file: string, parts: Pick<FrontmatterParts, 'body' | 'bodyLine'>): ContentError[] {
  const lines = splitLines(parts.body);
  let problems = checked.get(parts.body);
  if (!problems) {
    problems = htmlIn(parts.body);
    checked.set(parts.body, problems);
  }
  return problems.map(
    (p) =>
      new ContentError(file, '正文', p.problem, p.fix, {
        line: p.line + parts.bodyLine - 1,
        excerpt: lines[p.line - 1]?.trim() ? excerptOf(lines[p.line - 1] ?? '') : undefined,
      }),
  );
}
