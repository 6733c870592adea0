import type { ReviewLog } from "./review-log";
import { RATINGS, type CardPhase, type CardState, type Rating } from "./types";

/** The version of the stored data this build writes. */
export const SCHEMA_VERSION = 1;

/** How long a card whose id left the index keeps its history before it is pruned. */
export const ORPHAN_KEEP_DAYS = 30;

/** A card state kept after its card vanished (answer edited, note deleted), so undoing restores it. */
export interface OrphanEntry {
  state: CardState;
  orphanedAt: number;
}

/** Everything in data.json, in memory. */
export interface ReviewData {
  schemaVersion: typeof SCHEMA_VERSION;
  /** The plugin settings as stored; `normalizeSettings` validates them. */
  settings?: unknown;
  cards: Record<string, CardState>;
  /** Review logs sorted by time. */
  logs: ReviewLog[];
  orphans: Record<string, OrphanEntry>;
}

/** One stored entry that could not be read and was left out. */
export interface DroppedEntry {
  section: "cards" | "logs" | "orphans" | "file";
  key: string;
  reason: string;
}

/** A record without a prototype, so an id such as `__proto__` is an ordinary key. */
export function createRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** Empty review data, optionally carrying settings. */
export function createEmptyReviewData(settings?: unknown): ReviewData {
  const data: ReviewData = { schemaVersion: SCHEMA_VERSION, cards: createRecord(), logs: [], orphans: createRecord() };
  if (settings !== undefined) data.settings = settings;
  return data;
}

const PHASES: readonly CardPhase[] = ["new", "learning", "review", "relearning"];
const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/** Compact state: [due, stability, difficulty, elapsedDays, scheduledDays, reps, lapses, step, phase, lastReview]. */
type StateTuple = [number, number, number, number, number, number, number, number, number, number | null];

/** Encodes a state as a tuple; times are stored relative to `ref` (0 for absolute). */
export function encodeState(s: CardState, ref = 0): StateTuple {
  return [
    s.due - ref, round4(s.stability), round4(s.difficulty), round4(s.elapsedDays), round4(s.scheduledDays),
    s.reps, s.lapses, s.learningStep, PHASES.indexOf(s.state), s.lastReview === null ? null : s.lastReview - ref,
  ];
}

const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const isCount = (x: unknown): x is number => isNum(x) && x >= 0 && Number.isInteger(x);

/** Decodes a state tuple, or returns why it is invalid. */
export function decodeState(x: unknown, ref = 0): CardState | string {
  if (!Array.isArray(x) || x.length !== 10) return "state is not a 10-item array";
  const [due, stability, difficulty, elapsed, scheduled, reps, lapses, step, phase, last] = x as unknown[];
  if (!isNum(due) || !isNum(stability) || !isNum(difficulty) || !isNum(elapsed) || !isNum(scheduled)) {
    return "state has a non-numeric field";
  }
  if (stability < 0 || difficulty < 0 || elapsed < 0 || scheduled < 0) return "state has a negative field";
  if (!isCount(reps) || !isCount(lapses) || !isCount(step)) return "state has an invalid count";
  const state = typeof phase === "number" ? PHASES[phase] : undefined;
  if (!state) return "state has an unknown phase";
  if (last !== null && !isNum(last)) return "state has an invalid last review";
  return {
    due: due + ref, stability, difficulty, elapsedDays: elapsed, scheduledDays: scheduled, reps, lapses,
    learningStep: step, state, lastReview: last === null ? null : last + ref,
  };
}

/** Compact log: [cardId, time, rating 1-4, elapsedDays, before, after]; before is 0 (none), 1 (same as the card's previous after) or a tuple. */
type LogTuple = [string, number, number, number, 0 | 1 | StateTuple, StateTuple];

const sameTuple = (a: StateTuple, b: StateTuple): boolean => a.every((v, i) => v === b[i]);

/** Each log's JSON text by how its `before` was written; logs never change, so saving re-encodes only new ones. */
const logText = new WeakMap<ReviewLog, { shared: boolean; text: string }>();

