/**
 * The policy library: every notice and text, parsed into clauses, grouped into programme years,
 * with every erratum checked against the text it corrects. Pure: it takes plain entries.
 */
import { distance as levenshtein } from 'fastest-levenshtein';
import { clauseIndex, parsePolicyText, PolicyTextError, type PolicyBlock } from '../policy-text';
import type { NoticeData, PolicyData, TextData } from '../../schemas/policy';
import type { YearData } from '../../schemas/year';
import type { Entry, Problems } from './entries';

export interface PolicyDoc<D> {
  id: string;
  /** Path of the source file, relative to the project, for messages. */
  file: string;
  data: D;
  blocks: PolicyBlock[];
  clauses: Map<string, PolicyBlock>;
  /** The programme year the document belongs to (content/years/). */
  year: number;
}
export type NoticeDoc = PolicyDoc<NoticeData>;
export interface TextDoc extends PolicyDoc<TextData> {
  notice: NoticeDoc;
}
export type AnyDoc = NoticeDoc | TextDoc;

/** A programme year: its notices, its work plan and the other texts (the implementation plans). */
export interface ProgrammeYear {
  year: number;
  file: string;
  notices: NoticeDoc[];
  workplan: TextDoc;
  /** The texts its notices issue other than the work plan, in the notices' order. */
  plans: TextDoc[];
  /** 发文字号 of its notices, in order, e.g. 渝妇发〔2021〕12号. */
  docNumbers: string[];
}

export interface PolicyLibrary {
  /** Notices by date written. */
  notices: NoticeDoc[];
  /** Texts by their notice's date, then the order the notice lists them. */
  texts: TextDoc[];
  byId: Map<string, AnyDoc>;
  /** Programme years, oldest first. */
  years: ProgrammeYear[];
}

export const isTextDoc = (doc: AnyDoc): doc is TextDoc => 'notice' in doc;

/** The notice of a document: itself, or the notice that issued it. */
export const noticeOf = (doc: AnyDoc): NoticeDoc => (isTextDoc(doc) ? doc.notice : doc);

/** The texts a notice issues, in the order it lists them. */
export function textsOf(lib: PolicyLibrary, notice: NoticeDoc): TextDoc[] {
  return notice.data.transmits.flatMap((id) => lib.texts.filter((t) => t.id === id));
}

function parse(entry: Entry<PolicyData>, problems: Problems): PolicyBlock[] | null {
  try {
    return parsePolicyText(entry.body ?? '');
  } catch (error) {
    if (!(error instanceof PolicyTextError)) throw error;
    problems.add(entry.file, `正文 body（第 ${error.line} 行）`, error.message, '对照原文核对这一行的编号或文字');
    return null;
  }
}

/** Text without white space: the extraction's line breaks and spacing are not compared. */
export const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * Why an erratum's printed and corrected texts do not fit its kind, or null when they do: joining
 * a broken line only removes the break (and spaces around it); a typo changes one or two
 * characters (`and` → 和 is the widest the sources need).
 */
export function erratumProblem(printed: string, corrected: string, kind: string): string | null {
  const [from, to] = [squash(printed), squash(corrected)];
  if (kind === 'typo') {
    const distance = levenshtein(from, to);
    return distance >= 1 && distance <= 3 ? null : '错字勘误的 printed 与 corrected 只应相差一两个字';
  }
  return from === to ? null : '接续断行只去掉换行和空格，printed 去掉换行和空格后应与 corrected 完全相同';
}

