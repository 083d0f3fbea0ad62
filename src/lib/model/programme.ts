/**
 * The programme the texts set up: the actions, the brands, the quantified targets and the set
 * phrases (terms), each tied to the clauses behind it. Pure: it takes the policy library and plain
 * entries; a bad reference, a quote that is not in its clause or a duplicate becomes a problem
 * naming the file, the field, the value and the fix.
 *
 * What is computed rather than written by hand:
 * - a brand's commitments: every clause whose text names the brand or one of its aliases;
 * - the actions of a brand mention or a target: the actions its clauses belong to;
 * - the year of a target: the year of the documents that set it;
 * - where each term occurs, and the note shown under each block of a policy text that uses it.
 */
import { actionsOfClause, scopeIdOf, type ActionAnchor } from '../clause-scope';
import { clauseHref } from '../citation';
import { namesIn, sentencesNaming } from '../brand-mentions';
import { findTerms, firstOccurrences, type TermPattern, type TextMark } from '../term-match';
import { plainText, type PolicyBlock } from '../policy-text';
import { formatFigure } from '../figures';
import type { ActionData } from '../../schemas/action';
import type { BrandData } from '../../schemas/brand';
import type { TargetData } from '../../schemas/target';
import { isClauseSource, type TermData } from '../../schemas/term';
import { checkIds, type Entry, type Problems } from './entries';
import type { ClauseIndex, ClausePoint } from './clauses';
import { isTextDoc, squash, type AnyDoc, type PolicyLibrary, type TextDoc } from './policies';
import type { Registration } from './registry';

export interface Action {
  id: string;
  file: string;
  data: ActionData;
  href: string;
  /** The work plan clauses that launch or carry it, oldest year first. */
  workplanClauses: ClausePoint[];
  /** Its implementation plans, oldest year first (none for an action without one). */
  plans: TextDoc[];
  /** The programme years whose documents carry it, oldest first. */
  years: number[];
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
  /** Actions of its mentions, in the actions' order. */
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
  /** Actions of its clauses, in the actions' order; empty for a target outside the actions. */
  actions: string[];
  /** The programme year of the documents that set it. */
  year: number;
}

/** A block of a policy text where a term occurs. */
export interface TermOccurrence {
  doc: TextDoc;
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
  /** The actions a clause belongs to, in the actions' order. */
  actionsOf: (point: ClausePoint) => string[];
  /** The terms of a block of a policy text (none for headings and unknown blocks). */
  blockTerms: (block: PolicyBlock) => BlockTerms;
}

