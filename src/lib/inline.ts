/**
 * Inline segments of a policy sentence: plain text and **bold** runs, the only inline markup the
 * policy texts use.
 */
export interface InlineSegment {
  text: string;
  strong: boolean;
}

export function inlineSegments(text: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  const pattern = /\*\*(.+?)\*\*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), strong: false });
    segments.push({ text: match[1] ?? '', strong: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), strong: false });
  return segments;
}
