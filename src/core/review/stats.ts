import { lookupState, type StateLookup } from "./queue";
import type { ReviewLog } from "./review-log";
import { DAY_MS, studyDayStart } from "./study-day";
import type { CardPhase } from "./types";

/** Where the study day turns over, for day-based statistics. */
export interface DayOptions {
  rolloverHour?: number;
  tzOffsetMinutes?: number;
}

/** One study day and a count. */
export interface DayCount {
  /** Start of the study day (epoch ms). */
  dayStart: number;
  count: number;
}

function days(now: number, n: number, options: DayOptions, direction: 1 | -1): { first: number; starts: number[] } {
  const today = studyDayStart(now, options.rolloverHour ?? 4, options.tzOffsetMinutes ?? 0);
  const starts: number[] = [];
  for (let i = 0; i < n; i++) starts.push(today + direction * i * DAY_MS);
  if (direction === -1) starts.reverse();
  return { first: starts[0] ?? today, starts };
}

/** Reviews per study day over the last `n` days (today last). */
export function countReviewsPerDay(logs: readonly ReviewLog[], now: Date, n = 30, options: DayOptions = {}): DayCount[] {
  const { first, starts } = days(now.getTime(), n, options, -1);
  const counts = starts.map((dayStart) => ({ dayStart, count: 0 }));
  const end = first + n * DAY_MS;
  for (const log of logs) {
    if (log.undone || log.time < first || log.time >= end) continue;
    const slot = counts[Math.floor((log.time - first) / DAY_MS)];
    if (slot) slot.count++;
  }
  return counts;
}

/** True when an answer counts for true retention: given by `now`, not taken back, to a card in review (not learning). */
export function isTrueRetentionAnswer(log: ReviewLog, now: number): boolean {
  return !log.undone && log.time <= now && log.before?.state === "review";
}

/** True retention: the share of answers to cards in review (not learning) that were not "again". */
export function measureTrueRetention(
  logs: readonly ReviewLog[], now: Date, n = 30, options: DayOptions = {},
): { reviews: number; passed: number; retention: number | null } {
  const since = studyDayStart(now, options.rolloverHour ?? 4, options.tzOffsetMinutes ?? 0) - (n - 1) * DAY_MS;
  let reviews = 0, passed = 0;
  for (const log of logs) {
    if (log.time < since || !isTrueRetentionAnswer(log, now.getTime())) continue;
    reviews++;
    if (log.rating !== "again") passed++;
  }
  return { reviews, passed, retention: reviews === 0 ? null : passed / reviews };
}

/** How many of the given cards are in each phase (cards without a state are new). */
export function countCardsByState(cardIds: Iterable<string>, states: StateLookup): Record<CardPhase, number> {
  const out: Record<CardPhase, number> = { new: 0, learning: 0, review: 0, relearning: 0 };
  for (const id of cardIds) out[lookupState(states, id)?.state ?? "new"]++;
  return out;
}

/** Cards coming due on each of the next `n` study days; today's count includes everything overdue. */
export function forecastDue(
  cardIds: Iterable<string>, states: StateLookup, now: Date, n = 30, options: DayOptions = {},
): DayCount[] {
  const { first, starts } = days(now.getTime(), n, options, 1);
  const counts = starts.map((dayStart) => ({ dayStart, count: 0 }));
  for (const id of cardIds) {
    const s = lookupState(states, id);
    if (!s || s.state === "new") continue;
    const slot = counts[Math.max(0, Math.floor((s.due - first) / DAY_MS))];
    if (slot) slot.count++;
  }
  return counts;
}
