import type { CardState, Rating } from "./types";

/** One answer to one card, kept for statistics and a future parameter optimiser. */
export interface ReviewLog {
  cardId: string;
  /** When the answer was given (epoch ms). */
  time: number;
  rating: Rating;
  /** The card's state before the answer; null for a card seen for the first time. */
  before: CardState | null;
  after: CardState;
  /** Days since the previous review (fractional; 0 for a first review). */
  elapsedDays: number;
  /**
   * The answer was taken back ("Undo"): it no longer counts anywhere (schedule, limits, statistics), but stays in the
   * log as a record, so that every device learns of the undo. Of two copies of one answer, the undone one wins.
   */
  undone?: true;
}

const DAY_MS = 86_400_000;

/** Builds the log entry of one answer. */
export function createReviewLog(
  cardId: string, time: number, rating: Rating, before: CardState | null, after: CardState,
): ReviewLog {
  const last = before?.lastReview ?? null;
  const elapsedDays = last === null ? 0 : Math.max(0, Math.round(((time - last) / DAY_MS) * 1000) / 1000);
  return { cardId, time, rating, before, after, elapsedDays };
}

/** True when the log is the first answer ever given to its card (it introduced a new card). */
export function isIntroduction(log: ReviewLog): boolean {
  return log.before === null || log.before.state === "new";
}

/**
 * How many new cards were introduced at or after `since` (epoch ms): what counts against today's limit. `logs` are
 * sorted by time (as the store keeps them), so only the tail since `since` is read.
 */
export function countIntroducedSince(logs: readonly ReviewLog[], since: number): number {
  let n = 0;
  for (let i = logs.length - 1; i >= 0; i--) {
    const log = logs[i]!;
    if (log.time < since) break;
    if (!log.undone && isIntroduction(log)) n++;
  }
  return n;
}

/** Index of the first log at or after `time` in logs sorted by time (binary search). */
export function findFirstLogAt(logs: readonly ReviewLog[], time: number): number {
  let lo = 0, hi = logs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (logs[mid]!.time < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Identity of a log entry across devices: the card and the exact time of the answer. */
export function logKey(log: Pick<ReviewLog, "cardId" | "time">): string {
  return `${log.time}\u0000${log.cardId}`;
}

/** The cards answered at or after `since` (epoch ms), from logs sorted by time: only the tail is read. */
export function answeredSince(logs: readonly ReviewLog[], since: number): Set<string> {
  const ids = new Set<string>();
  for (let i = logs.length - 1; i >= 0; i--) {
    const log = logs[i]!;
    if (log.time < since) break;
    if (!log.undone) ids.add(log.cardId);
  }
  return ids;
}
