/** The panel's home: today at a glance, the scope picker, the start button and the statistics. */
import type {} from "obsidian";
import type { SetAside, SetAsideItem } from "../core/quiz/set-aside";
import type { TodayCounts } from "../core/quiz/today";
import { describeWhen } from "./format-time";
import { renderStatistics, type StatisticsInput } from "./panel-stats";
import { ExamView } from "./panel-exam";
import type { ExamModel } from "./exam-model";
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
  /** Suspended and buried cards, and leeches, in the scope. */
  setAside: SetAside;
  /** Exam practice: D-day, cram, confused pairs, coverage (absent: not shown). */
  exam: ExamModel;
}

/** What the overview's controls do. */
export interface OverviewHandlers {
  onScope(value: string): void;
  onStart(): void;
  /** Brings a suspended or buried card back into reviews. */
  onBringBack(cardId: string): void;
  /** Opens a card's line in its note. */
  onOpen(path: string, line: number): void;
  /** Statistics opened (their year of history may need reading). */
  onStatsOpen?(): void;
  /** Starts a run over chosen cards in a chosen order (cram, a drill of confused pairs). */
  onRunCards?(ids: string[]): void;
}

/** Draws the empty state for a vault without cards. */
function renderEmpty(parent: HTMLElement): void {
  const box = parent.createDiv({ cls: "anc-empty-state" });
  box.createEl("p", { cls: "anc-empty-title", text: t("emptyTitle") });
  box.createEl("p", { cls: "anc-empty", text: t("emptyBody") });
}

/**
 * The overview, drawn once and then updated in place as notes and reviews change: an open Statistics section stays
 * open, an open scope menu stays open, and the statistics are computed only while their section is open.
 */
export class OverviewView {
  private readonly view: HTMLElement;
  private readonly counts = new Map<string, HTMLElement>();
  private reviewedToday: HTMLElement | null = null;
  private select: HTMLSelectElement | null = null;
  private optionsKey = "";
  private note: HTMLElement | null = null;
  private start: HTMLButtonElement | null = null;
  private details: HTMLDetailsElement | null = null;
  private aside: HTMLDetailsElement | null = null;
  private asideSummary: HTMLElement | null = null;
  private asideKey = "";
  private exam: ExamView | null = null;
  private model: OverviewModel;

  /** `statsOpen` and `examOpen` keep which sections are open across redraws of the whole panel. */
  constructor(
    parent: HTMLElement, model: OverviewModel, private readonly handlers: OverviewHandlers, private readonly statsOpen: { value: boolean },
    examOpen: Set<string> = new Set(),
  ) {
    this.model = model;
    this.view = parent.createDiv({ cls: "anc-overview" });
    if (model.totalCards === 0) {
      renderEmpty(this.view);
      return;
    }
    // The exam's day above today's counts; its sections (confused pairs, coverage) after the statistics.
    const examTop = this.view.createDiv();
    this.view.createEl("h3", { cls: "anc-heading", text: t("today") });
    const counts = this.view.createDiv({ cls: "anc-counts" });
    for (const [key, label] of [["due", t("countDue")], ["new", t("countNew")], ["learned", t("countLearned")]] as const) {
      const tile = counts.createDiv({ cls: ["anc-count", `anc-count-${key}`] });
      this.counts.set(key, tile.createDiv({ cls: "anc-count-value" }));
      tile.createDiv({ cls: "anc-count-label", text: label });
    }
    this.reviewedToday = this.view.createEl("p", { cls: "anc-muted" });
    const picker = this.view.createEl("label", { cls: "anc-scope" });
    picker.createSpan({ cls: "anc-scope-label", text: t("scopeLabel") });
    const select = picker.createEl("select", { cls: ["dropdown", "anc-scope-select"] });
    select.addEventListener("change", () => handlers.onScope(select.value));
    this.select = select;
    this.note = this.view.createEl("p");
    const start = this.view.createEl("button", { cls: ["anc-button", "mod-cta", "anc-start"], text: t("startReview"), attr: { type: "button" } });
    start.addEventListener("click", () => handlers.onStart());
    this.start = start;
    const details = this.view.createEl("details", { cls: "anc-stats-details" });
    details.createEl("summary", { text: t("statistics") });
    details.open = statsOpen.value;
    details.addEventListener("toggle", () => {
      statsOpen.value = details.open;
      if (details.open) handlers.onStatsOpen?.();
      this.drawStatistics();
    });
    if (details.open) handlers.onStatsOpen?.();
    this.details = details;
    // Cards set aside and leeches: shown when there are any, listed while the section is open.
    const aside = this.view.createEl("details", { cls: "anc-set-aside" });
    this.asideSummary = aside.createEl("summary");
    aside.addEventListener("toggle", () => this.drawSetAside(true));
    this.aside = aside;
    this.exam = new ExamView(examTop, this.view, model.exam, { onRun: (ids) => handlers.onRunCards?.(ids) }, examOpen);
    this.fill();
  }

