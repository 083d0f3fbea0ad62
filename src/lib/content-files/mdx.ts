/**
 * The text of a policy (.mdx), after the policy-text check (../policy-text.ts) has refused every
 * “<”, “>”, “{” and “}”: no tag, comment or {…} expression reaches MDX. What MDX can still make
 * code of is a line starting with `import` or `export`. The text is compiled with @mdx-js/mdx
 * (with remark-gfm, as the site does), and such a line, or anything else the compiler rejects, is
 * told in Chinese with its line in the file and a fix.
 */
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { ContentError, excerptOf } from '../content-error';
import type { FrontmatterParts } from './frontmatter';
import { splitLines } from './source';

interface MdxMessage {
  line?: number | null;
  place?: { line?: number; start?: { line?: number } } | null;
  reason?: string;
  source?: string | null;
}

interface BodyProblem {
  /** Line in the body (1 = first line of the body). */
  line: number;
  problem: string;
  fix: string;
}

/** A line MDX reads as JavaScript: `import …` or `export …` at its start. */
function codeLine(line: number, text: string): BodyProblem {
  const word = /^\s*(import|export)/.exec(text)?.[1] ?? 'import';
  return { line, problem: `以 ${word} 开头的一行会被 MDX 当作代码`, fix: `在 ${word} 前面加上别的文字，或删去这一行` };
}

function translateCompileError(error: MdxMessage, lines: readonly string[]): BodyProblem {
  const reason = error.reason ?? String(error);
  const line = error.line ?? error.place?.line ?? error.place?.start?.line ?? Number(/\((\d+):\d+/.exec(reason)?.[1] ?? 1);
  if (error.source === 'micromark-extension-mdxjs-esm') {
    // `import 文件精神`: MDX takes the line for an import statement and cannot parse it. Acorn
    // places the error further on, where it gave up; the line is the first one MDX read as code.
    const code = lines.findIndex((text) => /^(import|export)\s/.test(text));
    return code === -1 ? codeLine(line, lines[line - 1] ?? '') : codeLine(code + 1, lines[code] ?? '');
  }
  return {
    line,
    problem: `这一行 MDX 无法读懂（MDX: ${reason.split('\n')[0] ?? ''}）`,
    fix: '对照印发的原文核对这一行：正文只照印发的原文逐字录入',
  };
}

interface MdastNode {
  type: string;
  value?: string;
  position?: { start: { line: number } };
  children?: MdastNode[];
}

/** Lines the compiler accepts as code (`export const a = 1`), which a policy text never means. */
function codeIn(tree: MdastNode): BodyProblem[] {
  const found: BodyProblem[] = [];
  const walk = (node: MdastNode) => {
    if (node.type === 'mdxjsEsm') found.push(codeLine(node.position?.start.line ?? 1, node.value ?? ''));
    else node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

/** Problems of bodies already compiled, by body text: a check run again (tests, dev) compiles only what changed. */
const checked = new Map<string, Promise<BodyProblem[]>>();

/**
 * Checks the text of a policy: compiles it as the site does and reports what the compiler rejects
 * and any line it would run as code, each at its line in the file.
 */
export async function checkMdxBody(file: string, parts: Pick<FrontmatterParts, 'body' | 'bodyLine'>): Promise<ContentError[]> {
  const lines = splitLines(parts.body);
  let pending = checked.get(parts.body);
  if (!pending) {
    pending = compileProblems(parts.body, lines);
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

async function compileProblems(body: string, lines: readonly string[]): Promise<BodyProblem[]> {
  let problems: BodyProblem[] = [];
  try {
    await compile(body, {
      remarkPlugins: [
        remarkGfm,
        () => (tree: MdastNode) => {
          problems = codeIn(tree);
        },
      ],
    });
  } catch (error) {
    problems = [translateCompileError(error as MdxMessage, lines)];
  }
  return problems;
}
