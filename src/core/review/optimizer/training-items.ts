/**
 * Review logs -> per-card review histories as the FSRS optimizer reads them: one rating per answer, with the whole
 * study days since the card's previous answer (0 for answers on the same study day), starting at the card's first
 * answer. An answer on a later study day than the one before it is a training item: the model predicts it from the
 * answers before it (as fsrs-rs and Anki build their items; same-day answers shape the memory state but are not
 * predicted).
 */
import { isIntroduction, type ReviewLog } from "../review-log";
import { studyDaysBetween } from "../study-day";
import type { Rating } from "../types";
import type { DayOptions } from "../stats";

/** A rating as FSRS numbers it: 1 again, 2 hard, 3 good, 4 easy. */
export type FsrsGrade = 1 | 2 | 3 | 4;

/** One answer in a card's history. */
export interface HistoryReview {
  rating: FsrsGrade;
  /** Whole study days since the previous answer; 0 for the first answer and for same-day answers. */
  deltaT: number;
}

/** One card's answers in order, and which of them are predicted in training. */
export interface CardHistory {
  cardId: string;
  reviews: HistoryReview[];
  /** Indices into `reviews` of the training items: answers after the first, on a later study day. */
  targets: number[];
  /** When each target was answered (epoch ms), in the order of `targets`. */
  targetTimes: number[];
}

/** Where study days begin (the scheduler's day rollover), as the statistics take it, every part given. */
export type StudyDayOptions = Required<DayOptions>;

const GRADES: Record<Rating, FsrsGrade> = { again: 1, hard: 2, good: 3, easy: 4 };

/**
 * Builds the card histories from logs in any order. Undone answers are left out. A card's history starts at its last
 * introduction (a log whose card was new); a card whose introduction is not among the logs is left out, because its
 * first rating is unknown. Cards without a training item are left out too. Cards come in order of their id.
 */
export function buildCardHistories(logs: readonly ReviewLog[], days: StudyDayOptions): CardHistory[] {
  const byCard = new Map<string, ReviewLog[]>();
  for (const log of logs) {
    if (log.undone) continue;
    const list = byCard.get(log.cardId);
    if (list) list.push(log);
    else byCard.set(log.cardId, [log]);
  }
  const out: CardHistory[] = [];
  for (const cardId of [...byCard.keys()].sort()) {
    const history = toHistory(cardId, byCard.get(cardId)!, days);
    if (history) out.push(history);
  }
  return out;
}

function toHistory(cardId: string, logs: ReviewLog[], days: StudyDayOptions): CardHistory | null {
  logs.sort((a, b) => a.time - b.time);
  let start = -1;
  for (let i = logs.length - 1; i >= 0; i--) {
    if (isIntroduction(logs[i]!)) { start = i; break; }
  }
  if (start < 0) return null;
  const reviews: HistoryReview[] = [];
  const targets: number[] = [];
  const targetTimes: number[] = [];
  let previous = logs[start]!.time;
  for (let i = start; i < logs.length; i++) {
    const log = logs[i]!;
    const deltaT = i === start ? 0 : Math.max(0, studyDaysBetween(previous, log.time, days.rolloverHour, days.tzOffsetMinutes));
    reviews.push({ rating: GRADES[log.rating], deltaT });
    if (i > start && deltaT > 0) {
      targets.push(reviews.length - 1);
      targetTimes.push(log.time);
    }
    previous = log.time;
  }
  return targets.length > 0 ? { cardId, reviews, targets, targetTimes } : null;
}

/** How many training items the histories hold. */
export function countTrainingItems(histories: readonly CardHistory[]): number {
  let n = 0;
  for (const h of histories) n += h.targets.length;
  return n;
}
