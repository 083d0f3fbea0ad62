/**
 * Reads YAML as editors write it, with the `yaml` package:
 * - YAML 1.2 core schema, so a date stays the text it was written as (`2021-02-30` is not turned
 *   into 2 March before anything can check it) and only `true`/`false` are booleans;
 * - every value keeps the line it was written on (`lines`: field path → line), for messages;
 * - a syntax error becomes one ContentError in Chinese with the line, the line as written and a
 *   fix, instead of the parser's English.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node, type YAMLError } from 'yaml';
import { ContentError, excerptOf } from '../content-error';
import { splitLines } from './source';

export interface ParsedYaml {
  /** The data, or undefined when the text could not be read. */
  data: unknown;
  /** Line (in the file) of each field path: `title`, `people[0].name`, `errata[2]`. */
  lines: Map<string, number>;
  errors: ContentError[];
}

export interface YamlSource {
  /** The file as shown in messages, e.g. content/events/x.yaml. */
  file: string;
  /** Normalised text (see normaliseText). */
  text: string;
  /** Line in the file of the text's first line (2 for the frontmatter of a story or policy). */
  firstLine?: number;
}

/** Formats a field path the way messages name fields: `people[0].name`. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** A key written at the start of a line: `title:` or `- name:`, with what follows it. */
const KEY_LINE = /^(\s*)(-\s+)?([A-Za-z_][\w-]*)\s*(:|：)(.*)$/;

/** The field named on a line, if the line starts with one. */
function keyOf(line: string | undefined): string | undefined {
  return line === undefined ? undefined : KEY_LINE.exec(line)?.[3];
}

const indentOf = (line: string) => /^ */.exec(line)?.[0].length ?? 0;

/** The field a line belongs to: its own key, else the nearest key above it that is less indented. */
function fieldAt(lines: readonly string[], index: number): string {
  const own = keyOf(lines[index]);
  if (own) return own;
  const indent = indentOf(lines[index] ?? '');
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const key = keyOf(line);
    if (key && indentOf(line) < indent) return key;
  }
  return 'YAML 格式';
}

interface Problem {
  /** 0-based index of the line at fault in the text. */
  index: number;
  field?: string;
  problem: string;
  fix: string;
}

/** A line whose key is followed by a full-width colon, or by a colon without a space. */
function colonSlip(lines: readonly string[], upTo: number): Problem | null {
  for (let i = 0; i <= Math.min(upTo, lines.length - 1); i++) {
    const line = lines[i] ?? '';
    const match = KEY_LINE.exec(line);
    if (!match?.[3]) continue;
    const [, , dash = '', key, colon, rest = ''] = match;
    if (colon === '：') {
      return {
        index: i,
        field: key,
        problem: `字段名 ${key} 后面用了中文冒号“：”`,
        fix: `改成英文冒号加一个空格：${dash}${key}: ${rest.trim()}`,
      };
    }
    if (rest !== '' && !rest.startsWith(' ') && !rest.startsWith('//')) {
      return {
        index: i,
        field: key,
        problem: `字段名 ${key} 的冒号后面少了一个空格`,
        fix: `在冒号后面加一个空格：${dash}${key}: ${rest.trim()}`,
      };
    }
  }
  return null;
}

/**
 * The first line, up to `upTo`, that is indented in a way the lines above it do not allow: deeper
 * than a line that does not open a block, or back to a depth no line above it used.
 */
