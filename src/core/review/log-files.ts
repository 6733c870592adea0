/**
 * Review logs on disk: one append-only file per week (UTC, Monday to Sunday), `reviews/2025-03-17.jsonl` named by the
 * week's Monday. The first line is a header with the schema version; each further line is one log as a flat list
 * (see `encodeLogLine`). A `before` written as 1 refers to the card's previous line in the same file, so every file
 * reads on its own and new answers are appended as lines. A week, not a month: start-up reads the current week for
 * today's new-card count, and a busy month is four times the parsing for no gain in size.
 */
import { decodeLogLine, encodeLogLine } from "./log-codec";
import { mergeLogs } from "./merge";
import { findFirstLogAt, type ReviewLog } from "./review-log";
import { SCHEMA_VERSION, type DroppedEntry } from "./store-schema";
import type { CardState } from "./types";

/** The folder, inside the plugin folder, that holds the week files. */
export const LOG_FOLDER = "reviews";

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** 1970-01-01 was a Thursday: weeks start three days after the epoch's week boundary, on Mondays. */
const MONDAY_SHIFT = 3 * DAY_MS;
const WEEK_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Start (epoch ms) of the UTC week (from Monday 00:00) a time falls in. */
function weekStart(time: number): number {
  return Math.floor((time + MONDAY_SHIFT) / WEEK_MS) * WEEK_MS - MONDAY_SHIFT;
}

const dateKey = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** True for a week key: the date of a Monday, such as "2025-03-17". */
export function isWeekKey(x: unknown): x is string {
  if (typeof x !== "string" || !WEEK_KEY.test(x)) return false;
  const time = Date.parse(`${x}T00:00:00Z`);
  return Number.isFinite(time) && weekStart(time) === time && dateKey(time) === x;
}

/** The week ("2025-03-17", its Monday in UTC) a time falls in: every device files a log under the same week. */
export function weekOf(time: number): string {
  return dateKey(weekStart(time));
}

/** Start (epoch ms) of a week and of the week after it. */
export function weekSpan(week: string): { start: number; end: number } {
  const time = Date.parse(`${week}T00:00:00Z`);
  const start = Number.isFinite(time) ? weekStart(time) : 0;
  return { start, end: start + WEEK_MS };
}

/** The weeks that overlap the span from `from` to `to` (epoch ms), oldest first; empty when `to` is before `from`. */
export function listWeeks(from: number, to: number): string[] {
  const out: string[] = [];
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from) return out;
  for (let start = weekStart(from); start <= to && out.length < 5300; start += WEEK_MS) out.push(dateKey(start));
  return out;
}

/** Path of a week's file, relative to the plugin folder. */
export function logFilePath(week: string): string {
  return `${LOG_FOLDER}/${week}.jsonl`;
}

/** The logs of `week` in a list sorted by time (a slice found by binary search). */
export function logsInWeek(logs: readonly ReviewLog[], week: string): ReviewLog[] {
  const { start, end } = weekSpan(week);
  return logs.slice(findFirstLogAt(logs, start), findFirstLogAt(logs, end));
}

/** Lines for `logs` to append to a file whose cards' latest states are `lastAfter` (left unchanged). */
export function encodeLogLines(
  logs: readonly ReviewLog[], lastAfter: ReadonlyMap<string, CardState>,
): { text: string; updates: Map<string, CardState> } {
  const updates = new Map<string, CardState>();
  let text = "";
  for (const log of logs) {
    text += `${encodeLogLine(log, updates.get(log.cardId) ?? lastAfter.get(log.cardId))}\n`;
    updates.set(log.cardId, log.after);
  }
  return { text, updates };
}

/** A whole week file for `logs` (sorted), and each card's latest state in it. */
export function encodeLogFile(week: string, logs: readonly ReviewLog[]): { text: string; lastAfter: Map<string, CardState> } {
  const { text, updates } = encodeLogLines(logs, new Map());
  return { text: `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, week })}\n${text}`, lastAfter: updates };
}

/** What reading a week file gave: its logs (sorted), or why it cannot be used at all. */
export type LogFileResult =
  | { ok: true; logs: ReviewLog[]; dropped: DroppedEntry[]; lastAfter: Map<string, CardState> }
  | { ok: false; kind: "corrupt" | "future-version"; message: string };

function readHeader(line: string): string | null {
  let header: unknown;
  try {
    header = JSON.parse(line);
  } catch {
    return "the first line is not a file header (truncated or damaged?)";
  }
  const version = typeof header === "object" && header !== null ? (header as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (!Number.isInteger(version) || (version as number) < 1) return "the first line is not a file header";
  return (version as number) > SCHEMA_VERSION ? "future" : null;
}

/**
 * Reads a week file line by line; a damaged line (a write cut off half-way) or a log outside the week is reported
 * and left out, the rest is kept. Never throws. The whole body is parsed as one list first, which is much faster.
 */
export function parseLogFile(text: string, week: string): LogFileResult {
  const newline = text.indexOf("\n");
  const problem = readHeader(newline < 0 ? text : text.slice(0, newline));
  if (problem === "future") return { ok: false, kind: "future-version", message: "the file was written by a newer version of the plugin" };
  if (problem !== null) return { ok: false, kind: "corrupt", message: problem };
  const body = newline < 0 ? "" : text.slice(newline + 1).replace(/\n+$/, "");
  let entries: unknown[] | null = null;
  try {
    const list: unknown = JSON.parse(`[${body.replace(/\n/g, ",")}]`);
    if (Array.isArray(list)) entries = list;
  } catch {
    entries = null;
  }
  const dropped: DroppedEntry[] = [];
  const lines = entries ?? body.split("\n");
  const previous = new Map<string, CardState>();
  const logs: ReviewLog[] = [];
  const { start, end } = weekSpan(week);
  for (let i = 0; i < lines.length; i++) {
    let entry: unknown = lines[i];
    if (entries === null) {
      if ((entry as string).trim() === "") continue;
      try { entry = JSON.parse(entry as string); } catch { entry = undefined; }
    }
    const log = entry === undefined ? "line is not valid JSON (cut off?)" : decodeLogLine(entry, previous);
    const reason = typeof log === "string" ? log : log.time < start || log.time >= end ? "log is outside the file's week" : null;
    if (reason !== null) dropped.push({ section: "logs", key: `${week}:${i + 2}`, reason });
    else logs.push(log as ReviewLog);
  }
  // One entry per answer: a file holding an answer and, appended later, its undone copy keeps the greater (the undo).
  return { ok: true, logs: mergeLogs(logs, []), dropped, lastAfter: previous };
}

