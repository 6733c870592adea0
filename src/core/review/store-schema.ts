import { encodeFlag, type CardFlag, type FlagTuple } from "./card-flags";
import { decodeLogTuple, decodePickTuple, encodeLogTuple, encodePickTuple } from "./log-codec";
import type { ReviewLog, WrongPick } from "./review-log";
import { encodeState, encodeStateColumns, type StateTuple } from "./state-codec";
import type { CardState, DroppedEntry } from "./types";

export { decodeState, encodeState } from "./state-codec";

/**
 * The version of the stored data this build writes. Version 2 keeps card states as columns in data.json and the
 * review logs in one file per week (see `log-files.ts`); version 1 kept the logs inside data.json. Version 3 adds
 * answers taken back (a negative rating in a week file, and `undoneReviews` in data.json) and card flags: a build
 * that knows only version 2 would read those wrong, so it must not read them at all. Wrong picks in multiple-choice
 * answers moved no version: they are kept where a version that does not know them neither reads nor rewrites them (a
 * file beside each week file, `logPicks` beside a data file's logs; see `pick-files.ts`).
 */
export const SCHEMA_VERSION = 3;

/** How long data.json remembers an answer taken back: long after every device has synced it. */
export const UNDONE_KEEP_DAYS = 90;

/** How long a card whose id left the index keeps its history before it is pruned. */
export const ORPHAN_KEEP_DAYS = 30;

/** A card state kept after its card vanished (answer edited, note deleted), so undoing restores it. */
export interface OrphanEntry {
  state: CardState;
  orphanedAt: number;
  /** The note the card was in, when known: the orphan is pruned only once that note is gone. */
  path?: string;
}

/** The review data in memory: what data.json holds, plus review logs. */
export interface ReviewData {
  schemaVersion: typeof SCHEMA_VERSION;
  /** The plugin settings as stored; `normalizeSettings` validates them. */
  settings?: unknown;
  cards: Record<string, CardState>;
  orphans: Record<string, OrphanEntry>;
  /**
   * Cards renamed by an edit of their term (old id → new id, see `findRenamedCards`): their older logs carry the old
   * id and count for the new one.
   */
  renamed?: Record<string, string>;
  /** Cards suspended or buried during a review (and ones brought back), by card id. */
  flags?: Record<string, CardFlag>;
  /**
   * Answers taken back, by card id: their times. Kept in data.json as well as in the logs, so that neither a crash
   * before the week file is written nor another device's older copy brings an undone answer back.
   */
  undone?: Record<string, number[]>;
  /** Weeks (named by their Monday in UTC, "2025-03-17") that have a review-log file, sorted. */
  logWeeks: string[];
  /**
   * Review logs sorted by time. In a parsed data file: the logs written inside it (a version-1 file, or a copy kept
   * by a reset). In the live store: the logs read so far (the weeks a caller asked for) and every answer since.
   */
  logs: ReviewLog[];
}

export type { DroppedEntry };

/** The record's own entry for `id` (never one inherited from `Object.prototype`), or undefined. */
export function own<T>(rec: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(rec, id) ? rec[id] : undefined;
}

/** A record without a prototype, so an id such as `__proto__` is an ordinary key. */
export function createRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** Empty review data, optionally carrying settings. */
export function createEmptyReviewData(settings?: unknown): ReviewData {
  const data: ReviewData = { schemaVersion: SCHEMA_VERSION, cards: createRecord(), orphans: createRecord(), logWeeks: [], logs: [] };
  if (settings !== undefined) data.settings = settings;
  return data;
}

/** The logs as one JSON list, sorted by time, each `before` shared with the card's previous `after` when equal. */
export function encodeLogsText(logs: readonly ReviewLog[]): string {
  let sorted = logs;
  for (let i = 1; i < logs.length; i++) {
    if (logs[i]!.time < logs[i - 1]!.time) { sorted = [...logs].sort((a, b) => a.time - b.time); break; }
  }
  const previous = new Map<string, CardState>();
  const parts: string[] = [];
  for (const log of sorted) {
    parts.push(encodeLogTuple(log, previous.get(log.cardId)));
    previous.set(log.cardId, log.after);
  }
  return `[${parts.join(",")}]`;
}

