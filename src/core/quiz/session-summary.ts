/** What a finished quiz reports: cards reviewed, how many were right, time spent and when the next card is due. */
import { lookupState, type StateLookup } from "../review/queue";
import type { SessionCounts } from "../review/review-session";
import type { Rating } from "../review/types";

/** The end-of-quiz numbers. */
export interface SessionSummary {
  /** Answers given (a card answered twice counts twice). */
  answered: number;
  /** Different cards answered. */
  cards: number;
  /** Answers other than "again". */
  correct: number;
  /** Answers that were practice and left the schedule unchanged. */
  practice: number;
  durationMs: number;
  /** Earliest due time among the run's cards after the run, or null when none is scheduled. */
  nextDue: number | null;
}

/** Collects answers while a run goes on. */
export interface SummaryTally {
  record(cardId: string, rating: Rating, practice: boolean): void;
  /** Takes back an answer recorded before (an undo). */
  unrecord(cardId: string, rating: Rating, practice: boolean): void;
  /** Answers recorded so far. */
  answered(): number;
  /** Time per answer so far in this run (from its start to `now`), or null before a few answers give a fair figure. */
  pace(now: number): number | null;
  /** The summary at `now`, with `nextDue` taken from the states of `cardIds`. */
  summarize(now: number, cardIds: Iterable<string>, states: StateLookup): SessionSummary;
}

/** Starts a tally for a run that began at `startedAt` (epoch ms). */
export function createSummaryTally(startedAt: number): SummaryTally {
  /** Answers per card: a card stays counted while one of its answers does. */
  const cards = new Map<string, number>();
  let answered = 0, correct = 0, practice = 0;
  return {
    record(cardId, rating, isPractice) {
      cards.set(cardId, (cards.get(cardId) ?? 0) + 1);
      answered++;
      if (rating !== "again") correct++;
      if (isPractice) practice++;
    },
    unrecord(cardId, rating, isPractice) {
      const n = cards.get(cardId) ?? 0;
      if (n === 0) return;
      if (n === 1) cards.delete(cardId);
      else cards.set(cardId, n - 1);
      answered--;
      if (rating !== "again") correct--;
      if (isPractice) practice--;
    },
    answered: () => answered,
    pace: (now) => (answered >= PACE_AFTER ? Math.max(0, now - startedAt) / answered : null),
    summarize(now, cardIds, states) {
      return {
        answered, cards: cards.size, correct, practice,
        durationMs: Math.max(0, now - startedAt),
        nextDue: findNextDue(cardIds, states, now),
      };
    },
  };
}

/** The earliest due time after `after` among cards that have a schedule, or null. */
export function findNextDue(cardIds: Iterable<string>, states: StateLookup, after: number): number | null {
  let best: number | null = null;
  for (const id of cardIds) {
    const s = lookupState(states, id);
    if (!s || s.state === "new" || s.due <= after) continue;
    if (best === null || s.due < best) best = s.due;
  }
  return best;
}

/** Answers before the run's own pace is trusted for an estimate. */
const PACE_AFTER = 3;
/** Time per answer assumed before then: a cloze card takes most students some ten seconds. */
export const DEFAULT_ANSWER_MS = 10_000;

/**
 * About how long what is left takes: a new card is answered once per learning step (at least once), a card in
 * learning and a review card once each, at `paceMs` per answer (a first guess until the run has its own pace).
 */
export function estimateRemainingMs(counts: SessionCounts, learningSteps: number, paceMs: number | null): number {
  const answers = counts.new * Math.max(1, Math.floor(learningSteps)) + counts.learning + counts.review;
  const pace = paceMs !== null && Number.isFinite(paceMs) ? Math.min(120_000, Math.max(2_000, paceMs)) : DEFAULT_ANSWER_MS;
  return answers * pace;
}
