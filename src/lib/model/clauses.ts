/**
 * Clauses as content cites them: `policy-id#clause-id` resolved to a citable unit with its
 * printed label, its link and its Chinese citation. The one place a clause reference is checked
 * and a clause is cited.
 */
import { clauseHref, formatCitation, parseClauseRef } from '../citation';
import { clauseScopes, type ClauseScope } from '../clause-scope';
import { isTextDoc, noticeOf, type AnyDoc, type PolicyLibrary } from './policies';
import type { Problems } from './entries';

/** A citable unit of a policy text, ready to show and link. */
export interface ClausePoint {
  /** `policy-id#clause-id`. */
  ref: string;
  doc: AnyDoc;
  scope: ClauseScope;
  /** The printed numbering, e.g. 二、（一）3.; empty for a preamble paragraph. */
  label: string;
  /** Root-relative URL of the clause on its policy page. */
  href: string;
  /** Chinese citation: 《标题》二、（一）3.（渝妇发〔2021〕13号）. */
  citation: string;
  /** Short title of the document for lists, e.g. 助力乡村振兴实施方案; a notice's 发文字号. */
  docShortTitle: string;
  /** Whether the clause is in a notice (通知) rather than in a text it issues. */
  inNotice: boolean;
  /** The programme year of its document. */
  year: number;
}

/** The Chinese citation of a block of a document: 《标题》二、（一）3.（渝妇发〔2021〕13号）; the whole document without a label. */
export function citeBlock(doc: AnyDoc, label: string): string {
  return formatCitation({ title: doc.data.title, docNumber: noticeOf(doc).data.docNumber }, label || undefined);
}

export interface ClauseIndex {
  /** The unit a reference names, or null. */
  point(ref: string): ClausePoint | null;
  /** Every citable unit of every text (not the notices), in reading order. */
  textPoints(): ClausePoint[];
  /** Resolves the references of a list field; each bad one becomes a problem naming `field[i]`. */
  points(file: string, field: string, refs: readonly string[], problems: Problems): ClausePoint[];
  /** Resolves the reference of a single field; a bad one becomes a problem naming `field`. */
  one(file: string, field: string, ref: string, problems: Problems): ClausePoint | undefined;
}

export function indexClauses(lib: PolicyLibrary): ClauseIndex {
  const scopes = new Map([...lib.byId.values()].map((doc) => [doc.id, new Map(clauseScopes(doc.blocks).map((s) => [s.id, s]))]));
  const cache = new Map<string, ClausePoint>();

  const make = (doc: AnyDoc, scope: ClauseScope): ClausePoint => {
    const ref = `${doc.id}#${scope.id}`;
    const cached = cache.get(ref);
    if (cached) return cached;
    const label = scope.head.kind === 'clause' ? scope.head.label : '';
    const point: ClausePoint = {
      ref,
      doc,
      scope,
      label,
      href: clauseHref({ policy: doc.id, clause: scope.id }),
      citation: citeBlock(doc, label),
      docShortTitle: isTextDoc(doc) ? doc.data.shortTitle : noticeOf(doc).data.docNumber,
      inNotice: !isTextDoc(doc),
      year: doc.year,
    };
    cache.set(ref, point);
    return point;
  };

  const point = (ref: string): ClausePoint | null => {
    const parsed = parseClauseRef(ref);
    const doc = parsed ? lib.byId.get(parsed.policy) : undefined;
    const scope = parsed && doc ? scopes.get(doc.id)?.get(parsed.clause) : undefined;
    return doc && scope ? make(doc, scope) : null;
  };

  /** Why a reference names no citable unit. */
  const problem = (value: string): [string, string] => {
    const ref = parseClauseRef(value);
    const doc = ref ? lib.byId.get(ref.policy) : undefined;
    if (!ref) return [`“${value}” 不是条款引用`, '写成 文本编号#条款编号，例如 workplan-2021#s2-1'];
    if (!doc) return [`文本 “${ref.policy}” 不存在`, `写成已有文本之一：${[...lib.byId.keys()].join('、')}`];
    if (!doc.blocks.some((b) => b.id === ref.clause)) {
      return [
        `${ref.policy} 中没有条款 “${ref.clause}”`,
        `打开 ${clauseHref({ policy: ref.policy, clause: 's1' })} 一类的页面，点击某条末尾的“本条链接”查看它的编号`,
      ];
    }
    return [`“${value}” 不是可以引用的条款（它是标题）`, '写成带编号的条款或开头段落的编号'];
  };

  const resolve = (file: string, field: string, value: string, problems: Problems): ClausePoint[] => {
    const found = point(value);
    if (found) return [found];
    problems.add(file, field, ...problem(value));
    return [];
  };

  return {
    point,
    textPoints: () => lib.texts.flatMap((doc) => [...(scopes.get(doc.id)?.values() ?? [])].map((scope) => make(doc, scope))),
    points: (file, field, refs, problems) => refs.flatMap((ref, i) => resolve(file, `${field}[${i}]`, ref, problems)),
    one: (file, field, ref, problems) => resolve(file, field, ref, problems)[0],
  };
}
