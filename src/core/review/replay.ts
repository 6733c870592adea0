/**
 * The review log is the source of truth: a card's schedule is what its answers give, replayed in time order, and the
 * states in data.json are a cache of that. Replaying mends what a cache alone gets wrong: a data.json older than the
 * logs (torn, restored from the backup, synced from another device) lacks answers the logs hold, and two devices that
 * answered the same card offline each graded it from the same old state, so one answer would overwrite the other.
 */
import type { ReviewLog } from "./review-log";
import { own } from "./store-schema";
import type { CardState, Rating } from "./types";

/** How far ahead of this device's clock an answer may be stamped and still be trusted to order the history. */
export const CLOCK_SLACK_MS = 86_400_000;

/** Grades a card again: the scheduler's `grade` without its log. */
export type Regrade = (state: CardState | undefined, rating: Rating, at: Date) => CardState;

/** What replaying the logs in memory found. */
export interface ReplayResult {
  /**
   * The cards whose cached state the logs change, with their state after the replay; null for a card back to new
   * (its only answer was taken back).
   */
  changed: Map<string, CardState | null>;
  /** Answers stamped more than {@link CLOCK_SLACK_MS} ahead of `now` (a device with a wrong clock). */
  aheadOfClock: number;
}

/**
 * Replays the logs (sorted by time, as the store keeps them) over the cached states. For every card it walks the
 * card's answers: an answer graded from the state the previous one left is taken as it was recorded; an answer given
 * without knowing the previous one (another device, offline) is graded again on top of it; an answer stamped more
 * than a day ahead of `now` is placed right after the previous answer and graded again, so a wrong clock neither
 * jumps ahead of other devices' answers nor pushes the card a year away. A card's state changes when the replay
 * knows answers its cached state lacks; a cached state newer than every log in memory is left alone.
 */
export function replayLogs(
  cards: Readonly<Record<string, CardState>>, logs: readonly ReviewLog[], regrade: Regrade, now: number,
  kept: ReplayContext = {},
): ReplayResult {
  const byCard = new Map<string, ReviewLog[]>();
  /** Per card, the answers taken back: a cached state one of them left is no state at all. */
  const undone = new Map<string, ReviewLog[]>();
  let aheadOfClock = 0;
  for (const log of logs) {
    const id = currentId(log.cardId, kept.renamed);
    if (kept.only && !kept.only.has(id)) continue;
    if (log.undone) {
      const seen = undone.get(id);
      if (seen) seen.push(log);
      else undone.set(id, [log]);
      continue;
    }
    if (log.time > now + CLOCK_SLACK_MS) aheadOfClock++;
    const list = byCard.get(id);
    if (list) list.push(log);
    else byCard.set(id, [log]);
  }
  const changed = new Map<string, CardState | null>();
  for (const [cardId, history] of byCard) {
    const cached = own(cards, cardId) ?? (kept.orphans ? own(kept.orphans, cardId)?.state : undefined);
    const replayed = replayCard(history, regrade, now, undone.get(cardId));
    if (replayed && (needsUpdate(cached, replayed, now) || leftBy(cached, undone.get(cardId)))) changed.set(cardId, replayed.state);
  }
  // A cached state an undone answer left, with no other answer in memory: back to the state before that answer.
  for (const [cardId, list] of undone) {
    if (byCard.has(cardId)) continue;
    const cached = own(cards, cardId) ?? (kept.orphans ? own(kept.orphans, cardId)?.state : undefined);
    const log = leftBy(cached, list);
    if (log) changed.set(cardId, log.before);
  }
  return { changed, aheadOfClock };
}

/** The answer taken back that left `state` (its review is that answer's), if any. */
function leftBy(state: CardState | undefined, undone: readonly ReviewLog[] | undefined): ReviewLog | undefined {
  if (!state || !undone || state.lastReview === null) return undefined;
  return undone.find((log) => log.time === state.lastReview);
}

/** What else the store keeps that a replay must read: the orphans' states, and renamed cards' new ids. */
export interface ReplayContext {
  orphans?: Readonly<Record<string, { state: CardState }>>;
  renamed?: Readonly<Record<string, string>>;
  /** Replays only these cards (their ids as {@link currentId} gives them); every card when absent. */
  only?: ReadonlySet<string>;
}

/** The id a card has now, following renames (a card renamed twice follows both; a loop stops where it started). */
export function currentId(id: string, renamed: Readonly<Record<string, string>> | undefined): string {
  if (!renamed) return id;
  let current = id;
  for (let hops = 0; hops < 16; hops++) {
    const next = own(renamed, current);
    if (next === undefined || next === id) return current;
    current = next;
  }
  return current;
}

/** One card's state after its answers, and whether any answer had to be graded again. */
interface Replayed {
  state: CardState;
  regraded: boolean;
}

function replayCard(history: readonly ReviewLog[], regrade: Regrade, now: number, undone: readonly ReviewLog[] = []): Replayed | null {
  let state: CardState | undefined;
  let regraded = false;
  /** When the previous answer counts as given (an answer ahead of the clock counts right after it). */
  let previousAt: number | null = null;
  for (const log of history) {
    const ahead = log.time > now + CLOCK_SLACK_MS;
    const at: number = ahead ? (previousAt ?? log.before?.lastReview ?? now) : log.time;
    const from = log.before?.lastReview ?? null;
    // An answer given on top of one taken back (another device had not heard of the undo) is graded again, from the
    // state before the answer taken back.
    const under = from === null ? undefined : undone.find((u) => u.time === from);
    if (!ahead && !regraded) {
      const last = state?.lastReview ?? null;
      const onUndone = under !== undefined;
      // The first answer in memory, one graded from the state the previous answer left, or one graded from a later
      // state than memory knows (answers in weeks not read came between): as recorded.
      if (!onUndone && (previousAt === null || from === last || (from !== null && (last === null || from > last)))) {
        state = log.after;
        previousAt = at;
        continue;
      }
    }
    const base = previousAt === null ? ((under ? under.before : log.before) ?? undefined) : state;
    state = regrade(base, log.rating, new Date(Math.max(at, state?.lastReview ?? at)));
    regraded = true;
    previousAt = at;
  }
  return state ? { state, regraded } : null;
}

/** True when the replayed state should replace the cached one. */
function needsUpdate(cached: CardState | undefined, replayed: Replayed, now: number): boolean {
  if (!cached) return true;
  const cachedAt = cached.lastReview ?? -Infinity;
  const replayedAt = replayed.state.lastReview ?? -Infinity;
  // A cached review stamped far ahead of the clock came from a wrong clock: the replay placed that answer properly.
  if (cachedAt > now + CLOCK_SLACK_MS && replayed.regraded) return true;
  // The cache knows an answer the logs in memory do not (its week file was not read or not synced yet).
  if (cachedAt > replayedAt) return false;
  if (cachedAt < replayedAt) return true;
  return replayed.regraded && !sameState(cached, replayed.state);
}

function sameState(a: CardState, b: CardState): boolean {
  return a.due === b.due && a.stability === b.stability && a.difficulty === b.difficulty && a.reps === b.reps &&
    a.lapses === b.lapses && a.state === b.state && a.learningStep === b.learningStep &&
    a.scheduledDays === b.scheduledDays && a.lastReview === b.lastReview;
}
