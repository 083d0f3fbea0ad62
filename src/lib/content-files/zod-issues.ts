/**
 * Zod's issues, told to an editor: each becomes a ContentError naming the file, the line of the
 * field, the field, what is wrong with the value as written and how to fix it. The schemas' own
 * Chinese messages (src/schemas/) are used as the fix where they give one.
 */
import type { z } from 'astro/zod';
import { ContentError } from '../content-error';
import { fieldPath } from './yaml';

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

export interface IssueContext {
  file: string;
  /** Field path → line in the file (from parseYaml). */
  lines: ReadonlyMap<string, number>;
  /** The schema the data was checked against, to name the fields that may be written. */
  schema: Schema;
  /** Where the fields of this kind of content are explained, e.g. content/events/README.md. */
  guide: string;
}

/** A Chinese name for the kind of value YAML read. */
function kindOf(value: unknown): string {
  if (value === null) return '空值';
  if (Array.isArray(value)) return '列表';
  if (typeof value === 'number') return '数字';
  if (typeof value === 'boolean') return `${value ? 'true' : 'false'}（是/否）`;
  if (typeof value === 'object') return '一组字段';
  return '文字';
}

/** A value as quoted in a message. */
function shown(value: unknown): string {
  if (typeof value === 'string') return `“${value}”`;
  if (Array.isArray(value)) return `[${value.map((v) => (typeof v === 'object' ? '…' : String(v))).join(', ')}]`;
  if (value !== null && typeof value === 'object') return '{ … }';
  return String(value);
}

/** Full-width letters, digits and signs (２０２１－０６), which look right but are other characters. */
const FULL_WIDTH = /[\uFF01-\uFF5E]/;
const toHalfWidth = (text: string) => text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

/** The allowed word closest to `word`, if it is close enough to be a slip. */
export function closest(word: string, allowed: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: { value: string; distance: number } | undefined;
  for (const value of allowed) {
    const distance = levenshtein(lower, value.toLowerCase());
    if (!best || distance < best.distance) best = { value, distance };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(1, Math.floor(best.value.length / 3)) ? best.value : undefined;
}

type Def = { type: string; shape?: Record<string, Schema>; innerType?: Schema; in?: Schema; element?: Schema; options?: Schema[] };
const defOf = (schema: Schema) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object schemas a value at `path` is checked against (several for a union). */
function objectsAt(schema: Schema, path: ReadonlyArray<PropertyKey>): Array<Record<string, Schema>> {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return def.innerType ? objectsAt(def.innerType, path) : [];
    case 'pipe':
      return def.in ? objectsAt(def.in, path) : [];
    case 'union':
      return (def.options ?? []).flatMap((option) => objectsAt(option, path));
    case 'array': {
      const [head, ...rest] = path;
      return typeof head === 'number' && def.element ? objectsAt(def.element, rest) : [];
    }
    case 'object': {
      if (path.length === 0) return def.shape ? [def.shape] : [];
      const [head, ...rest] = path;
      const child = def.shape?.[String(head)];
      return child ? objectsAt(child, rest) : [];
    }
    default:
      return [];
  }
}

/** The fields that may be written in the object at `path`, given the fields it has. */
function knownFields(schema: Schema, path: ReadonlyArray<PropertyKey>, present: readonly string[]): string[] {
  const shapes = objectsAt(schema, path);
  const overlap = (shape: Record<string, Schema>) => present.filter((key) => key in shape).length;
  const best = [...shapes].sort((a, b) => overlap(b) - overlap(a))[0];
  return best ? Object.keys(best) : [];
}

/** A schema message written in Chinese (ours), rather than Zod's English default. */
const isOwnMessage = (message: string) => /[\u4e00-\u9fff]/.test(message);

/** Zod's messages that only say a field is missing or empty: they carry no fix of their own. */
const GENERIC = /缺少这个必填字段|^Invalid input|^Required/;

interface Told {
  path: ReadonlyArray<PropertyKey>;
  problem: string;
  fix: string;
  /** When the field is missing, the message points at its parent's line. */
  missing?: boolean;
}

function lineText(path: ReadonlyArray<PropertyKey>): string {
  const last = path.at(-1);
  return typeof last === 'string' ? last : fieldPath(path) || '字段';
}

