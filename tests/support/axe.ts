/**
 * axe-core in a Playwright page: runs the WCAG 2.2 A/AA rules and reports violations readably.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The rule sets checked: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Rules switched off, each with the reason. Keep this empty unless a rule is wrong for this site.
 */
export const DISABLED_RULES: Record<string, string> = {};

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: string[]; html: string; failureSummary: string }>;
}

/**
 * Has axe ready in every document the context opens, before the page's own scripts: for a
 * context visiting many pages (tests/site/pages.test.ts), where compiling axe once per visit would
 * cost more than the checks.
 */
export async function axeInEveryDocument(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
}

/** Runs axe on the page as it is now (optionally only inside `include`, a CSS selector). */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the site's Content-Security-Policy allows no inline
  // script, so a <script> tag with axe in it would be blocked (as it should be).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags, disabled, include }) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
      const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
      const result = await axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
        rules,
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html, failureSummary: n.failureSummary })),
      }));
    },
    { tags: WCAG_TAGS, disabled: Object.keys(DISABLED_RULES), include },
  );
}

/** A readable report: one block per rule, with the offending elements and axe's advice; '' when none. */
export function formatViolations(where: string, violations: AxeViolation[]): string {
  if (violations.length === 0) return '';
  const blocks = violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 8)
      .map((n) => `    • ${n.target.join(' ')}\n      ${n.html.slice(0, 160)}\n      ${n.failureSummary.replace(/\n/g, '\n      ')}`)
      .join('\n');
    const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : '';
    return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
  });
  return `axe found ${violations.length} violation(s) on ${where}:\n${blocks.join('\n')}`;
}
