/**
 * Conflicted copies that sync tools leave beside a file both devices changed: which files of the plugin folder are
 * copies of `data.json`, of a week file or of a week's picks file, by the naming schemes of the common tools.
 */
import { isWeekKey, LOG_FOLDER } from "./log-files";

/** Where merged copies are moved, so they are never merged twice and stay for the user to look at. */
export const MERGED_FOLDER = "merged-copies";

/** What one name in the plugin folder is a conflicted copy of. */
export type ConflictOf = { kind: "data" } | { kind: "week"; week: string } | { kind: "picks"; week: string };

/**
 * The part a sync tool puts between a file's name and its extension:
 * - Dropbox: ` (conflicted copy 2026-12-01)`, ` (Jin's conflicted copy 2026-12-01)`, Obsidian Sync and Google Drive
 *   alike with `conflict` in parentheses;
 * - Syncthing: `.sync-conflict-20261201-093000-ABCDEFG`;
 * - iCloud and macOS: ` 2`; Google Drive and Windows: ` (1)`;
 * - OneDrive: `-DESKTOP-4F2K9` (the computer's name).
 */
const CONFLICT_MARK = [
  String.raw`\s*\([^()]*[Cc]onflict[^()]*\)`,
  String.raw`\.sync-conflict-[0-9A-Za-z-]+`,
  String.raw` \d{1,3}`,
  String.raw` \(\d{1,3}\)`,
  // A Windows computer's name is upper case (`DESKTOP-4F2K9`): a file a user named `data-old.json` is left alone.
  String.raw`-[A-Z][A-Z0-9-]{0,30}`,
].map((m) => `(?:${m})`).join("|");

const DATA_COPY = new RegExp(`^data(?:${CONFLICT_MARK})\\.json$`);
const WEEK_COPY = new RegExp(`^${LOG_FOLDER}/(\\d{4}-\\d{2}-\\d{2})(?:${CONFLICT_MARK})\\.jsonl$`);
/** A copy of a week's picks file (see `pick-files.ts`): `2025-03-17.picks (conflicted copy …).jsonl`. */
const PICKS_COPY = new RegExp(`^${LOG_FOLDER}/(\\d{4}-\\d{2}-\\d{2})\\.picks(?:${CONFLICT_MARK})\\.jsonl$`);

/** What a path (relative to the plugin folder) is a conflicted copy of, or null for any other file. */
export function conflictOf(path: string): ConflictOf | null {
  if (DATA_COPY.test(path)) return { kind: "data" };
  const week = WEEK_COPY.exec(path)?.[1];
  if (week !== undefined) return isWeekKey(week) ? { kind: "week", week } : null;
  const picks = PICKS_COPY.exec(path)?.[1];
  return picks !== undefined && isWeekKey(picks) ? { kind: "picks", week: picks } : null;
}

/**
 * Where a merged copy goes: the merged-copies folder, its name led by when it was merged (`stamp`), so a sync tool
 * that gives every copy the same name (`data 2.json`) never meets an earlier one there; `-n` when one merge moves two
 * copies of one name.
 */
export function mergedPathOf(path: string, stamp: string, taken: ReadonlySet<string>): string {
  const name = `${stamp} ${path.slice(path.lastIndexOf("/") + 1)}`;
  const dot = name.lastIndexOf(".");
  for (let n = 0; ; n++) {
    const candidate = `${MERGED_FOLDER}/${n === 0 ? name : `${name.slice(0, dot)}-${n}${name.slice(dot)}`}`;
    if (!taken.has(candidate)) return candidate;
  }
}
