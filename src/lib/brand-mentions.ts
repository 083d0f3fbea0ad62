/**
 * Where a text names a brand: the sentences of a clause that contain one of the brand's names,
 * quoted as the commitment the text makes for it.
 */

const OPENERS = new Set(['“', '《', '（', '‘']);
const CLOSERS = new Set(['”', '》', '）', '’']);
const ENDS = new Set(['。', '！', '？']);

/**
 * Splits Chinese prose into sentences. A sentence ends at 。！？ outside quotation marks, book
 * titles and brackets; the end mark stays with its sentence. Whitespace between sentences is
 * dropped; nothing else is changed, so every sentence is an exact substring of the input.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (OPENERS.has(ch)) depth++;
    else if (CLOSERS.has(ch) && depth > 0) depth--;
    else if (ENDS.has(ch) && depth === 0) {
      const sentence = text.slice(start, i + 1).trim();
      if (sentence) sentences.push(sentence);
      start = i + 1;
    }
  }
  const tail = text.slice(start).trim();
  if (tail) sentences.push(tail);
  return sentences;
}

/** The names (of those given) that occur in the text, in the order given. */
export function namesIn(text: string, names: readonly string[]): string[] {
  return names.filter((name) => name !== '' && text.includes(name));
}

/** The sentences of a text that contain at least one of the names. */
export function sentencesNaming(text: string, names: readonly string[]): string[] {
  return splitSentences(text).filter((sentence) => namesIn(sentence, names).length > 0);
}

/** A stretch of a quoted sentence, highlighted when it is one of the brand's names. */
export interface QuotePiece {
  text: string;
  name: boolean;
}

/** Splits a sentence so that every occurrence of a name can be highlighted; longer names win. */
export function highlightNames(sentence: string, names: readonly string[]): QuotePiece[] {
  const sorted = [...names].filter(Boolean).sort((a, b) => b.length - a.length);
  const pieces: QuotePiece[] = [];
  let plain = '';
  let i = 0;
  while (i < sentence.length) {
    const name = sorted.find((n) => sentence.startsWith(n, i));
    if (name) {
      if (plain) pieces.push({ text: plain, name: false });
      plain = '';
      pieces.push({ text: name, name: true });
      i += name.length;
    } else {
      plain += sentence[i];
      i++;
    }
  }
  if (plain) pieces.push({ text: plain, name: false });
  return pieces;
}
