/** The cloze prompt of a highlight: its line as plain text with the highlighted phrase blanked. */
import { stripMarkup, type InlineHighlight } from "../markdown/inline";
import { splitAtAnswer } from "../markdown/answer";
import { isTrimmedChar } from "../markdown/text";
import { splitAtForms } from "./highlight-forms";
import { asQuestion } from "./highlight-question";

const BLANK = "\ue000";
/** How much of the line around the highlight is read (the card builder clips further). */
const WINDOW = 700;

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
  const lead = innerTo > h.innerFrom && isTrimmedChar(line.charCodeAt(h.innerFrom)) ? " " : "";
  const trail = innerTo > h.innerFrom && isTrimmedChar(line.charCodeAt(innerTo - 1)) ? " " : "";
  const plain = stripMarkup(`${start > 0 ? "…" : ""}${before}${lead}${BLANK}${trail}${after}${end < line.length ? "…" : ""}`);
  const parts = plain.split(BLANK);
  if (!maskAll) return parts;
  return parts.flatMap((p) => splitAtAnswer(p, maskAll));
}

/** Replaces every occurrence of the answer in a line with a blank marker `[...]`. */
export function maskAnswer(text: string, answer: string): string {
  return splitAtAnswer(text, answer).join("[...]");
}

/** A card's prompt parts: the line around the highlight with every occurrence of the answer, in any form, a blank. */
export function buildCardPromptParts(line: string, h: InlineHighlight, answer: string): string[] {
  return buildPromptParts(line, h, null).flatMap((p) => splitAtForms(p, answer));
}

/** Prompt parts led by a question (`Pricing: [...]`), the answer hidden in the question too. */
export function withQuestion(parts: readonly string[], question: string, answer: string): string[] {
  const asked = splitAtForms(asQuestion(question), answer);
  const last = asked.length - 1;
  return [...asked.slice(0, last), `${asked[last] ?? ""}${parts[0] ?? ""}`, ...parts.slice(1)];
}