  /** Whether this overview is what `parent` shows. */
  isShownIn(parent: HTMLElement): boolean {
    return this.view.parentElement === parent;
  }

  /** Takes new figures in place; false when the panel must be drawn anew (the vault gained or lost its first card). */
  update(model: OverviewModel): boolean {
    if ((model.totalCards === 0) !== (this.model.totalCards === 0)) return false;
    this.model = model;
    this.fill();
    return true;
  }

  private fill(): void {
    const m = this.model;
    if (m.totalCards === 0) return;
    this.counts.get("due")?.setText(String(m.today.due));
    this.counts.get("new")?.setText(String(m.today.fresh));
    this.counts.get("learned")?.setText(String(m.today.learned));
    if (this.reviewedToday) {
      this.reviewedToday.setText(m.today.reviewedToday > 0 ? t("reviewedToday", { count: m.today.reviewedToday }) : "");
      this.reviewedToday.toggleClass("is-hidden", m.today.reviewedToday === 0);
    }
    this.fillScopes();
    const nothing = m.today.due + m.today.fresh === 0;
    if (this.note) {
      let text = "";
      let cls = "";
      if (m.scopeCards === 0) [text, cls] = [t("emptyScope"), "anc-empty"];
      else if (nothing) {
        const when = m.today.nextDue === null ? null : describeWhen(m.today.nextDue, m.now);
        [text, cls] = [when === null ? t("nothingScheduled") : t("nextDueIn", { when }), "anc-next-due"];
      }
      this.note.className = cls;
      this.note.setText(text);
      this.note.toggleClass("is-hidden", text === "");
    }
    if (this.start) this.start.disabled = nothing;
    this.exam?.update(m.exam);
    this.drawStatistics();
    this.drawSetAside(false);
  }

  /** The set-aside section: its count always, its lists while open (redrawn only when they changed, or on `force`). */
  private drawSetAside(force: boolean): void {
    const aside = this.aside;
    if (!aside || !this.asideSummary) return;
    const { suspended, buried, leeches } = this.model.setAside;
    const total = suspended.length + buried.length + leeches.length;
    aside.toggleClass("is-hidden", total === 0);
    this.asideSummary.setText(t("setAsideTitle", { count: total }));
    const key = JSON.stringify(this.model.setAside);
    if (!aside.open) {
      aside.querySelector(".anc-set-aside-lists")?.remove();
      this.asideKey = "";
      return;
    }
    if (!force && key === this.asideKey) return;
    this.asideKey = key;
    aside.querySelector(".anc-set-aside-lists")?.remove();
    const lists = aside.createDiv({ cls: "anc-set-aside-lists" });
    const list = (title: string, items: readonly SetAsideItem[], kind: "suspended" | "buried" | "leech"): void => {
      if (items.length === 0) return;
      lists.createDiv({ cls: "anc-set-aside-title", text: title });
      const ul = lists.createEl("ul", { cls: ["anc-set-aside-list", `anc-set-aside-${kind}`] });
      for (const item of items) {
        const li = ul.createEl("li", { attr: { "data-card-id": item.id } });
        const text = li.createDiv({ cls: "anc-set-aside-text" });
        text.createDiv({ cls: "anc-set-aside-term", text: item.term });
        text.createDiv({ cls: "anc-muted", text: item.prompt });
        if (item.until !== undefined) text.createDiv({ cls: "anc-muted", text: t("buriedUntil", { when: describeWhen(item.until, this.model.now) }) });
        const actions = li.createDiv({ cls: "anc-set-aside-actions" });
        if (kind !== "leech") {
          const back = actions.createEl("button", { cls: ["anc-button", "anc-bring-back"], text: t("bringBack"), attr: { type: "button" } });
          back.addEventListener("click", () => this.handlers.onBringBack(item.id));
        }
        const open = actions.createEl("button", {
          cls: ["anc-button", "anc-open-line"], text: t("openLine", { line: item.line }), attr: { type: "button", title: item.path },
        });
        open.addEventListener("click", () => this.handlers.onOpen(item.path, item.line));
      }
    };
    list(t("setAsideSuspended"), suspended, "suspended");
    list(t("setAsideBuried"), buried, "buried");
    list(t("setAsideLeeches"), leeches, "leech");
  }

  /** The scope menu's entries, rebuilt only when they changed and the menu is not in use (it may be open). */
  private fillScopes(): void {
    const select = this.select;
    if (!select) return;
    const key = JSON.stringify(this.model.scopeOptions);
    const inUse = select.ownerDocument.activeElement === select;
    if (key !== this.optionsKey && !inUse) {
      this.optionsKey = key;
      select.replaceChildren();
      for (const option of this.model.scopeOptions) select.createEl("option", { text: option.label, attr: { value: option.value } });
    }
    if (!inUse) select.value = this.model.scopeValue;
  }

  /** The statistics, computed only while their section is open. */
  private drawStatistics(): void {
    const details = this.details;
    if (!details) return;
    details.querySelector(".anc-stats")?.remove();
    if (details.open) renderStatistics(details, this.model.stats);
  }
}
