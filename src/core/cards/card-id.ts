/** Card identity: what a card asks (its term and its answer), never where it sits in the vault. */
import { hashText } from "./hash";
import { normalizeNfc } from "../markdown/text";

// Zero-width characters a paste can leave behind; they change nothing a reader sees.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** Text as identity sees it: NFC, zero-width characters dropped, white space (NBSP included) folded, lower case. */
export function foldIdentityText(text: string): string {
  return normalizeNfc(text).replace(INVISIBLE, "").replace(/\s+/g, " ").trim().toLowerCase();
}

/** The key two highlights share when they ask the same thing: folded term and folded answer, unambiguously joined. */
export function identityKey(term: string, answer: string): string {
  const t = foldIdentityText(term);
  // A length prefix keeps ("ab", "c") and ("a", "bc") apart whatever characters the text holds.
  return `${t.length}:${t}${foldIdentityText(answer)}`;
}

/**
 * Stable id of a card: a hash of its folded term and answer, plus `-ordinal` only for the second, third, … card of
 * one note asking the same thing. Path, line, indentation and the words around the highlight play no part.
 */
export function cardId(term: string, answer: string, ordinal = 0): string {
  const base = hashText(identityKey(term, answer));
  const n = Number.isFinite(ordinal) ? Math.floor(ordinal) : 0;
  return n > 0 ? `${base}-${n}` : base;
}