export function buildPolicies(entries: readonly Entry<PolicyData>[], yearEntries: readonly Entry<YearData>[], problems: Problems): PolicyLibrary {
  const unparsed = new Set<string>();
  const docs = entries.map((entry) => {
    const blocks = parse(entry, problems);
    if (!blocks) unparsed.add(entry.id);
    return { id: entry.id, file: entry.file, data: entry.data, blocks: blocks ?? [], clauses: clauseIndex(blocks ?? []), year: 0 };
  });

  const notices = docs.filter((d): d is NoticeDoc => d.data.kind === 'notice');
  const noticeById = new Map(notices.map((n) => [n.id, n]));
  const texts: TextDoc[] = [];
  for (const doc of docs) {
    if (doc.data.kind !== 'text') continue;
    const data = doc.data;
    const notice = noticeById.get(data.notice);
    if (!notice) {
      problems.add(doc.file, 'notice', `找不到通知 “${data.notice}”`, `写成已有通知的编号之一：${[...noticeById.keys()].join('、')}`);
      continue;
    }
    if (!notice.data.transmits.includes(doc.id)) {
      problems.add(notice.file, 'transmits', `没有列出文本 “${doc.id}”，但该文本的 notice 指向本通知`, `在 transmits 中加上 ${doc.id}`);
    }
    texts.push({ ...doc, data, notice });
  }
  const textIds = new Set(texts.map((t) => t.id));
  for (const notice of notices) {
    notice.data.transmits.forEach((id, i) => {
      if (!textIds.has(id)) {
        problems.add(notice.file, `transmits[${i}]`, `找不到文本 “${id}”`, '写成 content/policies/ 下某个文本文件的文件名（不含 .mdx）');
      }
    });
  }

  for (const doc of docs) {
    // A body that did not parse is reported already; its errata cannot be checked against it.
    if (unparsed.has(doc.id)) continue;
    const byId = new Map(doc.blocks.map((b) => [b.id, b]));
    doc.data.errata.forEach((erratum, i) => {
      const text = erratum.where === 'title' ? doc.data.title : byId.get(erratum.where)?.text;
      if (text === undefined) {
        problems.add(
          doc.file,
          `errata[${i}].where`,
          `条款 “${erratum.where}” 不存在`,
          '写成本文中某一条或某一段的编号，例如 s2-1；标题的勘误写 title',
        );
      } else if (!text.includes(erratum.corrected)) {
        problems.add(
          doc.file,
          `errata[${i}].corrected`,
          erratum.where === 'title' ? `“${erratum.corrected}” 不在标题中` : `“${erratum.corrected}” 不在 ${erratum.where} 的正文中`,
          '让勘误的 corrected 与正文中更正后的文字一致',
        );
      } else {
        const problem = erratumProblem(erratum.printed, erratum.corrected, erratum.kind);
        if (problem)
          problems.add(
            doc.file,
            `errata[${i}].printed`,
            `“${erratum.printed}” 与更正后的 “${erratum.corrected}” 对不上：${problem}`,
            '从提取文本中逐字复制 printed（断行处写 \\n），并核对 kind',
          );
      }
    });
  }

  // Years: every notice belongs to exactly one; its texts follow it.
  const years: ProgrammeYear[] = [];
  const yearOfNotice = new Map<string, number>();
  for (const entry of [...yearEntries].sort((a, b) => a.data.year - b.data.year)) {
    const { data, file } = entry;
    if (entry.id !== String(data.year))
      problems.add(file, 'year', `年份 ${data.year} 与文件名 ${entry.id} 不一致`, `把文件改名为 ${data.year}.yaml，或改正 year`);
    const own: NoticeDoc[] = [];
    data.notices.forEach((id, i) => {
      const notice = noticeById.get(id);
      if (!notice)
        return problems.add(
          file,
          `notices[${i}]`,
          `找不到通知 “${id}”`,
          `写成 content/policies/ 下某个通知的文件名：${[...noticeById.keys()].join('、')}`,
        );
      const other = yearOfNotice.get(id);
      if (other !== undefined) return problems.add(file, `notices[${i}]`, `通知 “${id}” 已列在 ${other} 年中`, '每份通知只属于一个年度');
      yearOfNotice.set(id, data.year);
      own.push(notice);
    });
    const workplan = texts.find((t) => t.id === data.workplan);
    if (!workplan || !own.includes(workplan.notice)) {
      problems.add(file, 'workplan', `“${data.workplan}” 不是本年度通知印发的文本`, '写成 notices 中某份通知印发的工作要点的文件名');
      continue;
    }
    const plans = own.flatMap((n) => n.data.transmits.flatMap((id) => texts.filter((t) => t.id === id && t !== workplan)));
    years.push({ year: data.year, file, notices: own, workplan, plans, docNumbers: own.map((n) => n.data.docNumber) });
  }
  for (const notice of notices) {
    const year = yearOfNotice.get(notice.id);
    if (year === undefined) {
      problems.add(
        notice.file,
        'kind',
        `通知 “${notice.id}” 没有列在任何年度中`,
        `在 content/years/ 下对应年度的文件（例如 ${notice.data.dateWritten.slice(0, 4)}.yaml）的 notices 中加上 ${notice.id}`,
      );
    } else notice.year = year;
  }
  for (const text of texts) text.year = text.notice.year;

  const order = (t: TextDoc) => [t.notice.data.dateWritten, t.notice.data.transmits.indexOf(t.id)] as const;
  texts.sort((a, b) => (order(a)[0] === order(b)[0] ? order(a)[1] - order(b)[1] : order(a)[0].localeCompare(order(b)[0])));
  notices.sort((a, b) => a.data.dateWritten.localeCompare(b.data.dateWritten));
  return { notices, texts, byId: new Map<string, AnyDoc>([...notices, ...texts].map((d) => [d.id, d])), years };
}
