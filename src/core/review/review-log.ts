import type { CardState, Rating } from "./types";

/**
 * A wrong option picked in a multiple-choice question: the option's term name and the right answer's, as shown. The
 * answer's name is kept too, so the confused pair survives its card being edited or deleted.
 */
export interface WrongPick {
  picked: string;
  answer: string;
}

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
  /**
   * The wrong option picked, when the card was asked as a multiple-choice question and answered wrongly. Stored beside
   * the week file (see `pick-files.ts`), where a version that does not know it never reads or rewrites it.
   */
  pick?: WrongPick;
}

const DAY_MS = 86_400_000;

/** Builds the log entry of one answer; `pick` records the wrong option picked in a multiple-choice question. */
export function createReviewLog(
  cardId: string, time: number, rating: Rating, before: CardState | null, after: CardState, pick?: WrongPick,
): ReviewLog {
  const last = before?.lastReview ?? null;
  const elapsedDays = last === null ? 0 : Math.max(0, Math.round(((time - last) / DAY_MS) * 1000) / 1000);
  const log: ReviewLog = { cardId, time, rating, before, after, elapsedDays };
  return pick ? withPick(log, pick) : log;
}

/** The log with the wrong option picked (a copy; names trimmed). The log itself when the pick names nothing. */
export function withPick(log: ReviewLog, pick: WrongPick): ReviewLog {
  const picked = pick.picked.trim(), answer = pick.answer.trim();
  return picked === "" || answer === "" ? log : { ...log, pick: { picked, answer } };
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

/** `logs` with the picks of `picks` added to the answers that lack one (the same list when none is added). */
export function attachPicks(logs: ReviewLog[], picks: ReadonlyMap<string, WrongPick>): ReviewLog[] {
  if (picks.size === 0) return logs;
  let out: ReviewLog[] | null = null;
  for (let i = 0; i < logs.length; i++) {
    const log = logs[i]!;
    const pick = log.pick ? undefined : picks.get(logKey(log));
    if (!pick) continue;
    out ??= logs.slice();
    out[i] = { ...log, pick };
  }
  return out ?? logs;
}
