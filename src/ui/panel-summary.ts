/** The end of a session: cards reviewed, correct answers, practice answers, time spent and the next due time. */
import type {} from "obsidian";
import type { SessionSummary } from "../core/quiz/session-summary";
import { describeWhen, formatDuration } from "./format-time";
import { t } from "./strings";

function addRow(list: HTMLElement, key: string, label: string, value: string): void {
  const row = list.createDiv({ cls: ["anc-summary-row", `anc-summary-${key}`] });
  row.createEl("dt", { text: label });
  row.createEl("dd", { text: value });
}

/** How the summary ends: the leave button, and for a review run done for today what comes later and studying ahead. */
export interface SummaryOptions {
  leaveLabel: string;
  onLeave(): void;
  /** The run ran out of cards (rather than being ended by the user). */
  doneForToday: boolean;
  /** Learning cards that come back after the learn-ahead limit, and when the first does. */
  later: { count: number; until: number } | null;
  /** Studies ahead; null when the run cannot (a practice run). */
  onStudyAhead: (() => void) | null;
  /** Takes back the run's latest answer; null when there is none. */
  onUndo: (() => void) | null;
}

/** Appends the summary with one button that leaves it (back to the overview, or closing the quiz). */
export function renderSummary(parent: HTMLElement, summary: SessionSummary, now: number, options: SummaryOptions): void {
  const box = parent.createDiv({ cls: "anc-summary" });
  box.createEl("h3", { cls: "anc-heading", text: options.doneForToday && options.onStudyAhead ? t("doneTitle") : t("summaryTitle") });
  if (summary.answered === 0) box.createEl("p", { cls: "anc-empty", text: t("nothingDue") });
  if (options.later) {
    const { count, until } = options.later;
    const when = describeWhen(until, now);
    box.createEl("p", { cls: "anc-later", text: count === 1 ? t("laterLearningOne", { when }) : t("laterLearning", { count, when }) });
  }
  const list = box.createEl("dl", { cls: "anc-summary-list" });
  addRow(list, "cards", t("summaryCards"), String(summary.cards));
  addRow(list, "correct", t("summaryCorrect"), `${summary.correct} / ${summary.answered}`);
  if (summary.practice > 0) addRow(list, "practice", t("summaryPractice"), String(summary.practice));
  addRow(list, "time", t("summaryTime"), formatDuration(summary.durationMs));
  const practiceOnly = summary.answered > 0 && summary.practice === summary.answered;
  const nextDue = practiceOnly ? t("summaryPracticeOnly") : summary.nextDue === null ? t("summaryNone") : describeWhen(summary.nextDue, now);
  addRow(list, "next-due", t("summaryNextDue"), nextDue);
  const actions = box.createDiv({ cls: "anc-summary-actions" });
  const leave = actions.createEl("button", { cls: ["anc-button", "mod-cta", "anc-leave"], text: options.leaveLabel, attr: { type: "button" } });
  leave.addEventListener("click", () => options.onLeave());
  const onAhead = options.onStudyAhead;
  if (options.doneForToday && onAhead) {
    const ahead = actions.createEl("button", {
      cls: ["anc-button", "anc-study-ahead"], text: t("studyAhead"), attr: { type: "button", title: t("studyAheadDesc") },
    });
    ahead.addEventListener("click", () => onAhead());
  }
  const onUndo = options.onUndo;
  if (onUndo) {
    const undo = actions.createEl("button", { cls: ["anc-button", "anc-undo"], text: t("undo"), attr: { type: "button", title: t("undoHint") } });
    undo.addEventListener("click", () => onUndo());
  }
}
