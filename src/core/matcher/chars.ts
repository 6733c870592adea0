/**
 * Character classes and the per-code-unit case fold the term matcher works with. Everything here maps one UTF-16
 * code unit to one code unit, so folded text keeps the offsets of the text it came from.
 */

/** True for ASCII letters and digits and Latin-1/Latin Extended letters (and combining marks, which continue them). */
export function isLatinOrDigit(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  return code >= 0x300 && code <= 0x36f;
}

/** True for Hangul syllables and jamo (conjoining, compatibility and extended). */
export function isHangul(code: number): boolean {
  return (
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x3130 && code <= 0x318f) ||
    (code >= 0xa960 && code <= 0xa97f) ||
    (code >= 0xd7b0 && code <= 0xd7ff)
  );
}

/** Whitespace that a name's single space stands for in text (tab, NBSP, ideographic space, …). */
export function isBlank(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || code === 0x202f ||
    (code >= 0x2000 && code <= 0x200a)
  );
}

let foldTable: Uint16Array | undefined;

/**
 * Code unit -> lower-case code unit (blanks -> space), for every BMP code unit whose lower case is a single code
 * unit; others map to themselves. Computed once, on first use.
 */
export function getFoldTable(): Uint16Array {
  if (foldTable) return foldTable;
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (isBlank(c)) {
      table[c] = 0x20;
    } else if (c < 0x80) {
      table[c] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      table[c] = c;
    } else {
      const lower = String.fromCharCode(c).toLowerCase();
      table[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
    }
  }
  foldTable = table;
  return table;
}

/** Folds a string code unit by code unit with {@link getFoldTable} (length is kept). */
export function foldText(text: string): string {
  const table = getFoldTable();
  let plain = true;
  for (let i = 0; i < text.length && plain; i++) {
    const code = text.charCodeAt(i);
    plain = code < 0x80 && code !== 0x09;
  }
  if (plain) return text.toLowerCase();
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    codes.push(table[code] ?? code);
  }
  let out = "";
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}

/** True when every code unit is below U+00C0, so NFC and NFD leave the string as it is. */
export function isBelowComposable(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0xc0) return false;
  return true;
}

/**
 * Whether a name is an acronym that must match with its exact case: no blanks, at least one capital, and at least
 * as many capitals as small letters (`SQS`, `EC2`, `IaaS`, `NoSQL`, `iOS`, but not `Lambda` or `DynamoDB`).
 */
export function isAcronym(name: string): boolean {
  const table = getFoldTable();
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (isBlank(code)) return false;
    if ((table[code] ?? code) !== code) upper++;
    else if (code >= 0x61 && code <= 0x7a) lower++;
    else if (code >= 0x80 && !isHangul(code) && String.fromCharCode(code).toUpperCase() !== String.fromCharCode(code)) lower++;
  }
  return upper > 0 && upper >= lower;
}
