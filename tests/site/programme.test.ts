/**
 * Actions, brands, targets and terms, traced both ways to the clauses behind them (issue 3).
 *
 * Everything expected here is computed from the sources, never hand-listed: the clauses that name
 * a brand are found in the texts (content/policies) with the brand's names (content/brands), the
 * figures and time limits in the texts are found by src/lib/commitment-scan.ts (what is not a
 * commitment is listed, with reasons, in content/target-exclusions.yaml), and the terms come from
 * the glossary page itself. Bad programme content is tested without a build in
 * tests/unit/model-programme.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Page } from 'playwright-core';
import { openPage, withPage } from '../support/browser';
import { readPolicies } from '../support/content';
import { CONTENT } from '../support/paths';
import { clauseScopes, type ClauseScope } from '../../src/lib/clause-scope';
import { coveredBy, scanFigures } from '../../src/lib/commitment-scan';
import { plainText } from '../../src/lib/policy-text';
import { t } from '../../src/lib/i18n';

// ---- Sources ------------------------------------------------------------------------------

const texts = readPolicies().filter((p) => p.data.kind === 'text');
const scopesOf = new Map(texts.map((doc) => [doc.id, new Map(clauseScopes(doc.blocks).map((s) => [s.id, s]))]));
const allScopes = texts.flatMap((doc) => [...(scopesOf.get(doc.id)?.values() ?? [])].map((scope) => ({ doc: doc.id, scope })));

function readEntries<T>(folder: string): Array<{ id: string; data: T }> {
  const dir = join(CONTENT, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ id: basename(name, '.yaml'), data: parseYaml(readFileSync(join(dir, name), 'utf8')) as T }));
}

interface BrandSource {
  name: string;
  aliases?: string[];
  partner?: { brand: string; joint?: string };
}
interface ActionSource {
  name: string;
  workplanClauses: string[];
  plans?: string[];
}

const brands = readEntries<BrandSource>('brands');
/** Every name of a brand: its name, aliases, and the joint work it shares with its partner. */
const brandNames = new Map(
  brands.map(({ id, data }) => {
    const joints = brands
      .filter((b) => b.id === id || b.data.partner?.brand === id)
      .flatMap((b) => (b.data.partner?.brand && b.data.partner.joint ? [b.data.partner.joint] : []));
    const own = data.partner?.joint ? [data.partner.joint] : [];
    return [id, [...new Set([data.name, ...(data.aliases ?? []), ...own, ...joints])]];
  }),
);
const actions = readEntries<ActionSource>('actions');

/** The clauses (policy-id#clause-id) whose text names a brand, computed from the texts. */
function clausesNaming(id: string): string[] {
  const names = brandNames.get(id) ?? [];
  return allScopes.filter(({ scope }) => names.some((n) => scope.text.includes(n))).map(({ doc, scope }) => `${doc}#${scope.id}`);
}

const policyPath = (ref: string) => `/policies/${ref.split('#')[0]}/`;
const fragment = (ref: string) => ref.split('#')[1] ?? '';

/** The back-links shown next to each clause of a policy page: clause id → hrefs. */
const backLinkCache = new Map<string, Promise<Map<string, string[]>>>();
function backLinks(path: string): Promise<Map<string, string[]>> {
  let links = backLinkCache.get(path);
  if (!links) {
    links = withPage(path, { javaScript: false }, (page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('.clause[id]')].map((clause) => [
          clause.id,
          [...clause.querySelectorAll(':scope > .clause-tools .clause-links a')].map((a) => a.getAttribute('href') ?? ''),
        ]),
      ),
    ).then((pairs) => new Map(pairs as Array<[string, string[]]>));
    backLinkCache.set(path, links);
  }
  return links;
}

/** Hrefs of the links inside a part of a page. */
function hrefsIn(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .first()
    .evaluate((root) => [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''));
}

// ---- Brands -------------------------------------------------------------------------------

