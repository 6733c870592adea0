/**
 * Conflicted copies a sync tool left beside data.json, a week file or a week's picks file: merged into memory and the
 * main files, then moved to the merged-copies folder so they are never merged twice.
 */
import { conflictOf, MERGED_FOLDER, mergedPathOf } from "./conflicts";
import type { DataNotice } from "./data-notice";
import { fileStamp, readOrError, type ReviewDataPort } from "./data-port";
import { parseLogFile } from "./log-files";
import { parseStoredData } from "./migrate";
import { mergePickCopy } from "./pick-files";
import type { ReviewLog, WrongPick } from "./review-log";
import type { ReviewData } from "./store-schema";

/** What merging copies needs of the store. */
export interface CopyMergeContext {
  port: ReviewDataPort;
  clock: () => Date;
  /** Takes in another copy of data.json (card states merged by card, logs added). */
  absorb: (data: ReviewData) => void;
  /** Adds logs to memory; returns how many were new. */
  addLogs: (logs: readonly ReviewLog[]) => number;
  /** Gives the logs in memory these picks (by answer key); true when any log gained one. */
  addPicks: (picks: ReadonlyMap<string, WrongPick>) => boolean;
  /** Writes memory to the main files. */
  saveFiles: () => Promise<void>;
  onError?: (error: unknown) => void;
  onNotice?: (notice: DataNotice) => void;
  /** The plugin folder's files as `port.list` just gave them, when the caller listed it already. */
  names?: readonly string[];
}

/**
 * Merges the conflicted copies in the plugin folder, card by card and log line by log line (a cut copy gives what
 * still parses), saves, then moves them to the merged-copies folder. A picks copy is merged straight into its picks
 * file (its answers may be in weeks not in memory); one of a newer format, one whose picks file is of a newer format
 * (its picks could reach no file), or one that cannot be merged now, stays where it is. True when memory gained
 * anything.
 */
export async function mergeConflictCopiesOf(ctx: CopyMergeContext): Promise<boolean> {
  const { port } = ctx;
  if (!port.list || !port.rename) return false;
  const names = ctx.names ?? await port.list();
  // Picks copies last: a pick is attached only to an answer memory holds, so the answers of every copy come in first
  // (in name order, Syncthing's `….picks.sync-conflict-…` would sort before its week's `….sync-conflict-…`).
  const rank = (of: { kind: string }): number => (of.kind === "picks" ? 1 : 0);
  const copies = names.flatMap((path) => {
    const of = conflictOf(path);
    return of ? [{ path, of }] : [];
  }).sort((a, b) => rank(a.of) - rank(b.of) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (copies.length === 0) return false;
  let changed = false;
  const merged: string[] = [];
  for (const { path, of } of copies) {
    const read = await readOrError(port, path);
    if (!("text" in read) || read.text === null) continue;
    if (of.kind === "data") {
      const parsed = parseStoredData(read.text);
      if (parsed.ok) {
        ctx.absorb(parsed.data);
        changed = true;
      }
    } else if (of.kind === "picks") {
      let picks: Map<string, WrongPick> | null = null;
      try {
        picks = await mergePickCopy(port, of.week, read.text, ctx.clock());
      } catch (e) {
        // The picks file cannot be read or written now: the copy stays and is merged at a later sync.
        ctx.onError?.(e);
      }
      // Null: the copy or the picks file is of a newer format, and the copy is all that holds its picks.
      if (picks === null) continue;
      if (ctx.addPicks(picks)) changed = true;
    } else {
      const parsed = parseLogFile(read.text, of.week);
      if (parsed.ok && ctx.addLogs(parsed.logs) > 0) changed = true;
    }
    merged.push(path);
  }
  // What the copies held is on disk in the main files before the copies move.
  if (changed) await ctx.saveFiles();
  const taken = new Set(names);
  const stamp = fileStamp(ctx.clock());
  for (const path of merged) {
    const target = mergedPathOf(path, stamp, taken);
    taken.add(target);
    try {
      await port.rename(path, target);
    } catch (e) {
      // Merged all the same; the copy stays where it is and is merged again (harmlessly) at the next sync.
      ctx.onError?.(e);
    }
  }
  if (merged.length > 0) ctx.onNotice?.([{ code: "syncCopiesMerged", count: merged.length, folder: MERGED_FOLDER }]);
  return changed;
}
