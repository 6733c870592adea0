/**
 * Wrong picks on disk. Beside each week file, `reviews/2025-03-17.picks.jsonl` holds the wrong options picked in that
 * week's multiple-choice answers, one line per answer: `[cardId, time, picked, answer]` (see `WrongPick`).
 *
 * Why a file beside the week file rather than one more item in the answer's line: every item of a week line is
 * checked by every released decoder, and a line of an unknown length is dropped — the review with it — and left out
 * when the file is next rewritten. A version that does not know picks never reads, rewrites or merges this file (its
 * name matches neither a week file nor a conflicted copy of one), so it loses neither reviews nor picks. The week
 * lines stay exactly as every version writes them, and no schema version moves.
 *
 * The file is a set keyed by answer (card and time), merged by union: it is only ever appended to, or rewritten with
 * every line it held (lines this version reads only in part are kept verbatim) through a temporary file, as week files
 * are (see `writeWhole`); a missing file is read from that temporary file. A damaged file is copied aside before it is
 * rewritten. A file of a newer format is never written to and gives no picks: picks answered in its week stay in
 * memory only (the log book says so once, and writes them if the file comes back in a format this version knows).
 */
import { keepAside, tempPathOf, writeWhole, type ReviewDataPort } from "./data-port";
import { decodePickTuple, encodePickTuple } from "./log-codec";
import { LOG_FOLDER } from "./log-files";
import { logKey, type ReviewLog, type WrongPick } from "./review-log";

/** The format of the picks file this build writes. */
export const PICK_FILE_VERSION = 1;

/** Path of a week's picks file, relative to the plugin folder. */
export function pickFilePath(week: string): string {
  return `${LOG_FOLDER}/${week}.picks.jsonl`;
}

/** The first line of a picks file. */
function header(week: string): string {
  return `${JSON.stringify({ kind: "picks", version: PICK_FILE_VERSION, week })}\n`;
}

/** What a picks file holds. */
export interface PickFile {
  /** The picks by answer key (see `logKey`). */
  picks: Map<string, WrongPick>;
  /** Each readable line's text by answer key, to write back verbatim. */
  lines: Map<string, string>;
  /** A line or the header could not be read: copy the file aside before rewriting it. */
  damaged: boolean;
  /** Written by a newer version in a format this one does not know: never written to. */
  future: boolean;
}

const emptyFile = (): PickFile => ({ picks: new Map(), lines: new Map(), damaged: false, future: false });

/** Parses a picks file; never throws. */
export function parsePickFile(text: string): PickFile {
  const file = emptyFile();
  const rows = text.split("\n");
  let head: unknown;
  try { head = JSON.parse(rows[0] ?? ""); } catch { head = undefined; }
  const version = typeof head === "object" && head !== null ? (head as { version?: unknown }).version : undefined;
  if (!Number.isInteger(version) || (version as number) < 1) file.damaged = true;
  else if ((version as number) > PICK_FILE_VERSION) file.future = true;
  for (const row of rows.slice(1)) {
    if (row.trim() === "") continue;
    let entry: unknown;
    try { entry = JSON.parse(row); } catch { entry = undefined; }
    const read = decodePickTuple(entry);
    if (typeof read === "string") { file.damaged = true; continue; }
    if (file.picks.has(read.key)) continue;
    file.picks.set(read.key, read.pick);
    file.lines.set(read.key, row);
  }
  return file;
}

/** What reading a week's picks file found. */
export interface PicksRead {
  /** The picks by answer key (see `logKey`). */
  picks: Map<string, WrongPick>;
  /**
   * False when the file could not be read or is of a newer format: what it holds is unknown, so no pick may be taken
   * for missing from it (nor written again because of that).
   */
  known: boolean;
}

/**
 * Reads a week's picks file. When it is missing, the complete temporary file a whole-file write left is read instead
 * (the app died between removing the old file and renaming the new one into place, see `writeWhole`). A file of a
 * newer format gives no picks: what its lines mean is unknown. Never throws.
 */
export async function readPickFile(port: ReviewDataPort, week: string): Promise<PicksRead> {
  try {
    const path = pickFilePath(week);
    const text = (await port.read(path)) ?? (await port.read(tempPathOf(path)));
    if (text === null || text.trim() === "") return { picks: new Map(), known: true };
    const file = parsePickFile(text);
    return file.future ? { picks: new Map(), known: false } : { picks: file.picks, known: true };
  } catch {
    return { picks: new Map(), known: false };
  }
}

