/** The panel during a run: the progress line, the card, the reveal or rating controls, and the footer. */
import type {} from "obsidian";
import type { Card } from "../core/cards/types";
import type { CardPhase, Rating, RatingPreview, SessionCounts } from "../core/review";
import type { OtherAnswers } from "../core/cards/other-answers";
import type { WholeTerm } from "../core/quiz/card-term";
import { formatDuration } from "./format-time";
import { renderCardFace } from "./panel-card";
import { renderGradeButtons, renderRevealControls, renderTypedResult, type TypedAttempt } from "./panel-grade";
import { renderChoices, renderPickNext, renderPickResult, type ChoiceState } from "./panel-choice";
import { t } from "./strings";

/** What the run view shows. */
export interface RunViewModel {
  card: Card;
  revealed: boolean;
  practice: boolean;
  /** True in a note quiz, which explains its review-or-practice rule. */
  noteQuiz: boolean;
  /** True in a cram run or a drill, whose rule differs: learned cards are reviewed, due or not. */
  chosenCards?: boolean;
  typedAnswers: boolean;
  attempt: TypedAttempt | null;
  /** Intervals per rating; null for a practice card. */
  previews: Record<Rating, RatingPreview> | null;
  answered: number;
  left: number;
  /** What is left by kind in a review (null in practice), the shown card's kind, and about how long the rest takes. */
  counts: SessionCounts | null;
  currentPhase: CardPhase;
  estimateMs: number | null;
  /** An answer of this run can be taken back. */
  canUndo: boolean;
  /** New cards a practice run could start learning ("Start learning these"); 0 hides the offer. */
  newLeft: number;
  /** The card's lapses when it is a leech (failed eight times or more); 0 otherwise. */
  leechLapses: number;
  /** Other cards' answers the face keeps blank (see `otherAnswersFor`). */
  others: OtherAnswers;
  /** After the reveal: the rest of what the notes say about the card's term (null before, or with nothing to add). */
  wholeTerm: WholeTerm | null;
  /** The options when the card is asked as multiple choice (null otherwise). */
  choice?: ChoiceState | null;
}

/** What the run view's controls do. */
export interface RunViewHandlers {
  undo(): void;
  startLearning(): void;
  setAside(how: "skip" | "bury" | "suspend"): void;
  reveal(typed: string | null): void;
  grade(rating: Rating): void;
  /** Picks an option of a multiple-choice question (the pick is the answer). */
  pick(index: number): void;
  /** On to the next card after a multiple-choice verdict. */
  next(): void;
  openSource(card: Card): void;
  end(): void;
}

/** Appends "Open in note" (when there is a card) and "End". */
export function renderRunFooter(
  parent: HTMLElement, card: Card | null, handlers: Pick<RunViewHandlers, "openSource" | "end" | "undo">, canUndo = false,
): void {
  const foot = parent.createDiv({ cls: "anc-run-foot" });
  if (canUndo) {
    const undo = foot.createEl("button", { cls: ["anc-button", "anc-undo"], text: t("undo"), attr: { type: "button", title: t("undoHint") } });
    undo.addEventListener("click", () => handlers.undo());
  }
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
  if (model.counts) renderCounts(head, model.counts, model.currentPhase, model.estimateMs);
  else head.createSpan({ cls: "anc-progress", text: t("progress", { answered: model.answered, left: model.left }) });
  // The rule of a practice quiz is said once, on its first card.
  if (model.noteQuiz && model.answered === 0) {
    parent.createEl("p", { cls: ["anc-muted", "anc-rule"], text: t(model.chosenCards ? "chosenCardsRule" : "noteQuizRule") });
  }
  if (model.newLeft > 0) {
    const learn = parent.createEl("button", {
      cls: ["anc-button", "anc-start-learning"], text: t("startLearning", { count: model.newLeft }), attr: { type: "button", title: t("startLearningHint") },
    });
    learn.addEventListener("click", () => handlers.startLearning());
  }
  const face = renderCardFace(parent, model.card, { revealed: model.revealed, practice: model.practice, others: model.others });
  if (model.leechLapses > 0) {
    face.querySelector(".anc-card-meta")?.createSpan({ cls: ["anc-badge", "anc-leech"], text: t("leechBadge", { count: model.leechLapses }) });
  }
  // The grade row takes the place of the reveal controls, so the thumb that showed the answer lands on Good; how a
  // typed answer compared goes below it, never between.
  // A multiple-choice question: the options stand where the reveal button would; after the pick they stay above,
  // marked, "Next" takes the grades' place right under them (where the pointer is), and the two definitions follow.
  if (model.choice && model.revealed) renderChoices(parent, model.choice, (i) => handlers.pick(i));
  const controls = parent.createDiv({ cls: ["anc-controls", model.revealed ? "is-grading" : "is-revealing"] });
  if (model.choice) {
    // The verdict shows both definitions already: no "All about" below it.
    if (!model.revealed) renderChoices(controls, model.choice, (i) => handlers.pick(i));
    else {
      renderPickNext(controls, model.choice, model.practice, () => handlers.next());
      renderPickResult(parent, model.choice);
    }
  } else if (model.revealed) {
    renderGradeButtons(controls, model.previews, model.attempt?.suggested ?? null, (r) => handlers.grade(r));
    if (model.attempt) renderTypedResult(parent, model.attempt);
    if (model.wholeTerm) renderWholeTerm(parent, model.wholeTerm);
  } else {
    face.addEventListener("click", () => handlers.reveal(null));
    renderRevealControls(controls, model.typedAnswers, (typed) => handlers.reveal(typed));
  }
  // A picked answer is recorded: nothing is left to set aside (Undo takes the answer back).
  if (!(model.choice && model.revealed)) renderSetAside(parent, handlers);
  renderRunFooter(parent, model.card, handlers, model.canUndo);
}

