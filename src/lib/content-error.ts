/**
 * Errors in content files, worded for the editors who fix them: which file, which field, what is
 * wrong and what to do.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string;
  constructor(file: string, field: string, problem: string, fix: string) {
    super(`${file} → ${field}：${problem}。修改方法：${fix}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
  }
}

/** Throws one error listing every problem found, so that an editor sees them all at once. */
export function throwIfAny(errors: ContentError[]): void {
  if (errors.length === 0) return;
  if (errors.length === 1 && errors[0]) throw errors[0];
  const list = errors.map((e, i) => `  ${i + 1}. ${e.message}`).join('\n');
  throw new Error(`内容检查发现 ${errors.length} 处问题（content check failed）：\n${list}`);
}
