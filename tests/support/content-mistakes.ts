/**
 * Mistakes editors make, one per case: each names the file it touches, how it breaks it, and what
 * the message must say (file, line where there is one, field, and words of the fix). The unit test
 * tests/unit/content-check.test.ts runs every case through `checkContent` on a copy of content/;
 * the cases marked `crossCheck` are checks across files that only the build makes today
 * (src/data/*.ts), run by tests/site/build.test.ts.
 */
import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

export interface Expected {
  /** The file named in the message, e.g. content/events/womens-day.yaml. */
  file: string;
  /** The field named in the message. */
  field: string;
  /**
   * The line: the first line of the faulty file containing this text (or its n-th such line);
   * absent when no line applies.
   */
  at?: string | [text: string, occurrence: number];
  /** Words the problem must contain. */
  problem?: RegExp;
  /** Words the fix must contain. */
  fix: RegExp;
}

export interface Mistake {
  name: string;
  /** Breaks a copy of content/ (the folder is given). */
  apply: (content: string) => void | Promise<void>;
  expected: Expected;
  /** How many messages the mistake gives (1 unless it breaks two things at once). */
  count?: number;
  /** Made only by the build's checks across files (src/data/*.ts), not yet by checkContent. */
  crossCheck?: boolean;
}

/** Replaces exactly one occurrence, so that a case cannot silently stop injecting its fault. */
export function replaceOnce(source: string, search: string | RegExp, replacement: string): string {
  const count = typeof search === 'string' ? source.split(search).length - 1 : [...source.matchAll(new RegExp(search, 'gm'))].length;
  if (count !== 1) throw new Error(`fault not injected: ${String(search)} occurs ${count} times`);
  return source.replace(search, replacement);
}

/** A case that edits one file's text. */
function edit(file: string, fault: (source: string) => string): (content: string) => void {
  return (content) => {
    const path = join(content, file);
    const source = readFileSync(path, 'utf8');
    const faulty = fault(source);
    if (faulty === source) throw new Error(`fault not injected in ${file}`);
    writeFileSync(path, faulty);
  };
}

const EVENT = 'events/womens-day.yaml';
const STORY = 'stories/sample-youyang-livestream.md';
const NOTICE = 'policies/yufufa-2021-12.mdx';

/** The line number of the first (or n-th) line of `content/<file>` holding `text` (for expected lines). */
export function lineOf(content: string, file: string, at: string | [string, number]): number {
  const [text, occurrence] = typeof at === 'string' ? [at, 1] : at;
  const lines = readFileSync(join(content, file), 'utf8').split(/\r?\n/);
  const found = lines.flatMap((line, i) => (line.includes(text) ? [i + 1] : []));
  const line = found[occurrence - 1];
  if (line === undefined) throw new Error(`“${text}” is not ${occurrence} times in ${file}`);
  return line;
}