/** What adding picks to a week's picks file did. */
export interface PicksSave {
  /** Every pick the file then holds (none when it is of a newer format). */
  picks: Map<string, WrongPick>;
  /** The file is of a newer format: nothing was written to it, so the picks given are on no disk. */
  newer: boolean;
}

/**
 * Adds the picks of `logs` (answers of `week`) that the week's picks file lacks. New lines are appended (after the
 * newline an append cut short left out); a damaged file is copied aside and rewritten with every line it held plus the
 * new ones; a newer version's file is left alone (`newer`). Throws, writing nothing (but perhaps renaming a complete
 * temporary file into place, see `readPickText`), when the file cannot be read or a damaged one cannot be copied aside.
 */
export async function savePicks(port: ReviewDataPort, week: string, logs: readonly ReviewLog[], now: Date): Promise<PicksSave> {
  const lines = new Map<string, { pick: WrongPick; line: string }>();
  for (const log of logs) if (log.pick) lines.set(logKey(log), { pick: log.pick, line: JSON.stringify(encodePickTuple(log)) });
  return addPickLines(port, week, lines, now);
}

/**
 * Merges a conflicted copy of a week's picks file (its text) into the file, as `savePicks` does; returns every pick
 * the file then holds, or null when the copy or the file is of a newer format (nothing is then merged, and the copy
 * must stay where it is).
 */
export async function mergePickCopy(port: ReviewDataPort, week: string, copy: string, now: Date): Promise<Map<string, WrongPick> | null> {
  const parsed = parsePickFile(copy);
  if (parsed.future) return null;
  const lines = new Map<string, { pick: WrongPick; line: string }>();
  for (const [key, pick] of parsed.picks) lines.set(key, { pick, line: parsed.lines.get(key)! });
  const saved = await addPickLines(port, week, lines, now);
  return saved.newer ? null : saved.picks;
}

/**
 * The text of a picks file, and whether it is at the file's own name. When only the temporary file of a whole-file
 * write is there (see `readPickFile`), that complete copy is renamed into place first: the next whole-file write goes
 * through the temporary file and must never overwrite the only copy. Without `rename` it is read where it is.
 */
async function readPickText(port: ReviewDataPort, path: string): Promise<{ text: string | null; inPlace: boolean }> {
  const text = await port.read(path);
  if (text !== null) return { text, inPlace: true };
  const temp = tempPathOf(path);
  const saved = await port.read(temp);
  if (saved === null || !port.rename) return { text: saved, inPlace: false };
  await port.rename(temp, path);
  return { text: saved, inPlace: true };
}

async function addPickLines(
  port: ReviewDataPort, week: string, lines: ReadonlyMap<string, { pick: WrongPick; line: string }>, now: Date,
): Promise<PicksSave> {
  const path = pickFilePath(week);
  const { text, inPlace } = await readPickText(port, path);
  // An empty file (created, never written) holds nothing to keep.
  const blank = text === null || text.trim() === "";
  const file = blank ? emptyFile() : parsePickFile(text);
  if (file.future) return { picks: new Map(), newer: true };
  let added = "";
  for (const [key, { pick, line }] of lines) {
    if (file.picks.has(key)) continue;
    added += `${line}\n`;
    file.picks.set(key, pick);
  }
  if (added === "" && !file.damaged) return { picks: file.picks, newer: false };
  if (!blank && !file.damaged) {
    // Only ever appended to: a file whose last append was cut just before its newline gets that newline first.
    const more = text.endsWith("\n") ? added : `\n${added}`;
    if (inPlace && port.append) await port.append(path, more);
    else await writeWhole(port, path, text + more);
    return { picks: file.picks, newer: false };
  }
  if (!blank && file.damaged) await keepAside(port, `${LOG_FOLDER}/${week}.picks`, text, now, ".jsonl");
  const kept = [...file.lines.values()].map((line) => `${line}\n`).join("");
  await writeWhole(port, path, header(week) + kept + added);
  return { picks: file.picks, newer: false };
}

/** Empties a week's picks file, when there is one (after a reset wrote its copy of every pick). */
export async function clearPicks(port: ReviewDataPort, week: string): Promise<void> {
  const path = pickFilePath(week);
  const text = (await port.read(path)) ?? (await port.read(tempPathOf(path)));
  if (text !== null && !parsePickFile(text).future) await writeWhole(port, path, header(week));
}
