import { currentStreak, retentionByMonth } from "../../../src/core/review/history-stats";
import { createReviewLog } from "../../../src/core/review/review-log";
import type { DayCount } from "../../../src/core/review/stats";
import { reviewState } from "./helpers";

const DAY = 86_400_000;
const days = (...counts: number[]): DayCount[] => counts.map((count, i) => ({ dayStart: i * DAY, count }));

describe("the study streak", () => {
  it("counts the days in a row with reviews up to today", () => {
    expect(currentStreak(days(3, 0, 2, 5, 1))).toEqual({ days: 3, atLeast: false });
  });

  it("is not broken by a today without reviews yet", () => {
    expect(currentStreak(days(0, 4, 4, 0))).toEqual({ days: 2, atLeast: false });
  });

  it("is nothing after a day off, and says 'at least' when it runs back past the days read", () => {
    expect(currentStreak(days(4, 0, 0)).days).toBe(0);
    expect(currentStreak(days(1, 1, 1))).toEqual({ days: 3, atLeast: true });
  });
});

describe("true retention by month", () => {
  const now = new Date("2026-12-07T09:00:00Z");
  const review = (iso: string, rating: "again" | "good", undone = false) => {
    const time = Date.parse(iso);
    const log = createReviewLog("c", time, rating, reviewState(time, time - 3 * DAY), reviewState(time + 5 * DAY, time));
    return undone ? { ...log, undone: true as const } : log;
  };

  it("counts answers to learned cards per month, an undone answer and an answer in learning not at all", () => {
    const learning = review("2026-10-10T10:00:00Z", "again");
    const logs = [
      review("2026-10-03T10:00:00Z", "good"), { ...learning, before: { ...learning.before!, state: "learning" as const } },
      review("2026-10-20T10:00:00Z", "again"),
      review("2026-12-01T10:00:00Z", "good"), review("2026-12-02T10:00:00Z", "again", true),
    ];
    const months = retentionByMonth(logs, now, 3, { rolloverHour: 4, tzOffsetMinutes: 0 });
    expect(months).toEqual([
      { month: "2026-10", reviews: 2, passed: 1, retention: 0.5 },
      { month: "2026-11", reviews: 0, passed: 0, retention: null },
      { month: "2026-12", reviews: 1, passed: 1, retention: 1 },
    ]);
  });

  it("files an answer given before the day's rollover under the previous day's month (local time)", () => {
    // 02:00 on 1 December in Seoul is 17:00 UTC on 30 November; the study day (rollover at 4) is still 30 November.
    const logs = [review("2026-11-30T17:00:00Z", "good")];
    const months = retentionByMonth(logs, now, 2, { rolloverHour: 4, tzOffsetMinutes: 540 });
    expect(months.map((m) => [m.month, m.reviews])).toEqual([["2026-11", 1], ["2026-12", 0]]);
  });
});
