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

/** Appends the summary with one button that leaves it (back to the overview, or closing the quiz). */
export function renderSummary(
  parent: HTMLElement, summary: SessionSummary, now: number, leaveLabel: string, onLeave: () => void,
): void {
  const box = parent.createDiv({ cls: "anc-summary" });
  box.createEl("h3", { cls: "anc-heading", text: t("summaryTitle") });
  if (summary.answered === 0) box.createEl("p", { cls: "anc-empty", text: t("nothingDue") });
  const list = box.createEl("dl", { cls: "anc-summary-list" });
  addRow(list, "cards", t("summaryCards"), String(summary.cards));
  addRow(list, "correct", t("summaryCorrect"), `${summary.correct} / ${summary.answered}`);
  if (summary.practice > 0) addRow(list, "practice", t("summaryPractice"), String(summary.practice));
  addRow(list, "time", t("summaryTime"), formatDuration(summary.durationMs));
  addRow(list, "next-due", t("summaryNextDue"), summary.nextDue === null ? t("summaryNone") : describeWhen(summary.nextDue, now));
  const leave = box.createEl("button", { cls: ["anc-button", "mod-cta", "anc-leave"], text: leaveLabel, attr: { type: "button" } });
  leave.addEventListener("click", onLeave);
}
