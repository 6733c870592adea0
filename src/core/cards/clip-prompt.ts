/** Clipping a long prompt around its first blank so a card still fits a phone screen. */

/** Where a prompt longer than this (in characters, blanks not counted) is clipped, unless options say otherwise. */
export const DEFAULT_MAX_PROMPT_CHARS = 300;
/** The shortest clip we honour: below it a prompt loses the words that make it answerable. */
export const MIN_PROMPT_CHARS = 20;
/** What stands for the text a clip removed. */
export const ELLIPSIS = "…";

// How far a cut may move to land on a space instead of inside a word.
const WORD_SLACK = 15;

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/** The last `keep` characters of `chars`, starting after a space when one is near, with a leading ellipsis. */
function clipStart(chars: string[], keep: number): string {
  let from = chars.length - keep;
  for (let i = from; i < Math.min(chars.length, from + WORD_SLACK); i++) {
    if (isSpace(chars[i])) {
      from = i + 1;
      break;
    }
  }
  return ELLIPSIS + chars.slice(from).join("").trimStart();
}

/** The first `keep` characters of `chars`, ending before a space when one is near, with a trailing ellipsis. */
function clipEnd(chars: string[], keep: number): string {
  let to = keep;
  for (let i = to; i > Math.max(0, to - WORD_SLACK); i--) {
    if (isSpace(chars[i])) {
      to = i;
      break;
    }
  }
  return chars.slice(0, to).join("").trimEnd() + ELLIPSIS;
}

/** The limit to use for a requested one: a sane default for nonsense, never below {@link MIN_PROMPT_CHARS}. */
export function resolveMaxPromptChars(requested: number | undefined): number {
  if (requested === undefined || !Number.isFinite(requested) || requested <= 0) return DEFAULT_MAX_PROMPT_CHARS;
  return Math.max(MIN_PROMPT_CHARS, Math.floor(requested));
}

/**
 * Clips prompt parts (text split at the blanks) to about `maxChars` characters around the first blank, marking each
 * cut with "…". The first blank always survives; later blanks survive when their text does. Parts that already fit
 * come back unchanged (as a copy).
 */
export function clipPromptParts(parts: readonly string[], maxChars: number): string[] {
  // Code points, so a cut never splits a surrogate pair (emoji are common in these notes).
  const chars = parts.map((p) => Array.from(p));
  const total = chars.reduce((n, c) => n + c.length, 0);
  if (total <= maxChars || chars.length < 2) return [...parts];

  const before = chars[0] ?? [];
  const after = chars.slice(1);
  const afterTotal = total - before.length;
  let beforeBudget = Math.min(before.length, Math.floor(maxChars / 2));
  const afterBudget = Math.min(afterTotal, maxChars - beforeBudget);
  beforeBudget = Math.min(before.length, maxChars - afterBudget);

  const out: string[] = [];
  out.push(beforeBudget < before.length ? clipStart(before, Math.max(0, beforeBudget - 1)) : before.join(""));

  if (afterBudget >= afterTotal) {
    for (const c of after) out.push(c.join(""));
    return out;
  }
  // Keep whole parts while they fit, cut the one where the budget runs out, drop the rest (and their blanks).
  let left = Math.max(0, afterBudget - 1);
  for (const c of after) {
    if (c.length <= left) {
      out.push(c.join(""));
      left -= c.length;
      continue;
    }
    out.push(clipEnd(c, left));
    break;
  }
  return out;
}
