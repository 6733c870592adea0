/** The answer side's controls: the typed-answer box, the reveal button and the four rating buttons. */
import type {} from "obsidian";
import { RATINGS, type Rating, type RatingPreview } from "../core/review";
import type { TypedAnswerResult } from "../core/quiz/typed-answer";
import { formatSpan } from "./format-time";
import { t } from "./strings";

/** A typed answer and how it compared. */
export interface TypedAttempt extends TypedAnswerResult {
  text: string;
}

/** The label of a rating button in the interface language. */
export function ratingLabel(rating: Rating): string {
  return t(rating);
}

/** Draws the question side's controls: the optional typed-answer box and a large "Show answer" button. */
export function renderRevealControls(
  parent: HTMLElement, typed: boolean, onReveal: (typedText: string | null) => void,
): void {
  const box = parent.createDiv({ cls: "anc-reveal" });
  if (typed) {
    const row = box.createDiv({ cls: "anc-typed" });
    const input = row.createEl("input", {
      cls: "anc-typed-input",
      attr: { type: "text", placeholder: t("typedPlaceholder"), autocomplete: "off", spellcheck: "false", "aria-label": t("typedPlaceholder") },
    });
    const check = row.createEl("button", { cls: "anc-button", text: t("checkAnswer"), attr: { type: "button" } });
    check.addEventListener("click", () => onReveal(input.value));
  }
  const reveal = box.createEl("button", { cls: ["anc-button", "mod-cta", "anc-show-answer"], attr: { type: "button" } });
  reveal.createSpan({ text: t("showAnswer") });
  reveal.createSpan({ cls: "anc-key-hint", text: t("revealHint") });
  reveal.addEventListener("click", () => onReveal(null));
}

/** Draws how a typed answer compared with the card's answer. */
export function renderTypedResult(parent: HTMLElement, attempt: TypedAttempt): void {
  const box = parent.createDiv({ cls: ["anc-typed-result", attempt.exact ? "is-correct" : attempt.suggested === "hard" ? "is-near" : "is-wrong"] });
  const verdict = attempt.exact ? t("typedExact")
    : attempt.suggested === "hard" ? t("typedNear", { percent: Math.round(attempt.similarity * 100) })
      : t("typedWrong");
  box.createDiv({ cls: "anc-typed-verdict", text: verdict });
  box.createDiv({ cls: "anc-typed-yours", text: t("typedYours", { text: attempt.text }) });
  box.createDiv({ cls: "anc-typed-suggested", text: t("typedSuggested", { rating: ratingLabel(attempt.suggested) }) });
}

/**
 * Draws the four rating buttons, each with the interval it would give and its key, the suggested rating marked; a
 * practice card (no previews) gets Wrong and Right instead.
 */
export function renderGradeButtons(
  parent: HTMLElement,
  previews: Record<Rating, RatingPreview> | null,
  suggested: Rating | null,
  onGrade: (rating: Rating) => void,
): void {
  if (!previews) {
    renderPracticeButtons(parent, suggested, onGrade);
    return;
  }
  const row = parent.createDiv({ cls: "anc-grades", attr: { role: "group", "aria-label": t("gradeHint") } });
  RATINGS.forEach((rating, i) => {
    const cls = ["anc-button", "anc-grade", `anc-grade-${rating}`];
    if (rating === suggested) cls.push("is-suggested");
    const button = row.createEl("button", { cls, attr: { type: "button", "data-rating": rating } });
    button.createSpan({ cls: "anc-grade-label", text: ratingLabel(rating) });
    button.createSpan({ cls: "anc-grade-interval", text: formatSpan(previews[rating].interval) });
    button.createSpan({ cls: "anc-key-hint", text: String(i + 1) });
    button.addEventListener("click", () => onGrade(rating));
  });
}

/**
 * Practice has nothing to schedule: right or wrong only (keys 1 and 3, where Again and Good are in a review). A
 * wrong card comes back once more at the end of the run.
 */
function renderPracticeButtons(parent: HTMLElement, suggested: Rating | null, onGrade: (rating: Rating) => void): void {
  const row = parent.createDiv({ cls: ["anc-grades", "is-practice"], attr: { role: "group", "aria-label": t("gradeHint") } });
  for (const [rating, label, key] of [["again", t("practiceWrong"), "1"], ["good", t("practiceRight"), "3"]] as const) {
    const cls = ["anc-button", "anc-grade", `anc-grade-${rating}`];
    if (rating === suggested || (suggested !== null && suggested !== "again" && rating === "good")) cls.push("is-suggested");
    const button = row.createEl("button", { cls, attr: { type: "button", "data-rating": rating } });
    button.createSpan({ cls: "anc-grade-label", text: label });
    button.createSpan({ cls: "anc-key-hint", text: key });
    button.addEventListener("click", () => onGrade(rating));
  }
}
