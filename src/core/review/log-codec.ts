import { logKey, type ReviewLog, type WrongPick } from "./review-log";
import { decodeState, encodeState, pushState, readState, round4, type StateTuple } from "./state-codec";
import { RATINGS, type CardState, type Rating } from "./types";

/** The stored rating: 1–4, negative for an answer taken back (see `ReviewLog.undone`). */
const storedRating = (log: ReviewLog): number => (RATINGS.indexOf(log.rating) + 1) * (log.undone ? -1 : 1);

/** The rating and undo mark a stored rating stands for, or undefined when it is none. */
function readRating(value: unknown): { rating: Rating; undone: boolean } | undefined {
  if (!Number.isInteger(value)) return undefined;
  const n = value as number;
  const rating = RATINGS[Math.abs(n) - 1];
  return rating ? { rating, undone: n < 0 } : undefined;
}

/** The log as decoded, with the undo mark only when set (so an ordinary log has exactly its six keys). */
function decoded(cardId: string, time: number, read: { rating: Rating; undone: boolean }, before: CardState | null, after: CardState, elapsedDays: number): ReviewLog {
  const log: ReviewLog = { cardId, time, rating: read.rating, before, after, elapsedDays };
  if (read.undone) log.undone = true;
  return log;
}

/**
 * Compact log: [cardId, time, rating 1-4 (negative when undone), elapsedDays, before, after], states relative to `time`. `before` is 0 (none),
 * 1 (the same as the `after` of the card's previous entry in the same list) or a state tuple.
 */
export type LogTuple = [string, number, number, number, 0 | 1 | StateTuple, StateTuple];

/** Largest time a Date can hold (epoch ms): a log beyond it has no week to be filed under. */
const MAX_TIME = 8.64e15;
const isLogTime = (x: unknown): x is number => Number.isFinite(x) && Math.abs(x as number) <= MAX_TIME;

const sameTuple = (a: StateTuple, b: StateTuple): boolean => a.every((v, i) => v === b[i]);

/** True when `before` is stored as the same tuple as `previous`, so it can be written as 1. */
function storedSame(previous: CardState | undefined, before: CardState | null): boolean {
  if (!previous || !before) return false;
  return previous === before || sameTuple(encodeState(previous), encodeState(before));
}

/** The JSON text of one log; `previous` is the `after` of the card's previous entry in the same list, if any. */
export function encodeLogTuple(log: ReviewLog, previous: CardState | undefined): string {
  const before: 0 | 1 | StateTuple = log.before === null ? 0 : storedSame(previous, log.before) ? 1 : encodeState(log.before, log.time);
  const tuple: LogTuple = [log.cardId, log.time, storedRating(log), round4(log.elapsedDays), before, encodeState(log.after, log.time)];
  return JSON.stringify(tuple);
}

/**
 * Decodes one stored log, or returns why it is invalid. `previous` holds each card's latest `after` in list order:
 * it resolves a `before` of 1 and is updated by a valid entry.
 */
export function decodeLogTuple(entry: unknown, previous: Map<string, CardState>): ReviewLog | string {
  if (!Array.isArray(entry) || entry.length !== 6) return "log is not a 6-item array";
  const items = entry as unknown[];
  const cardId = items[0], time = items[1], ratingIndex = items[2], elapsedDays = items[3], rawBefore = items[4];
  if (typeof cardId !== "string" || cardId === "") return "log has no card id";
  if (!isLogTime(time) || !Number.isFinite(elapsedDays) || (elapsedDays as number) < 0) return "log has an invalid time";
  const t = time;
  const rating = readRating(ratingIndex);
  if (!rating) return "log has an unknown rating";
  const after = decodeState(items[5], t);
  if (typeof after === "string") return `after: ${after}`;
  let before: CardState | null = null;
  if (rawBefore === 1) before = previous.get(cardId) ?? null;
  else if (rawBefore !== 0) {
    const b = decodeState(rawBefore, t);
    if (typeof b === "string") return `before: ${b}`;
    before = b;
  }
  previous.set(cardId, after);
  return decoded(cardId, t, rating, before, after, elapsedDays as number);
}

/**
 * The JSON text of one log as a flat line of a week file: [cardId, time, rating, elapsedDays, ...before, ...after]
 * where before is one value (0 none, 1 the card's previous line's `after`) or ten, and after is ten; states relative
 * to `time`. One flat list per log parses faster than nested tuples.
 */
export function encodeLogLine(log: ReviewLog, previous: CardState | undefined): string {
  const line: (string | number | null)[] = [log.cardId, log.time, storedRating(log), round4(log.elapsedDays)];
  const values = line as (number | null)[];
  if (log.before === null) values.push(0);
  else if (storedSame(previous, log.before)) values.push(1);
  else pushState(values, log.before, log.time);
  pushState(values, log.after, log.time);
  return JSON.stringify(line);
}

/** Decodes one flat line (see `encodeLogLine`), or returns why it is invalid; `previous` as in `decodeLogTuple`. */
export function decodeLogLine(entry: unknown, previous: Map<string, CardState>): ReviewLog | string {
  if (!Array.isArray(entry) || (entry.length !== 15 && entry.length !== 24)) return "log line has the wrong number of items";
  const items = entry as unknown[];
  const cardId = items[0], time = items[1], ratingIndex = items[2], elapsedDays = items[3];
  if (typeof cardId !== "string" || cardId === "") return "log has no card id";
  if (!isLogTime(time) || !Number.isFinite(elapsedDays) || (elapsedDays as number) < 0) return "log has an invalid time";
  const t = time;
  const rating = readRating(ratingIndex);
  if (!rating) return "log has an unknown rating";
  const after = readState(items, items.length - 10, t);
  if (typeof after === "string") return `after: ${after}`;
  let before: CardState | null = null;
  if (items.length === 24) {
    const b = readState(items, 4, t);
    if (typeof b === "string") return `before: ${b}`;
    before = b;
  } else if (items[4] === 1) before = previous.get(cardId) ?? null;
  else if (items[4] !== 0) return "log has an invalid before";
  previous.set(cardId, after);
  return decoded(cardId, t, rating, before, after, elapsedDays as number);
}

/**
 * A wrong pick as stored: [cardId, time, picked, answer] — a line of a week's picks file, and an item of `logPicks` in a
 * data file that carries its logs. Never inside a log's own tuple or line: every released decoder checks their length,
 * and would drop a longer one together with the review it records; an unknown file or key it leaves alone.
 */
export type PickTuple = [string, number, string, string];

/** The stored form of a log's wrong pick (see {@link PickTuple}); names are empty when the log has none. */
export function encodePickTuple(log: ReviewLog): PickTuple {
  return [log.cardId, log.time, log.pick?.picked ?? "", log.pick?.answer ?? ""];
}

/** Reads one stored pick: the answer's key (see `logKey`) and the pick, or why it is invalid. Longer lists are read in part. */
export function decodePickTuple(entry: unknown): { key: string; pick: WrongPick } | string {
  if (!Array.isArray(entry) || entry.length < 4) return "pick is not a list of at least four items";
  const items = entry as unknown[];
  const cardId = items[0], time = items[1], picked = items[2], answer = items[3];
  if (typeof cardId !== "string" || cardId === "" || !isLogTime(time)) return "pick has no answer key";
  if (typeof picked !== "string" || picked === "" || typeof answer !== "string" || answer === "") return "pick has no names";
  return { key: logKey({ cardId, time }), pick: { picked, answer } };
}
