/** Times as the panel words them, in the interface language: "in 3 d" / "3일 후", "now", "22 min 1 s" / "22분 1초". */
import { measureSpan, splitDuration, type SpanUnit, type TimeSpan } from "../core/review/time-span";
import { t, type StringKey } from "./strings";

const SPAN_WORDS: Record<SpanUnit, StringKey> = {
  minute: "timeMinutes", hour: "timeHours", day: "timeDays", month: "timeMonths", year: "timeYears",
};

/** A rounded span in the interface language: "10 min", "2.2 mo" (Korean "10분", "2.2개월"). */
export function formatSpan(span: TimeSpan): string {
  return t(SPAN_WORDS[span.unit], { count: span.value });
}

/** The time until something `ms` away: "10 min", "3 d" (Korean "10분", "3일"). */
export function formatInterval(ms: number): string {
  return formatSpan(measureSpan(ms));
}

/** "now" for a time at or before `now`, else "in 3 d" (Korean "3일 후"). */
export function describeWhen(due: number, now: number): string {
  return due <= now ? t("now") : t("inTime", { interval: formatInterval(due - now) });
}

/**
 * A duration to the second: "40 s", "22 min 1 s", and past an hour "1 h 5 min" (Korean "40초", "22분 1초",
 * "1시간 5분"). Parts that are zero are left out, except a lone "0 s".
 */
export function formatDuration(ms: number): string {
  const { hours, minutes, seconds } = splitDuration(ms);
  const parts: string[] = [];
  if (hours > 0) parts.push(t("timeHours", { count: hours }));
  if (minutes > 0) parts.push(t("timeMinutes", { count: minutes }));
  // Seconds stop mattering once a session runs past an hour.
  if (hours === 0 && (seconds > 0 || minutes === 0)) parts.push(t("timeSeconds", { count: seconds }));
  return parts.join(" ");
}
