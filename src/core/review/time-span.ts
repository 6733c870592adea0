/**
 * Time spans and durations rounded for people, as plain numbers and units: the UI words them in its language
 * ("10 min", "10분"), so nothing here knows which language that is.
 */

/** The unit a span until a due time is counted in. */
export type SpanUnit = "minute" | "hour" | "day" | "month" | "year";

/** A span rounded the way a rating button shows it: whole minutes, hours or days, months and years to one decimal. */
export interface TimeSpan {
  value: number;
  unit: SpanUnit;
}

/** A duration split into whole hours, minutes and seconds (rounded to the second). */
export interface DurationParts {
  hours: number;
  minutes: number;
  seconds: number;
}

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const DAYS_PER_MONTH = 365.25 / 12;
const DAYS_PER_YEAR = 365.25;

const toOneDecimal = (x: number): number => Math.round(x * 10) / 10;

/**
 * Rounds `ms` to the unit a person reads it in: under an hour in minutes (at least 1), under a day in hours, under
 * a month in days, under a year in months, then years. Negative and non-finite spans count as one minute.
 */
export function measureSpan(ms: number): TimeSpan {
  const t = Number.isFinite(ms) ? Math.max(0, ms) : 0;
  // Each unit stops where rounding would give the next unit's first value ("60 min" reads as "1 h", "30 d" as "1 mo").
  if (t < HOUR - MINUTE / 2) return { value: Math.max(1, Math.round(t / MINUTE)), unit: "minute" };
  if (t < DAY - HOUR / 2) return { value: Math.round(t / HOUR), unit: "hour" };
  const days = t / DAY;
  if (days < 29.5) return { value: Math.round(days), unit: "day" };
  const months = toOneDecimal(days / DAYS_PER_MONTH);
  if (months < 12) return { value: months, unit: "month" };
  return { value: toOneDecimal(days / DAYS_PER_YEAR), unit: "year" };
}

/** Splits a duration into hours, minutes and seconds; negative and non-finite durations are zero. */
export function splitDuration(ms: number): DurationParts {
  const total = Math.max(0, Math.round((Number.isFinite(ms) ? ms : 0) / SECOND));
  return { hours: Math.floor(total / 3_600), minutes: Math.floor((total % 3_600) / 60), seconds: total % 60 };
}
