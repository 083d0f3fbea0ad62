/**
 * The extracted source texts (tests/seeds/*.txt, origin in tests/seeds/README.md) split into the documents of the site, with
 * each document's errata applied, and cut into the sentences the completeness test looks for.
 *
 * A seed holds one 通知 and the text(s) it issues, in print order: the notice (发文机关标志 …
 * 成文日期), then each text starting at its title, then the notice's 版记 (印发机关, 印发日期).
 * The notice is found by its 发文字号, the texts by their titles, all taken from content/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatGongwenDate } from '../../src/lib/dates';
import { isoDay, type SourceErratum, type SourcePolicy } from './content';
import { ROOT, SEEDS } from './paths';

/** Text with all white space removed: spacing around Latin words and numbers is not compared. */
export const squash = (text: string): string => text.replace(/\s+/g, '');

export interface SeedPart {
  /** The document this part of the seed belongs to. */
  doc: SourcePolicy;
  /** Its source text with the document's errata applied. */
  text: string;
  /** Errata whose `printed` text is not found exactly once in this part (they are not applied). */
  problems: string[];
}

export interface Seed {
  file: string;
  notice: SourcePolicy;
  texts: SourcePolicy[];
  parts: SeedPart[];
}

interface Paragraph {
  text: string;
  start: number;
  end: number;
}

function paragraphs(raw: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const match of raw.matchAll(/[^\n]+(?:\n[ \t]*[^\s][^\n]*)*/g)) {
    if (match[0].trim() === '') continue;
    out.push({ text: match[0].trim(), start: match.index, end: match.index + match[0].length });
  }
  return out;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern of an erratum's `printed` text in the seed: a "\n" in `printed` stands for the page
 * break of the extraction (a line break, usually with a blank line).
 */
export function printedPattern(printed: string): RegExp {
  return new RegExp(printed.split('\n').map(escape).join('[ \\t]*\\n\\s*'), 'g');
}

/**
 * Applies errata to a document's source text. Each `printed` must occur exactly once, so an
 * erratum that names text not in this document (or ambiguous text) is reported as a problem.
 */
export function applyErrata(text: string, errata: SourceErratum[], where: string): { text: string; problems: string[] } {
  let out = text;
  const problems: string[] = [];
  errata.forEach((erratum, i) => {
    const pattern = printedPattern(erratum.printed);
    const count = [...out.matchAll(pattern)].length;
    if (count !== 1) {
      problems.push(
        `${where}: errata[${i}] (where: ${erratum.where}) printed ${JSON.stringify(erratum.printed)} occurs ${count} times in this document's part of the seed, not once`,
      );
      return;
    }
    out = out.replace(pattern, () => erratum.corrected);
  });
  return { text: out, problems };
}

/** The seed files, one per published notice (渝妇发〔2021〕12号 and 13号), in tests/seeds/. */
export const SEED_FILES = ['000_5df033fe70196183.txt', '002_42762ce57518a521.txt'];

/** The text of a seed file, or an error that says which file is missing and how to get it back. */
function readSeedFile(file: string): string {
  const path = join(SEEDS, file);
  if (!existsSync(path)) {
    throw new Error(
      `The source text ${relative(ROOT, path)} is missing. The completeness tests compare the site with it; ` +
        `it is part of the repository (see tests/seeds/README.md): restore it with \`git checkout -- tests/seeds/\`.`,
    );
  }
  return readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
}

/** Reads one seed and splits it into its documents, errata applied. */
export function readSeed(file: string, policies: SourcePolicy[]): Seed {
  const raw = readSeedFile(file);
  const paras = paragraphs(raw);
  const notice = policies.find((p) => p.data.kind === 'notice' && paras.some((para) => squash(para.text) === squash(p.data.docNumber ?? '')));
  if (!notice) throw new Error(`${file}: no notice in content/policies has a 发文字号 printed in this seed`);
  const texts = (notice.data.transmits ?? []).map((id) => {
    const text = policies.find((p) => p.id === id);
    if (!text) throw new Error(`${notice.file}: transmits names ${id}, which is not in content/policies`);
    return text;
  });

  // Each text starts at the paragraph that is its title; the first one ends the notice.
  let from = 0;
  const starts = texts.map((text) => {
    const index = paras.findIndex((para, i) => i >= from && squash(para.text) === squash(text.data.title));
    if (index === -1) throw new Error(`${file}: the title of ${text.id} (${text.data.title}) is not a paragraph of the seed`);
    from = index + 1;
    return index;
  });

  // The notice's 版记 closes the seed: 印发机关 and “YYYY年M月D日印发”.
  const printedDate = isoDay(notice.data.printedDate);
  const colophon = new Set(
    [notice.data.printedBy, printedDate ? `${formatGongwenDate(printedDate)}印发` : undefined].filter(Boolean).map((s) => squash(s ?? '')),
  );
  let tail = paras.length;
  while (tail > 0 && colophon.has(squash(paras[tail - 1]?.text ?? ''))) tail--;

  const slice = (a: number, b: number) => (a >= b ? '' : raw.slice(paras[a]?.start ?? 0, paras[b - 1]?.end ?? 0));
  const noticeText = [slice(0, starts[0] ?? tail), slice(tail, paras.length)].filter(Boolean).join('\n\n');
  const part = (doc: SourcePolicy, source: string): SeedPart => ({
    doc,
    ...applyErrata(source, doc.data.errata ?? [], `${doc.file.slice(doc.file.lastIndexOf('content/'))} (seed ${file})`),
  });
  const parts: SeedPart[] = [part(notice, noticeText)];
  texts.forEach((text, k) => parts.push(part(text, slice(starts[k] ?? 0, starts[k + 1] ?? tail))));
  return { file, notice, texts, parts };
}

/** Every seed file, split into documents. */
export function readSeeds(policies: SourcePolicy[]): Seed[] {
  return SEED_FILES.map((name) => readSeed(name, policies));
}

/**
 * The sentences of a source text: paragraphs split on 。；！？ and line ends, with Markdown
 * `**` emphasis and leading `- ` list marks removed (they are formatting, not text).
 */
export function sentences(text: string): string[] {
  return text
    .replace(/\*\*/g, '')
    .split('\n')
    .map((line) => line.trim().replace(/^[-*]\s+/, ''))
    .flatMap((line) => line.split(/(?<=[。；！？])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}
