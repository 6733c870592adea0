import { isCramTime, orderForCram } from "../../../src/core/exam/cram";
import { examDayStart } from "../../../src/core/exam/exam-date";
import type { CardState } from "../../../src/core/review/types";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 10, 9);

function state(daysAgo: number, stability: number, phase: CardState["state"] = "review"): CardState {
  const lastReview = NOW - daysAgo * DAY;
  return {
    due: lastReview + stability * DAY, stability, difficulty: 5, elapsedDays: 3, scheduledDays: stability, reps: 3,
    lapses: 0, learningStep: 0, state: phase, lastReview,
  };
}

describe("cram", () => {
  it("is offered only in the last `cramDays` study days before the exam, its day included", () => {
    const exam = "2026-12-20";
    const start = examDayStart(exam, 4, 0)!;
    expect(isCramTime(start - 8 * DAY, exam, 7)).toBe(false);
    expect(isCramTime(start - 7 * DAY, exam, 7)).toBe(true);
    expect(isCramTime(start + 3 * 3_600_000, exam, 7)).toBe(true);
    expect(isCramTime(start + 2 * DAY, exam, 7)).toBe(false);
    expect(isCramTime(start - DAY, "", 7)).toBe(false);
  });

  it("reviews the weakest learned cards first, whatever their due dates, and leaves new cards out", () => {
    const states = new Map<string, CardState>([
      // Reviewed yesterday with a long memory: the strongest, though it is overdue.
      ["strong", { ...state(1, 60), due: NOW - 5 * DAY }],
      // Ten days since a 3-day memory: the weakest, though not due for long.
      ["faded", { ...state(10, 3), due: NOW + 30 * DAY }],
      ["middling", state(5, 10)],
      ["relearning", state(0.01, 0.5, "relearning")],
      ["new", { ...state(0, 0, "new"), lastReview: null }],
    ]);
    const cards = ["strong", "new", "middling", "faded", "relearning", "unseen"].map((id) => ({ id }));
    const order = orderForCram({ cards, stateOf: (id) => states.get(id), now: NOW });
    expect(order.map((c) => c.card.id)).toEqual(["faded", "middling", "relearning", "strong"]);
    for (let i = 1; i < order.length; i++) expect(order[i]!.recall).toBeGreaterThanOrEqual(order[i - 1]!.recall);
  });

  it("breaks ties by lower stability and leaves suspended cards out", () => {
    const states = new Map<string, CardState>([["a", state(2, 2)], ["b", state(4, 4)], ["c", state(2, 2)]]);
    const order = orderForCram({ cards: [{ id: "b" }, { id: "c" }, { id: "a" }], stateOf: (id) => states.get(id), now: NOW, held: (id) => id === "a" });
    // b and c are both one stability past their last review: equally likely to be forgotten, b the more stable and
    // given first, so only the tie-break puts c before it.
    expect(order.map((x) => x.card.id)).toEqual(["c", "b"]);
  });
});