function badIndent(lines: readonly string[], upTo: number): number | null {
  const open: number[] = [0];
  let previous: { indent: number; opens: boolean; child: number } | null = null;
  for (let i = 0; i <= Math.min(upTo, lines.length - 1); i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const indent = indentOf(line);
    if (previous && indent > previous.indent) {
      if (!previous.opens && indent !== previous.child) return i;
      open.push(indent);
    } else {
      while (open.length > 1 && (open.at(-1) ?? 0) > indent) open.pop();
      if ((open.at(-1) ?? 0) !== indent && !(previous && indent === previous.child)) return i;
    }
    const item = /^(\s*-\s+)/.exec(line);
    const body = item ? line.slice(item[1]?.length ?? 0) : line.trim();
    // A line opens a block when it ends with a bare key (`image:`) or starts a block scalar (`|`, `>`).
    const opens = /:\s*([|>][+-]?)?(\s+#.*)?$/.test(body) || /^-\s*$/.test(line.trim());
    previous = { indent, opens, child: item ? (item[1]?.length ?? 0) : -1 };
    if (item) open.push(item[1]?.length ?? 0);
  }
  return null;
}

/** The YAML problem as an editor can act on it. */
function translate(error: YAMLError, lines: readonly string[]): Problem {
  const index = Math.max(0, (error.linePos?.[0].line ?? 1) - 1);
  const line = lines[index] ?? '';
  const slip = colonSlip(lines, index);
  if (slip) return slip;

  switch (error.code) {
    case 'TAB_AS_INDENT':
      return {
        index,
        problem: '行首用了 Tab 键缩进，YAML 只认空格',
        fix: '把行首的 Tab 换成空格，与同一层的其他行对齐（一层缩进两个空格）',
      };
    case 'DUPLICATE_KEY': {
      const key = keyOf(line) ?? '';
      return {
        index,
        field: key || undefined,
        problem: `字段 ${key} 写了两次`,
        fix: `只保留一个 ${key}：删去多余的一行，或把其中一个改成应有的字段名`,
      };
    }
    case 'BAD_SCALAR_START':
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
    case 'MULTIPLE_ANCHORS':
    case 'BAD_DIRECTIVE': {
      const first = /:\s+(\S)/.exec(line)?.[1] ?? /^\s*-\s+(\S)/.exec(line)?.[1] ?? line.trim()[0] ?? '';
      return {
        index,
        problem: `值以 “${first}” 开头，YAML 会把它当作特殊符号`,
        fix: `把整个值放进引号：${keyOf(line) ?? 'title'}: '${line.replace(KEY_LINE, '$5').trim()}'`,
      };
    }
    case 'MISSING_CHAR':
      if (/quote/i.test(error.message)) {
        // The parser notices a missing closing quote where the file ends; the quote was opened earlier.
        let start = index;
        for (let i = index; i >= 0; i--) {
          const quotes = (lines[i]?.match(/"/g) ?? []).length + (lines[i]?.match(/'/g) ?? []).length;
          if (quotes % 2 === 1) {
            start = i;
            break;
          }
        }
        return {
          index: start,
          problem: '引号没有成对：这一行开始的引号没有结束的引号',
          fix: '在这个值的末尾补上同样的引号（" 配 "，\' 配 \'），或者去掉开头的引号',
        };
      }
      break;
    case 'UNEXPECTED_TOKEN':
      if (/^\s*(-\s+)?[\w-]+\s*:\s*["'].*["'].+$/.test(line) || /^\s*-\s+["'].*["'].+$/.test(line)) {
        return {
          index,
          problem: '值以引号开头，但引号结束后还有文字',
          fix: '引用原文中的引号请用中文引号“”，例如 title: “三八”妇女节；或者把整个值放进单引号',
        };
      }
      break;
    case 'BAD_INDENT':
      if (/end with a [\]}]/.test(error.message)) {
        const count = (text: string, ch: string) => text.split(ch).length - 1;
        let start = index;
        for (let i = index; i >= 0; i--) {
          const text = lines[i] ?? '';
          if (count(text, '[') > count(text, ']') || count(text, '{') > count(text, '}')) {
            start = i;
            break;
          }
        }
        return { index: start, problem: '方括号或花括号没有成对', fix: '在这一行末尾补上 ]（或 }），例如 brands: [wangjie, dajie]' };
      }
      break;
    case 'MULTIPLE_DOCS':
      return { index, problem: '文件中间有一行 ---，YAML 把它当作第二份文件', fix: '删去这一行 ---' };
    case 'TAG_RESOLVE_FAILED':
    case 'MULTIPLE_TAGS':
    case 'BAD_PROP_ORDER':
      return { index, problem: '值以 “!” 开头，YAML 会把它当作特殊符号', fix: "把整个值放进引号，例如 title: '!重要通知'" };
    default:
      break;
  }

  // An unquoted “colon and space” inside a value: YAML reads the rest as a new field.
  const key = KEY_LINE.exec(line);
  if (key?.[5] && /(^|\S):(\s|$)/.test(key[5].trim()) && !/^["'[{]/.test(key[5].trim())) {
    return {
      index,
      problem: '值里有“英文冒号加空格”，YAML 会把冒号后面的部分当作新的字段',
      fix: `把整个值放进引号：${key[1] ?? ''}${key[2] ?? ''}${key[3]}: '${key[5].trim()}'；或者把值里的英文冒号改成中文冒号“：”`,
    };
  }
  const indented = badIndent(lines, index + 1);
  if (indented !== null) {
    return {
      index: indented,
      problem: '这一行的缩进（行首的空格）与上下文对不齐',
      fix: '同一层的字段行首空格数要相同，下一层比上一层多两个空格；列表项的 “- ” 要上下对齐',
    };
  }
  if (/indent|implicit|compact|sequence|mapping|map/i.test(error.message)) {
    return {
      index,
      problem: '这一行或上一行的写法 YAML 无法识别，多半是缩进或冒号的问题',
      fix: '每一行写成 “字段名: 值”（英文冒号后加一个空格）；同一层的行首空格数相同；值里有冒号时把整个值放进引号',
    };
  }
  return {
    index,
    problem: `这一行的写法 YAML 无法识别（YAML: ${error.message.split('\n')[0] ?? ''}）`,
    fix: '对照同一文件夹中的其他文件检查这一行的缩进、冒号（英文冒号后加空格）和引号',
  };
}

function problemToError(source: YamlSource, lines: readonly string[], p: Problem): ContentError {
  const line = lines[p.index] ?? '';
  return new ContentError(source.file, p.field ?? fieldAt(lines, p.index), p.problem, p.fix, {
    line: p.index + (source.firstLine ?? 1),
    excerpt: line.trim() === '' ? undefined : excerptOf(line),
  });
}

/** Parses YAML text; see the module comment. At most one syntax error is reported per file. */
export function parseYaml(source: YamlSource): ParsedYaml {
  const lines = splitLines(source.text);
  const firstLine = source.firstLine ?? 1;
  const counter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter: counter, schema: 'core', version: '1.2', uniqueKeys: true, prettyErrors: true });
  const lineOf = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const fail = (p: Problem): ParsedYaml => ({ data: undefined, lines: new Map(), errors: [problemToError(source, lines, p)] });

  const first = doc.errors[0] ?? doc.warnings[0];
  if (first) return fail(translate(first, lines));

  // Aliases, anchors and tags are YAML features no content file uses: an editor who meets one
  // has started a value with * & or !.
  let special: Problem | null = null;
  let multiLine: Problem | null = null;
  visit(doc, {
    Alias(_, node) {
      special ??= {
        index: lineOf(node.range?.[0] ?? 0) - firstLine,
        problem: '值以 “*” 开头，YAML 会把它当作特殊符号',
        fix: "把整个值放进引号，例如 title: '*重要*'",
      };
      return visit.BREAK;
    },
    Node(_, node: Node) {
      if (node.anchor) {
        special ??= {
          index: lineOf(node.range?.[0] ?? 0) - firstLine,
          problem: '值以 “&” 开头，YAML 会把它当作特殊符号',
          fix: "把整个值放进引号，例如 title: '&某某'",
        };
        return visit.BREAK;
      }
      if (isScalar(node) && node.range && node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED') {
        const start = counter.linePos(node.range[0]).line;
        const end = counter.linePos(node.range[1]).line;
        // A value that runs onto the next line is joined with a space (wrong in Chinese) or,
        // after a bad indent, swallows the next line.
        if (end > start && node.range[1] > node.range[0] && source.text[node.range[1] - 1] !== '\n') {
          multiLine ??= {
            index: end - 1,
            problem: '上一行的值延续到了这一行：YAML 会把两行连成一个值，中间加一个空格',
            fix: '把整个值写在同一行；如果这一行本应是新的字段或列表项，检查它的缩进和冒号（英文冒号后加空格）',
          };
        }
      }
      return undefined;
    },
  });
  if (special) return fail(special);
  if (multiLine) return fail(multiLine);

  const lineMap = new Map<string, number>();
  const walk = (node: unknown, path: Array<string | number>) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyRange = (pair.key as Node | null)?.range;
        const child = [...path, key];
        if (keyRange) lineMap.set(fieldPath(child), lineOf(keyRange[0]));
        walk(pair.value, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const child = [...path, i];
        const range = (item as Node | null)?.range;
        if (range) lineMap.set(fieldPath(child), lineOf(range[0]));
        walk(item, child);
      });
    }
  };
  walk(doc.contents, []);
  return { data: doc.toJS({ maxAliasCount: 0 }), lines: lineMap, errors: [] };
}
