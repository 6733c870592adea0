/**
 * Cram: in the last days before the exam, a run over every learned card, weakest first — the cards least likely to
 * be recalled right now, whatever their due dates.
 */
import type { QueueCard } from "../review/queue";
import { recallProbability } from "../review/scheduler";
import type { CardState } from "../review/types";
import { daysUntilExam } from "./exam-date";

/** True when cram is offered: an exam date is set, not past, and at most `cramDays` study days away. */
export function isCramTime(now: Date | number, examDate: string, cramDays: number, rolloverHour = 4, tzOffsetMinutes = 0): boolean {
  const days = daysUntilExam(now, examDate, rolloverHour, tzOffsetMinutes);
  return days !== null && days <= Math.max(0, cramDays);
}

/** Inputs of a cram run. */
export interface CramOptions<C extends Pick<QueueCard, "id">> {
  cards: readonly C[];
  stateOf: (id: string) => CardState | undefined;
  now: Date | number;
  /** Fitted FSRS weights when the user has them (see `SchedulerOptions.fsrsWeights`). */
  weights?: readonly number[] | null;
  /** Cards that sit out (suspended): never crammed. */
  held?: (id: string) => boolean;
}

/** One card of a cram run and how likely it is to be recalled now (0–1). */
export interface CramCard<C> {
  card: C;
  recall: number;
}

/**
 * Every learned card (answered at least once, ids once each) weakest first: by the probability of recalling it now,
 * then by lower stability, then in the order given. New cards are left out: cram revises, it does not introduce.
 */
export function orderForCram<C extends Pick<QueueCard, "id">>(options: CramOptions<C>): CramCard<C>[] {
  const now = typeof options.now === "number" ? options.now : options.now.getTime();
  const seen = new Set<string>();
  const out: (CramCard<C> & { stability: number; at: number })[] = [];
  options.cards.forEach((card, at) => {
    if (seen.has(card.id) || options.held?.(card.id)) return;
    seen.add(card.id);
    const state = options.stateOf(card.id);
    if (!state || state.state === "new" || state.lastReview === null) return;
    out.push({ card, recall: recallProbability(state, now, options.weights), stability: state.stability, at });
  });
  out.sort((a, b) => a.recall - b.recall || a.stability - b.stability || a.at - b.at);
  return out.map(({ card, recall }) => ({ card, recall }));
}
