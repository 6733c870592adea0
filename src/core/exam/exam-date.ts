/**
 * The exam date: whether what was written is a calendar day, when the exam's study day starts, how many study days are
 * left (12 for "D-12", 0 on the day), and the start the scheduler keeps learned cards' reviews before (see
 * `capDueBeforeExam`). Days are study days (they start at the rollover hour), counted in the student's time zone as
 * `tzOffsetMinutes` gives it (local time minus UTC).
 */
import { DAY_MS, studyDaysBetween } from "../review/study-day";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HOUR_MS = 3_600_000;

/**
 * The exam date as written in the settings (`YYYY-MM-DD`, nothing around it) read as a calendar day: its midnight in
 * UTC (epoch ms), or null for anything else ("", `2027-02-30`, `2027-3-15`). What the settings keep and the exam's
 * day starts from.
 */
export function parseExamDate(text: string): number | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const midnight = Date.UTC(y, mo - 1, d);
  const check = new Date(midnight);
  return check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d ? midnight : null;
}

/**
 * Start (epoch ms) of the study day of the exam date (`YYYY-MM-DD`, local): that date at the rollover hour. Null for
 * no date ("") or one that is not a calendar day. The offset is today's: across a daylight-saving change before the
 * exam the start is an hour off, which moves no day count.
 */
export function examDayStart(examDate: string, rolloverHour = 4, tzOffsetMinutes = 0): number | null {
  const midnight = parseExamDate(examDate);
  if (midnight === null) return null;
  const hour = Number.isFinite(rolloverHour) ? Math.min(23, Math.max(0, Math.floor(rolloverHour))) : 4;
  const offset = Number.isFinite(tzOffsetMinutes) ? tzOffsetMinutes : 0;
  return midnight + hour * HOUR_MS - offset * 60_000;
}

/**
 * Study days from today to the exam's day: 12 when it is twelve study days away, 0 on the day itself; null when
 * there is no exam date or the exam is past.
 */
export function daysUntilExam(now: Date | number, examDate: string, rolloverHour = 4, tzOffsetMinutes = 0): number | null {
  const start = examDayStart(examDate, rolloverHour, tzOffsetMinutes);
  if (start === null) return null;
  const t = typeof now === "number" ? now : now.getTime();
  const days = studyDaysBetween(t, start, rolloverHour, tzOffsetMinutes);
  return days < 0 ? null : days;
}

/**
 * What the scheduler's `examStart` option should be: the exam day's start while the exam is ahead (its day not over),
 * else null — a past exam keeps nothing.
 */
export function examStartFor(now: Date | number, examDate: string, rolloverHour = 4, tzOffsetMinutes = 0): number | null {
  const start = examDayStart(examDate, rolloverHour, tzOffsetMinutes);
  const t = typeof now === "number" ? now : now.getTime();
  return start === null || t >= start + DAY_MS ? null : start;
}
