/**
 * The text of a content file as the reader sees it: harmless differences between editors'
 * programs are removed first, so that a file saved with a BOM, Windows line endings or spaces at
 * the ends of lines gives exactly the same data as the original.
 */

/** Removes a leading BOM, turns CRLF and CR into LF and drops spaces and tabs at line ends. */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '');
}

/** The lines of a normalised text, for quoting in messages (index 0 is line 1). */
export function splitLines(text: string): string[] {
  return text.split('\n');
}
