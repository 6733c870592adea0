/** What a finished quiz reports: cards reviewed, how many were right, time spent and when the next card is due. */
import { lookupState, type StateLookup } from "../review/queue";
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
  /** Answers recorded so far. */
  answered(): number;
  /** The summary at `now`, with `nextDue` taken from the states of `cardIds`. */
  summarize(now: number, cardIds: Iterable<string>, states: StateLookup): SessionSummary;
}

/** Starts a tally for a run that began at `startedAt` (epoch ms). */
export function createSummaryTally(startedAt: number): SummaryTally {
  const cards = new Set<string>();
  let answered = 0, correct = 0, practice = 0;
  return {
    record(cardId, rating, isPractice) {
      cards.add(cardId);
      answered++;
      if (rating !== "again") correct++;
      if (isPractice) practice++;
    },
    answered: () => answered,
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