export const MISTAKES: Mistake[] = [
  // ---- Fields: missing, misspelt, of the wrong kind --------------------------------------------
  {
    name: 'a notice without docNumber',
    apply: edit(NOTICE, (s) => replaceOnce(s, /^docNumber: .*\n/m, '')),
    expected: { file: `content/${NOTICE}`, field: 'docNumber', problem: /缺少必填字段 docNumber/, fix: /加上一行 “docNumber: …”/ },
  },
  {
    name: 'an event without clauses (not “clauses: Required”)',
    apply: edit(EVENT, (s) => replaceOnce(s, /^clauses:\n( {2}- .*\n)+/m, '')),
    expected: { file: `content/${EVENT}`, field: 'clauses', problem: /缺少必填字段 clauses/, fix: /content\/events\/README\.md/ },
  },
  {
    name: 'a story image without alt, nested under image',
    apply: edit(STORY, (s) => replaceOnce(s, /^ {2}alt: .*\n/m, '')),
    expected: { file: `content/${STORY}`, field: 'image.alt', at: 'image:', problem: /缺少必填字段 alt/, fix: /在 image 下面加一行 “alt: …”/ },
  },
  {
    name: 'empty alt text: says what to write, with an example',
    apply: edit(STORY, (s) => replaceOnce(s, /^ {2}alt: .*$/m, "  alt: ''")),
    expected: { file: `content/${STORY}`, field: 'image.alt', at: '  alt:', problem: /值是空的/, fix: /写一句话说明图片里有什么.*例如/ },
  },
  {
    name: 'a number where text is expected: says to add quotes',
    apply: edit(EVENT, (s) => replaceOnce(s, /^title: .*$/m, 'title: 2021')),
    expected: { file: `content/${EVENT}`, field: 'title', at: 'title:', problem: /被读成了数字 2021/, fix: /加上引号：title: '2021'/ },
  },
  {
    name: 'a misspelt optional field in a notice (printedby)',
    apply: edit(NOTICE, (s) => replaceOnce(s, /^printedBy:/m, 'printedby:')),
    expected: { file: `content/${NOTICE}`, field: 'printedby', at: 'printedby:', problem: /没有 printedby 这个字段/, fix: /是不是要写 printedBy/ },
  },
  {
    name: 'a misspelt field in a story (honors for honours)',
    apply: edit(STORY, (s) => replaceOnce(s, /^honours:/m, 'honors:')),
    expected: { file: `content/${STORY}`, field: 'honors', at: 'honors:', fix: /是不是要写 honours/ },
  },
  {
    name: 'a value not in the list of kinds',
    apply: edit(EVENT, (s) => replaceOnce(s, /^kind: .*$/m, 'kind: 会议')),
    expected: {
      file: `content/${EVENT}`,
      field: 'kind',
      at: 'kind:',
      problem: /“会议” 不是可以选的值/,
      fix: /重大活动、重要会议、纪念日\/节点、报送节点、主题活动/,
    },
  },
  {
    name: 'a policy whose kind is neither notice nor text',
    apply: edit(NOTICE, (s) => replaceOnce(s, /^kind: .*$/m, 'kind: "通知"')),
    expected: { file: `content/${NOTICE}`, field: 'kind', at: 'kind:', fix: /notice、text/ },
  },
  {
    name: 'a policy without kind',
    apply: edit(NOTICE, (s) => replaceOnce(s, /^kind: .*\n/m, '')),
    expected: { file: `content/${NOTICE}`, field: 'kind', problem: /缺少必填字段 kind/, fix: /notice、text/ },
  },
  {
    name: 'a misspelt field inside a group (dateSource.sorce)',
    apply: edit(EVENT, (s) => replaceOnce(s, /^ {2}source: /m, '  sorce: ')),
    expected: { file: `content/${EVENT}`, field: 'dateSource.sorce', at: 'sorce:', fix: /是不是要写 source/ },
  },
  {
    name: 'a term source missing its quote',
    apply: edit('terms/sizi.yaml', (s) => replaceOnce(s, /^ {2}quote: .*\n/m, '')),
    expected: {
      file: 'content/terms/sizi.yaml',
      field: 'source.quote',
      at: 'source:',
      problem: /缺少必填字段 quote/,
      fix: /在 source 下面加一行 “quote: …”/,
    },
  },
  {
    name: 'an empty file',
    apply: (content) => writeFileSync(join(content, 'terms/sizi.yaml'), '# 待写\n'),
    expected: { file: 'content/terms/sizi.yaml', field: '文件内容', problem: /没有写任何字段/, fix: /src\/schemas\/term\.ts/ },
  },
  {
    name: 'a list where one value is expected (place)',
    apply: edit(EVENT, (s) => replaceOnce(s, /^status: /m, 'place: [wanzhou, yubei]\nstatus: ')),
    expected: { file: `content/${EVENT}`, field: 'place', at: 'place:', problem: /只能写一个值/, fix: /place: wanzhou/ },
  },
  {
    name: 'one value where a list is expected (districts)',
    apply: edit(STORY, (s) => replaceOnce(s, /^districts: \[youyang\]$/m, 'districts: youyang')),
    expected: { file: `content/${STORY}`, field: 'districts', at: 'districts:', problem: /应写成列表/, fix: /districts: \[youyang\]/ },
  },
  {
    name: 'yes instead of true',
    apply: edit(STORY, (s) => replaceOnce(s, /^sample: true$/m, 'sample: 是')),
    expected: { file: `content/${STORY}`, field: 'sample', at: 'sample:', fix: /sample: true/ },
  },
  {
    name: 'an id with capitals and a space',
    apply: edit(EVENT, (s) => replaceOnce(s, /^status: /m, 'place: Wan Zhou\nstatus: ')),
    expected: { file: `content/${EVENT}`, field: 'place', at: 'place:', problem: /“Wan Zhou”/, fix: /小写英文字母、数字和连字符/ },
  },
  {
    name: 'a clause reference written in words',
    apply: edit(EVENT, (s) => replaceOnce(s, /^ {2}- workplan-2021#s1-3$/m, '  - 工作要点第一条')),
    expected: { file: `content/${EVENT}`, field: 'clauses[0]', at: '工作要点第一条', fix: /workplan-2021#s2-1/ },
  },

  // ---- Dates --------------------------------------------------------------------------------------
  {
    name: 'an event date that does not exist, unquoted (2021-02-30)',
    apply: edit(EVENT, (s) => replaceOnce(s, /^date: .*$/m, 'date: 2021-02-30')),
    expected: { file: `content/${EVENT}`, field: 'date', at: 'date:', problem: /2021-02-30.*不是真实存在的日期/, fix: /2021-06-05/ },
  },
  {
    name: 'an event date with a 13th month, unquoted (2021-13-05)',
    apply: edit(EVENT, (s) => replaceOnce(s, /^date: .*$/m, 'date: 2021-13-05')),
    expected: { file: `content/${EVENT}`, field: 'date', at: 'date:', problem: /2021-13-05/, fix: /日期可写成/ },
  },
  {
    name: 'an event range that ends before it starts',
    apply: edit(EVENT, (s) => replaceOnce(s, /^date: .*$/m, 'date: 2021-06-07/2021-06-05')),
    expected: { file: `content/${EVENT}`, field: 'date', at: 'date:', problem: /早于开始日期/, fix: /日期可写成/ },
  },
  {
    name: 'an updated day that does not exist, unquoted',
    apply: edit(EVENT, (s) => replaceOnce(s, /^updated: .*$/m, 'updated: 2021-02-30')),
    expected: { file: `content/${EVENT}`, field: 'updated', at: 'updated:', problem: /日期 “2021-02-30” 不存在/, fix: /当月的天数/ },
  },
  {
    name: 'the same day quoted',
    apply: edit(EVENT, (s) => replaceOnce(s, /^updated: .*$/m, "updated: '2021-02-30'")),
    expected: { file: `content/${EVENT}`, field: 'updated', at: 'updated:', problem: /日期 “2021-02-30” 不存在/, fix: /当月的天数/ },
  },
  {
    name: 'a story date that does not exist, unquoted',
    apply: edit(STORY, (s) => replaceOnce(s, /^date: .*$/m, 'date: 2021-02-30')),
    expected: { file: `content/${STORY}`, field: 'date', at: 'date:', problem: /不存在/, fix: /YYYY|2021-04-08/ },
  },
  {
    name: 'dateWritten written 2021年4月8日',
    apply: edit(NOTICE, (s) => replaceOnce(s, /^dateWritten: .*$/m, 'dateWritten: 2021年4月8日')),
    expected: { file: `content/${NOTICE}`, field: 'dateWritten', at: 'dateWritten:', problem: /不是 YYYY-MM-DD 的写法/, fix: /YYYY-MM-DD/ },
  },
  {
    name: 'dateWritten 2021-13-01 (no 13th month)',
    apply: edit('policies/yufufa-2021-13.mdx', (s) => replaceOnce(s, /^dateWritten: .*$/m, 'dateWritten: 2021-13-01')),
    expected: { file: 'content/policies/yufufa-2021-13.mdx', field: 'dateWritten', at: 'dateWritten:', problem: /2021-13-01/, fix: /月份（1–12）/ },
  },
  {
    name: 'a quoted date in full-width digits',
    apply: edit(EVENT, (s) => replaceOnce(s, /^updated: .*$/m, "updated: '２０２１-０６-０５'")),
    expected: { file: `content/${EVENT}`, field: 'updated', at: 'updated:', problem: /全角字符/, fix: /写成 2021-06-05/ },
  },

  // ---- YAML syntax --------------------------------------------------------------------------------
  {
    name: 'a tab used to indent',
    apply: edit(EVENT, (s) => replaceOnce(s, /^ {2}source: /m, '\tsource: ')),
    expected: { file: `content/${EVENT}`, field: 'source', at: '\tsource:', problem: /Tab/, fix: /空格/ },
  },
  {
    name: 'a line indented one space too far',
    apply: edit(EVENT, (s) => replaceOnce(s, /^ {2}note: /m, '   note: ')),
    expected: { file: `content/${EVENT}`, field: 'note', at: '   note:', problem: /缩进/, fix: /多两个空格/ },
  },
  {
    name: 'a list item out of line',
    apply: edit(EVENT, (s) => replaceOnce(s, /^ {2}- rural-revitalization#s2-4-3$/m, ' - rural-revitalization#s2-4-3')),
    expected: { file: `content/${EVENT}`, field: 'clauses', at: ' - rural-revitalization#s2-4-3', problem: /缩进/, fix: /对齐/ },
  },
  {
    name: 'an unquoted colon and space inside a value',
    apply: edit(EVENT, (s) => replaceOnce(s, /^title: .*$/m, 'title: 妇女节: 纪念日')),
    expected: { file: `content/${EVENT}`, field: 'title', at: 'title:', problem: /英文冒号加空格/, fix: /title: '妇女节: 纪念日'/ },
  },
  {
    name: 'a full-width colon after a key',
    apply: edit(EVENT, (s) => replaceOnce(s, /^status: /m, 'status：')),
    expected: { file: `content/${EVENT}`, field: 'status', at: 'status：', problem: /中文冒号/, fix: /status: 计划/ },
  },
  {
    name: 'no space after the colon',
    apply: edit(EVENT, (s) => replaceOnce(s, /^status: /m, 'status:')),
    expected: { file: `content/${EVENT}`, field: 'status', at: 'status:', problem: /少了一个空格/, fix: /status: 计划/ },
  },
  {
    name: 'no space after the colon inside a list item',
    apply: edit('targets/train-women.yaml', (s) => replaceOnce(s, /^ {2}- clause: workplan-2021#s2-1$/m, '  - clause:workplan-2021#s2-1')),
    expected: {
      file: 'content/targets/train-women.yaml',
      field: 'clause',
      at: 'clause:workplan',
      problem: /少了一个空格/,
      fix: /- clause: workplan-2021#s2-1/,
    },
  },
  {
    name: 'a quote left open',
    apply: edit(EVENT, (s) => replaceOnce(s, /^title: .*$/m, "title: '“三八”国际妇女节")),
    expected: { file: `content/${EVENT}`, field: 'title', at: 'title:', problem: /引号没有成对/, fix: /补上同样的引号/ },
  },
  {
    name: 'a value starting with a quoted word',
    apply: edit(EVENT, (s) => replaceOnce(s, /^title: .*$/m, 'title: "三八"国际妇女节')),
    expected: { file: `content/${EVENT}`, field: 'title', at: 'title:', problem: /引号结束后还有文字/, fix: /中文引号/ },
  },
  {
    name: 'a field written twice',
    apply: edit(EVENT, (s) => replaceOnce(s, /^status: .*$/m, 'status: 计划\nstatus: 已举办')),
    expected: { file: `content/${EVENT}`, field: 'status', at: 'status: 已举办', problem: /写了两次/, fix: /只保留一个 status/ },
  },
  {
    name: 'a value starting with *',
    apply: edit(EVENT, (s) => replaceOnce(s, /^title: .*$/m, 'title: *重要*')),
    expected: { file: `content/${EVENT}`, field: 'title', at: 'title: *', problem: /“\*”/, fix: /引号/ },
  },
  {
    name: 'a value broken over two lines',
    apply: edit(EVENT, (s) => replaceOnce(s, /^title: .*$/m, 'title: 国际\n  妇女节')),
    expected: { file: `content/${EVENT}`, field: 'title', at: '  妇女节', problem: /延续到了这一行/, fix: /同一行/ },
  },
  {
    name: 'a list left without its closing bracket',
    apply: edit(STORY, (s) => replaceOnce(s, /^districts: \[youyang\]$/m, 'districts: [youyang')),
    expected: { file: `content/${STORY}`, field: 'districts', at: 'districts:', problem: /没有成对/, fix: /\]/ },
  },
  {
    name: 'a district listed twice in districts.yaml',
    apply: edit('districts.yaml', (s) =>
      replaceOnce(s, /^(- \{ id: wanzhou,.*)$/m, '$1\n- { id: wanzhou, name: 万州区（重复）, kind: 区, region: northeast }'),
    ),
    expected: { file: 'content/districts.yaml', field: 'id', at: '万州区（重复）', problem: /wanzhou.*重复/, fix: /id 必须不同/ },
  },
  {
    name: 'two press contacts with the same id',
    apply: edit('media.yaml', (s) => `${s}- id: federation # 第二个\n  name: 重庆市妇联\n  how: 见官方网站\n`),
    expected: { file: 'content/media.yaml', field: 'id', at: '# 第二个', problem: /重复/, fix: /id 必须不同/ },
  },
  {
    name: 'a file saved in another encoding (GBK)',
    apply: (content) => writeFileSync(join(content, EVENT), Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xc8, 0xfd, 0xb0, 0xcb, 0x0a])),
    expected: { file: `content/${EVENT}`, field: '文件', problem: /UTF-8/, fix: /UTF-8/ },
  },

  // ---- Texts: a story's Markdown, a policy's text --------------------------------------------------
  {
    name: 'a <br> in a story',
    apply: edit(STORY, (s) => replaceOnce(s, /^(## 丰收时节)$/m, '$1\n\n第一句<br>第二句')),
    expected: { file: `content/${STORY}`, field: '正文', at: '第一句<br>', problem: /<br>/, fix: /空一行/ },
  },
  {
    name: 'bold written as HTML in a story',
    // <b> and </b> on one line are one mistake.
    apply: edit(STORY, (s) => replaceOnce(s, /^(## 丰收时节)$/m, '$1\n\n<b>加粗的话</b>')),
    expected: { file: `content/${STORY}`, field: '正文', at: '<b>加粗', problem: /<b>/, fix: /\*\*文字\*\*/ },
  },
  {
    name: 'a link written as HTML in a story',
    apply: edit(STORY, (s) => replaceOnce(s, /^(## 丰收时节)$/m, '$1\n\n详见<a href="https://www.cqwomen.org.cn/">重庆市妇联</a>网站')),
    expected: { file: `content/${STORY}`, field: '正文', at: '详见<a', problem: /<a>/, fix: /\[链接文字\]\(https:\/\/网址\)/ },
  },
  {
    name: 'an HTML block in a story',
    // The whole block, up to its closing tag, is one mistake at its first line.
    apply: edit(STORY, (s) => replaceOnce(s, /^(## 丰收时节)$/m, '$1\n\n<div>\n秋收时节。\n</div>')),
    expected: { file: `content/${STORY}`, field: '正文', at: '<div>', problem: /<div>/, fix: /空一行/ },
  },
  {
    name: 'an HTML comment in a story',
    apply: edit(STORY, (s) => replaceOnce(s, /^(## 丰收时节)$/m, '$1\n\n<!-- 待核实 -->')),
    expected: { file: `content/${STORY}`, field: '正文', at: '<!--', problem: /注释/, fix: /# 开头/ },
  },
  {
    name: 'a story whose frontmatter is not closed',
    apply: edit(STORY, (s) => s.replace(/\n---\n/, '\n\n')),
    expected: { file: `content/${STORY}`, field: '字段块（---）', problem: /找不到第二行 ---/, fix: /单独写一行 ---/ },
  },
  {
    name: 'an unclosed JSX tag in a policy body',
    apply: edit('policies/entrepreneurship.mdx', (s) => replaceOnce(s, /^(1\.培育创业创新理念。.*)$/m, '<Foo\n\n$1')),
    expected: { file: 'content/policies/entrepreneurship.mdx', field: '正文', at: '<Foo', problem: /“<”/, fix: /删去/ },
  },
  {
    name: 'HTML in a line of a policy text',
    apply: edit('policies/entrepreneurship.mdx', (s) => replaceOnce(s, /^1\.培育创业创新理念。/m, '1.<b>培育创业创新理念。</b>')),
    expected: { file: 'content/policies/entrepreneurship.mdx', field: '正文', at: '1.<b>培育', problem: /纯文字/, fix: /逐字录入/ },
  },
  {
    name: 'two clauses numbered the same in a policy body',
    // 二、（一）2. printed twice: the second one would duplicate the clause id s2-1-2.
    apply: edit('policies/chengyu-circle.mdx', (s) => replaceOnce(s, /^(2\.开展政策宣传。.*)$/m, '$1\n\n$1')),
    expected: {
      file: 'content/policies/chengyu-circle.mdx',
      field: '正文',
      at: ['2.开展政策宣传。', 2],
      problem: /编号 “2\.” 应为第 3 项/,
      fix: /编号不能跳过，也不能重复/,
    },
  },
  {
    name: 'a line of a policy text starting with import',
    // Plain text to the policy text's own check; MDX would read it as JavaScript.
    apply: edit('policies/entrepreneurship.mdx', (s) => replaceOnce(s, /^(1\.培育创业创新理念。.*)$/m, '$1\n\nimport 文件精神')),
    expected: { file: 'content/policies/entrepreneurship.mdx', field: '正文', at: 'import 文件精神', problem: /以 import 开头/, fix: /import 前面/ },
  },

  // ---- Files ------------------------------------------------------------------------------------------
  {
    name: 'an event saved as .yml',
    apply: (content) => renameSync(join(content, EVENT), join(content, 'events/womens-day.yml')),
    expected: { file: 'content/events/womens-day.yml', field: '文件名', problem: /会被跳过/, fix: /改名为 womens-day\.yaml/ },
  },
  {
    name: 'an event saved as .yaml.txt',
    apply: (content) => renameSync(join(content, EVENT), join(content, 'events/womens-day.yaml.txt')),
    expected: { file: 'content/events/womens-day.yaml.txt', field: '文件名', problem: /多了 \.txt/, fix: /改名为 womens-day\.yaml/ },
  },
  {
    name: 'a copy made by Windows (Chinese)',
    apply: (content) => copyFileSync(join(content, EVENT), join(content, 'events/womens-day - 副本.yaml')),
    expected: { file: 'content/events/womens-day - 副本.yaml', field: '文件名', problem: /womens-day\.yaml 的副本/, fix: /删去这个副本/ },
  },
  {
    name: 'a copy made by Windows (English)',
    apply: (content) => copyFileSync(join(content, EVENT), join(content, 'events/womens-day - Copy.yaml')),
    expected: { file: 'content/events/womens-day - Copy.yaml', field: '文件名', problem: /副本/, fix: /删去这个副本/ },
  },
  {
    name: 'a second download of the same file',
    apply: (content) => copyFileSync(join(content, EVENT), join(content, 'events/womens-day (1).yaml')),
    expected: { file: 'content/events/womens-day (1).yaml', field: '文件名', problem: /副本/, fix: /删去这个副本/ },
  },
  {
    name: 'a copy left beside districts.yaml',
    apply: (content) => copyFileSync(join(content, 'districts.yaml'), join(content, 'districts - 副本.yaml')),
    expected: { file: 'content/districts - 副本.yaml', field: '文件名', problem: /只读取 districts\.yaml/, fix: /并入 districts\.yaml/ },
  },
  {
    name: 'a Word file in a content folder',
    apply: (content) => writeFileSync(join(content, 'events/活动安排.docx'), 'PK'),
    expected: { file: 'content/events/活动安排.docx', field: '文件名', problem: /只放 \.yaml/, fix: /移出 content/ },
  },
  {
    name: 'a folder inside a content folder',
    apply: (content) => mkdirSync(join(content, 'events/2022')),
    expected: { file: 'content/events/2022/', field: '文件名', problem: /子文件夹/, fix: /content\/events\// },
  },
  {
    name: 'a story saved as .mdx',
    apply: (content) => renameSync(join(content, STORY), join(content, 'stories/sample-youyang-livestream.mdx')),
    expected: {
      file: 'content/stories/sample-youyang-livestream.mdx',
      field: '文件名',
      problem: /只读取 \.md 文件/,
      fix: /改名为 sample-youyang-livestream\.md$/,
    },
  },
  {
    name: 'a policy saved as .md',
    apply: (content) => renameSync(join(content, NOTICE), join(content, 'policies/yufufa-2021-12.md')),
    expected: { file: 'content/policies/yufufa-2021-12.md', field: '文件名', problem: /只读取 \.mdx 文件/, fix: /改名为 yufufa-2021-12\.mdx$/ },
  },
  {
    name: 'a file name with capitals',
    apply: (content) => renameSync(join(content, EVENT), join(content, 'events/Womens-Day.yaml')),
    expected: { file: 'content/events/Womens-Day.yaml', field: '文件名', problem: /小写/, fix: /改名为 womens-day\.yaml/ },
  },
  {
    name: 'a file name in Chinese',
    apply: (content) => renameSync(join(content, EVENT), join(content, 'events/妇女节.yaml')),
    expected: { file: 'content/events/妇女节.yaml', field: '文件名', problem: /不能用作网址/, fix: /拼音或英文/ },
  },
  {
    name: 'two stories whose names differ only in letter case',
    apply: (content) => copyFileSync(join(content, STORY), join(content, 'stories/Sample-Youyang-Livestream.md')),
    expected: { file: 'content/stories/Sample-Youyang-Livestream.md', field: '文件名', problem: /只差大小写/, fix: /只保留一个/ },
  },
  {
    name: 'a story image that does not exist',
    apply: edit(STORY, (s) => replaceOnce(s, './images/wangjie-livestream.jpg', './images/wangjie-livestream-2.jpg')),
    expected: {
      file: `content/${STORY}`,
      field: 'image.src',
      at: 'src:',
      problem: /找不到图片 content\/stories\/images\/wangjie-livestream-2\.jpg/,
      fix: /content\/stories\/images/,
    },
  },
  {
    name: 'a story image in the wrong folder',
    apply: (content) => {
      renameSync(join(content, 'stories/images/wangjie-livestream.jpg'), join(content, 'stories/wangjie-livestream.jpg'));
    },
    // The image itself is reported too: stories/wangjie-livestream.jpg is in the wrong folder.
    count: 2,
    expected: {
      file: `content/${STORY}`,
      field: 'image.src',
      at: 'src:',
      problem: /找不到图片/,
      fix: /图片在 content\/stories\/wangjie-livestream\.jpg：把它移到 content\/stories\/images\//,
    },
  },
  {
    name: 'a story image path without ./',
    apply: edit(STORY, (s) => replaceOnce(s, './images/wangjie-livestream.jpg', 'images/wangjie-livestream.jpg')),
    expected: {
      file: `content/${STORY}`,
      field: 'image.src',
      at: 'src:',
      problem: /应以 \.\/images\/ 开头/,
      fix: /\.\/images\/wangjie-livestream\.jpg/,
    },
  },
  {
    name: 'a phone photo in HEIC format',
    apply: (content) => writeFileSync(join(content, 'stories/images/IMG_0001.HEIC'), 'x'),
    expected: { file: 'content/stories/images/IMG_0001.HEIC', field: '文件名', problem: /HEIC/, fix: /JPEG/ },
  },
  {
    name: 'a story image too small to download',
    apply: async (content) => {
      await sharp({ create: { width: 640, height: 400, channels: 3, background: '#888' } })
        .jpeg()
        .toFile(join(content, 'stories/images/small.jpg'));
      edit(STORY, (s) => replaceOnce(s, './images/wangjie-livestream.jpg', './images/small.jpg'))(content);
    },
    expected: { file: `content/${STORY}`, field: 'image.src', at: 'src:', problem: /只有 640 像素宽/, fix: /1200 像素/ },
  },

  // ---- Across files: made by the build's data layer (src/data/*.ts) --------------------------------
  {
    name: 'a text whose notice does not exist',
    crossCheck: true,
    apply: edit('policies/green-living.mdx', (s) => replaceOnce(s, /^notice: .*$/m, 'notice: "yufufa-2099-1"')),
    expected: { file: 'content/policies/green-living.mdx', field: 'notice', problem: /yufufa-2099-1/, fix: /yufufa-2021-12|yufufa-2021-13/ },
  },
  {
    name: 'an erratum where a clause that does not exist',
    crossCheck: true,
    apply: edit('policies/chengyu-circle.mdx', (s) => replaceOnce(s, /^ {2}- where: "s2-1-3"$/m, '  - where: "s99"')),
    expected: { file: 'content/policies/chengyu-circle.mdx', field: 'errata[0].where', problem: /s99/, fix: /编号/ },
  },
];
