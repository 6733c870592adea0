/** Turning a card into the strings a reader sees, without ever showing the answer on the question side. */
import type { Card } from "./types";

/** The blank a card shows where its answer was: `[hint]` when the highlight gave a hint, `[...]` otherwise. */
export function blankFor(card: Pick<Card, "hint">): string {
  const hint = card.hint?.trim();
  return hint ? `[${hint}]` : "[...]";
}

/** The prompt as the reader sees it: the prompt parts joined with `blank` (by default the card's own blank). */
export function renderPrompt(card: Pick<Card, "promptParts" | "hint">, blank?: string): string {
  return card.promptParts.join(blank ?? blankFor(card));
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Splits `text` at every occurrence of `answer`, ignoring case and treating any run of white space (NBSP included)
 * as one space; `parts.join(x)` puts `x` where the answer was. One part when the answer does not occur.
 */
export function splitAtAnswer(text: string, answer: string): string[] {
  const words = answer.normalize("NFC").split(/\s+/).filter((w) => w !== "");
  if (words.length === 0) return [text];
  const pattern = new RegExp(words.map(escapeRegExp).join("\\s+"), "giu");
  return text.normalize("NFC").split(pattern);
}

/**
 * The card's term for display: every occurrence of the answer replaced by the blank, so a self-named card
 * (`==Fargate== : …` under "Compute 서비스") or a term that contains its answer never gives the answer away.
 */
export function maskedTerm(card: Pick<Card, "term" | "answer" | "hint">, blank?: string): string {
  return splitAtAnswer(card.term, card.answer).join(blank ?? blankFor(card));
}

/** The card's context lines for display, each with the answer replaced by the blank like {@link maskedTerm}. */
export function maskedContext(card: Pick<Card, "context" | "answer" | "hint">, blank?: string): string[] {
  const b = blank ?? blankFor(card);
  return card.context.map((line) => splitAtAnswer(line, card.answer).join(b));
}
