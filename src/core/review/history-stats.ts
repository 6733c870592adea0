/** Statistics over a long history: the study streak and true retention month by month. */
import type { ReviewLog } from "./review-log";
import { isTrueRetentionAnswer, type DayCount, type DayOptions } from "./stats";
import { studyDayStart } from "./study-day";

/** Study days in a row with at least one review, up to today. */
export interface Streak {
  days: number;
  /** The streak runs back to the first day counted: it may be longer than the days read. */
  atLeast: boolean;
}

/**
 * The current streak from reviews per study day (oldest first, today last): today counts once it has a review, and a
 * day without one yet does not break yesterday's streak.
 */
export function currentStreak(perDay: readonly DayCount[]): Streak {
  let i = perDay.length - 1;
  if (i >= 0 && perDay[i]!.count === 0) i--;
  let days = 0;
  while (i >= 0 && perDay[i]!.count > 0) { days++; i--; }
  return { days, atLeast: days > 0 && i < 0 };
}

/** True retention of one calendar month. */
export interface MonthRetention {
  /** "2026-05" (local time, with the study day's rollover). */
  month: string;
  reviews: number;
  passed: number;
  /** passed / reviews; null for a month without reviews of learned cards. */
  retention: number | null;
}

/**
 * True retention (answers to cards in review that were not "again") per calendar month, for the `months` months up to
 * `now`, oldest first. An answer taken back does not count.
 */
export function retentionByMonth(logs: readonly ReviewLog[], now: Date, months: number, options: DayOptions = {}): MonthRetention[] {
  const tz = options.tzOffsetMinutes ?? 0;
  // The local calendar day of the study day a time falls in (its start, shifted to local time, read as UTC).
  const dayOf = (time: number): Date => new Date(studyDayStart(time, options.rolloverHour ?? 4, tz) + tz * 60_000);
  const keyOf = (d: Date): string => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  const latest = dayOf(now.getTime());
  const out: MonthRetention[] = [];
  const index = new Map<string, MonthRetention>();
  for (let k = months - 1; k >= 0; k--) {
    const month = keyOf(new Date(Date.UTC(latest.getUTCFullYear(), latest.getUTCMonth() - k, 1)));
    const row: MonthRetention = { month, reviews: 0, passed: 0, retention: null };
    out.push(row);
    index.set(month, row);
  }
  for (const log of logs) {
    if (!isTrueRetentionAnswer(log, now.getTime())) continue;
    const row = index.get(keyOf(dayOf(log.time)));
    if (!row) continue;
    row.reviews++;
    if (log.rating !== "again") row.passed++;
  }
  for (const row of out) row.retention = row.reviews === 0 ? null : row.passed / row.reviews;
  return out;
}

/** Study days a year heatmap and the streak read back to. */
export const YEAR_DAYS = 364;
