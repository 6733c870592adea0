/** The panel's home: today at a glance, the scope picker, the start button and the statistics. */
import type {} from "obsidian";
import type { TodayCounts } from "../core/quiz/today";
import { describeWhen } from "./format-time";
import { renderStatistics, type StatisticsInput } from "./panel-stats";
import { t } from "./strings";

/** One entry of the scope picker. */
export interface ScopeOption {
  value: string;
  label: string;
}

/** What the overview shows. */
export interface OverviewModel {
  /** Cards in the whole vault (zero shows the "no cards yet" empty state). */
  totalCards: number;
  /** Cards in the chosen scope. */
  scopeCards: number;
  today: TodayCounts;
  now: number;
  scopeOptions: readonly ScopeOption[];
  scopeValue: string;
  stats: StatisticsInput;
}

/** What the overview's controls do. */
export interface OverviewHandlers {
  onScope(value: string): void;
  onStart(): void;
}

function renderCount(parent: HTMLElement, key: string, value: number, label: string): void {
  const tile = parent.createDiv({ cls: ["anc-count", `anc-count-${key}`] });
  tile.createDiv({ cls: "anc-count-value", text: String(value) });
  tile.createDiv({ cls: "anc-count-label", text: label });
}

/** Draws the empty state for a vault without cards. */
function renderEmpty(parent: HTMLElement): void {
  const box = parent.createDiv({ cls: "anc-empty-state" });
  box.createEl("p", { cls: "anc-empty-title", text: t("emptyTitle") });
  box.createEl("p", { cls: "anc-empty", text: t("emptyBody") });
}

/** Appends the overview to `parent`. */
export function renderOverview(parent: HTMLElement, model: OverviewModel, handlers: OverviewHandlers): void {
  const view = parent.createDiv({ cls: "anc-overview" });
  if (model.totalCards === 0) {
    renderEmpty(view);
    return;
  }
  view.createEl("h3", { cls: "anc-heading", text: t("today") });
  const counts = view.createDiv({ cls: "anc-counts" });
  renderCount(counts, "due", model.today.due, t("countDue"));
  renderCount(counts, "new", model.today.fresh, t("countNew"));
  renderCount(counts, "learned", model.today.learned, t("countLearned"));
  if (model.today.reviewedToday > 0) {
    view.createEl("p", { cls: "anc-muted", text: t("reviewedToday", { count: model.today.reviewedToday }) });
  }

  const picker = view.createEl("label", { cls: "anc-scope" });
  picker.createSpan({ cls: "anc-scope-label", text: t("scopeLabel") });
  const select = picker.createEl("select", { cls: ["dropdown", "anc-scope-select"] });
  for (const option of model.scopeOptions) {
    const el = select.createEl("option", { text: option.label, attr: { value: option.value } });
    if (option.value === model.scopeValue) el.selected = true;
  }
  select.addEventListener("change", () => handlers.onScope(select.value));

  const nothing = model.today.due + model.today.fresh === 0;
  if (model.scopeCards === 0) {
    view.createEl("p", { cls: "anc-empty", text: t("emptyScope") });
  } else if (nothing) {
    const when = model.today.nextDue === null ? null : describeWhen(model.today.nextDue, model.now);
    view.createEl("p", { cls: "anc-next-due", text: when === null ? t("nothingScheduled") : t("nextDueIn", { when }) });
  }
  const start = view.createEl("button", {
    cls: ["anc-button", "mod-cta", "anc-start"], text: t("startReview"), attr: { type: "button" },
  });
  start.disabled = nothing;
  start.addEventListener("click", () => handlers.onStart());

  const details = view.createEl("details", { cls: "anc-stats-details" });
  details.createEl("summary", { text: t("statistics") });
  renderStatistics(details, model.stats);
}
