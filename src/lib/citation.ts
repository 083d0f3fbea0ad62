/**
 * Citations and clause references in the forms a Chinese reader expects.
 */

export interface CitableText {
  /** Full title of the text, without book-title marks. */
  title: string;
  /** 发文字号 of the notice that issued it, for example 渝妇发〔2021〕13号. */
  docNumber: string;
}

/**
 * A citation in Chinese form: 《标题》 + clause label + （文号）.
 * A clause label is omitted when citing the whole text.
 */
export function formatCitation(text: CitableText, clauseLabel?: string): string {
  const clause = clauseLabel ? clauseLabel : '';
  return `《${text.title}》${clause}（${text.docNumber}）`;
}

/** A reference to a clause, written in content as `policy-id#clause-id`. */
export interface ClauseRef {
  policy: string;
  clause: string;
}

const CLAUSE_REF = /^([a-z0-9][a-z0-9-]*)#((?:annex-)?(?:s\d+(?:-\d+)*(?:-p\d+)?|p\d+))$/;

/** Parses `workplan-2021#s2-1`; returns null when the string is not of that form. */
export function parseClauseRef(value: string): ClauseRef | null {
  const match = CLAUSE_REF.exec(value.trim());
  if (!match?.[1] || !match[2]) return null;
  return { policy: match[1], clause: match[2] };
}

/** The URL path of a clause on the site, relative to the site root. */
export function clauseHref(ref: ClauseRef): string {
  return `/policies/${ref.policy}/#${ref.clause}`;
}
