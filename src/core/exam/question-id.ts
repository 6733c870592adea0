/** Ids of question cards: stable by what they ask, and never equal to a cloze card's id. */
import type { QuestionKind } from "../cards/types";

/** The prefix of each kind's ids; a cloze id is bare base-36 digits (plus `-n`), so the two never meet. */
const PREFIX: Record<QuestionKind, string> = { reverse: "rv-", fits: "fit-" };

/**
 * A 64-bit hash of `text` as 14 base-36 characters: two 32-bit FNV-1a lanes with different primes over the UTF-16
 * code units, each mixed at the end. Integer arithmetic only (`Math.imul`), so every platform gives the same id.
 * Why not `hashText` (cards/hash.ts): a vault has one question per comparison line, built for every note at start-up,
 * and its byte-wise 64-bit arithmetic made those ids the slowest step of building them.
 */
function hashQuestion(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35);
  b ^= b >>> 16;
  return (a >>> 0).toString(36).padStart(7, "0") + (b >>> 0).toString(36).padStart(7, "0");
}

/**
 * The id of a question card from the parts of what it asks (term identities, folded lines), never a path or a line.
 * The parts are joined unambiguously (length-prefixed), so ("ab", "c") and ("a", "bc") differ.
 */
export function questionId(kind: QuestionKind, parts: readonly string[]): string {
  return PREFIX[kind] + hashQuestion([kind, ...parts].map((p) => `${p.length}:${p}`).join(""));
}
