/**
 * data.json's list of answers taken back, and bringing memory in line with it: the list is written before the week
 * files, and merged as a union between devices, so neither a crash nor an older copy brings an undone answer back.
 */
import type { LogBook } from "./log-book";
import type { ReviewLog } from "./review-log";
import { createRecord, own, UNDONE_KEEP_DAYS, type ReviewData } from "./store-schema";

/** Adds an answer taken back to the list. */
export function listUndone(data: ReviewData, cardId: string, time: number): void {
  const undone = (data.undone ??= createRecord<number[]>());
  const times = own(undone, cardId) ?? [];
  if (!times.includes(time)) undone[cardId] = [...times, time];
}

/**
 * Makes memory agree with the list: each listed answer in memory is marked undone (its week file gets the mark),
 * and a card state one of them left goes back to the state before it.
 */
export function takeBackListed(data: ReviewData, book: Pick<LogBook, "find" | "undo">): void {
  const undone = data.undone;
  if (!undone) return;
  for (const [id, times] of Object.entries(undone)) {
    for (const time of times) {
      const log = book.find(id, time);
      if (!log) continue;
      if (!log.undone) book.undo(log);
      restoreBefore(data, log);
    }
  }
}

/**
 * The card's state as it was before the answer `log` was given, when the card's state is still the one that answer
 * left (a later answer or a sync that moved it stays): the `before` state, or none for a card that was new.
 */
export function restoreBefore(data: ReviewData, log: ReviewLog): void {
  const state = own(data.cards, log.cardId);
  if (!state || state.lastReview !== log.time) return;
  if (log.before) data.cards[log.cardId] = log.before;
  else delete data.cards[log.cardId];
}

/** Forgets answers taken back long ago: every device has long had the mark in the logs. */
export function pruneUndone(data: ReviewData, now: Date): void {
  if (!data.undone) return;
  const keepFrom = now.getTime() - UNDONE_KEEP_DAYS * 86_400_000;
  for (const [id, times] of Object.entries(data.undone)) {
    const kept = times.filter((t) => t >= keepFrom);
    if (kept.length === 0) delete data.undone[id];
    else if (kept.length !== times.length) data.undone[id] = kept;
  }
}
