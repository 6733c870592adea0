/** The panel's statistics: reviews per day, true retention, cards by state and the 30-day due forecast. */
import type {} from "obsidian";
import {
  countCardsByState, countReviewsPerDay, currentStreak, forecastDue, lookupState, measureTrueRetention, retentionByMonth,
  YEAR_DAYS, type DayCount, type ReviewLog, type StateLookup,
} from "../core/review";
import { renderBarChart, renderHeatmap, renderStackedBar, type ChartAxes } from "./stats-charts";
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
  /** True while the year of logs the statistics read is still being read (the year's figures are not whole yet). */
  historyLoading?: boolean;
}

/** Days the statistics cover (today included); the logs of one more day are read for study days that start early. */
export const STATISTICS_DAYS = 30;
/** Months of retention the statistics list. */
const MONTHS = 12;
const DAYS = STATISTICS_DAYS;

/** The local calendar day a study day starts on. */
function localDay(day: DayCount, tzOffsetMinutes: number): Date {
  return new Date(day.dayStart + tzOffsetMinutes * 60_000);
}

/** "5/14" (Korean "5월 14일") for the local calendar day a study day starts on. */
function dayLabel(day: DayCount, tzOffsetMinutes: number): string {
  const d = localDay(day, tzOffsetMinutes);
  return t("statsDate", { month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

function toBars(days: readonly DayCount[], tzOffsetMinutes: number): { value: number; label: string }[] {
  return days.map((d) => ({ value: d.count, label: `${dayLabel(d, tzOffsetMinutes)}: ${d.count}` }));
}

/** The dates under a chart (first, middle, last day) and its scale's top. */
function axesOf(days: readonly DayCount[], tzOffsetMinutes: number): ChartAxes | undefined {
  const first = days[0];
  const last = days[days.length - 1];
  const middle = days[Math.floor(days.length / 2)];
  if (!first || !last || !middle) return undefined;
  const top = Math.max(1, ...days.map((d) => d.count));
  return { start: dayLabel(first, tzOffsetMinutes), middle: dayLabel(middle, tzOffsetMinutes), end: dayLabel(last, tzOffsetMinutes), top: String(top) };
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
    // A year of study days, counted once: the last 30 are the bar chart, all of them the heatmap and the streak.
    const year = countReviewsPerDay(input.logs, input.now, YEAR_DAYS, dayOptions);
    const perDay = year.slice(-DAYS);
    section.createEl("h4", { cls: "anc-stats-heading", text: t("statsReviews") });
    renderBarChart(
      section, toBars(perDay, input.tzOffsetMinutes), t("statsTotal", { count: sum(perDay) }), "anc-chart-reviews",
      axesOf(perDay, input.tzOffsetMinutes),
    );

    const streak = currentStreak(year);
    section.createEl("h4", { cls: "anc-stats-heading", text: t("statsYear") });
    const firstDay = year[0];
    const streakText = streak.days === 0 ? t("statsStreakNone")
      : t(streak.atLeast ? "statsStreakAtLeast" : "statsStreak", { count: streak.days });
    renderHeatmap(
      section, year.map((d) => ({ count: d.count, label: `${dayLabel(d, input.tzOffsetMinutes)}: ${d.count}` })),
      firstDay ? localDay(firstDay, input.tzOffsetMinutes).getUTCDay() : 0,
      `${t("statsTotal", { count: sum(year) })} · ${streakText}`, { less: t("statsLess"), more: t("statsMore") },
    );
    if (input.historyLoading === true) section.createEl("p", { cls: "anc-muted", text: t("statsYearLoading") });

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
  renderBarChart(
    section, toBars(forecast, input.tzOffsetMinutes), t("statsTotal", { count: sum(forecast) }), "anc-chart-forecast",
    axesOf(forecast, input.tzOffsetMinutes),
  );

  if (reviewedEver) renderMonthlyRetention(section, input, dayOptions);
  return section;
}

/** True retention of each of the last months with reviews of learned cards, as a small table. */
function renderMonthlyRetention(section: HTMLElement, input: StatisticsInput, dayOptions: { rolloverHour: number; tzOffsetMinutes: number }): void {
  const months = retentionByMonth(input.logs, input.now, MONTHS, dayOptions).filter((m) => m.retention !== null);
  if (months.length === 0) return;
  section.createEl("h4", { cls: "anc-stats-heading", text: t("statsRetentionByMonth") });
  const table = section.createEl("table", { cls: "anc-retention-months" });
  const head = table.createEl("tr");
  for (const text of [t("statsMonth"), t("statsRetentionShort"), t("statsReviewsShort")]) head.createEl("th", { text });
  for (const m of months) {
    const row = table.createEl("tr");
    const [year, month] = m.month.split("-");
    row.createEl("td", { text: t("statsMonthName", { year: year ?? "", month: Number(month) }) });
    row.createEl("td", { text: `${Math.round((m.retention ?? 0) * 1000) / 10}%` });
    row.createEl("td", { text: String(m.reviews) });
  }
}