describe('brands', () => {
  test('every brand is named in the texts', () => {
    for (const { id } of brands) expect(clausesNaming(id), id).not.toEqual([]);
  });

  test.each(brands.map((b) => b.id))('every clause that names %s links to its page, and its page links back to each', async (id) => {
    const expected = clausesNaming(id);
    const listed = await withPage(`/brands/${id}/`, { javaScript: false }, (page) => hrefsIn(page, 'section:has(> #commitments)'));
    const problems: string[] = [];
    for (const ref of expected) {
      const back = (await backLinks(policyPath(ref))).get(fragment(ref)) ?? [];
      if (!back.some((href) => href.startsWith(`/brands/${id}/#`))) problems.push(`${ref}: no link to /brands/${id}/ next to the clause`);
      if (!listed.includes(`${policyPath(ref)}#${fragment(ref)}`)) problems.push(`${ref}: not listed on /brands/${id}/`);
    }
    // And the page lists nothing else: every clause it quotes names the brand.
    for (const href of listed.filter((h) => h.startsWith('/policies/'))) {
      const [path, clause] = href.split('#');
      const ref = `${path?.split('/')[2]}#${clause}`;
      if (!expected.includes(ref)) problems.push(`/brands/${id}/ lists ${href}, which does not name the brand`);
    }
    expect(problems.join('\n')).toBe('');
  });

  test('a reader goes from 巴渝网姐 to the clause that says “网姐” and back in one click each way', async () => {
    const ref = clausesNaming('wangjie').find((r) => r.startsWith('chengyu-circle#'));
    expect(ref).toBeDefined();
    const page = await openPage('/brands/wangjie/', { javaScript: false });
    await page
      .locator(`#commitments ~ * a[href="${policyPath(ref!)}#${fragment(ref!)}"]`)
      .first()
      .click();
    await page.waitForURL(new RegExp(`${policyPath(ref!)}#${fragment(ref!)}$`));
    const clause = page.locator(`[id="${fragment(ref!)}"]`);
    expect(await clause.innerText()).toContain('网姐');
    await clause.locator('.clause-links a[href^="/brands/wangjie/"]').click();
    await page.waitForURL(/\/brands\/wangjie\/#c-/);
    const target = page.locator(':target');
    expect(await target.innerText()).toContain('网姐');
    await page.context().close();
  });
});

// ---- Actions ------------------------------------------------------------------------------

describe('actions', () => {
  test.each(actions.map((a) => [a.id, a.data] as const))('%s links to its work plan clauses, which link back', async (id, data) => {
    const hrefs = await withPage(`/actions/${id}/`, { javaScript: false }, (page) => hrefsIn(page, '.action-year'));
    for (const clause of data.workplanClauses) {
      expect(hrefs).toContain(`${policyPath(clause)}#${fragment(clause)}`);
      const back = (await backLinks(policyPath(clause))).get(fragment(clause)) ?? [];
      expect(back).toContain(`/actions/${id}/`);
    }
  });

  test.each(actions.flatMap((a) => (a.data.plans ?? []).map((plan) => [a.id, plan] as const)))(
    '%s outlines every clause of its plan, and the plan’s headings link back',
    async (id, plan) => {
      const doc = texts.find((d) => d.id === plan);
      expect(doc, plan).toBeDefined();
      const clauses = doc!.blocks.filter((b) => b.kind === 'clause');
      const outline = await withPage(`/actions/${id}/`, { javaScript: false }, (page) => hrefsIn(page, `nav:has(#plan-outline-${plan})`));
      const missing = clauses.filter((c) => !outline.includes(`/policies/${plan}/#${c.id}`)).map((c) => c.label);
      expect(missing.join('、')).toBe('');
      const back = await backLinks(`/policies/${plan}/`);
      const noLink = clauses
        .filter((c) => c.depth <= 2 && !(back.get(c.id) ?? []).includes(`/actions/${id}/#plan-${plan}-${c.id}`))
        .map((c) => c.label);
      expect(noLink.join('、')).toBe('');
    },
  );

  test.each(actions.filter((a) => (a.data.plans ?? []).length === 0).map((a) => a.id))(
    '%s says plainly that it has no implementation plan',
    async (id) => {
      const text = await withPage(`/actions/${id}/`, { javaScript: false }, (page) => page.locator('.action-year').first().innerText());
      expect(text).toContain(t('action.noPlan', { docNumbers: '渝妇发〔2021〕12号、渝妇发〔2021〕13号' }));
    },
  );
});

// ---- Targets ------------------------------------------------------------------------------

interface TargetRow {
  id: string;
  sources: Array<{ href: string; quote: string }>;
}

function targetRows(): Promise<TargetRow[]> {
  return withPage('/targets/', { javaScript: false }, (page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('table tbody tr[id]')].map((row) => ({
        id: row.id,
        sources: [...row.querySelectorAll('td li')].map((li) => ({
          href: li.querySelector('a')?.getAttribute('href') ?? '',
          quote: li.querySelector('q')?.textContent ?? '',
        })),
      })),
    ),
  );
}

function scopeAt(href: string): ClauseScope | undefined {
  const [path, clause] = href.split('#');
  return scopesOf.get(path?.split('/')[2] ?? '')?.get(clause ?? '');
}

/** The figures of the texts that are not commitments, each with its reason (content/target-exclusions.yaml). */
const exclusions = parseYaml(readFileSync(join(CONTENT, 'target-exclusions.yaml'), 'utf8')) as Array<{
  clause: string;
  figures: string[];
  reason: string;
}>;

