/**
 * Parses the body of a policy text (a 公文 reproduced as plain Markdown paragraphs) into
 * numbered blocks with stable clause ids.
 *
 * The numbering printed in the documents is the structure: 一、 (level 1), （一） (level 2),
 * 1. (level 3), （1） (level 4). A block's id is the path of its numbers, so
 * 二、（一）1. becomes `s2-1-1` and, in a text without （一） levels, 二、1. becomes `s2-1`.
 * Unnumbered paragraphs take the id of the clause they follow plus `-p{n}`.
 * A `# 附件` line starts the attachment; ids after it are prefixed with `annex-`.
 */

export type BlockKind = 'clause' | 'paragraph' | 'heading' | 'annex';

export interface PolicyBlock {
  /** Stable anchor id, for example `s2-1-3`, `s2-p1`, `annex-s1-2`. */
  id: string;
  kind: BlockKind;
  /** Depth in the clause tree: 1 for 一、, 2 for the next level down, and so on; 0 outside clauses. */
  depth: number;
  /** The printed marker, for example `二、`, `（一）`, `3.`; empty for unnumbered blocks. */
  marker: string;
  /** Citation label: the markers from the top of the tree down, for example `二、（一）3.`. */
  label: string;
  /** The whole text of the block, as printed (inline `**bold**` kept). */
  text: string;
  /** The lead sentence of a numbered block: its marker and title up to the first 。 outside quotes. */
  lead: string;
  /** What follows the lead sentence. */
  rest: string;
  /** Title for a contents list: the lead without its marker and closing 。. */
  title: string;
  /** Id of the enclosing clause, if any. */
  parentId: string | null;
  /** Whether the block was written as a Markdown list item (`- 1.…`). */
  listItem: boolean;
  /** 1-based line number in the body, for error messages. */
  line: number;
}

export class PolicyTextError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = 'PolicyTextError';
    this.line = line;
  }
}

const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** Converts 一 … 九十九 to a number; returns NaN for anything else. */
export function chineseNumeral(text: string): number {
  if (!/^[一二三四五六七八九十]+$/.test(text)) return Number.NaN;
  if (text.length === 1) return CN_DIGITS[text] ?? Number.NaN;
  const tenAt = text.indexOf('十');
  if (tenAt === -1) return Number.NaN;
  const tens = tenAt === 0 ? 1 : (CN_DIGITS[text.slice(0, tenAt)] ?? Number.NaN);
  const unitText = text.slice(tenAt + 1);
  const units = unitText === '' ? 0 : (CN_DIGITS[unitText] ?? Number.NaN);
  return tens * 10 + units;
}

export interface Marker {
  /** 1: 一、 2: （一） 3: 1. 4: （1） */
  rank: 1 | 2 | 3 | 4;
  number: number;
  /** The marker exactly as printed, including a trailing space if any. */
  printed: string;
}

const MARKERS: Array<{ rank: Marker['rank']; pattern: RegExp; parse: (m: string) => number }> = [
  { rank: 1, pattern: /^([一二三四五六七八九十]+)、/, parse: chineseNumeral },
  { rank: 2, pattern: /^（([一二三四五六七八九十]+)）/, parse: chineseNumeral },
  { rank: 3, pattern: /^(\d{1,2})[.．](?!\d)\s?/, parse: Number },
  { rank: 4, pattern: /^（(\d{1,2})）/, parse: Number },
];

/** Recognises the numbering marker a block starts with, if any. */
export function matchMarker(text: string): Marker | null {
  for (const { rank, pattern, parse } of MARKERS) {
    const match = pattern.exec(text);
    if (match?.[1]) return { rank, number: parse(match[1]), printed: match[0] };
  }
  return null;
}

/**
 * Splits a block into its lead sentence and the rest: the lead ends at the first 。 that is
 * not inside “quotes” or 《book titles》.
 */
export function splitLead(text: string): { lead: string; rest: string } {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '《' || ch === '（') depth++;
    else if ((ch === '”' || ch === '》' || ch === '）') && depth > 0) depth--;
    else if (ch === '。' && depth === 0) {
      return { lead: text.slice(0, i + 1), rest: text.slice(i + 1) };
    }
  }
  return { lead: text, rest: '' };
}

/** Removes inline Markdown emphasis, giving the plain text a reader sees. */
export function plainText(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1');
}

interface RawBlock {
  text: string;
  line: number;
  listItem: boolean;
  heading: number;
}