/** Skip, bury and suspend: small, apart from the grades, so that no thumb lands on them by accident. */
function renderSetAside(parent: HTMLElement, handlers: Pick<RunViewHandlers, "setAside">): void {
  const row = parent.createDiv({ cls: "anc-set-aside-row" });
  for (const [how, label, hint] of [
    ["skip", t("skipCard"), t("skipCardHint")], ["bury", t("buryCard"), t("buryCardHint")], ["suspend", t("suspendCard"), t("suspendCardHint")],
  ] as const) {
    const button = row.createEl("button", { cls: ["anc-button", "anc-small", `anc-${how}`], text: label, attr: { type: "button", title: hint } });
    button.addEventListener("click", () => handlers.setAside(how));
  }
}

/** Anki's three counts (new · learning · review), the shown card's kind underlined, and about how long the rest takes. */
function renderCounts(head: HTMLElement, counts: SessionCounts, current: CardPhase, estimateMs: number | null): void {
  const line = head.createDiv({
    cls: "anc-run-counts", attr: { role: "status", "aria-label": t("countsLabel", { new: counts.new, learning: counts.learning, review: counts.review }) },
  });
  const kind = current === "new" ? "new" : current === "review" ? "review" : "learning";
  const parts: { key: "new" | "learning" | "review"; label: string; value: number }[] = [
    { key: "new", label: t("countNewShort"), value: counts.new },
    { key: "learning", label: t("countLearningShort"), value: counts.learning },
    { key: "review", label: t("countReviewShort"), value: counts.review },
  ];
  for (const p of parts) {
    const item = line.createSpan({ cls: ["anc-run-count", `anc-run-count-${p.key}`], attr: { "aria-hidden": "true" } });
    if (p.key === kind) item.addClass("is-current");
    item.createSpan({ cls: "anc-run-count-label", text: p.label });
    item.createSpan({ cls: "anc-run-count-value", text: String(p.value) });
  }
  if (estimateMs !== null && estimateMs > 0) {
    // Rounded to whole minutes past the first one: an estimate, not a stopwatch.
    const rounded = estimateMs < 60_000 ? Math.ceil(estimateMs / 10_000) * 10_000 : Math.round(estimateMs / 60_000) * 60_000;
    head.createSpan({ cls: ["anc-muted", "anc-time-left"], text: t("timeLeft", { time: formatDuration(rounded) }) });
  }
}

/** The answer side's "whole term": the term's other names and every definition line the card did not show. */
function renderWholeTerm(parent: HTMLElement, whole: WholeTerm): void {
  const box = parent.createDiv({ cls: "anc-whole-term" });
  box.createDiv({ cls: "anc-whole-term-title", text: t("wholeTermTitle", { term: whole.name }) });
  if (whole.otherNames.length > 0) {
    const names = box.createDiv({ cls: "anc-whole-term-names" });
    names.createSpan({ cls: "anc-muted", text: `${t("hoverAliases")}: ` });
    names.createSpan({ text: whole.otherNames.join(", ") });
  }
  if (whole.lines.length > 0) {
    const list = box.createEl("ul", { cls: "anc-whole-term-lines" });
    for (const line of whole.lines) list.createEl("li", { text: line });
  }
  if (whole.more > 0) box.createDiv({ cls: "anc-muted", text: t("wholeTermMore", { count: whole.more }) });
  for (const side of whole.compared) {
    const other = box.createDiv({ cls: "anc-whole-term-compared" });
    other.createDiv({ cls: "anc-whole-term-title", text: t("wholeTermCompared", { term: side.name }) });
    if (side.lines.length > 0) {
      const list = other.createEl("ul", { cls: "anc-whole-term-lines" });
      for (const line of side.lines) list.createEl("li", { text: line });
    }
  }
}
