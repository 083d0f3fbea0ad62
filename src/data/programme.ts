/**
 * The programme the texts set up: the five actions, the brands, the quantified targets and the
 * set phrases (terms), each tied to the clauses behind it. Loaded and checked once per build; a
 * bad reference, a quote that is not in its clause or a duplicate fails the build with a
 * ContentError naming the file, the field, the value and the fix.
 *
 * What is computed rather than written by hand:
 * - a brand's commitments: every clause whose text names the brand or one of its aliases;
 * - the actions of a brand mention or a target: the actions its clauses belong to;
 * - where each term occurs, and the note shown under each block of a policy text that uses it.
 */
import { getCollection } from 'astro:content';
import { loadPolicies, type NoticeDoc, type PolicyLibrary, type TextDoc } from './policies';
import { checkClauseRefs, checkIds } from './refs';
import type { ClauseLink } from './clause-links';
import { storyRelatedPages } from './stories';
import { eventRelatedPages } from './events';
import { ContentError, throwIfAny } from '../lib/content-error';
import { clauseHref, formatCitation, parseClauseRef } from '../lib/citation';
import { actionsOfClause, clauseScopes, scopeIdOf, type ActionAnchor, type ClauseScope } from '../lib/clause-scope';
import { namesIn, sentencesNaming } from '../lib/brand-mentions';
import { findTerms, firstOccurrences, type TermPattern, type TextMark } from '../lib/term-match';
import { plainText, type PolicyBlock } from '../lib/policy-text';
import { chineseOrdinal, formatFigure } from '../lib/figures';
import type { ActionData } from '../schemas/action';
import type { BrandData } from '../schemas/brand';
import type { TargetData } from '../schemas/target';
import { isClauseSource, type TermData } from '../schemas/term';

type PolicyDoc = NoticeDoc | TextDoc;

/** A citable unit of a policy text, ready to show and link. */
export interface ClausePoint {
  /** `policy-id#clause-id`. */
  ref: string;
  doc: PolicyDoc;
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
}

export interface Action {
  id: string;
  file: string;
  data: ActionData;
  href: string;
  /** The work plan clause that launches it. */
  workplan: ClausePoint;
  /** Its implementation plan, or null (助力科技创新). */
  plan: TextDoc | null;
  variants: Array<{ name: string; clauses: ClausePoint[] }>;
  related: ClausePoint[];
}

/** One clause that names a brand: a commitment the texts make for it. */
export interface BrandMention {
  point: ClausePoint;
  /** The sentences of the clause that name the brand, exactly as printed. */
  sentences: string[];
  /** Which of the brand's names the clause uses. */
  names: string[];
  /** An editor's note on this commitment, if any. */
  note: string | undefined;
  /** Anchor of the commitment on the brand page. */
  anchor: string;
  /** Actions the clause belongs to. */
  actions: string[];
}

export interface Brand {
  id: string;
  file: string;
  data: BrandData;
  href: string;
  /** Every string that names the brand in the texts: name, aliases, joint work name. */
  names: string[];
  fieldClause: ClausePoint;
  mentions: BrandMention[];
  /** Actions of its mentions, in the work plan's order. */
  actions: string[];
  partner: { brand: string; clause: ClausePoint; joint: string | undefined } | null;
}

export interface Target {
  id: string;
  file: string;
  data: TargetData;
  href: string;
  /** The figure with its unit, e.g. 不少于 20 万人次, 各 100 户. */
  figure: string;
  sources: Array<{ point: ClausePoint; quote: string }>;
  /** Actions of its clauses, in the work plan's order; empty for a target outside the five actions. */
  actions: string[];
}

/** A block of a policy text where a term occurs. */
export interface TermOccurrence {
  doc: PolicyDoc;
  block: PolicyBlock;
  /** The citable unit the block belongs to. */
  point: ClausePoint;
  /** The block on its policy page. */
  href: string;
  /** The term's note under that block. */
  noteHref: string;
}

export interface Term {
  id: string;
  file: string;
  data: TermData;
  href: string;
  /** The term and its aliases. */
  forms: string[];
  source: { kind: 'clause'; point: ClausePoint; quote: string } | { kind: 'public'; title: string; issuer: string; date: string | undefined };
  occurrences: TermOccurrence[];
}

/** What a block of a policy text needs to show its terms in place. */
export interface BlockTerms {
  /** Links over the first occurrence of each term, in the block's plain text. */
  marks: TextMark[];
  /** The terms, in order of first occurrence, each with the id of its note under the block. */
  notes: Array<{ term: Term; id: string }>;
}

