import { compareFlags, type CardFlag } from "./card-flags";
import type { ReviewLog } from "./review-log";
import { createRecord, own, SCHEMA_VERSION, type OrphanEntry, type ReviewData } from "./store-schema";
import type { CardPhase, CardState } from "./types";

const PHASE_ORDER: Record<CardPhase, number> = { new: 0, learning: 1, review: 2, relearning: 3 };

/** Orders two states of one card: the later review is greater; field by field after that, so ties are decided the same way on every device. */
export function compareStates(a: CardState, b: CardState): number {
  return (a.lastReview ?? -Infinity) - (b.lastReview ?? -Infinity)
    || a.reps - b.reps || a.due - b.due || a.lapses - b.lapses
    || a.stability - b.stability || a.difficulty - b.difficulty
    || a.learningStep - b.learningStep || a.scheduledDays - b.scheduledDays || a.elapsedDays - b.elapsedDays
    || PHASE_ORDER[a.state] - PHASE_ORDER[b.state];
}

function newest(candidates: readonly (CardState | undefined)[]): CardState | undefined {
  let best: CardState | undefined;
  for (const c of candidates) if (c && (!best || compareStates(c, best) > 0)) best = c;
  return best;
}

/**
 * Orders logs by time, then card, then content: the order the store keeps them in, the same on every device. Of two
 * copies of one answer the undone one is greater, so merging keeps the undo.
 */
export function compareLogs(a: ReviewLog, b: ReviewLog): number {
  if (a.time !== b.time) return a.time - b.time;
  if (a.cardId !== b.cardId) return a.cardId < b.cardId ? -1 : 1;
  if ((a.undone === true) !== (b.undone === true)) return a.undone ? 1 : -1;
  return compareStates(a.after, b.after) || (a.rating < b.rating ? -1 : a.rating > b.rating ? 1 : 0);
}

/** The logs in `compareLogs` order: the list itself when it already is (checked in one pass), else a sorted copy. */
export function sortLogs(logs: readonly ReviewLog[]): readonly ReviewLog[] {
  for (let i = 1; i < logs.length; i++) {
    if (compareLogs(logs[i - 1]!, logs[i]!) > 0) return [...logs].sort(compareLogs);
  }
  return logs;
}

const sameKey = (a: ReviewLog, b: ReviewLog): boolean => a.time === b.time && a.cardId === b.cardId;

/** The pick two copies of one answer carry: either's, the same on every device when (oddly) they differ. */
function pickOf(a: ReviewLog, b: ReviewLog): ReviewLog["pick"] {
  if (!a.pick || !b.pick) return a.pick ?? b.pick;
  const ka = `${a.pick.picked}\u0000${a.pick.answer}`, kb = `${b.pick.picked}\u0000${b.pick.answer}`;
  return ka <= kb ? a.pick : b.pick;
}

/**
 * One entry for two copies of one answer: the greater (`kept`: the undone one wins), carrying the wrong pick either
 * copy knows of (a week file's line has none: the pick comes from the file beside it, or from memory).
 */
export function combineCopies(kept: ReviewLog, other: ReviewLog): ReviewLog {
  const pick = pickOf(kept, other);
  return pick === kept.pick ? kept : { ...kept, pick };
}

/**
 * The union of two log lists in `compareLogs` order, one entry per card and time (the greater entry when both lists
 * hold one, with the wrong pick either holds). Linear for sorted input. Commutative and idempotent.
 */
export function mergeLogs(local: readonly ReviewLog[], remote: readonly ReviewLog[]): ReviewLog[] {
  const a = sortLogs(local), b = sortLogs(remote);
  const out: ReviewLog[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && compareLogs(a[i]!, b[j]!) <= 0) ? a[i++]! : b[j++]!;
    const last = out[out.length - 1];
    if (last && sameKey(last, next)) out[out.length - 1] = combineCopies(next, last);
    else out.push(next);
  }
  return out;
}

