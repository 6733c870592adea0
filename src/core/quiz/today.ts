/** "Today at a glance": what is due, what is new, what is learned, and when the next card comes due. */
import { countIntroducedSince, type ReviewLog } from "../review/review-log";
import { lookupState, partitionCards, type QueueCard, type StateLookup } from "../review/queue";
import { studyDayStart } from "../review/study-day";
import { findNextDue } from "./session-summary";

/** Inputs of today's overview. */
export interface TodayOptions {
  cards: readonly QueueCard[];
  states: StateLookup;
  /** Review logs sorted by time, at least today's (new cards introduced in any scope count against today's limit). */
  logs: readonly ReviewLog[];
  now: number;
  newCardsPerDay: number;
  rolloverHour: number;
  tzOffsetMinutes: number;
  /** Cards that sit out today (suspended, buried, or buried by a sibling answered today): not counted as due or new. */
  held?: (id: string) => boolean;
}

/** Today's counts for the panel's header. */
export interface TodayCounts {
  /** Cards due today (reviews due before the day ends, learning cards due now). */
  due: number;
  /** New cards still allowed today. */
  fresh: number;
  /** Cards that have a schedule (no longer new). */
  learned: number;
  /** Reviews of these cards given today. */
  reviewedToday: number;
  /** New cards introduced today, which count against the daily limit. */
  introducedToday: number;
  /** When the next card comes due, for "nothing due now"; null when no card is scheduled. */
  nextDue: number | null;
}

/** Counts today's work over `cards`. */
export function countToday(options: TodayOptions): TodayCounts {
  const dayStart = studyDayStart(options.now, options.rolloverHour, options.tzOffsetMinutes);
  const introducedToday = countIntroducedSince(options.logs, dayStart);
  const part = partitionCards({
    held: options.held,
    cards: options.cards, states: options.states, now: options.now, newCardsPerDay: options.newCardsPerDay,
    newIntroducedToday: introducedToday, rolloverHour: options.rolloverHour, tzOffsetMinutes: options.tzOffsetMinutes,
  });
  let learned = 0;
  for (const card of options.cards) {
    const s = lookupState(options.states, card.id);
    if (s && s.state !== "new") learned++;
  }
  const ids = options.cards.map((c) => c.id);
  const inScope = new Set(ids);
  let reviewedToday = 0;
  for (let i = options.logs.length - 1; i >= 0; i--) {
    const log = options.logs[i]!;
    if (log.time < dayStart) break;
    if (!log.undone && log.time <= options.now && inScope.has(log.cardId)) reviewedToday++;
  }
  return {
    due: part.due.length, fresh: part.fresh.length, learned, reviewedToday, introducedToday,
    nextDue: findNextDue(ids, options.states, options.now),
  };
}
