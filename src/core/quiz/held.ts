/** Which cards sit out of today's reviews: suspended or buried by the user, or buried by a sibling answered today. */
import { isHeld, type CardFlag } from "../review/card-flags";
import type { QueueCard, StateLookup } from "../review/queue";
import { buriedBySiblings } from "../review/review-session";
import { answeredSince, type ReviewLog } from "../review/review-log";
import { own } from "../review/store-schema";

/** What decides which cards sit out. */
export interface HeldOptions {
  cards: readonly QueueCard[];
  states: StateLookup;
  /** Review logs sorted by time, at least today's. */
  logs: readonly ReviewLog[];
  flags: Readonly<Record<string, CardFlag>> | undefined;
  now: number;
  /** Start of the study day (epoch ms). */
  dayStart: number;
  burySiblings: boolean;
}

/** A check of whether a card sits out today (see {@link HeldOptions}). */
export function heldToday(options: HeldOptions): (id: string) => boolean {
  const flags = options.flags;
  const buried = options.burySiblings
    ? buriedBySiblings(options.cards, answeredSince(options.logs, options.dayStart), options.states)
    : new Set<string>();
  return (id) => buried.has(id) || (flags !== undefined && isHeld(own(flags, id), options.now));
}

/** A check of whether a card is suspended or buried by the user at `now` (the session buries siblings itself). */
export function flaggedNow(flags: Readonly<Record<string, CardFlag>> | undefined, now: number): (id: string) => boolean {
  return (id) => flags !== undefined && isHeld(own(flags, id), now);
}