/**
 * Merges what data.json holds for two devices, leaving logs aside: per card the state with the later review wins,
 * orphans likewise, the weeks with log files are combined, settings are taken from `local` when it has them.
 */
export function mergeStoredStates(local: ReviewData, remote: ReviewData): Omit<ReviewData, "logs"> {
  const undone = mergeUndone(local.undone, remote.undone);
  // A state an undone answer left is no candidate: the other device's state (or none, a new card) is the right one.
  const kept = (id: string, state: CardState | undefined): CardState | undefined =>
    state && undone && state.lastReview !== null && own(undone, id)?.includes(state.lastReview) ? undefined : state;
  const cards = createRecord<CardState>();
  for (const id of new Set([...Object.keys(local.cards), ...Object.keys(remote.cards)])) {
    const state = newest([
      own(local.cards, id), own(remote.cards, id), own(local.orphans, id)?.state, own(remote.orphans, id)?.state,
    ].map((s) => kept(id, s)));
    if (state) cards[id] = state;
  }
  const orphans = createRecord<OrphanEntry>();
  for (const id of new Set([...Object.keys(local.orphans), ...Object.keys(remote.orphans)])) {
    if (id in cards) continue;
    const a = own(local.orphans, id), b = own(remote.orphans, id);
    const state = newest([a?.state, b?.state]);
    if (!state) continue;
    const entry: OrphanEntry = { state, orphanedAt: Math.max(a?.orphanedAt ?? -Infinity, b?.orphanedAt ?? -Infinity) };
    const path = a?.path ?? b?.path;
    if (path !== undefined) entry.path = path;
    orphans[id] = entry;
  }
  const logWeeks = [...new Set([...local.logWeeks, ...remote.logWeeks])].sort();
  const merged: Omit<ReviewData, "logs"> = { schemaVersion: SCHEMA_VERSION, cards, orphans, logWeeks };
  if (local.renamed || remote.renamed) merged.renamed = Object.assign(createRecord<string>(), remote.renamed, local.renamed);
  if (local.flags || remote.flags) merged.flags = mergeFlags(local.flags, remote.flags);
  if (undone) merged.undone = undone;
  const settings = local.settings !== undefined ? local.settings : remote.settings;
  if (settings !== undefined) merged.settings = settings;
  return merged;
}

/** The answers taken back on either device, by card (sorted, once each); undefined when neither has any. */
export function mergeUndone(
  local: Readonly<Record<string, number[]>> | undefined, remote: Readonly<Record<string, number[]>> | undefined,
): Record<string, number[]> | undefined {
  if (!local && !remote) return undefined;
  const out = createRecord<number[]>();
  for (const id of new Set([...Object.keys(local ?? {}), ...Object.keys(remote ?? {})])) {
    out[id] = [...new Set([...(own(local ?? {}, id) ?? []), ...(own(remote ?? {}, id) ?? [])])].sort((a, b) => a - b);
  }
  return out;
}

/** Per card, the later flag of the two (see `compareFlags`). */
function mergeFlags(local: Readonly<Record<string, CardFlag>> = {}, remote: Readonly<Record<string, CardFlag>> = {}): Record<string, CardFlag> {
  const out = createRecord<CardFlag>();
  for (const id of new Set([...Object.keys(local), ...Object.keys(remote)])) {
    const a = own(local, id), b = own(remote, id);
    const flag = a && b ? (compareFlags(a, b) >= 0 ? a : b) : a ?? b;
    if (flag) out[id] = flag;
  }
  return out;
}

/**
 * Merges the data of two devices that reviewed offline and then synced the same files: per card the state with
 * the later review wins, logs are the union (one entry per card and time), orphans likewise.
 * Commutative and idempotent over cards, logs and orphans; settings are taken from `local` when it has them.
 */
export function mergeReviewData(local: ReviewData, remote: ReviewData): ReviewData {
  return { ...mergeStoredStates(local, remote), logs: mergeLogs(local.logs, remote.logs) };
}
