/**
 * The model's input: content entries as plain data, wherever they were read from. The build
 * hands it the entries of Astro's content collections (src/data/site.ts); `npm run
 * check:content` reads the same files without Astro. Every check of the model is a pure function
 * over these, so it runs the same in both and in unit tests.
 */
import { ContentError } from '../content-error';

/** One content file (or one item of a list file). */
export interface Entry<D> {
  /** The id other content uses: the file name without extension, or the item's `id`. */
  id: string;
  /** The file, relative to the project, for messages. */
  file: string;
  /** The validated fields. */
  data: D;
  /** The text below the frontmatter of a story (.md) or policy (.mdx). */
  body?: string | undefined;
}

/** Collects the problems of one build so that an editor sees them all at once. */
export class Problems {
  readonly list: ContentError[] = [];
  add(file: string, field: string, problem: string, fix: string): void {
    this.list.push(new ContentError(file, field, problem, fix));
  }
  push(...errors: ContentError[]): void {
    this.list.push(...errors);
  }
  get count(): number {
    return this.list.length;
  }
}

/** Returns an error for each id in `ids` that is not in `known`. */
export function checkIds(file: string, field: string, ids: readonly string[], known: ReadonlySet<string>, what: string): ContentError[] {
  return ids.flatMap((id, i) =>
    known.has(id) ? [] : [new ContentError(file, `${field}[${i}]`, `${what} “${id}” 不存在`, `写成已有${what}之一：${[...known].join('、')}`)],
  );
}

/** Returns an error for each id used by more than one entry, letter case ignored. */
export function checkUniqueIds(entries: readonly Entry<unknown>[], what: string): ContentError[] {
  const seen = new Map<string, Entry<unknown>>();
  const errors: ContentError[] = [];
  for (const entry of entries) {
    const key = entry.id.toLowerCase();
    const other = seen.get(key);
    if (other) {
      errors.push(
        new ContentError(
          entry.file,
          'id',
          `${what}编号 “${entry.id}” 与 ${other.file} 重复（不区分大小写）`,
          '每一项用不同的编号：改名或删去其中一个',
        ),
      );
    } else seen.set(key, entry);
  }
  return errors;
}