/** What to tell for one issue, with a note on full-width characters in the value. */
function tell(issue: Issue, ctx: IssueContext, input: unknown): Told[] {
  const value = 'input' in issue ? issue.input : undefined;
  const told = tellIssue(issue, ctx, input);
  if (typeof value !== 'string' || !FULL_WIDTH.test(value) || issue.code === 'unrecognized_keys') return told;
  const chars = [...new Set([...value].filter((ch) => FULL_WIDTH.test(ch)))].join('');
  return told.map((t) => ({
    ...t,
    problem: `${t.problem}（其中有全角字符 ${chars}）`,
    fix: `把全角字符改成半角，写成 ${toHalfWidth(value)}；${t.fix}`,
  }));
}

/** What to tell for one issue (several for a union or several unknown fields). */
function tellIssue(issue: Issue, ctx: IssueContext, input: unknown): Told[] {
  const path = issue.path;
  const key = lineText(path);
  const value = 'input' in issue ? issue.input : undefined;
  const own = isOwnMessage(issue.message) && !GENERIC.test(issue.message) ? issue.message : undefined;

  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
    const parent = fieldPath(path.slice(0, -1));
    const where = parent ? `在 ${parent} 下面加一行 “${key}: …”（比 ${parent} 多缩进两个空格）` : `加上一行 “${key}: …”`;
    return [{ path, missing: true, problem: `缺少必填字段 ${key}`, fix: `${where}；这个字段怎么写，见 ${ctx.guide}` }];
  }

  switch (issue.code) {
    case 'custom': {
      const params = issue.params as { problem?: string; fix?: string } | undefined;
      if (params?.problem && params.fix) return [{ path, problem: params.problem, fix: params.fix }];
      break;
    }
    case 'unrecognized_keys': {
      const present = value && typeof value === 'object' ? Object.keys(value) : [];
      const allowed = knownFields(ctx.schema, path, present);
      return issue.keys.map((unknown) => {
        const guess = closest(
          unknown,
          allowed.filter((k) => !present.includes(k)),
        );
        const fix = guess
          ? `是不是要写 ${guess}？把 ${unknown} 改成 ${guess}`
          : `删去这一行，或改成这里可以写的字段：${allowed.join('、')}（见 ${ctx.guide}）`;
        return { path: [...path, unknown], problem: `没有 ${unknown} 这个字段`, fix };
      });
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
      return [
        {
          path,
          problem: `${shown(value)} 不是可以选的值`,
          fix: `只能写其中之一：${allowed.join('、')}${guess ? `（是不是 ${guess}？）` : ''}`,
        },
      ];
    }
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        const options = (issue as { options?: unknown[] }).options?.map(String) ?? [];
        const current = value && typeof value === 'object' ? (value as Record<string, unknown>)[issue.discriminator] : undefined;
        return [
          {
            path,
            missing: current === undefined,
            problem: current === undefined ? `缺少必填字段 ${issue.discriminator}` : `${shown(current)} 不是可以选的值`,
            fix: `${issue.discriminator} 只能写其中之一：${options.join('、')}`,
          },
        ];
      }
      // The branch with the fewest problems is the one the editor meant.
      const branches = issue.errors.filter((branch) => branch.length > 0);
      const best = [...branches].sort((a, b) => a.length - b.length)[0];
      const onlyTypes = branches.every((branch) => branch.every((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (best && !onlyTypes && best.length <= 3) {
        return best.flatMap((inner) => {
          const nested = { ...inner, path: [...path, ...inner.path] } as Issue;
          return tell(nested, ctx, input);
        });
      }
      if (onlyTypes) {
        const expected = branches.flatMap((branch) => branch.map((i) => (i.code === 'invalid_type' ? i.expected : '')));
        return typeProblem(path, key, value, expected, own, ctx.guide);
      }
      return [{ path, problem: `${shown(value)} 的写法不对`, fix: own ?? `写法见 ${ctx.guide}` }];
    }
    case 'invalid_type':
      return typeProblem(path, key, value, [issue.expected], own, ctx.guide);
    default:
      break;
  }

  // Format, length and the schemas' own checks: the schema's message is the fix.
  let problem: string;
  let fix = own ?? `写法见 ${ctx.guide}`;
  if (typeof value === 'string' && value.trim() === '') problem = '值是空的';
  else if (Array.isArray(value) && value.length === 0) problem = '列表是空的';
  else problem = `写的是 ${shown(value)}，不符合要求`;
  if (own?.includes('：')) {
    const at = own.indexOf('：');
    problem = own.slice(0, at);
    fix = own.slice(at + 1);
  }
  return [{ path, problem, fix }];
}

