import { mergeReviewData } from "./merge";
import { parseStoredData } from "./migrate";
import { createEmptyReviewData, serializeReviewData, type DroppedEntry, type ReviewData } from "./store-schema";

/** The few file operations persistence needs; paths are relative to the plugin folder. */
export interface ReviewDataPort {
  /** The file's text, or null when it does not exist. May throw when the file cannot be read. */
  read(path: string): Promise<string | null>;
  write(path: string, text: string): Promise<void>;
}

/** The main data file (the one Obsidian's loadData/saveData use). */
export const DATA_FILE = "data.json";
/** The last good copy, refreshed every few minutes. */
export const BACKUP_FILE = "data.backup.json";
/** Default minutes between backup refreshes. */
export const BACKUP_EVERY_MINUTES = 10;

/** What loading found: data to use, the raw settings, and a notice when something was wrong. */
export interface LoadedReviewData {
  data: ReviewData;
  /** The stored settings object, for `normalizeSettings`. */
  settings: unknown;
  /** A sentence for the user when the file was damaged, replaced by the backup, or partly unreadable. */
  notice: string | null;
  /** Where the damaged file was kept aside, if it was. */
  keptAs: string | null;
  dropped: DroppedEntry[];
  /** The text on disk this data accounts for: pass it to the next save as `known`. */
  known: string | null;
}

/** Copies a damaged file aside under a new name (never overwriting a file) and returns that name. */
async function keepAside(port: ReviewDataPort, base: string, text: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/:/g, "-");
  for (let n = 0; n < 100; n++) {
    const path = `${base}.corrupt-${stamp}${n === 0 ? "" : `-${n}`}.json`;
    const existing = await port.read(path);
    if (existing === text) return path;
    if (existing === null) { await port.write(path, text); return path; }
  }
  throw new Error("no free name for a copy of the damaged data file");
}

async function readOrError(port: ReviewDataPort, path: string): Promise<{ text: string | null } | { error: string }> {
  try {
    return { text: await port.read(path) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Loads data.json. A damaged, truncated or future-version file is copied aside (never overwritten) and the backup
 * is loaded instead, with a notice. Never throws.
 */
export async function loadReviewData(port: ReviewDataPort, now: Date): Promise<LoadedReviewData> {
  const main = await readOrError(port, DATA_FILE);
  let problem: string;
  let keptAs: string | null = null;
  let known: string | null = null;
  if ("error" in main) {
    problem = `Your review data could not be read (${main.error}).`;
  } else if (main.text === null) {
    problem = "Your review data file was missing.";
  } else {
    const parsed = parseStoredData(main.text);
    if (parsed.ok && parsed.dropped.length === 0) {
      return { data: parsed.data, settings: parsed.data.settings, notice: null, keptAs: null, dropped: [], known: main.text };
    }
    try {
      keptAs = await keepAside(port, "data", main.text, now);
      known = main.text;
    } catch {
      keptAs = null;
    }
    const kept = keptAs ? ` A copy was kept as ${keptAs}.` : "";
    if (parsed.ok) {
      return {
        data: parsed.data, settings: parsed.data.settings, keptAs, dropped: parsed.dropped, known,
        notice: `${parsed.dropped.length} damaged entries in your review data were skipped.${kept}`,
      };
    }
    problem = `Your review data could not be used: ${parsed.message}.${kept}`;
  }
  return { ...(await loadBackup(port, problem, main)), keptAs, known };
}

async function loadBackup(
  port: ReviewDataPort, problem: string, main: { text: string | null } | { error: string },
): Promise<Omit<LoadedReviewData, "keptAs" | "known">> {
  const backup = await readOrError(port, BACKUP_FILE);
  const parsed = "text" in backup && backup.text !== null ? parseStoredData(backup.text) : null;
  if (parsed?.ok) {
    return { data: parsed.data, settings: parsed.data.settings, dropped: parsed.dropped, notice: `${problem} The last backup was loaded.` };
  }
  const fresh = "text" in main && main.text === null;
  if (fresh && !parsed) return { data: createEmptyReviewData(), settings: undefined, dropped: [], notice: null };
  return { data: createEmptyReviewData(), settings: undefined, dropped: [], notice: `${problem} No usable backup was found; starting with an empty review history.` };
}

/** Options of one save. */
export interface SaveOptions {
  /** Text last read or written by us: when the disk still holds it, nothing needs merging. */
  known?: string | null;
  /** When the backup was last refreshed (epoch ms), or null for never in this session. */
  lastBackupAt?: number | null;
  backupEveryMinutes?: number;
}

/** What a save wrote. Adopt `data` by merging it into the live data (answers given meanwhile are kept). */
export interface SaveResult {
  data: ReviewData;
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
  if (disk !== null && disk !== options.known) {
    const parsed = parseStoredData(disk);
    if (parsed.ok) {
      merged = mergeReviewData(data, parsed.data);
      mergedFromDisk = true;
    }
    if (!parsed.ok || parsed.dropped.length > 0) keptAs = await keepAside(port, "data", disk, now);
  }
  const written = serializeReviewData(merged);
  await port.write(DATA_FILE, written);
  let backupAt = options.lastBackupAt ?? null;
  const every = (options.backupEveryMinutes ?? BACKUP_EVERY_MINUTES) * 60_000;
  if (backupAt === null || now.getTime() - backupAt >= every) {
    try {
      await port.write(BACKUP_FILE, written);
      backupAt = now.getTime();
    } catch {
      // The main file is saved; the backup is retried at the next save.
    }
  }
  return { data: merged, written, backupAt, mergedFromDisk, keptAs };
}
