/**
 * MDX files as editors write them: a block of fields between two `---` lines, then the text.
 * The text is compiled with @mdx-js/mdx (with remark-gfm, as the site does), and what the compiler
 * rejects, or would turn into code, is told in Chinese with the line in the file and a fix. The
 * site's texts are plain Markdown: an HTML or JSX tag, a {…} expression or an import/export line
 * is a slip (a pasted <br>, a stray “<” or “{”), never something an editor meant.
 */
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { ContentError, excerptOf } from '../content-error';
import { splitLines } from './source';

export interface MdxParts {
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

/** Splits a normalised MDX text into frontmatter and body, or says what is wrong with the fences. */
export function splitMdx(file: string, text: string): MdxParts | ContentError {
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

/** How to write, in plain Markdown, what an HTML tag was meant to do. */
function tagFix(name: string): string {
  switch (name.toLowerCase()) {
    case 'br':
      return '删去 <br>：要另起一段就空一行';
    case 'b':
    case 'strong':
      return `删去 <${name}> 和 </${name}>，加粗写成 **文字**`;
    case 'i':
    case 'em':
      return `删去 <${name}> 和 </${name}>，正文不用斜体`;
    case 'a':
      return '链接写成 [链接文字](https://网址)';
    case 'img':
      return '正文里不放图片：图片写在字段 image 或 gallery 中（见 content/stories/README.md）';
    case 'p':
    case 'div':
    case 'span':
      return `删去 <${name}> 和 </${name}>：分段只需空一行`;
    default:
      return `删去 <${name}>；正文只写文字和 Markdown（## 小标题、**加粗**、[链接](网址)）`;
  }
}

const LESS_THAN_FIX = '要写小于号就写成 \\<（在前面加一个反斜杠），或改用“小于”二字；如果是标签，删去它';
const BRACE_FIX = '改用中文括号（ ），或在花括号前加一个反斜杠：\\{ 和 \\}';

interface MdxMessage {
  line?: number | null;
  column?: number | null;
  place?: { line?: number; start?: { line?: number } } | null;
  reason?: string;
  ruleId?: string | null;
  source?: string | null;
}

interface BodyProblem {
  /** Line in the body (1 = first line of the body). */
  line: number;
  problem: string;
  fix: string;
}

function translateCompileError(error: MdxMessage): BodyProblem {
  const reason = error.reason ?? String(error);
  const line = error.line ?? error.place?.line ?? error.place?.start?.line ?? Number(/\((\d+):\d+/.exec(reason)?.[1] ?? 1);
  const tag = /closing tag for `<([^>\s]+)>`/.exec(reason)?.[1];
  if (tag) return { line, problem: `标签 <${tag}> 没有结束标签，MDX 无法读懂`, fix: tagFix(tag) };
  const mismatch = /closing tag `<\/([^>]+)>`, expected corresponding closing tag for `<([^>]+)>`/.exec(reason);
  if (mismatch) return { line, problem: `结束标签 </${mismatch[1]}> 与前面的 <${mismatch[2]}> 不配对`, fix: tagFix(mismatch[2] ?? '') };
  if (/closing tag/.test(reason)) return { line, problem: '有一个结束标签 </…> 没有对应的开始标签', fix: '删去这个标签；正文只写文字和 Markdown' };
  if (/to create a comment in MDX/.test(reason)) {
    return { line, problem: '正文里写了 HTML 注释 <!-- -->，MDX 不认', fix: '删去这段注释；给编辑看的说明写在字段块里，以 # 开头' };
  }
  if (error.source === 'micromark-extension-mdx-expression' || error.ruleId === 'acorn' || /expression|brace/.test(reason)) {
    return { line, problem: '花括号 { 没有配对，MDX 会把它后面的文字当作代码', fix: BRACE_FIX };
  }
  if (error.source === 'micromark-extension-mdx-jsx') {
    return { line, problem: '“<” 后面紧跟着文字，MDX 把它当作标签的开始', fix: LESS_THAN_FIX };
  }
  return {
    line,
    problem: `这一行 MDX 无法读懂（MDX: ${reason.split('\n')[0] ?? ''}）`,
    fix: '检查这一行的 < > { } 符号：要写它们时在前面加反斜杠 \\，例如 \\<',
  };
}

interface MdastNode {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number } };
  children?: MdastNode[];
}

/** Markup the compiler accepts but the site's plain texts never mean: tags, {…}, import/export. */
function markupIn(tree: MdastNode): BodyProblem[] {
  const found: BodyProblem[] = [];
  const walk = (node: MdastNode) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      found.push({ line, problem: name ? `正文里写了标签 <${name}>` : '正文里写了空标签 <>', fix: tagFix(name || 'fragment') });
      return;
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      found.push({ line, problem: `正文里有一对花括号 {${node.value ?? ''}}，MDX 会把里面的文字当作代码`, fix: BRACE_FIX });
      return;
    }
    if (node.type === 'mdxjsEsm') {
      const word = /^\s*(import|export)/.exec(node.value ?? '')?.[1] ?? 'import';
      found.push({ line, problem: `以 ${word} 开头的一行会被 MDX 当作代码`, fix: `在 ${word} 前面加上别的文字，或删去这一行` });
      return;
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

/** Problems of bodies already compiled, by body text: a check run again (tests, dev) compiles only what changed. */
const checked = new Map<string, Promise<BodyProblem[]>>();

/**
 * Checks an MDX body: compiles it as the site does and reports what the compiler rejects and any
 * markup (see the module comment), each at its line in the file.
 */
export async function checkMdxBody(file: string, parts: Pick<MdxParts, 'body' | 'bodyLine'>): Promise<ContentError[]> {
  const lines = splitLines(parts.body);
  let pending = checked.get(parts.body);
  if (!pending) {
    pending = compileProblems(parts.body);
    checked.set(parts.body, pending);
  }
  return (await pending).map(
    (p) =>
      new ContentError(file, '正文', p.problem, p.fix, {
        line: p.line + parts.bodyLine - 1,
        excerpt: lines[p.line - 1]?.trim() ? excerptOf(lines[p.line - 1] ?? '') : undefined,
      }),
  );
}

async function compileProblems(body: string): Promise<BodyProblem[]> {
  let problems: BodyProblem[] = [];
  try {
    await compile(body, {
      remarkPlugins: [
        remarkGfm,
        () => (tree: MdastNode) => {
          problems = markupIn(tree);
        },
      ],
    });
  } catch (error) {
    problems = [translateCompileError(error as MdxMessage)];
  }
  return problems;
}
