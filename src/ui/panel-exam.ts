/**
 * The exam part of the panel's overview: the exam and its D-day with the cram run in the last days, the pairs the
 * student confuses most with a drill, and which services of the exam guide the notes cover, by domain. It is updated
 * in place with the rest of the overview: a section left open stays open, and coverage is measured only while open.
 */
import type {} from "obsidian";
import type { ConfusedPair } from "../core/exam/confusions";
import { COVERAGE_STATUSES, type CoverageCounts, type CoverageStatus } from "../core/exam/coverage";
import type { ExamModel } from "./exam-model";
import { t, type StringKey } from "./strings";

/** What the exam part's buttons do. */
export interface ExamHandlers {
  /** Starts a run over these cards, in this order. */
  onRun(ids: string[]): void;
}


const STATUS_LABEL: Record<CoverageStatus, StringKey> = {
  known: "coverageKnown", reviewed: "coverageReviewed", defined: "coverageDefined", missing: "coverageMissing",
};

/**
 * The exam part of the overview (see the file comment): the exam's day and cram in `top`, above today's counts; the
 * confused pairs and coverage in `sections`, below the statistics, so an open coverage list never pushes the start
 * button out of sight.
 */
export class ExamView {
  private readonly root: HTMLElement;
  private readonly sections: HTMLElement;
  private key = "";
  private model: ExamModel;

  /** `open` holds the sections open (kept by the host across redraws of the whole overview). */
  constructor(
    top: HTMLElement, sections: HTMLElement, model: ExamModel, private readonly handlers: ExamHandlers, private readonly open: Set<string>,
  ) {
    this.root = top.createDiv({ cls: "anc-exam" });
    this.sections = sections.createDiv({ cls: "anc-exam-sections" });
    this.model = model;
    this.draw();
  }

  /** Takes new figures; redraws only what changed (open sections stay open). */
  update(model: ExamModel): void {
    this.model = model;
    this.draw();
  }

  private draw(): void {
    const m = this.model;
    const key = JSON.stringify({ exam: m.exam, days: m.daysLeft, cram: [m.cramIds.length, m.cramIds[0]], pairs: m.pairs });
    // Coverage and a drill follow the notes and reviews: an open section is drawn again on every update.
    if (key === this.key && this.open.size === 0) return;
    this.key = key;
    this.root.replaceChildren();
    this.sections.replaceChildren();
    this.root.toggleClass("is-hidden", m.exam === null && m.daysLeft === null);
    this.sections.toggleClass("is-hidden", m.pairs.length === 0 && m.coverage === null);
    this.drawDay();
    this.drawPairs();
    this.drawCoverage();
  }

  /** "SAA-C03 · D-12", and the cram run in the last days. */
  private drawDay(): void {
    const m = this.model;
    if (m.exam === null && m.daysLeft === null) return;
    const row = this.root.createDiv({ cls: "anc-exam-day" });
    if (m.exam !== null) row.createSpan({ cls: "anc-exam-name", text: m.exam });
    if (m.daysLeft !== null) {
      row.createSpan({ cls: "anc-dday", text: m.daysLeft === 0 ? t("dDayToday") : t("dDayLeft", { days: m.daysLeft }) });
    }
    if (m.cramIds.length > 0) {
      const count = m.cramIds.length;
      const cram = this.root.createEl("button", {
        cls: ["anc-button", "anc-cram"], text: t(count === 1 ? "cramButtonOne" : "cramButton", { count }), attr: { type: "button", title: t("cramHint") },
      });
      // The model at the click: an update that changed nothing drawn still brings the cards as they are now.
      cram.addEventListener("click", () => this.handlers.onRun(this.model.cramIds));
    }
  }

  /** A section that remembers being open across redraws. */
  private section(id: string, title: string): HTMLDetailsElement {
    const details = this.sections.createEl("details", { cls: `anc-exam-${id}` });
    details.createEl("summary", { text: title });
    details.open = this.open.has(id);
    details.addEventListener("toggle", () => {
      if (details.open === this.open.has(id)) return;
      if (details.open) this.open.add(id);
      else this.open.delete(id);
      this.key = "";
      this.draw();
    });
    return details;
  }

  /** The pairs confused most ("SQS ↔ SNS · 4 times") and a drill over them. */
  private drawPairs(): void {
    const { pairs } = this.model;
    if (pairs.length === 0) return;
    const details = this.section("pairs", t("confusionsTitle", { count: pairs.length }));
    if (!details.open) return;
    const list = details.createEl("ul", { cls: "anc-confusions" });
    for (const pair of pairs) renderPair(list, pair);
    const ids = this.model.drillIds();
    if (ids.length > 0) {
      const drill = details.createEl("button", {
        cls: ["anc-button", "anc-drill"], text: t(ids.length === 1 ? "drillButtonOne" : "drillButton", { count: ids.length }), attr: { type: "button" },
      });
      drill.addEventListener("click", () => this.handlers.onRun(ids));
    }
  }

  /** Coverage of the exam guide: counts, then each domain with its services and where each stands. */
  private drawCoverage(): void {
    const { coverage: measure, exam } = this.model;
    if (measure === null) return;
    const details = this.section("coverage", t("coverageTitle", { exam: exam ?? "" }));
    if (!details.open) return;
    const coverage = measure();
    details.createEl("p", { cls: "anc-muted", text: t("coverageSummary", { defined: coverage.total - coverage.counts.missing, total: coverage.total }) });
    renderCounts(details, coverage.counts, coverage.total);
    for (const d of coverage.domains) {
      const domain = details.createDiv({ cls: "anc-coverage-domain" });
      domain.createDiv({ cls: "anc-coverage-domain-name", text: t("coverageDomain", { name: d.domain.name, weight: d.domain.weight }) });
      renderCounts(domain, d.counts, d.services.length);
      const list = domain.createEl("ul", { cls: "anc-coverage-services" });
      for (const s of d.services) {
        const item = list.createEl("li", { cls: `is-${s.status}`, attr: { "data-service": s.id } });
        item.createSpan({ cls: "anc-coverage-service", text: s.name });
        item.createSpan({ cls: ["anc-badge", `anc-coverage-${s.status}`], text: t(STATUS_LABEL[s.status]) });
      }
    }
  }
}

/** One confused pair: both names, and how often. */
function renderPair(list: HTMLElement, pair: ConfusedPair): void {
  const item = list.createEl("li");
  item.createSpan({ cls: "anc-confusion-pair", text: `${pair.answer} ↔ ${pair.picked}` });
  item.createSpan({ cls: "anc-muted", text: t("confusionCount", { count: pair.count }) });
}

/** A bar of the four statuses, in proportion, with their counts as text. */
function renderCounts(parent: HTMLElement, counts: CoverageCounts, total: number): void {
  const bar = parent.createDiv({ cls: "anc-coverage-bar", attr: { role: "img", "aria-label": describeCounts(counts) } });
  for (const status of COVERAGE_STATUSES) {
    if (counts[status] === 0 || total === 0) continue;
    const part = bar.createDiv({ cls: `anc-coverage-part anc-coverage-${status}` });
    part.setCssProps({ "--anc-share": String(counts[status] / total) });
  }
  parent.createDiv({ cls: ["anc-muted", "anc-coverage-counts"], text: describeCounts(counts) });
}

function describeCounts(counts: CoverageCounts): string {
  return COVERAGE_STATUSES.map((s) => `${t(STATUS_LABEL[s])} ${counts[s]}`).join(" · ");
}
