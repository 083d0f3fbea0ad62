/**
 * What the status line of a calendar entry may claim. “按计划（文件部署）” says that a document deploys
 * the entry and that it lies ahead of that document; the site derives it rather than writing it by
 * hand, so that it is never shown where it is not true:
 *
 * - a public holiday or observance (纪念日/节点) is named by the texts but not deployed by them;
 * - an entry whose dates all lie before the deploying document was issued cannot be its plan.
 *
 * Entries marked 已举办, 延期 or 取消 by an editor say so.
 */
import type { EventKind, EventStatus } from '../schemas/event';

export type StatusLine = 'planned' | 'observance' | 'before-issue' | 'held' | 'postponed' | 'cancelled';

export interface StatusInput {
  status: EventStatus;
  kind: EventKind;
  /** Last day of the entry's date span (YYYY-MM-DD), or null when nothing is known. */
  end: string | null;
  /** The day the document that names the entry was issued (its 成文日期), YYYY-MM-DD. */
  issued: string;
}

const EDITOR_STATUS: Record<Exclude<EventStatus, '计划'>, StatusLine> = { 已举办: 'held', 延期: 'postponed', 取消: 'cancelled' };

/** The status an editor set by hand (已举办, 延期, 取消), or null for 计划, whose line is derived. */
export function editorStatusLine(status: EventStatus): StatusLine | null {
  return status === '计划' ? null : EDITOR_STATUS[status];
}

/** The status line of an entry: the editor's, or derived from its kind, its dates and the document's date. */
export function statusLine({ status, kind, end, issued }: StatusInput): StatusLine {
  const set = editorStatusLine(status);
  if (set) return set;
  if (kind === '纪念日/节点') return 'observance';
  if (end !== null && end < issued) return 'before-issue';
  return 'planned';
}
