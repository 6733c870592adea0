/** The panel's statistics: reviews per day, true retention, cards by state and the 30-day due forecast. */
import type {} from "obsidian";
import {
  countCardsByState, countReviewsPerDay, forecastDue, lookupState, measureTrueRetention,
  type DayCount, type ReviewLog, type StateLookup,
} from "../core/review";
import { renderBarChart, renderStackedBar } from "./stats-charts";
import { t } from "./strings";

/** What the statistics are computed over. */
export interface StatisticsInput {
  cardIds: readonly string[];
  states: StateLookup;
  /** Logs of those cards, at least those of the last {@link STATISTICS_DAYS} days. */
  logs: readonly ReviewLog[];
  now: Date;
  rolloverHour: number;
  tzOffsetMinutes: number;
}

/** Days the statistics cover (today included); the logs of one more day are read for study days that start early. */
export const STATISTICS_DAYS = 30;
const DAYS = STATISTICS_DAYS;

/** "05-14" for the local calendar day a study day starts on. */
function dayLabel(day: DayCount, tzOffsetMinutes: number): string {
  const d = new Date(day.dayStart + tzOffsetMinutes * 60_000);
  return `${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

function toBars(days: readonly DayCount[], tzOffsetMinutes: number): { value: number; label: string }[] {
  return days.map((d) => ({ value: d.count, label: `${dayLabel(d, tzOffsetMinutes)}: ${d.count}` }));
}

const sum = (days: readonly DayCount[]): number => days.reduce((s, d) => s + d.count, 0);

/** Appends the statistics section (or its empty state when there are no reviews yet). */
export function renderStatistics(parent: HTMLElement, input: StatisticsInput): HTMLElement {
  const section = parent.createDiv({ cls: "anc-stats" });
  const dayOptions = { rolloverHour: input.rolloverHour, tzOffsetMinutes: input.tzOffsetMinutes };
  // Only recent weeks of logs are in memory: a card's schedule tells whether it was ever reviewed before them.
  const reviewedEver = input.logs.some((l) => !l.undone) || input.cardIds.some((id) => (lookupState(input.states, id)?.lastReview ?? null) !== null);
  if (!reviewedEver) {
    section.createEl("p", { cls: "anc-empty", text: t("statsEmpty") });
  } else {
    const perDay = countReviewsPerDay(input.logs, input.now, DAYS, dayOptions);
    section.createEl("h4", { cls: "anc-stats-heading", text: t("statsReviews") });
    renderBarChart(section, toBars(perDay, input.tzOffsetMinutes), t("statsTotal", { count: sum(perDay) }), "anc-chart-reviews");

    const retention = measureTrueRetention(input.logs, input.now, DAYS, dayOptions);
    section.createEl("h4", { cls: "anc-stats-heading", text: t("statsRetention") });
    section.createEl("p", {
      cls: "anc-retention",
      text: retention.retention === null ? t("statsRetentionNone") : t("statsRetentionValue", {
        percent: Math.round(retention.retention * 1000) / 10, passed: retention.passed, reviews: retention.reviews,
      }),
    });
  }

  const byState = countCardsByState(input.cardIds, input.states);
  section.createEl("h4", { cls: "anc-stats-heading", text: t("statsStates") });
  renderStackedBar(section, [
    { key: "new", value: byState.new, label: t("stateNew") },
    { key: "learning", value: byState.learning, label: t("stateLearning") },
    { key: "review", value: byState.review, label: t("stateReview") },
    { key: "relearning", value: byState.relearning, label: t("stateRelearning") },
  ]);

  const forecast = forecastDue(input.cardIds, input.states, input.now, DAYS, dayOptions);
  section.createEl("h4", { cls: "anc-stats-heading", text: t("statsForecast") });
  renderBarChart(section, toBars(forecast, input.tzOffsetMinutes), t("statsTotal", { count: sum(forecast) }), "anc-chart-forecast");
  return section;
}