describe('targets', () => {
  test('every target cites at least one clause, and its quoted words are in that clause', async () => {
    const rows = await targetRows();
    expect(rows.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const row of rows) {
      if (row.sources.length === 0) problems.push(`#${row.id}: cites no clause`);
      for (const { href, quote } of row.sources) {
        const scope = scopeAt(href);
        if (!scope) problems.push(`#${row.id}: ${href} is not a clause of the texts`);
        else if (!quote || !scope.text.includes(quote)) problems.push(`#${row.id}: “${quote}” is not in ${href}`);
      }
    }
    expect(problems.join('\n')).toBe('');
  });

  test('each clause that sets a target links back to its row', async () => {
    const problems: string[] = [];
    for (const row of await targetRows()) {
      for (const { href } of row.sources) {
        const [path, clause] = href.split('#');
        const back = (await backLinks(path ?? '')).get(clause ?? '') ?? [];
        if (!back.includes(`/targets/#${row.id}`)) problems.push(`${href} has no link to /targets/#${row.id}`);
      }
    }
    expect(problems.join('\n')).toBe('');
  });

  test('every figure and time limit the texts write is a target on the page, or listed as not a commitment', async () => {
    const rows = await targetRows();
    const quoted = new Map<string, string[]>();
    for (const { href, quote } of rows.flatMap((r) => r.sources)) quoted.set(href, [...(quoted.get(href) ?? []), quote]);
    const problems: string[] = [];
    for (const { doc, scope } of allScopes) {
      const ref = `${doc}#${scope.id}`;
      // The clause's own printed number (1. 二、) is structure, not a figure.
      const from = scope.head.kind === 'clause' ? (scope.head.marker?.length ?? 0) : 0;
      const onPage = quoted.get(`/policies/${doc}/#${scope.id}`) ?? [];
      const left = scanFigures(scope.text)
        .filter((figure) => figure.start >= from && !coveredBy(scope.text, figure, onPage))
        .map((figure) => figure.text.trim())
        .sort();
      const excluded = exclusions
        .filter((e) => e.clause === ref)
        .flatMap((e) => e.figures)
        .sort();
      if (left.join('|') !== excluded.join('|'))
        problems.push(`${ref}: not on the page ${JSON.stringify(left)}, listed as not a commitment ${JSON.stringify(excluded)}`);
    }
    expect(problems.join('\n')).toBe('');
    for (const exclusion of exclusions) expect(exclusion.reason.length, `${exclusion.clause} gives a reason`).toBeGreaterThan(8);
  });

  test('a name is not a target: no row quotes 百万巾帼志愿者', async () => {
    const rows = await targetRows();
    expect(rows.flatMap((r) => r.sources).filter((s) => s.quote.includes('百万巾帼志愿者'))).toEqual([]);
  });

  test('on a 320 px phone each target reads as a card that names its columns', async () => {
    const page = await openPage('/targets/', { width: 320, javaScript: false });
    const row = page.locator('table tbody tr[id]').first();
    const cell = row.locator('td').first();
    const label = await cell.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(label).toContain(t('target.col.figure'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

// ---- Terms --------------------------------------------------------------------------------

interface GlossaryEntry {
  id: string;
  forms: string[];
  match: 'quoted' | 'plain';
  explanation: string;
}

function glossary(): Promise<GlossaryEntry[]> {
  return withPage('/glossary/', { javaScript: false }, (page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('[data-term-forms]')].map((el) => ({
        id: el.id,
        forms: JSON.parse(el.getAttribute('data-term-forms') ?? '[]') as string[],
        match: (el.getAttribute('data-term-match') ?? 'quoted') as 'quoted' | 'plain',
        explanation: el.querySelector('.term__explanation')?.textContent?.trim() ?? '',
      })),
    ),
  );
}

describe('terms', () => {
  test('every term that occurs in a text is explained where it occurs', async () => {
    const terms = await glossary();
    expect(terms.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const doc of texts) {
      const expected = doc.blocks.flatMap((block) => {
        if (block.kind !== 'clause' && block.kind !== 'paragraph') return [];
        const text = plainText(block.text);
        return terms
          .filter((term) => term.forms.some((form) => text.includes(term.match === 'quoted' ? `“${form}”` : form)))
          .map((term) => ({ block: block.id, term }));
      });
      if (expected.length === 0) continue;
      const found = await withPage(`/policies/${doc.id}/`, { javaScript: false }, (page) =>
        page.evaluate(
          (pairs) =>
            pairs.map(({ block, id }) => {
              const noteId = `term-${block}-${id}`;
              const note = document.getElementById(noteId);
              return {
                block,
                id,
                linked: Boolean(document.getElementById(block)?.querySelector(`a[href="#${noteId}"]`)),
                note: note?.closest('div')?.textContent ?? null,
              };
            }),
          expected.map(({ block, term }) => ({ block, id: term.id })),
        ),
      );
      for (const { block, id, linked, note } of found) {
        const term = terms.find((x) => x.id === id)!;
        if (note === null) problems.push(`${doc.id}#${block}: no note for ${id}`);
        else if (!note.includes(term.explanation)) problems.push(`${doc.id}#${block}: the note for ${id} does not give the glossary’s explanation`);
        if (!linked) problems.push(`${doc.id}#${block}: ${id} in the text does not link to its note`);
      }
    }
    expect(problems.join('\n')).toBe('');
  });

  test('without JavaScript, following “四自” in the text shows its explanation right there', async () => {
    const page = await openPage('/policies/entrepreneurship/', { javaScript: false });
    await page.locator('#s2-1-1 a.term-ref', { hasText: '四自' }).click();
    await page.waitForURL(/#term-s2-1-1-/);
    const note = page.locator(':target').locator('xpath=..');
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toContain('自尊、自信、自立、自强');
    expect(await note.locator('a[href^="/glossary/#"]').count()).toBe(1);
    await page.context().close();
  });
});
