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

/**
 * Timers on a fake clock starting at `start`: `advanceTo` runs every timer due by then, in time order, and lets the
 * saves they start settle.
 */
export function clockedTimers(start: number) {
  let now = start;
  let next = 1;
  const pending = new Map<number, { at: number; run: () => void }>();
  const settle = async (): Promise<void> => { for (let i = 0; i < 40; i++) await Promise.resolve(); };
  return {
    now: () => now,
    setTimer: (run: () => void, ms: number): unknown => { pending.set(next, { at: now + ms, run }); return next++; },
    clearTimer: (h: unknown): void => { pending.delete(h as number); },
    async advanceTo(t: number): Promise<void> {
      for (;;) {
        const due = [...pending.entries()].filter(([, p]) => p.at <= t).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = due[1].at;
        due[1].run();
        await settle();
      }
      now = t;
    },
  };
}
