/** Plain-text helpers shared by the parser: line splitting, indentation, white space and case folding. */

/** Splits note text into lines, dropping a leading BOM and accepting LF, CRLF and lone CR. */
export function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/);
}

/** True for the characters a reader sees as blank space: space, tab, NBSP and the other Unicode spaces. */
export function isSpaceChar(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || code === 0x200b ||
    code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f;
}

/** Width of a line's leading white space in columns (a tab advances to the next multiple of 4) and its length. */
export function measureIndent(line: string): { columns: number; length: number } {
  let columns = 0;
  let i = 0;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x09) columns += 4 - (columns % 4);
    else if (isSpaceChar(c)) columns += 1;
    else break;
  }
  return { columns, length: i };
}

const SPACE_RUN = /[\s\u200b]+/g;

/** Folds every run of white space (NBSP and zero-width space included) into one space and trims. */
export function foldSpaces(text: string): string {
  return text.replace(SPACE_RUN, " ").trim();
}

/** The comparison key of a name: NFC, white space folded, lower case. */
export function foldKey(text: string): string {
  return foldSpaces(text.normalize("NFC")).toLowerCase();
}

/** True when the text has a Hangul syllable or jamo. */
export function hasHangul(text: string): boolean {
  return /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(text);
}

/** True when the text has a Latin letter. */
export function hasLatin(text: string): boolean {
  return /[A-Za-z]/.test(text);
}