/** Decodes a stored list of logs entry by entry; bad entries are reported and left out. */
export function decodeLogs(x: unknown, dropped: DroppedEntry[]): ReviewLog[] {
  if (!Array.isArray(x)) {
    if (x !== undefined) dropped.push({ section: "logs", key: "*", reason: "logs is not a list" });
    return [];
  }
  const out: ReviewLog[] = [];
  const previous = new Map<string, CardState>();
  x.forEach((entry: unknown, i) => {
    const log = decodeLogTuple(entry, previous);
    if (typeof log === "string") dropped.push({ section: "logs", key: String(i), reason: log });
    else out.push(log);
  });
  return out.sort((a, b) => a.time - b.time);
}

/**
 * The wrong picks of `logs` for a data file that carries them (`"logPicks"` beside `"logs"`, see `PickTuple`), or ""
 * when no log has one.
 */
export function encodeLogPicksText(logs: readonly ReviewLog[]): string {
  const picks = logs.filter((log) => log.pick).map(encodePickTuple);
  return picks.length === 0 ? "" : `,"logPicks":${JSON.stringify(picks)}`;
}

/** Decodes a data file's `logPicks`, by answer key (see `logKey`); bad entries are reported and left out. */
export function decodeLogPicks(x: unknown, dropped: DroppedEntry[]): Map<string, WrongPick> {
  const picks = new Map<string, WrongPick>();
  if (x === undefined) return picks;
  if (!Array.isArray(x)) {
    dropped.push({ section: "logs", key: "logPicks", reason: "logPicks is not a list" });
    return picks;
  }
  x.forEach((entry: unknown, i) => {
    const read = decodePickTuple(entry);
    if (typeof read === "string") dropped.push({ section: "logs", key: `pick:${i}`, reason: read });
    else picks.set(read.key, read.pick);
  });
  return picks;
}

/** Options of `serializeReviewData`. */
export interface SerializeOptions {
  /** Writes `data.logs` into the file too (a self-contained copy); the live data.json keeps logs in week files. */
  withLogs?: boolean;
}

/** The text of data.json: settings, card states as columns, orphans and the list of log weeks. */
export function serializeReviewData(data: ReviewData, options: SerializeOptions = {}): string {
  const orphans: Record<string, [StateTuple, number]> = createRecord();
  // The orphans' notes go in a map of their own: a version that does not know it reads the orphans unchanged.
  const notes: Record<string, string> = createRecord();
  let anyNote = false;
  for (const [id, o] of Object.entries(data.orphans)) {
    orphans[id] = [encodeState(o.state), o.orphanedAt];
    if (o.path !== undefined) { notes[id] = o.path; anyNote = true; }
  }
  const settingsText = data.settings === undefined ? undefined : (JSON.stringify(data.settings) as string | undefined);
  const settings = settingsText === undefined ? "" : `"settings":${settingsText},`;
  const logs = options.withLogs ? `,"logs":${encodeLogsText(data.logs)}${encodeLogPicksText(data.logs)}` : "";
  let undoneText = "";
  if (data.undone && Object.keys(data.undone).length > 0) undoneText = `"undoneReviews":${JSON.stringify(data.undone)},`;
  let flagsText = "";
  if (data.flags && Object.keys(data.flags).length > 0) {
    const flags: Record<string, FlagTuple> = createRecord();
    for (const [id, flag] of Object.entries(data.flags)) flags[id] = encodeFlag(flag);
    flagsText = `"cardFlags":${JSON.stringify(flags)},`;
  }
  return `{"schemaVersion":${SCHEMA_VERSION},${settings}"cards":${JSON.stringify(encodeStateColumns(data.cards))},`
    + `"orphans":${JSON.stringify(orphans)},${anyNote ? `"orphanNotes":${JSON.stringify(notes)},` : ""}`
    + `${data.renamed && Object.keys(data.renamed).length > 0 ? `"renamedCards":${JSON.stringify(data.renamed)},` : ""}${flagsText}${undoneText}`
    + `"logWeeks":${JSON.stringify(data.logWeeks)}${logs}}`;
}
