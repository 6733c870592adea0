/** Plain-text helpers shared by the parser: line splitting, indentation, white space and case folding. */

/** Splits note text into lines, dropping a leading BOM and accepting LF, CRLF and lone CR. */
export function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Most notes use LF alone: a plain split is much cheaper than the pattern.
  return body.indexOf("\r") < 0 ? body.split("\n") : body.split(/\r\n|\r|\n/);
}

/** True for the characters a reader sees as blank space: space, tab, NBSP and the other Unicode spaces. */
export function isSpaceChar(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || code === 0x200b ||
    code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f;
}

/** True for a character `String.prototype.trim` removes (JavaScript's white space and line terminators). */
export function isTrimmedChar(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
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

/** A blank `foldSpaces` changes: any but a lone plain space (two in a row, a tab, NBSP, a zero-width space). */
const FOLDED_BLANK = /[^\S ]|\u200b| {2}/;

/** Anything `foldSpaces` changes: a blank other than a space, two spaces in a row, or a space at either end. */
function needsFolding(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  if (text.charCodeAt(0) === 0x20 || text.charCodeAt(n - 1) === 0x20) return true;
  // The regex engine scans flat text natively, whatever the string's representation.
  return FOLDED_BLANK.test(text);
}

/** Folds every run of white space (NBSP and zero-width space included) into one space and trims. */
export function foldSpaces(text: string): string {
  // Most lines need no folding: one scan is far cheaper than building a copy.
  return needsFolding(text) ? text.replace(SPACE_RUN, " ").trim() : text;
}

/** `text` with every character a regular expression gives a meaning to escaped, to match it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A character outside the ranges where NFC changes nothing (Latin up to the combining marks, Hangul syllables). */
const MAYBE_NOT_NFC = /[\u0300-\uabff\ud7a4-\uffff]/;

/** `text.normalize("NFC")`, skipping the work for text that is surely NFC already (ASCII, Latin-1, Hangul syllables). */
export function normalizeNfc(text: string): string {
  return MAYBE_NOT_NFC.test(text) ? text.normalize("NFC") : text;
}

/** The comparison key of a name: NFC, white space folded, lower case. */
export function foldKey(text: string): string {
  return foldSpaces(normalizeNfc(text)).toLowerCase();
}

/** True when the text has a Hangul syllable or jamo. */
export function hasHangul(text: string): boolean {
  return /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(text);
}

/** True when the text has a Latin letter. */
export function hasLatin(text: string): boolean {
  return /[A-Za-z]/.test(text);
}