export interface Programme {
  actions: Action[];
  brands: Brand[];
  targets: Target[];
  terms: Term[];
  action: (id: string) => Action | undefined;
  brand: (id: string) => Brand | undefined;
  /** The terms of a block of a policy text (none for headings and unknown blocks). */
  blockTerms: (block: PolicyBlock) => BlockTerms;
}

/** Id of the note for a term under a block of a policy page. */
export function termNoteId(blockId: string, termId: string): string {
  return `term-${blockId}-${termId}`;
}

/** Anchor of a commitment on a brand page. */
export function mentionAnchor(ref: string): string {
  return `c-${ref.replace('#', '-')}`;
}

/** Anchor of a clause in the outline of an action page. */
export function outlineAnchor(clauseId: string): string {
  return `plan-${clauseId}`;
}

export { chineseOrdinal, formatFigure };

/** An error about the only value of a field, named by the field alone (`plan`, not `plan[0]`). */
function single(error: ContentError, field: string): ContentError {
  const renamed = new ContentError(error.file, field, '', '');
  renamed.message = error.message.replace(`→ ${error.field}：`, `→ ${field}：`);
  return renamed;
}

let programme: Promise<Programme> | undefined;

/** The programme, loaded and checked once per build. */
export function loadProgramme(): Promise<Programme> {
  programme ??= build();
  return programme;
}

function fileOf(entry: { id: string; filePath?: string | undefined }, folder: string): string {
  return entry.filePath ?? `content/${folder}/${entry.id}.yaml`;
}

/** Citable units of every document, by document id and unit id. */
function indexScopes(lib: PolicyLibrary): Map<string, Map<string, ClauseScope>> {
  return new Map([...lib.byId.values()].map((doc) => [doc.id, new Map(clauseScopes(doc.blocks).map((s) => [s.id, s]))]));
}