/** Splits a body into raw blocks: paragraphs, list items and `#` headings. */
function rawBlocks(body: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let current: RawBlock | null = null;
  const flush = () => {
    if (current) blocks.push(current);
    current = null;
  };
  lines.forEach((rawLine, index) => {
    const line = rawLine.trim();
    const lineNo = index + 1;
    if (line === '') {
      flush();
      return;
    }
    const forbidden = /[<>{}]/.exec(line);
    if (forbidden) {
      throw new PolicyTextError(
        `第 ${lineNo} 行含有 “${forbidden[0]}”：政策原文只写纯文字段落，不能含 MDX/HTML 标记（line ${lineNo}: markup is not allowed in a policy text）`,
        lineNo,
      );
    }
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (heading?.[1] && heading[2] !== undefined) {
      flush();
      blocks.push({ text: heading[2], line: lineNo, listItem: false, heading: heading[1].length });
      return;
    }
    const item = /^[-*]\s+(.*)$/.exec(line);
    if (item?.[1] !== undefined) {
      flush();
      current = { text: item[1], line: lineNo, listItem: true, heading: 0 };
      return;
    }
    if (current) current.text += line;
    else current = { text: line, line: lineNo, listItem: false, heading: 0 };
  });
  flush();
  return blocks;
}

interface OpenClause {
  rank: Marker['rank'];
  number: number;
  id: string;
  label: string;
  paragraphs: number;
}

/**
 * Parses a policy body into blocks with ids. Throws a PolicyTextError naming the line when the
 * numbering skips or repeats, so that an extraction fault cannot silently shift every id after it.
 */
export function parsePolicyText(body: string): PolicyBlock[] {
  const blocks: PolicyBlock[] = [];
  const seen = new Set<string>();
  let prefix = '';
  let labelPrefix = '';
  let stack: OpenClause[] = [];
  let topParagraphs = 0;
  let headings = 0;

  const add = (block: PolicyBlock) => {
    if (seen.has(block.id)) {
      throw new PolicyTextError(`第 ${block.line} 行：条款编号 ${block.id} 重复（duplicate clause id）`, block.line);
    }
    seen.add(block.id);
    blocks.push(block);
  };

  for (const raw of rawBlocks(body)) {
    if (raw.heading === 1) {
      // `# 附件` starts the attachment: a fresh numbering with its own id prefix.
      prefix = 'annex-';
      labelPrefix = '附件 ';
      stack = [];
      topParagraphs = 0;
      add(base(raw, { id: 'annex', kind: 'annex', title: raw.text }));
      continue;
    }
    if (raw.heading > 1) {
      headings++;
      add(base(raw, { id: `${prefix}h${headings}`, kind: 'heading', title: raw.text }));
      continue;
    }

    const marker = matchMarker(raw.text);
    if (!marker) {
      const parent = stack.at(-1);
      if (parent) {
        parent.paragraphs++;
        add(base(raw, { id: `${parent.id}-p${parent.paragraphs}`, kind: 'paragraph', parentId: parent.id }));
      } else {
        topParagraphs++;
        add(base(raw, { id: `${prefix}p${topParagraphs}`, kind: 'paragraph' }));
      }
      continue;
    }

    // Close clauses of the same or a finer rank; the new clause is a sibling or an uncle.
    const siblingIndex = stack.findIndex((open) => open.rank >= marker.rank);
    const previous = siblingIndex === -1 ? undefined : stack[siblingIndex];
    if (siblingIndex !== -1) stack = stack.slice(0, siblingIndex);
    const expected = previous && previous.rank === marker.rank ? previous.number + 1 : 1;
    if (marker.number !== expected) {
      throw new PolicyTextError(
        `第 ${raw.line} 行：编号 “${marker.printed.trim()}” 应为第 ${expected} 项（numbering jumps: expected ${expected}, found ${marker.number}）`,
        raw.line,
      );
    }
    const parent = stack.at(-1);
    const id = parent ? `${parent.id}-${marker.number}` : `${prefix}s${marker.number}`;
    const label = (parent ? parent.label : labelPrefix) + marker.printed.trim();
    const { lead, rest } = splitLead(raw.text);
    stack.push({ rank: marker.rank, number: marker.number, id, label, paragraphs: 0 });
    add({
      id,
      kind: 'clause',
      depth: stack.length,
      marker: marker.printed,
      label,
      text: raw.text,
      lead,
      rest,
      title: plainText(lead.slice(marker.printed.length)).replace(/。$/, ''),
      parentId: parent?.id ?? null,
      listItem: raw.listItem,
      line: raw.line,
    });
  }
  return blocks;

  function base(raw: RawBlock, fields: Pick<PolicyBlock, 'id' | 'kind'> & Partial<PolicyBlock>): PolicyBlock {
    return {
      depth: 0,
      marker: '',
      label: '',
      text: raw.text,
      lead: '',
      rest: raw.text,
      title: plainText(raw.text),
      parentId: null,
      listItem: raw.listItem,
      line: raw.line,
      ...fields,
    };
  }
}

/** The clause blocks of a text, keyed by id: what other content may cite. */
export function clauseIndex(blocks: PolicyBlock[]): Map<string, PolicyBlock> {
  return new Map(blocks.filter((b) => b.kind === 'clause').map((b) => [b.id, b]));
}

/** The clause a block belongs to for citation: itself if numbered, else its parent. */
export function citableClause(blocks: PolicyBlock[], id: string): PolicyBlock | undefined {
  const byId = new Map(blocks.map((b) => [b.id, b]));
  let block = byId.get(id);
  while (block && block.kind !== 'clause' && block.parentId) block = byId.get(block.parentId);
  return block;
}
