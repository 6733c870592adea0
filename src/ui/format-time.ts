/** Times as the panel words them: "in 3d", "now", "4m 05s". */
import { formatInterval } from "../core/review";
import { t } from "./strings";

/** "now" for a time at or before `now`, else "in 3d" (Korean "3d 후"). */
export function describeWhen(due: number, now: number): string {
  return due <= now ? t("now") : t("inTime", { interval: formatInterval(due - now) });
}

/** A duration as minutes and seconds ("12m 05s", "40s"). */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round((Number.isFinite(ms) ? ms : 0) / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes === 0 ? `${seconds}s` : `${minutes}m ${String(seconds).padStart(2, "0")}s`;
}