async function build(): Promise<Programme> {
  const lib = await loadPolicies();
  const scopes = indexScopes(lib);
  const errors: ContentError[] = [];

  const point = (ref: string): ClausePoint | null => {
    const parsed = parseClauseRef(ref);
    const doc = parsed ? lib.byId.get(parsed.policy) : undefined;
    const scope = parsed && doc ? scopes.get(doc.id)?.get(parsed.clause) : undefined;
    if (!parsed || !doc || !scope) return null;
    const label = scope.head.kind === 'clause' ? scope.head.label : '';
    const docNumber = 'notice' in doc ? doc.notice.data.docNumber : doc.data.docNumber;
    return {
      ref: `${doc.id}#${scope.id}`,
      doc,
      scope,
      label,
      href: clauseHref({ policy: doc.id, clause: scope.id }),
      citation: formatCitation({ title: doc.data.title, docNumber }, label || undefined),
      docShortTitle: 'shortTitle' in doc.data ? doc.data.shortTitle : docNumber,
      inNotice: !('notice' in doc),
    };
  };

  /** Checks references; returns the points of the good ones (bad ones become errors). */
  const points = (file: string, field: string, refs: readonly string[]): ClausePoint[] => {
    const bad = checkClauseRefs(lib, file, field, refs);
    errors.push(...bad);
    return pointsOf(file, field, refs, bad.length > 0);
  };
  /** One reference in a field of its own: errors name the field, not `field[0]`. */
  const onePoint = (file: string, field: string, ref: string): ClausePoint | undefined => {
    const bad = checkClauseRefs(lib, file, field, [ref]).map((e) => single(e, field));
    errors.push(...bad);
    return pointsOf(file, field, [ref], bad.length > 0)[0];
  };
  const pointsOf = (file: string, field: string, refs: readonly string[], reported: boolean): ClausePoint[] => {
    return refs.flatMap((ref) => {
      const p = point(ref);
      if (p) return [p];
      if (!reported) {
        // A valid block that is not a citable unit (for example a heading).
        errors.push(new ContentError(file, field, `“${ref}” 不是可以引用的条款`, '写成带编号的条款或开头段落的编号'));
      }
      return [];
    });
  };

  // ---- Actions ----------------------------------------------------------------------------
  const actionEntries = (await getCollection('actions')).sort((a, b) => a.data.order - b.data.order);
  const actions: Action[] = [];
  const orders = new Map<number, string>();
  for (const entry of actionEntries) {
    const file = fileOf(entry, 'actions');
    const { data } = entry;
    const previous = orders.get(data.order);
    if (previous) errors.push(new ContentError(file, 'order', `顺序号 ${data.order} 已被 ${previous} 使用`, '每项行动用不同的 order（1–5）'));
    orders.set(data.order, entry.id);
    const workplan = onePoint(file, 'workplanClause', data.workplanClause);
    let plan: TextDoc | null = null;
    if (data.plan !== null) {
      const doc = lib.byId.get(data.plan);
      if (doc && 'notice' in doc) plan = doc;
      else {
        const texts = lib.texts.map((t) => t.id).join('、');
        errors.push(new ContentError(file, 'plan', `实施方案 “${data.plan}” 不存在`, `写成已有文本之一：${texts}；没有实施方案时写 null`));
      }
    }
    const variants = data.variants.map((variant, i) => {
      const clauses = points(file, `variants[${i}].clauses`, variant.clauses);
      clauses.forEach((p, j) => {
        if (!p.scope.text.includes(variant.name)) {
          errors.push(
            new ContentError(file, `variants[${i}].clauses[${j}]`, `条款 ${p.ref} 中没有 “${variant.name}”`, '核对写法，或改成确实这样写的条款'),
          );
        }
      });
      return { name: variant.name, clauses };
    });
    if (variants.length > 0 && !data.variantsNote) {
      errors.push(
        new ContentError(file, 'variantsNote', '列出了名称的不同写法，但没有说明', '加上 variantsNote，向读者说明这些写法指的是同一项行动'),
      );
    }
    const related = points(file, 'relatedClauses', data.relatedClauses);
    if (!workplan) continue;
    actions.push({ id: entry.id, file, data, href: `/actions/${entry.id}/`, workplan, plan, variants, related });
  }
  const anchors: ActionAnchor[] = actions.map((a) => ({
    id: a.id,
    workplanClause: { policy: a.workplan.doc.id, clause: a.workplan.scope.id },
    plan: a.plan?.id ?? null,
    related: a.related.map((p) => p.ref),
  }));
  const actionOrder = (ids: Iterable<string>) => actions.map((a) => a.id).filter((id) => new Set(ids).has(id));
  const actionsOf = (p: ClausePoint) => actionsOfClause({ policy: p.doc.id, clause: p.scope.id }, anchors);

  // ---- Brands -----------------------------------------------------------------------------
  const brandEntries = (await getCollection('brands')).sort((a, b) => a.data.order - b.data.order);
  const brandIds = new Set(brandEntries.map((e) => e.id));
  const nameOwner = new Map<string, string>();
  const brands: Brand[] = [];
  // Joint work names (川渝巧姐) name both partners.
  const jointNames = new Map<string, string[]>();
  for (const entry of brandEntries) {
    const joint = entry.data.partner?.joint;
    if (!joint) continue;
    for (const id of [entry.id, entry.data.partner?.brand ?? '']) jointNames.set(id, [...(jointNames.get(id) ?? []), joint]);
  }
  for (const entry of brandEntries) {
    const file = fileOf(entry, 'brands');
    const { data } = entry;
    [data.name, ...data.aliases].forEach((name, i) => {
      const field = i === 0 ? 'name' : `aliases[${i - 1}]`;
      const owner = nameOwner.get(name);
      if (owner) errors.push(new ContentError(file, field, `“${name}” 已是品牌 ${owner} 的名称或别名`, '一个名称只能属于一个品牌；删去重复的一处'));
      else nameOwner.set(name, entry.id);
    });
    const names = [...new Set([data.name, ...data.aliases, ...(jointNames.get(entry.id) ?? [])])];

    const fieldClause = onePoint(file, 'fieldClause', data.fieldClause);
    if (fieldClause && !(fieldClause.scope.text.includes(data.field) && namesIn(fieldClause.scope.text, names).length > 0)) {
      errors.push(
        new ContentError(
          file,
          'fieldClause',
          `条款 ${fieldClause.ref} 没有同时写到 “${data.name}” 和 “${data.field}”`,
          '改成把品牌和它的领域写在一起的条款，例如 workplan-2021#s2-4',
        ),
      );
    }

    let partner: Brand['partner'] = null;
    if (data.partner) {
      const p = data.partner;
      errors.push(...checkIds(file, 'partner.brand', [p.brand], brandIds, '品牌').map((e) => single(e, 'partner.brand')));
      if (p.brand === entry.id) errors.push(new ContentError(file, 'partner.brand', '合作品牌不能是自己', '写成另一省的品牌编号'));
      const clause = onePoint(file, 'partner.clause', p.clause);
      const other = brandEntries.find((e) => e.id === p.brand);
      if (clause && other) {
        for (const name of [data.name, other.data.name]) {
          if (!clause.scope.text.includes(name)) {
            errors.push(new ContentError(file, 'partner.clause', `条款 ${clause.ref} 中没有 “${name}”`, '改成同时写到两个品牌的条款'));
          }
        }
        if (p.joint && !clause.scope.text.includes(p.joint)) {
          errors.push(new ContentError(file, 'partner.joint', `条款 ${clause.ref} 中没有 “${p.joint}”`, '核对联合品牌的写法'));
        }
      }
      if (clause) partner = { brand: p.brand, clause, joint: p.joint };
    }

    // Every clause that names the brand is a commitment; none can be left out.
    const mentions: BrandMention[] = [];
    for (const doc of lib.texts) {
      for (const scope of scopes.get(doc.id)?.values() ?? []) {
        const used = namesIn(scope.text, names);
        if (used.length === 0) continue;
        const p = point(`${doc.id}#${scope.id}`);
        if (!p) continue;
        const sentences = scope.blocks.flatMap((block, i) => {
          const text = plainText(block.text);
          const body = i === 0 && block.marker ? text.slice(block.marker.length) : text;
          return sentencesNaming(body, names);
        });
        mentions.push({ point: p, sentences, names: used, note: undefined, anchor: mentionAnchor(p.ref), actions: actionsOf(p) });
      }
    }
    if (mentions.length === 0) {
      errors.push(new ContentError(file, 'name', `没有任何条款写到 “${data.name}”`, '核对品牌名称的写法，或在 aliases 中加上文件里的写法'));
    }
    data.notes.forEach((n, i) => {
      const clause = onePoint(file, `notes[${i}].clause`, n.clause);
      if (!clause) return;
      const mention = mentions.find((m) => m.point.ref === clause.ref);
      if (!mention) {
        errors.push(new ContentError(file, `notes[${i}].clause`, `条款 ${clause.ref} 没有写到这个品牌`, '注释只能加在写到品牌名称或别名的条款上'));
      } else mention.note = n.note;
    });
    if (!fieldClause) continue;
    brands.push({
      id: entry.id,
      file,
      data,
      href: `/brands/${entry.id}/`,
      names,
      fieldClause,
      mentions,
      actions: actionOrder(mentions.flatMap((m) => m.actions)),
      partner,
    });
  }
  // The partner relation is written on one side; show it on both.
  for (const brand of brands) {
    if (!brand.partner) continue;
    const other = brands.find((b) => b.id === brand.partner?.brand);
    if (other && !other.partner) other.partner = { ...brand.partner, brand: brand.id };
    else if (other && other.partner && other.partner.brand !== brand.id) {
      errors.push(
        new ContentError(
          other.file,
          'partner.brand',
          `${other.id} 已与 ${other.partner.brand} 配对，不能再与 ${brand.id} 配对`,
          '每个品牌只写一个合作品牌',
        ),
      );
    }
  }

  // ---- Targets ----------------------------------------------------------------------------
  const targetEntries = await getCollection('targets');
  const targets: Target[] = [];
  for (const entry of targetEntries) {
    const file = fileOf(entry, 'targets');
    const { data } = entry;
    errors.push(...checkIds(file, 'brands', data.brands, brandIds, '品牌'));
    const sources = data.sources.flatMap((source, i) => {
      const p = onePoint(file, `sources[${i}].clause`, source.clause);
      if (!p) return [];
      if (!p.scope.text.includes(source.quote)) {
        errors.push(
          new ContentError(
            file,
            `sources[${i}].quote`,
            `“${source.quote}” 不在条款 ${p.ref} 的原文中`,
            '从该条原文中逐字复制设定目标的文字（包括空格和标点）',
          ),
        );
        return [];
      }
      return [{ point: p, quote: source.quote }];
    });
    targets.push({
      id: entry.id,
      file,
      data,
      href: `/targets/#${entry.id}`,
      figure: formatFigure(data.value, data.unit),
      sources,
      actions: actionOrder(sources.flatMap((s) => actionsOf(s.point))),
    });
  }
  targets.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));

  // ---- Terms ------------------------------------------------------------------------------
  const termEntries = await getCollection('terms');
  const formOwner = new Map<string, string>();
  const terms: Term[] = [];
  for (const entry of termEntries) {
    const file = fileOf(entry, 'terms');
    const { data } = entry;
    const forms = [data.term, ...data.aliases];
    forms.forEach((form, i) => {
      const field = i === 0 ? 'term' : `aliases[${i - 1}]`;
      const owner = formOwner.get(form);
      if (owner) errors.push(new ContentError(file, field, `术语 “${form}” 已在 ${owner} 中收录`, '同一个术语只收录一次：删去这个文件或这个别名'));
      else formOwner.set(form, file);
    });
    let source: Term['source'];
    if (isClauseSource(data.source)) {
      const p = onePoint(file, 'source.clause', data.source.clause);
      if (p && !p.scope.text.includes(data.source.quote)) {
        errors.push(new ContentError(file, 'source.quote', `“${data.source.quote}” 不在条款 ${p.ref} 的原文中`, '从该条原文中逐字复制下定义的文字'));
      }
      if (!p) continue;
      source = { kind: 'clause', point: p, quote: data.source.quote };
    } else {
      source = { kind: 'public', title: data.source.title, issuer: data.source.issuer, date: data.source.date };
    }
    terms.push({ id: entry.id, file, data, href: `/glossary/#${entry.id}`, forms, source, occurrences: [] });
  }
  terms.sort((a, b) => a.data.term.localeCompare(b.data.term, 'zh-CN'));
  const termById = new Map(terms.map((t) => [t.id, t]));
  const patterns: TermPattern[] = terms.map((t) => ({ id: t.id, forms: t.forms, mode: t.data.match }));

  const blockTermCache = new Map<PolicyBlock, BlockTerms>();
  const blockTerms = (block: PolicyBlock): BlockTerms => {
    const cached = blockTermCache.get(block);
    if (cached) return cached;
    const result: BlockTerms = { marks: [], notes: [] };
    if (block.kind === 'clause' || block.kind === 'paragraph') {
      for (const match of firstOccurrences(findTerms(plainText(block.text), patterns))) {
        const term = termById.get(match.id);
        if (!term) continue;
        const id = termNoteId(block.id, term.id);
        result.marks.push({ start: match.start, end: match.end, href: `#${id}` });
        result.notes.push({ term, id });
      }
    }
    blockTermCache.set(block, result);
    return result;
  };

  for (const doc of lib.texts) {
    for (const block of doc.blocks) {
      const scopeId = scopeIdOf(block);
      const p = scopeId ? point(`${doc.id}#${scopeId}`) : null;
      if (!p) continue;
      for (const { term, id } of blockTerms(block).notes) {
        term.occurrences.push({
          doc,
          block,
          point: p,
          href: clauseHref({ policy: doc.id, clause: block.id }),
          noteHref: `/policies/${doc.id}/#${id}`,
        });
      }
    }
  }
  for (const term of terms) {
    if (term.occurrences.length === 0) {
      const how = term.data.match === 'quoted' ? `“${term.data.term}”（带引号）` : term.data.term;
      errors.push(new ContentError(term.file, 'term', `文件中没有出现 ${how}`, '核对写法；文件中不带引号时把 match 写成 plain'));
    }
  }

  throwIfAny(errors);
  return {
    actions,
    brands,
    targets,
    terms,
    action: (id) => actions.find((a) => a.id === id),
    brand: (id) => brands.find((b) => b.id === id),
    blockTerms,
  };
}