export interface ProgrammeEntries {
  actions: readonly Entry<ActionData>[];
  brands: readonly Entry<BrandData>[];
  targets: readonly Entry<TargetData>[];
  terms: readonly Entry<TermData>[];
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
export function outlineAnchor(planId: string, clauseId: string): string {
  return `plan-${planId}-${clauseId}`;
}

const byOrder = <T extends { data: { order: number }; id: string }>(a: T, b: T) => a.data.order - b.data.order || a.id.localeCompare(b.id);

function buildActions(entries: ProgrammeEntries['actions'], lib: PolicyLibrary, clauses: ClauseIndex, problems: Problems): Action[] {
  const actions: Action[] = [];
  const orders = new Map<number, string>();
  for (const entry of [...entries].sort(byOrder)) {
    const { file, data } = entry;
    const previous = orders.get(data.order);
    if (previous) problems.add(file, 'order', `顺序号 ${data.order} 已被 ${previous} 使用`, '每项行动用不同的 order');
    orders.set(data.order, entry.id);
    const workplanClauses = clauses.points(file, 'workplanClauses', data.workplanClauses, problems);
    workplanClauses.forEach((p, i) => {
      const year = lib.years.find((y) => y.year === p.year);
      if (year && p.doc !== year.workplan) {
        problems.add(
          file,
          `workplanClauses[${i}]`,
          `${p.ref} 不在 ${p.year} 年的工作要点（${year.workplan.id}）中`,
          `写成 ${year.workplan.id}#… 形式的条款`,
        );
      }
    });
    const plans = data.plans.flatMap((id, i) => {
      const doc = lib.byId.get(id);
      if (doc && isTextDoc(doc)) return [doc];
      problems.add(
        file,
        `plans[${i}]`,
        `实施方案 “${id}” 不存在`,
        `写成已有文本之一：${lib.texts.map((t) => t.id).join('、')}；没有实施方案时删去这一项`,
      );
      return [];
    });
    const variants = data.variants.map((variant, i) => {
      const points = clauses.points(file, `variants[${i}].clauses`, variant.clauses, problems);
      points.forEach((p, j) => {
        if (!p.scope.text.includes(variant.name)) {
          problems.add(file, `variants[${i}].clauses[${j}]`, `条款 ${p.ref} 中没有 “${variant.name}”`, '核对写法，或改成确实这样写的条款');
        }
      });
      return { name: variant.name, clauses: points };
    });
    if (variants.length > 0 && !data.variantsNote) {
      problems.add(file, 'variantsNote', '列出了名称的不同写法，但没有说明', '加上 variantsNote，向读者说明这些写法指的是同一项行动');
    }
    const related = clauses.points(file, 'relatedClauses', data.relatedClauses, problems);
    if (workplanClauses.length === 0) continue;
    const years = [...new Set([...workplanClauses.map((p) => p.year), ...plans.map((p) => p.year)])].sort((a, b) => a - b);
    actions.push({ id: entry.id, file, data, href: `/actions/${entry.id}/`, workplanClauses, plans, years, variants, related });
  }
  return actions;
}

function buildBrands(
  entries: ProgrammeEntries['brands'],
  clauses: ClauseIndex,
  actionsOf: (p: ClausePoint) => string[],
  actionOrder: (ids: Iterable<string>) => string[],
  problems: Problems,
): Brand[] {
  const sorted = [...entries].sort(byOrder);
  const brandIds = new Set(sorted.map((e) => e.id));
  const nameOwner = new Map<string, string>();
  // Joint work names (川渝巧姐) name both partners.
  const jointNames = new Map<string, string[]>();
  for (const entry of sorted) {
    const joint = entry.data.partner?.joint;
    if (!joint) continue;
    for (const id of [entry.id, entry.data.partner?.brand ?? '']) jointNames.set(id, [...(jointNames.get(id) ?? []), joint]);
  }
  const textPoints = clauses.textPoints();
  const brands: Brand[] = [];
  for (const entry of sorted) {
    const { file, data } = entry;
    [data.name, ...data.aliases].forEach((name, i) => {
      const field = i === 0 ? 'name' : `aliases[${i - 1}]`;
      const owner = nameOwner.get(name);
      if (owner) problems.add(file, field, `“${name}” 已是品牌 ${owner} 的名称或别名`, '一个名称只能属于一个品牌；删去重复的一处');
      else nameOwner.set(name, entry.id);
    });
    const names = [...new Set([data.name, ...data.aliases, ...(jointNames.get(entry.id) ?? [])])];

    const fieldClause = clauses.one(file, 'fieldClause', data.fieldClause, problems);
    if (fieldClause && !(fieldClause.scope.text.includes(data.field) && namesIn(fieldClause.scope.text, names).length > 0)) {
      problems.add(
        file,
        'fieldClause',
        `条款 ${fieldClause.ref} 没有同时写到 “${data.name}” 和 “${data.field}”`,
        '改成把品牌和它的领域写在一起的条款，例如 workplan-2021#s2-4',
      );
    }

    let partner: Brand['partner'] = null;
    if (data.partner) {
      const p = data.partner;
      if (!brandIds.has(p.brand)) problems.add(file, 'partner.brand', `品牌 “${p.brand}” 不存在`, `写成已有品牌之一：${[...brandIds].join('、')}`);
      if (p.brand === entry.id) problems.add(file, 'partner.brand', '合作品牌不能是自己', '写成另一省的品牌编号');
      const clause = clauses.one(file, 'partner.clause', p.clause, problems);
      const other = sorted.find((e) => e.id === p.brand);
      if (clause && other) {
        for (const name of [data.name, other.data.name]) {
          if (!clause.scope.text.includes(name))
            problems.add(file, 'partner.clause', `条款 ${clause.ref} 中没有 “${name}”`, '改成同时写到两个品牌的条款');
        }
        if (p.joint && !clause.scope.text.includes(p.joint))
          problems.add(file, 'partner.joint', `条款 ${clause.ref} 中没有 “${p.joint}”`, '核对联合品牌的写法');
      }
      if (clause) partner = { brand: p.brand, clause, joint: p.joint };
    }

    // Every clause that names the brand is a commitment; none can be left out.
    const mentions: BrandMention[] = textPoints.flatMap((point) => {
      const used = namesIn(point.scope.text, names);
      if (used.length === 0) return [];
      const sentences = point.scope.blocks.flatMap((block, i) => {
        const text = plainText(block.text);
        return sentencesNaming(i === 0 && block.marker ? text.slice(block.marker.length) : text, names);
      });
      return [{ point, sentences, names: used, note: undefined, anchor: mentionAnchor(point.ref), actions: actionsOf(point) }];
    });
    if (mentions.length === 0) problems.add(file, 'name', `没有任何条款写到 “${data.name}”`, '核对品牌名称的写法，或在 aliases 中加上文件里的写法');
    data.notes.forEach((n, i) => {
      const clause = clauses.one(file, `notes[${i}].clause`, n.clause, problems);
      if (!clause) return;
      const mention = mentions.find((m) => m.point.ref === clause.ref);
      if (!mention) problems.add(file, `notes[${i}].clause`, `条款 ${clause.ref} 没有写到这个品牌`, '注释只能加在写到品牌名称或别名的条款上');
      else mention.note = n.note;
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
    else if (other?.partner && other.partner.brand !== brand.id) {
      problems.add(
        other.file,
        'partner.brand',
        `${other.id} 已与 ${other.partner.brand} 配对，不能再与 ${brand.id} 配对`,
        '每个品牌只写一个合作品牌',
      );
    }
  }
  return brands;
}

function buildTargets(
  entries: ProgrammeEntries['targets'],
  brandIds: ReadonlySet<string>,
  clauses: ClauseIndex,
  actionsOf: (p: ClausePoint) => string[],
  actionOrder: (ids: Iterable<string>) => string[],
  problems: Problems,
): Target[] {
  const targets: Target[] = [];
  for (const entry of entries) {
    const { file, data } = entry;
    problems.push(...checkIds(file, 'brands', data.brands, brandIds, '品牌'));
    const sources = data.sources.flatMap((source, i) => {
      const p = clauses.one(file, `sources[${i}].clause`, source.clause, problems);
      if (!p) return [];
      if (!p.scope.text.includes(source.quote)) {
        problems.add(
          file,
          `sources[${i}].quote`,
          `“${source.quote}” 不在条款 ${p.ref} 的原文中`,
          '从该条原文中逐字复制设定目标的文字（包括空格和标点）',
        );
        return [];
      }
      return [{ point: p, quote: source.quote }];
    });
    const years = [...new Set(sources.map((s) => s.point.year))];
    if (years.length > 1)
      problems.add(file, 'sources', `出处条款分属 ${years.join('、')} 年的文件`, '一项目标只引用同一年度的文件；另一年度的目标另写一个文件');
    const first = sources[0];
    if (!first) continue;
    targets.push({
      id: entry.id,
      file,
      data,
      href: `/targets/#${entry.id}`,
      figure: formatFigure(data.value, data.unit),
      sources,
      actions: actionOrder(sources.flatMap((s) => actionsOf(s.point))),
      year: first.point.year,
    });
  }
  return targets.sort((a, b) => a.year - b.year || a.data.order - b.data.order || a.id.localeCompare(b.id));
}

function buildTerms(entries: ProgrammeEntries['terms'], lib: PolicyLibrary, clauses: ClauseIndex, problems: Problems) {
  const formOwner = new Map<string, string>();
  const terms: Term[] = [];
  for (const entry of entries) {
    const { file, data } = entry;
    const forms = [data.term, ...data.aliases];
    forms.forEach((form, i) => {
      const field = i === 0 ? 'term' : `aliases[${i - 1}]`;
      const owner = formOwner.get(form);
      if (owner) problems.add(file, field, `术语 “${form}” 已在 ${owner} 中收录`, '同一个术语只收录一次：删去这个文件或这个别名');
      else formOwner.set(form, file);
    });
    let source: Term['source'];
    if (isClauseSource(data.source)) {
      const p = clauses.one(file, 'source.clause', data.source.clause, problems);
      if (p && !p.scope.text.includes(data.source.quote)) {
        problems.add(file, 'source.quote', `“${data.source.quote}” 不在条款 ${p.ref} 的原文中`, '从该条原文中逐字复制下定义的文字');
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
      const point = scopeId ? clauses.point(`${doc.id}#${scopeId}`) : null;
      if (!point) continue;
      for (const { term, id } of blockTerms(block).notes) {
        term.occurrences.push({ doc, block, point, href: clauseHref({ policy: doc.id, clause: block.id }), noteHref: `/policies/${doc.id}/#${id}` });
      }
    }
  }
  for (const term of terms) {
    if (term.occurrences.length === 0) {
      const how = term.data.match === 'quoted' ? `“${term.data.term}”（带引号）` : term.data.term;
      problems.add(term.file, 'term', `文件中没有出现 ${how}`, '核对写法；文件中不带引号时把 match 写成 plain');
    }
  }
  return { terms, blockTerms };
}

export function buildProgramme(entries: ProgrammeEntries, lib: PolicyLibrary, clauses: ClauseIndex, problems: Problems): Programme {
  const actions = buildActions(entries.actions, lib, clauses, problems);
  const anchors: ActionAnchor[] = actions.map((a) => ({
    id: a.id,
    workplanClauses: a.workplanClauses.map((p) => ({ policy: p.doc.id, clause: p.scope.id })),
    plans: a.plans.map((p) => p.id),
    related: a.related.map((p) => p.ref),
  }));
  const actionOrder = (ids: Iterable<string>) => {
    const wanted = new Set(ids);
    return actions.map((a) => a.id).filter((id) => wanted.has(id));
  };
  const actionsOf = (p: ClausePoint) => actionsOfClause({ policy: p.doc.id, clause: p.scope.id }, anchors);
  const brands = buildBrands(entries.brands, clauses, actionsOf, actionOrder, problems);
  const targets = buildTargets(entries.targets, new Set(entries.brands.map((b) => b.id)), clauses, actionsOf, actionOrder, problems);
  const { terms, blockTerms } = buildTerms(entries.terms, lib, clauses, problems);
  return {
    actions,
    brands,
    targets,
    terms,
    action: (id) => actions.find((a) => a.id === id),
    brand: (id) => brands.find((b) => b.id === id),
    actionsOf,
    blockTerms,
  };
}

/** The terms that occur in the clauses of an action: its work plan clauses and its plans. */
export function termsOfAction(prog: Programme, action: Action): Term[] {
  const refs = new Set(action.workplanClauses.map((p) => p.ref));
  const plans = new Set<AnyDoc>(action.plans);
  return prog.terms.filter((term) => term.occurrences.some((o) => refs.has(o.point.ref) || plans.has(o.doc)));
}

/** The programme's back-links: actions (their clauses and plan outlines), brands (each commitment), targets (each source). */
export function programmeRegistrations(prog: Programme): Registration[] {
  const actionLinks = prog.actions.flatMap((action) => {
    const link = (href: string) => ({ href, label: action.data.shortName });
    const own = [...action.workplanClauses, ...action.related].map((p) => ({ ref: p.ref, link: link(action.href) }));
    const outline = action.plans.flatMap((plan) =>
      plan.blocks
        .filter((b) => b.kind === 'clause' && b.depth <= 2)
        .map((b) => ({ ref: `${plan.id}#${b.id}`, link: link(`${action.href}#${outlineAnchor(plan.id, b.id)}`) })),
    );
    return [...own, ...outline];
  });
  const brandLinks = prog.brands.flatMap((brand) =>
    brand.mentions.map((m) => ({ ref: m.point.ref, link: { href: `${brand.href}#${m.anchor}`, label: brand.data.name } })),
  );
  const targetLinks = prog.targets.flatMap((target) =>
    target.sources.map((s) => ({
      ref: s.point.ref,
      // The figure after the target (培训妇女 20 万人次), unless the title already says it (编制“十四五”时期…规划).
      link: {
        href: target.href,
        label: squash(target.data.title).includes(squash(target.figure)) ? target.data.title : `${target.data.title} ${target.figure}`,
      },
    })),
  );
  return [
    { kind: 'action', names: { short: 'clause.kind.action', group: 'related.kind.action' }, clauseLinks: actionLinks },
    { kind: 'brand', names: { short: 'clause.kind.brand', group: 'related.kind.brand' }, clauseLinks: brandLinks },
    { kind: 'target', names: { short: 'clause.kind.target', group: 'related.kind.target' }, clauseLinks: targetLinks },
  ];
}
