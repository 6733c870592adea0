/**
 * Finding a term's names in a line the way a reader sees them: whole names only, any case, any blank between words,
 * and a Korean particle after a name (`SQS를`, `람다는`) left outside it. Never inside a longer Latin word (`EC2` in
 * `EC2x`) or a longer Korean word.
 */
import { foldText, isBlank, isHangul, isLatinOrDigit } from "../matcher/chars";
import { isOnBoundaries } from "../matcher/compile";
import { normalizeNfc } from "../markdown/text";

/** Names shorter than this (in characters, blanks not counted) are never looked for: one letter would blank everywhere. */
const SHORTEST_NAME = 2;

/** A name prepared for matching: folded, its blanks single spaces. */
interface PreparedName {
  folded: string;
}

/** Names ready for {@link findNames}: folded, deduplicated, longest first so `Amazon SQS` wins over `SQS`. */
export type NameList = readonly PreparedName[];

/** Prepares names once for many lines; names shorter than two letters are left out. */
export function prepareNames(names: Iterable<string>): NameList {
  const seen = new Set<string>();
  const out: PreparedName[] = [];
  for (const name of names) {
    const folded = lowerKeepingLength(normalizeNfc(name)).replace(/\s+/g, " ").trim();
    if (folded.replace(/ /g, "").length < SHORTEST_NAME || seen.has(folded)) continue;
    seen.add(folded);
    out.push({ folded });
  }
  return out.sort((a, b) => b.folded.length - a.folded.length);
}

/** The end (exclusive) of `name` matched in folded `text` at `at`, or -1; a space in the name takes any run of blanks. */
function matchAt(text: string, at: number, name: string): number {
  let i = at;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c === 0x20) {
      if (i >= text.length || !isBlank(text.charCodeAt(i))) return -1;
      while (i < text.length && isBlank(text.charCodeAt(i))) i++;
      continue;
    }
    if (text.charCodeAt(i) !== c) return -1;
    i++;
  }
  return i;
}

/** `text` in lower case with its length kept (`toLowerCase` unless a letter would change length, e.g. `İ`). */
function lowerKeepingLength(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : foldText(text);
}

/** Every place one of the names stands in `text` (NFC), as `[from, to)` ranges in order, none overlapping. */
export function findNames(text: string, names: NameList): Array<{ from: number; to: number }> {
  if (names.length === 0 || text === "") return [];
  // Blanks are compared as blanks (`isBlank`), so only the case needs folding here.
  const folded = lowerKeepingLength(text);
  const found: Array<{ from: number; to: number }> = [];
  let i = 0;
  while (i < folded.length) {
    let end = -1;
    for (const name of names) {
      if (folded.charCodeAt(i) !== name.folded.charCodeAt(0)) continue;
      const to = matchAt(folded, i, name.folded);
      if (to > 0 && isOnBoundaries(folded, i, to)) {
        end = to;
        break;
      }
    }
    if (end > 0) {
      found.push({ from: i, to: end });
      i = end;
    } else i++;
  }
  return found;
}

/** `text` (in NFC) split wherever one of the names stands; `parts.join(blank)` hides every one of them. */
export function splitAtNames(text: string, names: NameList): string[] {
  const nfc = normalizeNfc(text);
  const parts: string[] = [];
  let from = 0;
  for (const hit of findNames(nfc, names)) {
    parts.push(nfc.slice(from, hit.from));
    from = hit.to;
  }
  parts.push(nfc.slice(from));
  return parts;
}

/** Letters and digits outside the blanks: how much a line still says once the names are hidden. */
export function letterCount(parts: readonly string[]): number {
  let n = 0;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      if (isLatinOrDigit(c) || isHangul(c)) n++;
    }
  }
  return n;
}