// ---- Views used by pages and by other sections -------------------------------------------

/** The five actions for the home page: name, work plan clause and implementation plan. */
export interface ActionSummary {
  id: string;
  name: string;
  shortName: string;
  /** The action's page, /actions/<id>/. */
  href: string;
  /** The work plan clause: reference, URL, printed label (二、1.) and citation. */
  workplanClause: { ref: string; href: string; label: string; citation: string };
  /** The implementation plan (id, title, URL), or null where 13号 issues none. */
  plan: { id: string; title: string; shortTitle: string; href: string } | null;
}

/** The five actions in the work plan's order, with their clause and plan: what the home page lists. */
export async function listActions(): Promise<ActionSummary[]> {
  const { actions } = await loadProgramme();
  return actions.map((a) => ({
    id: a.id,
    name: a.data.name,
    shortName: a.data.shortName,
    href: a.href,
    workplanClause: { ref: a.workplan.ref, href: a.workplan.href, label: a.workplan.label, citation: a.workplan.citation },
    plan: a.plan ? { id: a.plan.id, title: a.plan.data.title, shortTitle: a.plan.data.shortTitle, href: `/policies/${a.plan.id}/` } : null,
  }));
}

/** The terms that occur in the clauses of an action: its work plan clause and its plan. */
export function termsOfAction(prog: Programme, action: Action): Term[] {
  return prog.terms.filter((term) =>
    term.occurrences.some((o) => o.point.ref === action.workplan.ref || (action.plan !== null && o.doc.id === action.plan.id)),
  );
}

