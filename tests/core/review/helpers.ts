import type { Card } from "../../../src/core/cards/types";
import type { CardState } from "../../../src/core/review/types";

/** A card with just what the review side reads; prompt fields are filler. */
export function makeCard(id: string, term: string, line: number, path = "AWS/Compute.md"): Card {
  return {
    id, path, line, term, promptParts: ["", ""], answer: id, context: [], selfNamed: false, tags: [],
  };
}

/** A review-phase state due at `due`. */
export function reviewState(due: number, lastReview = due - 3 * 86_400_000): CardState {
  return {
    due, stability: 3, difficulty: 5, elapsedDays: 3, scheduledDays: 3, reps: 3, lapses: 0,
    learningStep: 0, state: "review", lastReview,
  };
}
