/**
 * The panel's overview as its host keeps it: drawn once and then updated in place, its open sections remembered
 * across whole redraws, not redrawn while the sidebar is collapsed, and the year of logs for the statistics read the
 * first time they open.
 */
import type {} from "obsidian";
import type { StudyScope } from "../core/quiz/scope";
import { YEAR_DAYS } from "../core/review";
import { buildOverviewModel } from "./panel-model";
import { OverviewView, type OverviewHandlers, type OverviewModel } from "./panel-overview";
import { t } from "./strings";
import type { StudyServices } from "./study-services";

/** The overview's part of the panel. `redraw` asks the panel to draw the overview again (it decides when). */
export class OverviewHost {
  private view: OverviewView | null = null;
  /** The year of review logs the statistics read: not asked for, being read, or in memory. */
  private year: "unread" | "reading" | "read" = "unread";
  private readonly statsOpen = { value: false };
  /** The exam sections open (confused pairs, coverage). */
  private readonly examOpen = new Set<string>();
  private visible = true;
  private stale = false;

  constructor(private readonly services: StudyServices, private readonly redraw: () => void) {}

  /** The overview's figures for a scope; while the year's logs are being read, the statistics say so. */
  private model(scopeValue: string, scope: StudyScope): OverviewModel {
    const model = buildOverviewModel(this.services, scopeValue, scope);
    model.stats.historyLoading = this.year === "reading";
    return model;
  }

  /** Takes new figures into the overview `root` shows, in place; false when it must be drawn anew. */
  updateIn(root: HTMLElement, scopeValue: string, scope: StudyScope): boolean {
    if (!this.view?.isShownIn(root) || this.services.isLoading?.() === true) return false;
    return this.view.update(this.model(scopeValue, scope));
  }

  /** Draws the overview into `root` (or "loading" while the history is not in). */
  draw(root: HTMLElement, scopeValue: string, scope: StudyScope, handlers: Omit<OverviewHandlers, "onStatsOpen">): void {
    this.view = null;
    if (this.services.isLoading?.() === true) {
      root.createDiv({ cls: "anc-loading", text: t("loadingHistory"), attr: { role: "status" } });
      return;
    }
    this.view = new OverviewView(root, this.model(scopeValue, scope), { ...handlers, onStatsOpen: () => this.loadYear() }, this.statsOpen, this.examOpen);
  }

  /** The overview is no longer on screen. */
  forget(): void {
    this.view = null;
  }

  /** Whether the overview may be redrawn now: while hidden, one redraw is owed for when it shows again. */
  mayRedraw(): boolean {
    this.stale = !this.visible;
    return this.visible;
  }

  /** The sidebar was collapsed or shown: true when a redraw is owed. */
  setVisible(visible: boolean): boolean {
    this.visible = visible;
    return visible && this.stale;
  }

  /** Reads a year of review logs the first time Statistics opens, then draws them again. */
  private loadYear(): void {
    if (this.year !== "unread" || !this.services.loadHistory) return;
    this.year = "reading";
    this.redraw();
    this.services.loadHistory(YEAR_DAYS + 1).then(() => undefined, () => undefined).finally(() => {
      this.year = "read";
      this.redraw();
    });
  }
}
