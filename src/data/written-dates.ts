/**
 * YAML reads an unquoted day such as `2021-13-01` as a date and rolls it over (to 2022-01-01)
 * before any schema sees it, so a day that does not exist would pass silently. This reads the date
 * fields as written in the source file and reports such a day.
 */
import { readFileSync } from 'node:fs';
import { ContentError } from '../lib/content-error';
import { parseIsoDay } from '../lib/dates';

/** The YAML part of a content file: the frontmatter of .md/.mdx, the whole of .yaml. */
function yamlPart(source: string, file: string): string {
  if (!/\.mdx?$/.test(file)) return source;
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
}

/** Errors for each of `fields` whose unquoted YYYY-MM-DD value in `file` is not a real day. */
export function checkWrittenDates(file: string, fields: readonly string[]): ContentError[] {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const errors: ContentError[] = [];
  for (const line of yamlPart(source, file).split(/\r?\n/)) {
    const match = /^\s*(?:-\s+)?([A-Za-z][\w]*)\s*:\s*(\d{4}-\d{2}-\d{2})\s*(?:#.*)?$/.exec(line);
    if (!match?.[1] || !match[2] || !fields.includes(match[1])) continue;
    if (!parseIsoDay(match[2])) {
      errors.push(
        new ContentError(file, match[1], `日期 “${match[2]}” 不存在（not a real day）`, '写成真实存在的日期，格式 YYYY-MM-DD，例如 2021-04-08'),
      );
    }
  }
  return errors;
}
