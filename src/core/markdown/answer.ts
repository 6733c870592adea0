/** Finding a card's answer in a line, the way a reader would: any case, any blank between its words, NFC. */
import { escapeRegExp, normalizeNfc } from "./text";


/** The answer last split at (a card splits many lines at one answer) and what is known of it. */
let lastAnswer = "";
/** The answer in NFC; "" when it is white space alone (nothing is ever split at it). */
let lastNfc = "";
/** The case-insensitive Unicode pattern of the answer's words, built and compiled on first need. */
let lastPattern: RegExp | null = null;
/** What the quick look knows of the answer (see {@link mayHold}). */
let lastLook: QuickLook = { letters: 0, probe: "" };

/** What a quick look needs of a searched text: its ASCII letters (`letterBits`) and a character only it matches. */
export interface QuickLook {
  letters: number;
  /** The first ASCII digit or Hangul syllable (no case folding maps it to anything else), or "". */
  probe: string;
}

/** The quick look of a searched text, in NFC. */
export function quickLookOf(nfc: string): QuickLook {
  return { letters: letterBits(nfc), probe: caselessProbe(nfc) };
}

function learn(answer: string): void {
  if (answer === lastAnswer && lastAnswer !== "") return;
  lastAnswer = answer;
  const nfc = normalizeNfc(answer);
  lastNfc = nfc.trim() === "" ? "" : nfc;
  // Most lines never hold the answer (see `mayHold`): the pattern is built only when one might.
  lastPattern = null;
  lastLook = quickLookOf(nfc);
}

/**
 * Splits `text` at every occurrence of `answer`, ignoring case and treating any run of white space (NBSP included)
 * as one space; `parts.join(x)` puts `x` where the answer was. One part (the text in NFC) when the answer does not
 * occur; the text untouched when the answer is white space alone.
 */
export function splitAtAnswer(text: string, answer: string): string[] {
  learn(answer);
  if (lastNfc === "") return [text];
  const nfc = normalizeNfc(text);
  if (!mayHold(nfc, letterBits(nfc), lastLook)) return [nfc];
  lastPattern ??= new RegExp(lastNfc.split(/\s+/).filter((w) => w !== "").map(escapeRegExp).join("\\s+"), "giu");
  return nfc.split(lastPattern);
}

/**
 * A quick look whether a case-insensitive pattern of a searched text could match `nfc` at all, so most lines skip the
 * Unicode pattern (slow to run). It only says no when there surely is no match: when the line lacks one of the
 * searched text's ASCII letters in either case (`/iu` also matches the Kelvin sign for k and the long s for s: they
 * count as those letters), or lacks its first digit or Hangul syllable. `bits` is `letterBits(nfc)`.
 */
export function mayHold(nfc: string, bits: number, look: QuickLook): boolean {
  if (look.probe !== "" && nfc.indexOf(look.probe) < 0) return false;
  return (bits & look.letters) === look.letters;
}

const KELVIN = 0x212a;
const LONG_S = 0x17f;

/** One bit per ASCII letter the text has, in either case; the Kelvin sign counts as k and the long s as s. */
export function letterBits(text: string): number {
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
