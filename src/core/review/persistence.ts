import type { DataNotice, NoticeLine } from "./data-notice";
import { keepAside, readOrError, tempPathOf, writeWhole, type ReviewDataPort } from "./data-port";
import { listWeeks } from "./log-files";
import { readLogFile, type LogFileState } from "./log-io";
import { mergeLogs, mergeReviewData } from "./merge";
import { parseStoredData } from "./migrate";
import { logKey, type ReviewLog } from "./review-log";
import { createEmptyReviewData, serializeReviewData, type DroppedEntry, type ReviewData } from "./store-schema";

export type { ReviewDataPort } from "./data-port";

/** The main data file (the one Obsidian's loadData/saveData use). */
export const DATA_FILE = "data.json";
/** The last good copy, refreshed every few minutes. */
export const BACKUP_FILE = "data.backup.json";
/** Default minutes between backup refreshes. */
export const BACKUP_EVERY_MINUTES = 10;

/** What loading found: data to use, the raw settings, and a notice when something was wrong. `data.logs` holds the logs of the last days. */
export interface LoadedReviewData {
  data: ReviewData;
  /** The stored settings object, for `normalizeSettings`. */
  settings: unknown;
  /** What to tell the user when the file was damaged, replaced by the backup, or partly unreadable. */
  notice: DataNotice | null;
  /** Where the damaged file was kept aside, if it was. */
  keptAs: string | null;
  dropped: DroppedEntry[];
  /** The text on disk this data accounts for: pass it to the next save as `known`. */
  known: string | null;
  /** The version data.json was migrated from (null when it was current). */
  migratedFrom: number | null;
  /** The week files read at start-up (those of the last {@link STARTUP_LOG_DAYS} days), for the store. */
  logFiles: Map<string, LogFileState>;
  /** Logs found only inside data.json (a version-1 file): the store writes them to week files at its first save. */
  unsaved: ReviewLog[];
  /** Logs inside data.json whose week line is on disk but whose wrong pick may not be: the store files the pick only. */
  unsavedPicks: ReviewLog[];
}

/** Days of review logs read at start-up: enough for today's new-card count in any time zone and rollover hour. */
export const STARTUP_LOG_DAYS = 2;

type LoadedDataFile = Omit<LoadedReviewData, "logFiles" | "unsaved" | "unsavedPicks" | "migratedFrom"> & { migratedFrom?: number | null };

/**
 * Loads data.json and the week files of the last two days (today's new cards). A damaged, truncated or
 * future-version data.json is copied aside (never overwritten) and the backup is loaded instead, with a notice; a
 * damaged week file is copied aside and its readable lines are used. Never throws.
 */
export async function loadReviewData(port: ReviewDataPort, now: Date): Promise<LoadedReviewData> {
  const file = await loadDataFile(port, now);
  const inline = file.data.logs;
  const logFiles = new Map<string, LogFileState>();
  const notices: NoticeLine[] = file.notice === null ? [] : [...file.notice];
  const onDisk = new Set<string>();
  let logs = inline;
  for (const week of listWeeks(now.getTime() - STARTUP_LOG_DAYS * 86_400_000, now.getTime())) {
    try {
      const read = await readLogFile(port, week, now);
      logFiles.set(week, read.state);
      if (read.notice !== null) notices.push(...read.notice);
      for (const log of read.logs) onDisk.add(logKey(log));
      logs = mergeLogs(logs, read.logs);
    } catch (e) {
      notices.push({ code: "logUnreadable", week, error: e instanceof Error ? e.message : String(e) });
    }
  }
  const unsaved = inline.filter((log) => !onDisk.has(logKey(log)));
  const unsavedPicks = inline.filter((log) => log.pick && onDisk.has(logKey(log)));
  return {
    ...file, data: { ...file.data, logs }, notice: notices.length === 0 ? null : notices,
    migratedFrom: file.migratedFrom ?? null, logFiles, unsaved, unsavedPicks,
  };
}

async function loadDataFile(port: ReviewDataPort, now: Date): Promise<LoadedDataFile> {
  const main = await readOrError(port, DATA_FILE);
  let problem: NoticeLine[];
  let keptAs: string | null = null;
  let known: string | null = null;
  if ("error" in main) {
    problem = [{ code: "dataUnreadable", error: main.error }];
  } else if (main.text === null) {
    problem = [{ code: "dataMissing" }];
  } else {
    const parsed = parseStoredData(main.text);
    if (parsed.ok && parsed.dropped.length === 0) {
      return {
        data: parsed.data, settings: parsed.data.settings, notice: null, keptAs: null, dropped: [], known: main.text,
        migratedFrom: parsed.migratedFrom,
      };
    }
    try {
      keptAs = await keepAside(port, "data", main.text, now);
      known = main.text;
    } catch {
      keptAs = null;
    }
    const kept: NoticeLine[] = keptAs ? [{ code: "dataKeptAs", path: keptAs }] : [];
    if (parsed.ok) {
      return {
        data: parsed.data, settings: parsed.data.settings, keptAs, dropped: parsed.dropped, known, migratedFrom: parsed.migratedFrom,
        notice: [{ code: "dataEntriesSkipped", count: parsed.dropped.length }, ...kept],
      };
    }
    problem = [{ code: parsed.kind === "future-version" ? "dataNewerVersion" : "dataDamaged" }, ...kept];
  }
  return { ...(await loadBackup(port, problem, main, now)), keptAs, known };
}

