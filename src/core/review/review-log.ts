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

/** How many new cards were introduced at or after `since` (epoch ms): what counts against today's limit. */
export function countIntroducedSince(logs: readonly ReviewLog[], since: number): number {
  let n = 0;
  for (const log of logs) if (log.time >= since && isIntroduction(log)) n++;
  return n;
}

/** Identity of a log entry across devices: the card and the exact time of the answer. */
export function logKey(log: Pick<ReviewLog, "cardId" | "time">): string {
  return `${log.time}\u0000${log.cardId}`;
}
