/** The panel during a run: the progress line, the card, the reveal or rating controls, and the footer. */
import type {} from "obsidian";
import type { Card } from "../core/cards/types";
import type { Rating, RatingPreview } from "../core/review";
import { renderCardFace } from "./panel-card";
import { renderGradeButtons, renderRevealControls, renderTypedResult, type TypedAttempt } from "./panel-grade";
import { t } from "./strings";

/** What the run view shows. */
export interface RunViewModel {
  card: Card;
  revealed: boolean;
  practice: boolean;
  /** True in a note quiz, which explains its review-or-practice rule. */
  noteQuiz: boolean;
  typedAnswers: boolean;
  attempt: TypedAttempt | null;
  /** Intervals per rating; null for a practice card. */
  previews: Record<Rating, RatingPreview> | null;
  answered: number;
  left: number;
}

/** What the run view's controls do. */
export interface RunViewHandlers {
  reveal(typed: string | null): void;
  grade(rating: Rating): void;
  openSource(card: Card): void;
  end(): void;
}

/** Appends "Open in note" (when there is a card) and "End". */
export function renderRunFooter(parent: HTMLElement, card: Card | null, handlers: Pick<RunViewHandlers, "openSource" | "end">): void {
  const foot = parent.createDiv({ cls: "anc-run-foot" });
  if (card) {
    const open = foot.createEl("button", { cls: ["anc-button", "anc-open"], text: t("openInNote"), attr: { type: "button" } });
    open.addEventListener("click", () => handlers.openSource(card));
  }
  const end = foot.createEl("button", { cls: ["anc-button", "anc-end"], text: t("endSession"), attr: { type: "button" } });
  end.addEventListener("click", () => handlers.end());
}

/** Appends the question or answer side of the current card. */
export function renderRunView(parent: HTMLElement, model: RunViewModel, handlers: RunViewHandlers): void {
  const head = parent.createDiv({ cls: "anc-run-head" });
  head.createSpan({ cls: "anc-progress", text: t("progress", { answered: model.answered, left: model.left }) });
  if (model.noteQuiz) parent.createEl("p", { cls: ["anc-muted", "anc-rule"], text: t("noteQuizRule") });
  const face = renderCardFace(parent, model.card, { revealed: model.revealed, practice: model.practice });
  if (model.revealed) {
    if (model.attempt) renderTypedResult(parent, model.attempt);
    renderGradeButtons(parent, model.previews, model.attempt?.suggested ?? null, (r) => handlers.grade(r));
  } else {
    face.addEventListener("click", () => handlers.reveal(null));
    renderRevealControls(parent, model.typedAnswers, (typed) => handlers.reveal(typed));
  }
  renderRunFooter(parent, model.card, handlers);
}

/** Appends the wait for a learning step: when the card comes back, a "Check again" button and the footer. */
export function renderWaitView(parent: HTMLElement, when: string, handlers: Pick<RunViewHandlers, "openSource" | "end"> & { check(): void }): void {
  const box = parent.createDiv({ cls: "anc-waiting" });
  box.createEl("p", { text: t("waitingFor", { when }) });
  const again = box.createEl("button", { cls: ["anc-button", "mod-cta", "anc-check"], text: t("checkAgain"), attr: { type: "button" } });
  again.addEventListener("click", () => handlers.check());
  renderRunFooter(parent, null, handlers);
}