async function loadBackup(
  port: ReviewDataPort, problem: readonly NoticeLine[], main: { text: string | null } | { error: string }, now: Date,
): Promise<Omit<LoadedDataFile, "keptAs" | "known">> {
  // A save that replaces data.json writes it whole to a temporary file first: when the app died before that file was
  // renamed into place, it is the newest complete copy.
  const temp = await readOrError(port, tempPathOf(DATA_FILE));
  const tempParsed = "text" in temp && temp.text !== null ? parseStoredData(temp.text) : null;
  if (tempParsed?.ok && tempParsed.dropped.length === 0) {
    return { data: tempParsed.data, settings: tempParsed.data.settings, dropped: [], notice: [...problem, { code: "dataSavingCopyLoaded" }] };
  }
  const backup = await readOrError(port, BACKUP_FILE);
  const text = "text" in backup ? backup.text : null;
  const parsed = text !== null ? parseStoredData(text) : null;
  let kept: NoticeLine[] = [];
  // The next save refreshes the backup: a damaged one is copied aside first, as it may hold most of the history.
  if (text !== null && parsed && (!parsed.ok || parsed.dropped.length > 0)) {
    try {
      kept = [{ code: "dataBackupKeptAs", path: await keepAside(port, "data.backup", text, now) }];
    } catch {
      // Not copied: the notice then says nothing of a copy, and the next save tries again before it writes the backup.
    }
  }
  if (parsed?.ok) {
    return { data: parsed.data, settings: parsed.data.settings, dropped: parsed.dropped, notice: [...problem, { code: "dataBackupLoaded" }, ...kept] };
  }
  const fresh = "text" in main && main.text === null;
  if (fresh && !parsed) return { data: createEmptyReviewData(), settings: undefined, dropped: [], notice: null };
  return {
    data: createEmptyReviewData(), settings: undefined, dropped: [],
    notice: [...problem, { code: "dataNoBackup" }, ...kept],
  };
}

/** Options of one save. */
export interface SaveOptions {
  /** Text last read or written by us: when the disk still holds it, nothing needs merging. */
  known?: string | null;
  /** When the backup was last refreshed (epoch ms), or null for never in this session. */
  lastBackupAt?: number | null;
  backupEveryMinutes?: number;
  /**
   * Logs whose only copy on disk is inside data.json (a version-1 file being migrated, another device's old file):
   * they are written into it again until the week files hold them, so no crash in between can lose them.
   */
  inlineLogs?: readonly ReviewLog[];
}

/** What a save wrote. Adopt `data` by merging it into the live data (answers given meanwhile are kept). */
export interface SaveResult {
  data: ReviewData;
  /** What data.json held when it had changed since `known` (another device synced), else null. */
  disk: ReviewData | null;
  written: string;
  backupAt: number | null;
  /** True when the file on disk had changed (another device synced) and was merged in. */
  mergedFromDisk: boolean;
  keptAs: string | null;
}

/**
 * Saves review data without clobbering a sync: re-reads data.json, merges it by card, writes, and refreshes the
 * backup when it is older than `backupEveryMinutes`. A damaged file on disk is copied aside before it is replaced.
 * Throws (writing nothing) when data.json cannot be read or the damaged copy cannot be kept.
 */
export async function saveReviewData(port: ReviewDataPort, data: ReviewData, now: Date, options: SaveOptions = {}): Promise<SaveResult> {
  const disk = await port.read(DATA_FILE);
  let merged = data;
  let mergedFromDisk = false;
  let keptAs: string | null = null;
  let fromDisk: ReviewData | null = null;
  if (disk !== null && disk !== options.known) {
    const parsed = parseStoredData(disk);
    if (parsed.ok) {
      merged = mergeReviewData(data, parsed.data);
      mergedFromDisk = true;
      fromDisk = parsed.data;
    }
    if (!parsed.ok || parsed.dropped.length > 0) keptAs = await keepAside(port, "data", disk, now);
  }
  // Logs that only a data file holds stay in it: ours not yet filed, and any inside the file being replaced.
  const inline = mergeLogs(options.inlineLogs ?? [], fromDisk?.logs ?? []);
  const written = serializeReviewData({ ...merged, logs: inline }, { withLogs: inline.length > 0 });
  await writeWhole(port, DATA_FILE, written);
  let backupAt = options.lastBackupAt ?? null;
  const every = (options.backupEveryMinutes ?? BACKUP_EVERY_MINUTES) * 60_000;
  if (backupAt === null || now.getTime() - backupAt >= every) {
    try {
      await writeWhole(port, BACKUP_FILE, written);
      backupAt = now.getTime();
    } catch {
      // The main file is saved; the backup is retried at the next save.
    }
  }
  return { data: merged, disk: fromDisk, written, backupAt, mergedFromDisk, keptAs };
}