/** Back-links from clauses to the action pages: the work plan clause, related clauses, the plan's headings. */
export async function actionClauseLinks(): Promise<Array<{ ref: string; link: ClauseLink }>> {
  const { actions } = await loadProgramme();
  return actions.flatMap((action) => {
    const label = action.data.shortName;
    const own = [action.workplan, ...action.related].map((p) => ({ ref: p.ref, link: { kind: 'action' as const, href: action.href, label } }));
    const plan = action.plan;
    const outline = plan
      ? plan.blocks
          .filter((b) => b.kind === 'clause' && b.depth <= 2)
          .map((b) => ({ ref: `${plan.id}#${b.id}`, link: { kind: 'action' as const, href: `${action.href}#${outlineAnchor(b.id)}`, label } }))
      : [];
    return [...own, ...outline];
  });
}

/** Back-links from every clause that names a brand to that commitment on the brand's page. */
export async function brandClauseLinks(): Promise<Array<{ ref: string; link: ClauseLink }>> {
  const { brands } = await loadProgramme();
  return brands.flatMap((brand) =>
    brand.mentions.map((m) => ({ ref: m.point.ref, link: { kind: 'brand' as const, href: `${brand.href}#${m.anchor}`, label: brand.data.name } })),
  );
}

/** Back-links from every clause that sets a target to the target's row on /targets/. */
export async function targetClauseLinks(): Promise<Array<{ ref: string; link: ClauseLink }>> {
  const { targets } = await loadProgramme();
  return targets.flatMap((target) =>
    target.sources.map((s) => ({
      ref: s.point.ref,
      link: { kind: 'target' as const, href: target.href, label: `${target.data.title} ${target.figure}` },
    })),
  );
}