/** Encodes one log; `shared` writes its `before` as 1 (the card's previous `after`). */
function encodeLog(log: ReviewLog, shared: boolean): string {
  const cached = logText.get(log);
  if (cached && cached.shared === shared) return cached.text;
  const before: 0 | 1 | StateTuple = log.before === null ? 0 : shared ? 1 : encodeState(log.before, log.time);
  const tuple: LogTuple = [log.cardId, log.time, RATINGS.indexOf(log.rating) + 1, round4(log.elapsedDays), before, encodeState(log.after, log.time)];
  const text = JSON.stringify(tuple);
  logText.set(log, { shared, text });
  return text;
}

/** True when `before` is stored as the same tuple as `previous` (what decoding will give back). */
function storedSame(previous: CardState | undefined, before: CardState | null): boolean {
  if (!previous || !before) return false;
  return previous === before || sameTuple(encodeState(previous), encodeState(before));
}

/** The logs as JSON text, sorted by time, each `before` shared with the card's previous `after` when equal. */
export function encodeLogsText(logs: readonly ReviewLog[]): string {
  let sorted = logs;
  for (let i = 1; i < logs.length; i++) {
    if (logs[i]!.time < logs[i - 1]!.time) { sorted = [...logs].sort((a, b) => a.time - b.time); break; }
  }
  const previous = new Map<string, CardState>();
  const parts: string[] = [];
  for (const log of sorted) {
    parts.push(encodeLog(log, storedSame(previous.get(log.cardId), log.before)));
    previous.set(log.cardId, log.after);
  }
  return `[${parts.join(",")}]`;
}

/** Decodes stored logs entry by entry; bad entries are reported and left out. */
export function decodeLogs(x: unknown, dropped: DroppedEntry[]): ReviewLog[] {
  if (!Array.isArray(x)) {
    if (x !== undefined) dropped.push({ section: "logs", key: "*", reason: "logs is not a list" });
    return [];
  }
  const out: ReviewLog[] = [];
  const previous = new Map<string, CardState>();
  x.forEach((entry: unknown, i) => {
    const fail = (reason: string): void => { dropped.push({ section: "logs", key: String(i), reason }); };
    if (!Array.isArray(entry) || entry.length !== 6) return fail("log is not a 6-item array");
    const [cardId, time, ratingIndex, elapsedDays, rawBefore, rawAfter] = entry as unknown[];
    if (typeof cardId !== "string" || cardId === "") return fail("log has no card id");
    if (!isNum(time) || !isNum(elapsedDays) || elapsedDays < 0) return fail("log has an invalid time");
    const rating: Rating | undefined = typeof ratingIndex === "number" ? RATINGS[ratingIndex - 1] : undefined;
    if (!rating) return fail("log has an unknown rating");
    const after = decodeState(rawAfter, time);
    if (typeof after === "string") return fail(`after: ${after}`);
    let before: CardState | null = null;
    if (rawBefore === 1) before = previous.get(cardId) ?? null;
    else if (rawBefore !== 0) {
      const b = decodeState(rawBefore, time);
      if (typeof b === "string") return fail(`before: ${b}`);
      before = b;
    }
    previous.set(cardId, after);
    out.push({ cardId, time, rating, before, after, elapsedDays });
  });
  return out.sort((a, b) => a.time - b.time);
}

/** The text written to data.json: compact tuples, logs sorted by time. */
export function serializeReviewData(data: ReviewData): string {
  const cards: Record<string, StateTuple> = createRecord();
  for (const [id, st] of Object.entries(data.cards)) cards[id] = encodeState(st);
  const orphans: Record<string, [StateTuple, number]> = createRecord();
  for (const [id, o] of Object.entries(data.orphans)) orphans[id] = [encodeState(o.state), o.orphanedAt];
  const settingsText = data.settings === undefined ? undefined : (JSON.stringify(data.settings) as string | undefined);
  const settings = settingsText === undefined ? "" : `"settings":${settingsText},`;
  return `{"schemaVersion":${SCHEMA_VERSION},${settings}"cards":${JSON.stringify(cards)},`
    + `"logs":${encodeLogsText(data.logs)},"orphans":${JSON.stringify(orphans)}}`;
}
