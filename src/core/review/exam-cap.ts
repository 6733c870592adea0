/**
 * Reviews before an exam: a learned card whose next review would fall on or after the exam's study day is seen once
 * more before it. Only the due time moves: stability, difficulty and the interval FSRS chose (`scheduledDays`) stay as
 * FSRS computed them, so the memory model stays honest and the review after the exam is graded from what really
 * happened (ts-fsrs measures the elapsed time from `lastReview`, not from `due`).
 */
import { DAY_MS } from "./study-day";
import type { StateLookup } from "./queue";
import type { CardState } from "./types";

/**
 * The due time of `state` (just graded at `now`) kept before the exam whose study day starts at `examStart` (epoch
 * ms; see `examDayStart`). The rule:
 * - no exam, a new card, or a due before the exam's study day: unchanged;
 * - once the study day before the exam (the eve, from `examStart` − 24 h) has begun, or the exam is past: unchanged —
 *   this answer was the last review before the exam, and moving it would bring the card back again and again;
 * - otherwise the start of the eve, but never sooner than `now + minGapMs` (the longest learning step), so a card
 *   answered minutes before the eve begins is not due at once.
 * Across a daylight-saving change the eve starts an hour off; the card is then due an hour early or late, still before
 * the exam.
 */
export function capDueBeforeExam(state: CardState, now: number, examStart: number | null | undefined, minGapMs = 0): number {
  const due = state.due;
  if (examStart === null || examStart === undefined || !Number.isFinite(examStart)) return due;
  if (state.state === "new" || due < examStart) return due;
  const eve = examStart - DAY_MS;
  if (now >= eve) return due;
  return Math.min(due, Math.max(eve, now + Math.max(0, minGapMs)));
}

/**
 * The states as the queue should see them before an exam: a learned card whose due falls on or after the exam's study
 * day and that was not reviewed since the eve began is due at the eve (or now, on the eve itself), so a card learned
 * long before the date was set is seen once more before the exam too. New cards and cards reviewed on the eve stay as
 * they are; the stored states are not changed. The lookup itself comes back when nothing moves.
 */
export function capStatesBeforeExam(states: StateLookup, examStart: number | null | undefined): StateLookup {
  if (examStart === null || examStart === undefined || !Number.isFinite(examStart)) return states;
  const eve = examStart - DAY_MS;
  const entries: Iterable<[string, CardState]> = states instanceof Map
    ? (states as ReadonlyMap<string, CardState>).entries()
    : Object.entries(states as Readonly<Record<string, CardState>>);
  let capped: Map<string, CardState> | null = null;
  for (const [id, state] of entries) {
    if (state.state === "new" || state.due < examStart || (state.lastReview !== null && state.lastReview >= eve)) continue;
    capped ??= new Map(states instanceof Map ? (states as ReadonlyMap<string, CardState>) : Object.entries(states));
    capped.set(id, { ...state, due: eve });
  }
  return capped ?? states;
}
