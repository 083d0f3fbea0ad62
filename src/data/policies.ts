/**
 * The policy library: loads the policies collection once, parses every text into clauses and
 * checks the links between notices and texts and every erratum. A problem fails the build with
 * a message naming the file and the field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, throwIfAny } from '../lib/content-error';
import { clauseIndex, parsePolicyText, PolicyTextError, type PolicyBlock } from '../lib/policy-text';
import { formatCitation } from '../lib/citation';
import type { NoticeData, TextData } from '../schemas/policy';

export interface PolicyDoc<D> {
  id: string;
  /** Path of the source file, relative to the project, for error messages. */
  file: string;
  data: D;
  blocks: PolicyBlock[];
  clauses: Map<string, PolicyBlock>;
}
export type NoticeDoc = PolicyDoc<NoticeData>;
export interface TextDoc extends PolicyDoc<TextData> {
  notice: NoticeDoc;
}

export interface PolicyLibrary {
  notices: NoticeDoc[];
  texts: TextDoc[];
  byId: Map<string, NoticeDoc | TextDoc>;
}

let library: Promise<PolicyLibrary> | undefined;

/** The policy library, loaded and checked once per build. */
export function loadPolicies(): Promise<PolicyLibrary> {
  library ??= build();
  return library;
}

function sourceFile(entry: CollectionEntry<'policies'>): string {
  return entry.filePath ?? `content/policies/${entry.id}.mdx`;
}

function parse(entry: CollectionEntry<'policies'>, errors: ContentError[]): PolicyBlock[] {
  try {
    return parsePolicyText(entry.body ?? '');
  } catch (error) {
    if (error instanceof PolicyTextError) {
      errors.push(new ContentError(sourceFile(entry), `正文 body（第 ${error.line} 行）`, error.message, '对照原文核对这一行的编号或文字'));
      return [];
    }
    throw error;
  }
}

async function build(): Promise<PolicyLibrary> {
  const entries = await getCollection('policies');
  const errors: ContentError[] = [];
  const unparsed = new Set<string>();
  const docs = entries.map((entry) => {
    const before = errors.length;
    const blocks = parse(entry, errors);
    if (errors.length > before) unparsed.add(entry.id);
    return { id: entry.id, file: sourceFile(entry), data: entry.data, blocks, clauses: clauseIndex(blocks) };
  });

  const notices = docs.filter((d): d is NoticeDoc => d.data.kind === 'notice');
  const noticeById = new Map(notices.map((n) => [n.id, n]));
  const texts: TextDoc[] = [];
  for (const doc of docs) {
    if (doc.data.kind !== 'text') continue;
    const data = doc.data;
    const notice = noticeById.get(data.notice);
    if (!notice) {
      errors.push(
        new ContentError(doc.file, 'notice', `找不到通知 “${data.notice}”`, `写成已有通知的编号之一：${[...noticeById.keys()].join('、')}`),
      );
      continue;
    }
    if (!notice.data.transmits.includes(doc.id)) {
      errors.push(
        new ContentError(notice.file, 'transmits', `没有列出文本 “${doc.id}”，但该文本的 notice 指向本通知`, `在 transmits 中加上 ${doc.id}`),
      );
    }
    texts.push({ ...doc, data, notice });
  }
  const textIds = new Set(texts.map((t) => t.id));
  for (const notice of notices) {
    notice.data.transmits.forEach((id, i) => {
      if (!textIds.has(id)) {
        errors.push(
          new ContentError(notice.file, `transmits[${i}]`, `找不到文本 “${id}”`, '写成 content/policies/ 下某个文本文件的文件名（不含 .mdx）'),
        );
      }
    });
  }

  for (const doc of docs) {
    // A body that did not parse is reported already; its errata cannot be checked against it.
    if (unparsed.has(doc.id)) continue;
    const byId = new Map(doc.blocks.map((b) => [b.id, b]));
    doc.data.errata.forEach((erratum, i) => {
      const block = byId.get(erratum.where);
      if (!block) {
        errors.push(new ContentError(doc.file, `errata[${i}].where`, `条款 “${erratum.where}” 不存在`, '写成本文中某一条或某一段的编号，例如 s2-1'));
      } else if (!block.text.includes(erratum.corrected)) {
        errors.push(
          new ContentError(
            doc.file,
            `errata[${i}].corrected`,
            `“${erratum.corrected}” 不在 ${erratum.where} 的正文中`,
            '让勘误的 corrected 与正文中更正后的文字一致',
          ),
        );
      }
    });
  }

  throwIfAny(errors);
  const order = (t: TextDoc) => [t.notice.data.dateWritten, t.notice.data.transmits.indexOf(t.id)] as const;
  texts.sort((a, b) => (order(a)[0] === order(b)[0] ? order(a)[1] - order(b)[1] : order(a)[0].localeCompare(order(b)[0])));
  notices.sort((a, b) => a.data.dateWritten.localeCompare(b.data.dateWritten));
  return { notices, texts, byId: new Map<string, NoticeDoc | TextDoc>([...notices, ...texts].map((d) => [d.id, d])) };
}

/** The texts a notice issues, in the order it lists them. */
export function textsOf(lib: PolicyLibrary, notice: NoticeDoc): TextDoc[] {
  return notice.data.transmits.flatMap((id) => lib.texts.filter((t) => t.id === id));
}

/** The Chinese citation of a clause (or of the whole text when no clause is given). */
export function citeText(text: TextDoc, clauseId?: string): string {
  const label = clauseId ? text.clauses.get(clauseId)?.label : undefined;
  return formatCitation({ title: text.data.title, docNumber: text.notice.data.docNumber }, label);
}
