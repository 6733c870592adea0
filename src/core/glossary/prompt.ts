/** The cloze prompt of a highlight: its line as plain text with the highlighted phrase blanked. */
import { stripMarkup, type InlineHighlight } from "../markdown/inline";
import { splitAtAnswer } from "../markdown/text";

const BLANK = "\ue000";
/** How much of the line around the highlight is read (the card builder clips further). */
const WINDOW = 700;

/** The line around a highlight as plain text, split at the blank(s); with `maskAll`, every occurrence of it is a blank. */
export function buildPromptParts(line: string, h: InlineHighlight, maskAll: string | null): string[] {
  const start = Math.max(0, h.from - WINDOW);
  const end = Math.min(line.length, h.to + WINDOW);
  const before = line.slice(start, h.from).replace(/\ue000/g, "");
  const after = line.slice(h.to, end).replace(/\ue000/g, "");
  // Spaces Highlightr leaves inside `<mark>` stay outside the blank: `관리형<mark> 메시지</mark>` reads `관리형 [...]`.
  const inner = line.slice(h.innerFrom, h.innerTo);
  const lead = /^\s/.test(inner) ? " " : "";
  const trail = /\s$/.test(inner) ? " " : "";
  const plain = stripMarkup(`${start > 0 ? "…" : ""}${before}${lead}${BLANK}${trail}${after}${end < line.length ? "…" : ""}`);
  const parts = plain.split(BLANK);
  if (!maskAll) return parts;
  return parts.flatMap((p) => splitAtAnswer(p, maskAll));
}

/** Replaces every occurrence of the answer in a line with a blank marker `[...]`. */
export function maskAnswer(text: string, answer: string): string {
  return splitAtAnswer(text, answer).join("[...]");
}
