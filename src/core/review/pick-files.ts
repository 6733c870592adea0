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
 * every line it held (lines this version reads only in part are kept verbatim). A file of a newer format is left
 * alone; a damaged one is copied aside before it is rewritten.
 */
import { keepAside, writeWhole, type ReviewDataPort } from "./data-port";
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

/** A week's picks, or none when the file is missing or cannot be read (the picks are kept on disk for later). */
export async function readPicks(port: ReviewDataPort, week: string): Promise<Map<string, WrongPick>> {
  try {
    const text = await port.read(pickFilePath(week));
    return text === null ? new Map() : parsePickFile(text).picks;
  } catch {
    return new Map();
  }
}

/**
 * Adds the picks of `logs` (answers of `week`) that the week's picks file lacks, and returns every pick the file then
 * holds. New lines are appended; a damaged file is copied aside and rewritten with every line it held plus the new
 * ones; a newer version's file is left alone. Throws, writing nothing, when the file cannot be read or a damaged one
 * cannot be copied aside.
 */
export async function savePicks(port: ReviewDataPort, week: string, logs: readonly ReviewLog[], now: Date): Promise<Map<string, WrongPick>> {
  const lines = new Map<string, { pick: WrongPick; line: string }>();
  for (const log of logs) if (log.pick) lines.set(logKey(log), { pick: log.pick, line: JSON.stringify(encodePickTuple(log)) });
  return addPickLines(port, week, lines, now);
}

/**
 * Merges a conflicted copy of a week's picks file (its text) into the file, as `savePicks` does; returns every pick
 * the file then holds, or null when the copy is of a newer format (it is then not merged and must stay where it is).
 */
export async function mergePickCopy(port: ReviewDataPort, week: string, copy: string, now: Date): Promise<Map<string, WrongPick> | null> {
  const parsed = parsePickFile(copy);
  if (parsed.future) return null;
  const lines = new Map<string, { pick: WrongPick; line: string }>();
  for (const [key, pick] of parsed.picks) lines.set(key, { pick, line: parsed.lines.get(key)! });
  return addPickLines(port, week, lines, now);
}

async function addPickLines(
  port: ReviewDataPort, week: string, lines: ReadonlyMap<string, { pick: WrongPick; line: string }>, now: Date,
): Promise<Map<string, WrongPick>> {
  const path = pickFilePath(week);
  const text = await port.read(path);
  // An empty file (created, never written) holds nothing to keep.
  const file = text === null || text.trim() === "" ? emptyFile() : parsePickFile(text);
  if (file.future) return file.picks;
  let added = "";
  for (const [key, { pick, line }] of lines) {
    if (file.picks.has(key)) continue;
    added += `${line}\n`;
    file.picks.set(key, pick);
  }
  if (added === "" && !file.damaged) return file.picks;
  if (text !== null && !file.damaged && text.endsWith("\n")) {
    if (port.append) await port.append(path, added);
    else await port.write(path, text + added);
    return file.picks;
  }
  if (text !== null && file.damaged) await keepAside(port, `${LOG_FOLDER}/${week}.picks`, text, now, ".jsonl");
  const kept = [...file.lines.values()].map((line) => `${line}\n`).join("");
  await writeWhole(port, path, header(week) + kept + added);
  return file.picks;
}

/** Empties a week's picks file, when there is one (after a reset wrote its copy of every pick). */
export async function clearPicks(port: ReviewDataPort, week: string): Promise<void> {
  const path = pickFilePath(week);
  const text = await port.read(path);
  if (text !== null && !parsePickFile(text).future) await port.write(path, header(week));
}
