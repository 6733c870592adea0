import { decodeFlag, type CardFlag } from "./card-flags";
import { isWeekKey } from "./log-files";
import { sortLogs } from "./merge";
import { attachPicks } from "./review-log";
import { decodeStateColumns } from "./state-codec";
import {
  createEmptyReviewData, createRecord, decodeLogPicks, decodeLogs, decodeState, own, SCHEMA_VERSION,
  type DroppedEntry, type OrphanEntry, type ReviewData,
} from "./store-schema";
import type { CardState } from "./types";

/** The outcome of reading data.json: usable data (maybe with dropped entries), or a refusal that says why. */
export type ParseResult =
  | { ok: true; data: ReviewData; dropped: DroppedEntry[]; migratedFrom: number | null }
  | { ok: false; kind: "corrupt"; message: string }
  | { ok: false; kind: "future-version"; version: number; message: string };

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Migrations by source version: `MIGRATIONS[v]` turns version v into v + 1.
 * Version 0 is what builds before the schema wrote: the settings object alone at the top level.
 * Version 1 kept cards as an object of tuples and every log inline; version 2 reads both as they are (the cards'
 * shape follows the source version) and the store moves inline logs to week files at its first save.
 */
const MIGRATIONS: ReadonlyArray<(raw: Raw) => Raw> = [
  (raw) => {
    const settings: Raw = { ...raw };
    delete settings.schemaVersion;
    return { schemaVersion: 1, settings, cards: {}, logs: [], orphans: {} };
  },
  (raw) => ({ ...raw, schemaVersion: 2, logWeeks: [] }),
  // Version 3 only adds what version 2 had none of (undone answers, card flags).
  (raw) => ({ ...raw, schemaVersion: 3 }),
];

/** Reads data.json text (or an already-parsed value) entry by entry; never throws. */
export function parseStoredData(input: unknown): ParseResult {
  let raw: unknown = input;
  if (typeof input === "string") {
    if (input.trim() === "") return { ok: false, kind: "corrupt", message: "the file is empty (truncated?)" };
    try {
      raw = JSON.parse(input);
    } catch {
      return { ok: false, kind: "corrupt", message: "the file is not valid JSON (truncated or damaged?)" };
    }
  }
  if (raw === null || raw === undefined) return { ok: true, data: createEmptyReviewData(), dropped: [], migratedFrom: null };
  if (!isRecord(raw)) return { ok: false, kind: "corrupt", message: "the file does not hold an object" };

  const version = raw.schemaVersion === undefined ? 0 : raw.schemaVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    return { ok: false, kind: "corrupt", message: "the schema version is not a whole number" };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false, kind: "future-version", version,
      message: `the file was written by a newer version of the plugin (data version ${version}; this one reads ${SCHEMA_VERSION})`,
    };
  }
  let current: Raw = raw;
  for (let v = version; v < SCHEMA_VERSION; v++) current = MIGRATIONS[v]!(current);
  return { ok: true, ...decodeCurrent(current, version), migratedFrom: version < SCHEMA_VERSION ? version : null };
}

function decodeCurrent(raw: Raw, sourceVersion: number): { data: ReviewData; dropped: DroppedEntry[] } {
  const dropped: DroppedEntry[] = [];
  const data = createEmptyReviewData(raw.settings);
  if (sourceVersion >= 2) decodeStateColumns(raw.cards, data.cards, dropped);
  else data.cards = decodeMap(raw.cards, "cards", dropped, (v) => decodeState(v));
  data.orphans = decodeMap(raw.orphans, "orphans", dropped, decodeOrphan);
  const renamed = raw.renamedCards;
  if (isRecord(renamed)) {
    const map = createRecord<string>();
    for (const [from, to] of Object.entries(renamed)) if (typeof to === "string" && to !== from) map[from] = to;
    if (Object.keys(map).length > 0) data.renamed = map;
  }
  const undone = raw.undoneReviews;
  if (isRecord(undone)) {
    const map = createRecord<number[]>();
    for (const [id, times] of Object.entries(undone)) {
      const list = Array.isArray(times) ? times.filter((x): x is number => Number.isFinite(x)) : [];
      if (list.length > 0) map[id] = list;
    }
    if (Object.keys(map).length > 0) data.undone = map;
  }
  const flags = raw.cardFlags;
  if (isRecord(flags)) {
    const map = createRecord<CardFlag>();
    for (const [id, value] of Object.entries(flags)) {
      const flag = decodeFlag(value);
      if (typeof flag === "string") dropped.push({ section: "cards", key: `flag:${id}`, reason: flag });
      else map[id] = flag;
    }
    if (Object.keys(map).length > 0) data.flags = map;
  }
  const notes = raw.orphanNotes;
  if (isRecord(notes)) {
    for (const [id, entry] of Object.entries(data.orphans)) {
      const path = own(notes, id);
      if (typeof path === "string") entry.path = path;
    }
  }
  data.logWeeks = decodeWeeks(raw.logWeeks, dropped);
  // The wrong picks ride beside the logs (see `PickTuple`), so a version that does not know them reads the logs whole.
  data.logs = attachPicks(Array.from(sortLogs(decodeLogs(raw.logs, dropped))), decodeLogPicks(raw.logPicks, dropped));
  return { data, dropped };
}

function decodeWeeks(v: unknown, dropped: DroppedEntry[]): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    dropped.push({ section: "file", key: "logWeeks", reason: "logWeeks is not a list" });
    return [];
  }
  const weeks = new Set<string>();
  for (const m of v) {
    if (isWeekKey(m)) weeks.add(m);
    else dropped.push({ section: "file", key: "logWeeks", reason: "not a week" });
  }
  return [...weeks].sort();
}

function decodeOrphan(v: unknown): OrphanEntry | string {
  if (!Array.isArray(v) || v.length !== 2) return "orphan is not a [state, orphanedAt] pair";
  const state: CardState | string = decodeState(v[0]);
  if (typeof state === "string") return state;
  const at: unknown = v[1];
  if (typeof at !== "number" || !Number.isFinite(at)) return "orphan has an invalid time";
  return { state, orphanedAt: at };
}

function decodeMap<T>(
  v: unknown, section: DroppedEntry["section"], dropped: DroppedEntry[], decode: (x: unknown) => T | string,
): Record<string, T> {
  const out = createRecord<T>();
  if (v === undefined) return out;
  if (!isRecord(v)) {
    dropped.push({ section, key: "*", reason: `${section} is not an object` });
    return out;
  }
  for (const key of Object.keys(v)) {
    const result = key === "" ? "empty id" : decode(v[key]);
    if (typeof result === "string") dropped.push({ section, key, reason: result });
    else out[key] = result;
  }
  return out;
}
