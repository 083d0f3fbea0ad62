/**
 * The policy sources as the tests see them: frontmatter and body of content/policies/*.mdx, read
 * straight from disk (no Astro), and the body parsed into clauses by src/lib/policy-text.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parsePolicyText, type PolicyBlock } from '../../src/lib/policy-text';
import { CONTENT } from './paths';

export interface SourceErratum {
  where: string;
  printed: string;
  corrected: string;
  kind: 'join' | 'linebreak' | 'typo';
  note?: string;
}

/** Frontmatter fields the tests use; the schema in src/schemas/policy.ts is the full contract. */
export interface SourceData {
  kind: 'notice' | 'text';
  title: string;
  errata?: SourceErratum[];
  // notices
  docNumber?: string;
  issuerMark?: string;
  recipients?: string;
  signatory?: string;
  dateWritten?: string | Date;
  printedBy?: string;
  printedDate?: string | Date;
  transmits?: string[];
  // texts
  notice?: string;
  shortTitle?: string;
  attachments?: string[];
}

export interface SourcePolicy {
  id: string;
  file: string;
  data: SourceData;
  body: string;
  blocks: PolicyBlock[];
}

/** Splits an MDX file into its YAML frontmatter (parsed) and its body. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: parseYaml(match[1] ?? ''), body: source.slice(match[0].length) };
}

/** Every policy document in a content folder (default: the project's content/). */
export function readPolicies(contentDir = CONTENT): SourcePolicy[] {
  const dir = join(contentDir, 'policies');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const { data, body } = splitFrontmatter(readFileSync(file, 'utf8'));
      return { id: basename(name, '.mdx'), file, data: data as SourceData, body, blocks: parsePolicyText(body) };
    });
}

/** A YAML date (a Date or a string) as YYYY-MM-DD. */
export function isoDay(value: string | Date | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}
