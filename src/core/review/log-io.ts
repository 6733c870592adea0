/** Reading and writing the week files of review logs through the port, with the same fault rules as data.json. */
import type { DataNotice, NoticeLine } from "./data-notice";
import { keepAside, tempPathOf, writeWhole, type ReviewDataPort } from "./data-port";
import { encodeLogFile, encodeLogLines, LOG_FOLDER, logFilePath, parseLogFile } from "./log-files";
import { mergeLogs } from "./merge";
import { readPickFile } from "./pick-files";
import { attachPicks, type ReviewLog } from "./review-log";
import type { CardState } from "./types";

/** What the store knows about one week file it has read or written. */
export interface LogFileState {
  /** The file's text as last read or written (null: it did not exist). New lines are appended only while the disk still holds it. */
  known: string | null;
  /** False when the file was damaged: it is rewritten whole at the next save. */
  clean: boolean;
  /** Each card's latest state in the file's line order (what a `before` of 1 in an appended line refers to). */
  lastAfter: Map<string, CardState>;
  /** A damaged text already copied aside, so it is not copied twice. */
  keptText: string | null;
}

/** One week file read. */
export interface LogFileRead {
  logs: ReviewLog[];
  state: LogFileState;
  /** What to tell the user when the file was damaged. */
  notice: DataNotice | null;
}

const base = (week: string): string => `${LOG_FOLDER}/${week}`;

/**
 * Reads a week file. A damaged, truncated or future-version file is copied aside (never overwritten) and whatever
 * lines can be read are returned with a notice; the file is rewritten whole at the next save. Throws only when the
 * file cannot be read (then nothing may be written to it).
 */
export async function readLogFile(port: ReviewDataPort, week: string, now: Date): Promise<LogFileRead> {
  const read = await readWeekLines(port, week, now);
  // The wrong picks of the week's answers live in the file beside it (see `pick-files.ts`).
  return read.logs.length === 0 ? read : { ...read, logs: attachPicks(read.logs, (await readPickFile(port, week)).picks) };
}

async function readWeekLines(port: ReviewDataPort, week: string, now: Date): Promise<LogFileRead> {
  const path = logFilePath(week);
  const text = await port.read(path);
  if (text === null) {
    // The app died between removing the old file and renaming its complete replacement into place (see
    // `writeWhole`): the replacement holds the week. It is written to the real name at the next save.
    const temp = await port.read(tempPathOf(path));
    const parsed = temp === null ? null : parseLogFile(temp, week);
    const logs = parsed?.ok ? parsed.logs : [];
    return { logs, state: { known: null, clean: logs.length === 0, lastAfter: new Map(), keptText: null }, notice: null };
  }
  const parsed = parseLogFile(text, week);
  if (parsed.ok && parsed.dropped.length === 0) {
    return { logs: parsed.logs, state: { known: text, clean: true, lastAfter: parsed.lastAfter, keptText: null }, notice: null };
  }
  const notice: NoticeLine[] = [
    parsed.ok ? { code: "logEntriesSkipped", count: parsed.dropped.length, path }
      : parsed.kind === "future-version" ? { code: "logNewerVersion", path } : { code: "logDamaged", path },
  ];
  let keptText: string | null = null;
  try {
    notice.push({ code: "dataKeptAs", path: await keepAside(port, base(week), text, now, ".jsonl") });
    keptText = text;
  } catch {
    // Not copied: the notice says nothing about a copy, and the next save tries again before it rewrites the file.
  }
  notice.push({ code: "logSchedulesKept" });
  return {
    logs: parsed.ok ? parsed.logs : [],
    state: { known: text, clean: false, lastAfter: parsed.ok ? parsed.lastAfter : new Map<string, CardState>(), keptText },
    notice,
  };
}

/** What a week save wrote and what the disk held that memory did not. */
export interface LogFileSave {
  state: LogFileState;
  /** Logs of this week found on disk (another device's); merge them into memory. */
  fromDisk: ReviewLog[];
  /** True when the file was merged with the disk and rewritten whole (another device's copy, or a damaged file). */
  rewritten: boolean;
}

/**
 * Saves one week. When the file is still what the store last saw, `unsaved` is appended as new lines. Otherwise
 * (another device synced it, or it is damaged) the file is merged with `weekLogs` (every log of the week in memory)
 * and rewritten whole, after a damaged file was copied aside. Throws, writing nothing, when the file cannot be read
 * or a damaged file cannot be copied.
 */
export async function saveLogFile(
  port: ReviewDataPort, week: string, state: LogFileState, weekLogs: readonly ReviewLog[], unsaved: readonly ReviewLog[], now: Date,
): Promise<LogFileSave> {
  const path = logFilePath(week);
  const disk = await port.read(path);
  if (state.clean && disk === state.known && disk !== null && disk.endsWith("\n")) {
    if (unsaved.length === 0) return { state, fromDisk: [], rewritten: false };
    const { text, updates } = encodeLogLines(unsaved, state.lastAfter);
    if (port.append) await port.append(path, text);
    else await port.write(path, disk + text);
    for (const [id, after] of updates) state.lastAfter.set(id, after);
    return { state: { ...state, known: disk + text }, fromDisk: [], rewritten: false };
  }
  let fromDisk: ReviewLog[] = [];
  let keptText = state.keptText;
  if (disk !== null) {
    const parsed = parseLogFile(disk, week);
    if (parsed.ok) fromDisk = parsed.logs;
    if ((!parsed.ok || parsed.dropped.length > 0) && disk !== keptText) {
      await keepAside(port, base(week), disk, now, ".jsonl");
      keptText = disk;
    }
  }
  const { text, lastAfter } = encodeLogFile(week, mergeLogs(weekLogs, fromDisk));
  await writeWhole(port, path, text);
  return { state: { known: text, clean: true, lastAfter, keptText }, fromDisk, rewritten: true };
}
