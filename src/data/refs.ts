/**
 * Checks references from any content file to policy clauses, so that every collection reports a
 * bad reference the same way: the file, the field, the value and how to fix it.
 */
import { ContentError } from '../lib/content-error';
import { clauseHref, parseClauseRef } from '../lib/citation';
import type { PolicyLibrary } from './policies';

/** Returns an error for each reference in `refs` that names no existing clause. */
export function checkClauseRefs(lib: PolicyLibrary, file: string, field: string, refs: readonly string[]): ContentError[] {
  const errors: ContentError[] = [];
  refs.forEach((value, i) => {
    const ref = parseClauseRef(value);
    const doc = ref ? lib.byId.get(ref.policy) : undefined;
    const where = `${field}[${i}]`;
    if (!ref) {
      errors.push(new ContentError(file, where, `“${value}” 不是条款引用`, '写成 文本编号#条款编号，例如 workplan-2021#s2-1'));
    } else if (!doc) {
      errors.push(new ContentError(file, where, `文本 “${ref.policy}” 不存在`, `写成已有文本之一：${[...lib.byId.keys()].join('、')}`));
    } else if (!doc.blocks.some((b) => b.id === ref.clause)) {
      errors.push(
        new ContentError(
          file,
          where,
          `${ref.policy} 中没有条款 “${ref.clause}”`,
          `打开 ${clauseHref({ policy: ref.policy, clause: 's1' })} 一类的页面，点击某条末尾的“本条链接”查看它的编号`,
        ),
      );
    }
  });
  return errors;
}

/** Returns an error for each id in `ids` that is not in `known`. */
export function checkIds(file: string, field: string, ids: readonly string[], known: ReadonlySet<string>, what: string): ContentError[] {
  return ids.flatMap((id, i) =>
    known.has(id) ? [] : [new ContentError(file, `${field}[${i}]`, `${what} “${id}” 不存在`, `写成已有${what}之一：${[...known].join('、')}`)],
  );
}
