/**
 * The forms an answer shows up in on a card besides its own text: the two halves of `Name (ACRONYM)` and a Korean
 * answer without the particle it was highlighted with (`서버리스란` -> `서버리스`). A card hides all of them.
 */
import { letterBits, mayHold, quickLookOf, splitAtAnswer, type QuickLook } from "../markdown/answer";
import { escapeRegExp, normalizeNfc } from "../markdown/text";

/** Name and parenthesis: `Amazon Simple Queue Service (SQS)`, `SQS(Simple Queue Service)`. */
const NAME_AND_PAREN = /^(.+?)\s*\(([^()]+)\)$/;
/** An acronym word: two to eight capitals or digits, a plural `s` allowed (`SQS`, `EC2`, `AZs`). */
const ACRONYM = /^[A-Z][A-Z0-9&-]{1,7}s?$/;
/** Korean particles an answer may end with, longest first. */
const PARTICLES = ["이란", "에서", "으로", "란", "은", "는", "을", "를", "와", "과", "의"];
/** Shortest stem (in syllables of its last word) a particle is cut from, so a short noun is never cut. */
const MIN_STEM_SYLLABLES = 2;
/** Answers longer than this many words are phrases: their last word's particle is left alone. */
const MAX_PARTICLE_WORDS = 3;

const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

/** The acronym word in a text (`Amazon SQS` -> `SQS`), or "". */
function acronymIn(text: string): string {
  for (const w of text.split(/\s+/)) if (ACRONYM.test(w)) return w;
  return "";
}

/** The other forms of `Name (ACRONYM)` or `ACRONYM (Name)`: both halves and the acronym; none for `X (default)`. */
function parenForms(answer: string): string[] {
  const m = NAME_AND_PAREN.exec(answer);
  if (!m) return [];
  const outer = (m[1] as string).trim();
  const inner = (m[2] as string).trim();
  const acronym = acronymIn(inner) || acronymIn(outer);
  if (acronym === "" || outer.length < 2 || inner.length < 2) return [];
  return [outer, inner, acronym];
}

/** A short Korean answer without its closing particle (`쿠버네티스는` -> `쿠버네티스`), or "". */
function particleStem(answer: string): string {
  if (!isHangul(answer.charCodeAt(answer.length - 1))) return "";
  const words = answer.split(/\s+/).filter((w) => w !== "");
  const last = words[words.length - 1];
  if (last === undefined || words.length > MAX_PARTICLE_WORDS) return "";
  for (const p of PARTICLES) {
    if (!last.endsWith(p)) continue;
    const stem = last.slice(0, last.length - p.length);
    let syllables = 0;
    for (let i = 0; i < stem.length; i++) if (isHangul(stem.charCodeAt(i))) syllables++;
    if (syllables < MIN_STEM_SYLLABLES || !isHangul(stem.charCodeAt(stem.length - 1))) return "";
    return [...words.slice(0, -1), stem].join(" ");
  }
  return "";
}

let lastAnswer = "";
let lastForms: string[] = [];
/** One case-insensitive pattern for every form of the last answer with more than one; null otherwise. */
let lastPattern: RegExp | null = null;
/** The quick look of each form of the last answer (see `mayHold`). */
let lastLooks: QuickLook[] = [];


/** Every form of the answer a card hides, the answer first, then the others longest first (no duplicates). */
export function answerForms(answer: string): string[] {
  if (answer === lastAnswer && lastForms.length > 0) return lastForms;
  const trimmed = answer.trim();
  const stem = particleStem(trimmed);
  lastAnswer = answer;
  // Most answers have no other form: no parentheses, no particle.
  if (stem === "" && trimmed.indexOf("(") < 0) {
    lastForms = [answer];
    lastPattern = null;
    lastLooks = [];
    return lastForms;
  }
  const others = [...parenForms(trimmed), stem]
    .filter((f, i, all) => f.length >= 2 && f.toLowerCase() !== trimmed.toLowerCase() && all.indexOf(f) === i)
    .sort((a, b) => b.length - a.length);
  lastForms = [answer, ...others];
  // The longest form first, so `Amazon SQS` is hidden whole before `SQS` is looked for; any white space between words.
  const words = [...lastForms].sort((a, b) => b.length - a.length)
    .map((f) => normalizeNfc(f).split(/\s+/).filter((w) => w !== "").map(escapeRegExp).join("\\s+"))
    .filter((w) => w !== "");
  lastPattern = others.length > 0 && words.length > 0 ? new RegExp(words.join("|"), "giu") : null;
  lastLooks = lastForms.map((f) => quickLookOf(normalizeNfc(f)));
  return lastForms;
}

/**
 * Splits `text` at every occurrence of the answer and of its other forms (see {@link answerForms}), the way
 * `splitAtAnswer` splits at the answer alone; `parts.join(blank)` hides them all.
 */
export function splitAtForms(text: string, answer: string): string[] {
  answerForms(answer);
  if (lastPattern === null) return splitAtAnswer(text, answer);
  const nfc = normalizeNfc(text);
  // Most lines hold no form of the answer: a quick look spares them the case-insensitive pattern.
  const bits = letterBits(nfc);
  return lastLooks.some((look) => mayHold(nfc, bits, look)) ? nfc.split(lastPattern) : [nfc];
}
