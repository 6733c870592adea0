/** Finding a card's answer in a line, the way a reader would: any case, any blank between its words, NFC. */
import { normalizeNfc } from "./text";

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The answer last split at (a card splits many lines at one answer) and what is known of it. */
let lastAnswer = "";
/** The case-insensitive Unicode pattern of the answer's words, compiled on first need; null for white space alone. */
let lastPattern: RegExp | null = null;
/** The pattern's source until it is compiled ("" once compiled or for white space alone). */
let lastSource = "";
/** `letterBits` of the answer, and its first character that only itself matches (see `caselessProbe`). */
let lastLetters = 0;
let lastProbe = "";

function learn(answer: string): void {
  if (answer === lastAnswer && lastAnswer !== "") return;
  const nfc = normalizeNfc(answer);
  const words = nfc.split(/\s+/).filter((w) => w !== "");
  lastAnswer = answer;
  // Most lines never hold the answer (see `mayHoldAnswer`): the pattern is compiled only when one might.
  lastPattern = null;
  lastSource = words.length === 0 ? "" : words.map(escapeRegExp).join("\\s+");
  lastLetters = letterBits(nfc);
  lastProbe = caselessProbe(nfc);
}

/**
 * Splits `text` at every occurrence of `answer`, ignoring case and treating any run of white space (NBSP included)
 * as one space; `parts.join(x)` puts `x` where the answer was. One part (the text in NFC) when the answer does not
 * occur; the text untouched when the answer is white space alone.
 */
export function splitAtAnswer(text: string, answer: string): string[] {
  learn(answer);
  if (lastPattern === null && lastSource === "") return [text];
  const nfc = normalizeNfc(text);
  if (!mayHoldAnswer(nfc)) return [nfc];
  if (lastPattern === null) {
    lastPattern = new RegExp(lastSource, "giu");
    lastSource = "";
  }
  return nfc.split(lastPattern);
}

/**
 * A quick look whether the pattern could match `nfc` at all, so most lines skip the case-insensitive Unicode pattern
 * (slow to run). It only says no when the pattern surely has no match: when the line lacks one of the answer's ASCII
 * letters in either case (`/iu` also matches the Kelvin sign for k and the long s for s: they count as those
 * letters), or lacks the answer's first digit or Hangul syllable, characters no case folding maps to anything else.
 */
function mayHoldAnswer(nfc: string): boolean {
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
