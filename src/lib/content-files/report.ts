/**
 * What `npm run check:content` and `npm run build` print after the content check: every problem,
 * numbered, then a count (Chinese, then English).
 */
import { formatContentErrors } from '../content-error';
import type { ContentCheck } from './check';

export function checkReport({ errors, entries }: ContentCheck): { ok: boolean; text: string } {
  const count = Object.values(entries).reduce((sum, list) => sum + list.length, 0);
  if (errors.length === 0)
    return { ok: true, text: `✓ 内容检查通过：${count} 条内容，没有发现问题（content check passed: ${count} entries, no problems）` };
  return {
    ok: false,
    text: [
      `✗ ${formatContentErrors(errors)}`,
      '',
      `共 ${errors.length} 处问题：按每条的“修改方法”改好后，再运行一次检查（${errors.length} problem${errors.length === 1 ? '' : 's'}: fix each as it says, then check again）。`,
    ].join('\n'),
  };
}
