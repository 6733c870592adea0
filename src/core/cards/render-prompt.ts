/** Turning a card into the strings a reader sees, without ever showing the answer on the question side. */
import type { Card } from "./types";
import { splitAtForms } from "../reading/highlight-forms";

/**
 * Splits `text` at every occurrence of the answer in any form a card hides (`Name (ACRONYM)` halves, a Korean answer
 * without its particle), ignoring case and white space; `parts.join(blank)` hides them all.
 */
export function splitAtAnswer(text: string, answer: string): string[] {
  return splitAtForms(text, answer);
}

/** The blank a card shows where its answer was: `[hint]` when the highlight gave a hint, `[...]` otherwise. */
export function blankFor(card: Pick<Card, "hint">): string {
  const hint = card.hint?.trim();
  return hint ? `[${hint}]` : "[...]";
}

/** The prompt as the reader sees it: the prompt parts joined with `blank` (by default the card's own blank). */
export function renderPrompt(card: Pick<Card, "promptParts" | "hint">, blank?: string): string {
  return card.promptParts.join(blank ?? blankFor(card));
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
