import type { ReviewLog } from "../../../src/core/review/review-log";
import { countCardsByState, countReviewsPerDay, forecastDue, measureTrueRetention } from "../../../src/core/review/stats";
import type { CardState, Rating } from "../../../src/core/review/types";
import { reviewState } from "./helpers";

const NOW = new Date("2025-03-31T12:00:00Z");
const DAY = 86_400_000;
const T = NOW.getTime();

function log(time: number, rating: Rating, before: CardState | null): ReviewLog {
  return { cardId: "c", time, rating, before, after: reviewState(time + DAY, time), elapsedDays: 0 };
}

describe("stats", () => {
  const review = reviewState(T - DAY);
  const learning: CardState = { ...review, state: "learning" };
  const logs = [
    log(T - 40 * DAY, "again", review),
    log(T - 2 * DAY, "good", review),
    log(T - 2 * DAY + 1000, "again", review),
    log(T - 2 * DAY + 2000, "again", learning),
    log(T - 3600_000, "hard", review),
    log(T - 3600_000, "good", null),
  ];

  it("counts reviews per study day over the last 30 days, today last", () => {
    const days = countReviewsPerDay(logs, NOW);
    expect(days).toHaveLength(30);
    expect(days[29]).toEqual({ dayStart: Date.parse("2025-03-31T04:00:00Z"), count: 2 });
    expect(days[27]!.count).toBe(3);
    expect(days.reduce((n, d) => n + d.count, 0)).toBe(5);
  });

  it("measures true retention over review-state answers only", () => {
    expect(measureTrueRetention(logs, NOW)).toEqual({ reviews: 3, passed: 2, retention: 2 / 3 });
    expect(measureTrueRetention([], NOW).retention).toBeNull();
  });

  it("counts cards by state, cards without a state being new", () => {
    const states = { a: review, b: learning };
    expect(countCardsByState(["a", "b", "c", "d"], states)).toEqual({ new: 2, learning: 1, review: 1, relearning: 0 });
  });

  it("forecasts due cards per day, overdue ones today", () => {
    const states = { overdue: reviewState(T - 5 * DAY), today: reviewState(T + 3600_000), in3: reviewState(T + 3 * DAY), far: reviewState(T + 90 * DAY) };
    const f = forecastDue(Object.keys(states), states, NOW);
    expect(f).toHaveLength(30);
    expect(f[0]!.count).toBe(2);
    expect(f[3]!.count).toBe(1);
    expect(f.reduce((n, d) => n + d.count, 0)).toBe(3);
  });
});