/** A value of the wrong kind: text read as a number, one value where a list belongs, and so on. */
function typeProblem(
  path: ReadonlyArray<PropertyKey>,
  key: string,
  value: unknown,
  expected: readonly string[],
  own: string | undefined,
  guide: string,
): Told[] {
  const told = (problem: string, fix: string): Told[] => [{ path, problem, fix: own ?? fix }];
  if (value === null) return told('值是空的', `在 “${key}:” 后面空一格写上内容；不需要这个字段就删去这一行`);
  if (expected.includes('array')) {
    return told(
      `这里应写成列表，却写成了${kindOf(value)} ${shown(value)}`,
      `写成 ${key}: [${shown(value).replace(/^“|”$/g, '')}]，或者每项单独一行、以 “- ” 开头`,
    );
  }
  if (expected.includes('object')) {
    if (typeof value === 'string' && /^[A-Za-z_][\w-]*\s*[:：]/.test(value)) {
      const fixed = value.replace(/^([A-Za-z_][\w-]*)\s*[:：]\s*/, '$1: ');
      return [{ path, problem: `“${value}” 被读成了一整段文字，而不是字段`, fix: `字段名后面用英文冒号加一个空格：${fixed}` }];
    }
    return told(
      `这里应写几个子字段，却写成了${kindOf(value)} ${shown(value)}`,
      `在 “${key}:” 下面每行写一个子字段（多缩进两个空格）；写法见 ${guide}`,
    );
  }
  if (Array.isArray(value)) return told(`这里只能写一个值，却写成了列表 ${shown(value)}`, `只写一个，例如 ${key}: ${String(value[0] ?? '…')}`);
  if (expected.includes('string') && (typeof value === 'number' || typeof value === 'boolean')) {
    return told(`这里应写文字，却被读成了${kindOf(value)} ${shown(value)}`, `给值加上引号：${key}: '${String(value)}'`);
  }
  if (expected.includes('number')) return told(`这里应写数字，却写成了${kindOf(value)} ${shown(value)}`, `写一个数字，不加引号，例如 ${key}: 1`);
  if (expected.includes('boolean'))
    return told(`这里只能写 true 或 false，却写成了${kindOf(value)} ${shown(value)}`, `写 ${key}: true 或 ${key}: false`);
  return told(`这里不能写${kindOf(value)} ${shown(value)}`, `写法见 ${guide}`);
}

/**
 * Turns Zod's issues for one entry into ContentErrors with lines. `data` is the value that was
 * checked (used to name the fields present and suggest the intended one).
 */
export function issuesToErrors(issues: readonly Issue[], ctx: IssueContext, data: unknown): ContentError[] {
  const seen = new Set<string>();
  const errors: ContentError[] = [];
  // A check over a whole group (“write clause or source”) fails because of a misspelt field in it:
  // the misspelling is the one thing to fix.
  const misspelt = new Set(issues.filter((i) => i.code === 'unrecognized_keys').map((i) => fieldPath(i.path)));
  for (const issue of issues) {
    if (issue.code === 'custom' && misspelt.has(fieldPath(issue.path))) continue;
    for (const told of tell(issue, ctx, data)) {
      const field = fieldPath(told.path) || '文件内容';
      const lineKey = told.missing ? fieldPath(told.path.slice(0, -1)) : fieldPath(told.path);
      const line = told.missing && told.path.length <= 1 ? undefined : ctx.lines.get(lineKey);
      const error = new ContentError(ctx.file, field, told.problem, told.fix, line === undefined ? {} : { line });
      if (seen.has(error.message)) continue;
      seen.add(error.message);
      errors.push(error);
    }
  }
  return errors;
}