// ---- Hook for the sections that point at actions and brands (events, stories) -------------

/** A page of another section that belongs to actions or brands: an event or a story. */
export interface RelatedPage {
  kind: 'event' | 'story';
  /** Root-relative URL of the page. */
  href: string;
  title: string;
  /** How its date reads, e.g. 2021 年 5–6 月 or 日期待定; optional. */
  dateLabel?: string;
  /** YYYY-MM-DD for sorting, if known. */
  sortDate?: string;
  /** A sample (示例) entry, shown with that mark. */
  sample?: boolean;
  /** Ids of the actions and brands it belongs to. */
  actions: readonly string[];
  brands: readonly string[];
}

export type RelatedPageSource = () => Promise<RelatedPage[]>;

/**
 * Sections whose pages belong to actions and brands register a loader here (one line each, like
 * the sources in clause-links.ts). The action and brand pages list what they return, under
 * 活动 and 巾帼故事, and leave the section out while there is nothing.
 */
const relatedPageSources: RelatedPageSource[] = [eventRelatedPages, storyRelatedPages];

/** The events and stories that belong to an action or a brand, newest first. */
export async function relatedPages(filter: { action?: string; brand?: string }): Promise<{ events: RelatedPage[]; stories: RelatedPage[] }> {
  const all = (await Promise.all(relatedPageSources.map((source) => source()))).flat();
  const matching = all
    .filter((p) => (!filter.action || p.actions.includes(filter.action)) && (!filter.brand || p.brands.includes(filter.brand)))
    .sort((a, b) => (b.sortDate ?? '').localeCompare(a.sortDate ?? ''));
  return { events: matching.filter((p) => p.kind === 'event'), stories: matching.filter((p) => p.kind === 'story') };
}

/** Ids of the actions and brands, for other sections' reference checks (checkIds in refs.ts). */
export async function programmeIds(): Promise<{ actions: ReadonlySet<string>; brands: ReadonlySet<string> }> {
  const { actions, brands } = await loadProgramme();
  return { actions: new Set(actions.map((a) => a.id)), brands: new Set(brands.map((b) => b.id)) };
}
