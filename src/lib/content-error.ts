/**
 * Errors in content files, worded for the editors who fix them: which file, which line (where
 * there is one), which field, what is wrong and what to do. The message reads
 *
 *   content/events/x.yaml → date（第 12 行）：日期 “2021-02-30” 不存在。修改方法：…
 *
 * that is `file → field：problem。修改方法：fix`, with the line after the field where there is one.
 * An excerpt of the line, where given, is quoted after the problem.
 */
export interface ContentErrorPlace {
  /** 1-based line in the file. */
  line?: number;
  /** The line as written (shortened), so that the editor recognises it. */
  excerpt?: string;
}

/** The longest excerpt quoted in a message; longer lines are cut with “…”. */
const EXCERPT_LENGTH = 40;

/** A line shortened for quoting in a message: trimmed, at most EXCERPT_LENGTH characters. */
export function excerptOf(line: string): string {
  const text = line.trim();
  const chars = [...text];
  return chars.length > EXCERPT_LENGTH ? `${chars.slice(0, EXCERPT_LENGTH).join('')}…` : text;
}

export class ContentError extends Error {
  readonly file: string;
  readonly field: string;
  readonly problem: string;
  readonly fix: string;
  readonly line?: number;
  readonly excerpt?: string;
  constructor(file: string, field: string, problem: string, fix: string, place: ContentErrorPlace = {}) {
    const line = place.line === undefined ? '' : `（第 ${place.line} 行）`;
    const quoted = place.excerpt ? `（这一行写的是：${place.excerpt}）` : '';
    super(`${file} → ${field}${line}：${problem}${quoted}。修改方法：${fix}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
    this.problem = problem;
    this.fix = fix;
    if (place.line !== undefined) this.line = place.line;
    if (place.excerpt) this.excerpt = place.excerpt;
  }
}

/** The errors as one numbered list, with a heading that counts them (Chinese, then English). */
export function formatContentErrors(errors: readonly ContentError[]): string {
  const list = errors.map((e, i) => `  ${i + 1}. ${e.message}`).join('\n');
  return `内容检查发现 ${errors.length} 处问题（content check failed）：\n${list}`;
}

/** Throws one error listing every problem found, so that an editor sees them all at once. */
export function throwIfAny(errors: ContentError[]): void {
  if (errors.length === 0) return;
  if (errors.length === 1 && errors[0]) throw errors[0];
  throw new Error(formatContentErrors(errors));
}
