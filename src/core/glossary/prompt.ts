/** The cloze prompt of a highlight: its line as plain text with the highlighted phrase blanked. */
import { stripMarkup, type InlineHighlight } from "../markdown/inline";
import { normalizeNfc, splitAtAnswer } from "../markdown/text";

const BLANK = "\ue000";
/** How much of the line around the highlight is read (the card builder clips further). */
const WINDOW = 700;

/** True for the characters `/^\s/` and `/\s$/` test for (JavaScript's white space and line terminators). */
function isRegExpSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `text` without the blank marker (a note could hold the private-use character itself). */
function withoutBlank(text: string): string {
  return text.indexOf(BLANK) < 0 ? text : text.replace(/\ue000/g, "");
}

/** The line around a highlight as plain text, split at the blank(s); with `maskAll`, every occurrence of it is a blank. */
export function buildPromptParts(line: string, h: InlineHighlight, maskAll: string | null): string[] {
  const start = Math.max(0, h.from - WINDOW);
  const end = Math.min(line.length, h.to + WINDOW);
  const before = withoutBlank(line.slice(start, h.from));
  const after = withoutBlank(line.slice(h.to, end));
  // Spaces Highlightr leaves inside `<mark>` stay outside the blank: `관리형<mark> 메시지</mark>` reads `관리형 [...]`.
  const innerTo = Math.min(h.innerTo, line.length);
  const lead = innerTo > h.innerFrom && isRegExpSpace(line.charCodeAt(h.innerFrom)) ? " " : "";
  const trail = innerTo > h.innerFrom && isRegExpSpace(line.charCodeAt(innerTo - 1)) ? " " : "";
  const plain = stripMarkup(`${start > 0 ? "…" : ""}${before}${lead}${BLANK}${trail}${after}${end < line.length ? "…" : ""}`);
  const parts = plain.split(BLANK);
  if (!maskAll) return parts;
  learn(maskAll);
  const out: string[] = [];
  for (const p of parts) {
    const nfc = lastBlank ? p : normalizeNfc(p);
    if (mayHoldAnswer(nfc)) for (const piece of splitAtAnswer(nfc, maskAll)) out.push(piece);
    else out.push(nfc);
  }
  return out;
}

/** Replaces every occurrence of the answer in a line with a blank marker `[...]`. */
export function maskAnswer(text: string, answer: string): string {
  learn(answer);
  const nfc = lastBlank ? text : normalizeNfc(text);
  return mayHoldAnswer(nfc) ? splitAtAnswer(nfc, answer).join("[...]") : nfc;
}

/** The answer `mayHoldAnswer` looks for, and what it looks for. */
let lastAnswer = "";
/** An answer of white space alone: `splitAtAnswer` has no pattern for it and returns a line untouched (not NFC). */
let lastBlank = true;
/** `letterBits` of the answer, and its first character only itself matches (see `caselessProbe`). */
let lastLetters = 0;
let lastProbe = "";

function learn(answer: string): void {
  if (answer === lastAnswer) return;
  const nfc = normalizeNfc(answer);
  lastAnswer = answer;
  lastBlank = nfc.trim() === "";
  lastLetters = letterBits(nfc);
  lastProbe = caselessProbe(nfc);
}

/**
 * A quick look whether `splitAtAnswer` could find the learned answer in a line (in NFC) at all, so that most lines
 * skip the case-insensitive Unicode pattern (compiled once per answer, and slow to run). It only ever says no when
 * the pattern surely has no match, and `splitAtAnswer` would return the line itself as the one part: when the line
 * lacks one of the answer's ASCII letters in either case (`/iu` also matches the Kelvin sign for k and the long s
 * for s: they count as those letters), or lacks the answer's first digit or Hangul syllable, characters no case
 * folding maps to anything else.
 */
function mayHoldAnswer(nfc: string): boolean {
  if (lastBlank) return true;
  if (lastProbe !== "" && nfc.indexOf(lastProbe) < 0) return false;
  return lastLetters === 0 || (letterBits(nfc) & lastLetters) === lastLetters;
}

const KELVIN = 0x212a;
const LONG_S = 0x17f;

/** One bit per ASCII letter the text has, in either case; the Kelvin sign counts as k and the long s as s. */
function letterBits(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Only A–Z and a–z land in 0..25 (`| 0x20` lower-cases ASCII letters and sends anything else elsewhere).
    const letter = (c | 0x20) - 0x61;
    if (letter >= 0 && letter < 26) bits |= 1 << letter;
    else if (c === KELVIN) bits |= 1 << 10;
    else if (c === LONG_S) bits |= 1 << 18;
  }
  return bits;
}

/** The text's first ASCII digit or Hangul syllable (matched only by itself, whatever the case folding), or "". */
function caselessProbe(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xac00 && c <= 0xd7a3)) return text.charAt(i);
  }
  return "";
}
