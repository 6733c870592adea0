/**
 * A card's face: its term, the prompt line and the context lines. Before the reveal every copy of the answer is a
 * blank; after it the answer stands in place of the blank, highlighted. All note text goes in as text nodes.
 */
import type {} from "obsidian";
import { OTHER_BLANK, splitAtOthers, type OtherAnswers } from "../core/cards/other-answers";
import { blankFor, splitAtAnswer } from "../core/cards/render-prompt";
import type { Card } from "../core/cards/types";
import { t } from "./strings";

/** How to draw the face. */
export interface CardFaceOptions {
  revealed: boolean;
  /** Marks the card as practice (its schedule will not change). */
  practice: boolean;
  /**
   * Other cards of the note whose answers stay blank on context lines that are their own lines, on both sides (the
   * next card may be one of them).
   */
  others?: OtherAnswers;
}

/** Appends `parts` as text with a blank (or the highlighted answer) between each two. */
function appendParts(el: HTMLElement, parts: readonly string[], card: Card, revealed: boolean): void {
  parts.forEach((part, i) => {
    if (i > 0) {
      if (revealed) el.createSpan({ cls: "anc-answer", text: card.answer });
      else el.createSpan({ cls: "anc-blank", text: blankFor(card) });
    }
    if (part !== "") el.appendChild(el.ownerDocument.createTextNode(part));
  });
}

/** Draws the card into `parent` and returns the face element. */
export function renderCardFace(parent: HTMLElement, card: Card, options: CardFaceOptions): HTMLElement {
  const face = parent.createDiv({ cls: ["anc-card", options.revealed ? "is-revealed" : "is-question"] });
  const meta = face.createDiv({ cls: "anc-card-meta" });
  const term = meta.createSpan({ cls: "anc-card-term" });
  appendParts(term, splitAtAnswer(card.term, card.answer), card, options.revealed);
  if (options.practice) meta.createSpan({ cls: "anc-badge", text: t("practiceBadge") });

  const prompt = face.createEl("p", { cls: "anc-prompt" });
  appendParts(prompt, card.promptParts, card, options.revealed);

  if (card.context.length > 0) {
    const list = face.createEl("ul", { cls: "anc-context" });
    for (const line of card.context) {
      const item = list.createEl("li");
      splitAtOthers(line, options.others ?? new Map()).forEach((part, i) => {
        if (i > 0) item.createSpan({ cls: "anc-other-blank", text: OTHER_BLANK, attr: { title: t("otherBlank") } });
        appendParts(item, splitAtAnswer(part, card.answer), card, options.revealed);
      });
    }
  }
  return face;
}
