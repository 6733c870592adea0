/** What a card shows before the reveal, as plain strings: the same face the panel and the quiz draw. */
import { blankFor, maskedContext, maskedTerm, renderPrompt } from "./render-prompt";
import type { Card } from "./types";

/** The question side of a card: every copy of the answer is a blank. */
export interface CardFace {
  term: string;
  prompt: string;
  context: string[];
}

/** The card's face before the reveal, with `blank` (by default the card's own) wherever the answer stands. */
export function cardFace(card: Pick<Card, "term" | "promptParts" | "answer" | "hint" | "context">, blank?: string): CardFace {
  const b = blank ?? blankFor(card);
  return { term: maskedTerm(card, b), prompt: renderPrompt(card, b), context: maskedContext(card, b) };
}
