/** Settings section: scheduling and the quiz. */
import { addHeading, addNumber, addToggle, type SectionContext } from "./controls";
import { ts } from "./settings-strings";

/** Desired retention, maximum interval, new cards per day, day rollover, typed answers. */
export function renderReviewSection(ctx: SectionContext): void {
  addHeading(ctx, ts("reviewHeading"));
  addNumber(ctx, "desiredRetention", ts("desiredRetention"), ts("desiredRetentionDesc"), "0.01");
  addNumber(ctx, "maximumIntervalDays", ts("maximumInterval"), ts("maximumIntervalDesc"));
  addNumber(ctx, "newCardsPerDay", ts("newCardsPerDay"), ts("newCardsPerDayDesc"));
  addNumber(ctx, "dayRolloverHour", ts("dayRollover"), ts("dayRolloverDesc"));
  addToggle(ctx, "typedAnswers", ts("typedAnswers"), ts("typedAnswersDesc"));
}
