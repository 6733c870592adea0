/** Study days: a day of reviews starts at a local hour (4 a.m. by default), not at midnight. */

const HOUR_MS = 3_600_000;
/** Length of a study day in milliseconds. */
export const DAY_MS = 24 * HOUR_MS;

/**
 * Start (epoch ms) of the study day that contains `now`.
 * `tzOffsetMinutes` is local time minus UTC (Seoul: +540), i.e. `-date.getTimezoneOffset()`.
 */
export function studyDayStart(now: Date | number, rolloverHour = 4, tzOffsetMinutes = 0): number {
  const t = typeof now === "number" ? now : now.getTime();
  const hour = Number.isFinite(rolloverHour) ? Math.min(23, Math.max(0, Math.floor(rolloverHour))) : 4;
  const offset = (Number.isFinite(tzOffsetMinutes) ? tzOffsetMinutes : 0) * 60_000;
  const shifted = t + offset - hour * HOUR_MS;
  const dayIndex = Math.floor(shifted / DAY_MS);
  return dayIndex * DAY_MS + hour * HOUR_MS - offset;
}

/** Start of the next study day after the one containing `now`. */
export function nextStudyDayStart(now: Date | number, rolloverHour = 4, tzOffsetMinutes = 0): number {
  return studyDayStart(now, rolloverHour, tzOffsetMinutes) + DAY_MS;
}

/** Whole study days from the day containing `from` to the day containing `to` (negative when `to` is earlier). */
export function studyDaysBetween(from: number, to: number, rolloverHour = 4, tzOffsetMinutes = 0): number {
  const a = studyDayStart(from, rolloverHour, tzOffsetMinutes);
  const b = studyDayStart(to, rolloverHour, tzOffsetMinutes);
  return Math.round((b - a) / DAY_MS);
}
