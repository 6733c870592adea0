/** What a card shows before the reveal, as plain strings: the same face the panel and the quiz draw. */
import { OTHER_BLANK, splitAtOthers, type OtherAnswers } from "./other-answers";
import { blankFor, maskedTerm, renderPrompt, splitAtAnswer } from "./render-prompt";
import type { Card } from "./types";

/** The question side of a card: every copy of the answer is a blank. */
export interface CardFace {
  term: string;
  prompt: string;
  context: string[];
}

/**
 * The card's face before the reveal, with `blank` (by default the card's own) wherever the answer stands, and
 * {@link OTHER_BLANK} wherever another card's answer stands on a context line that is that card's own line (see
 * `otherAnswersFor`).
 */
export function cardFace(
  card: Pick<Card, "term" | "promptParts" | "answer" | "hint" | "context">, blank?: string, others: OtherAnswers = new Map(),
): CardFace {
  const b = blank ?? blankFor(card);
  return {
    term: maskedTerm(card, b),
    prompt: renderPrompt(card, b),
    context: card.context.map((line) => splitAtOthers(line, others).map((part) => splitAtAnswer(part, card.answer).join(b)).join(OTHER_BLANK)),
  };
}
