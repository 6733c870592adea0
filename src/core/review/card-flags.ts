/**
 * What the user sets on a card during a review: suspended (until brought back) or buried until the next study day.
 * Kept per card in data.json, each with the time it was set, so two devices merge by the later setting.
 */
import type { CardState } from "./types";

/** A card's flag. A flag with neither set is kept too: it says "brought back", and outlives an older setting. */
export interface CardFlag {
  suspended: boolean;
  /** Epoch ms until which the card is buried; 0 when it is not. */
  buriedUntil: number;
  /** When the flag was set (epoch ms): the later of two devices' flags wins. */
  at: number;
}

/** Lapses that make a card a leech, as in Anki: a card failed this often needs rewriting more than reviewing. */
export const LEECH_LAPSES = 8;

/** True when the card sits out of reviews at `now`: suspended, or buried until later. */
export function isHeld(flag: CardFlag | undefined, now: number): boolean {
  return flag !== undefined && (flag.suspended || flag.buriedUntil > now);
}

/** True when the card is a leech: failed {@link LEECH_LAPSES} times or more after it was learned. */
export function isLeech(state: CardState | undefined): boolean {
  return state !== undefined && state.lapses >= LEECH_LAPSES;
}

/** Orders two flags of one card: the later setting is greater; on a tie, suspended, then the longer bury. */
export function compareFlags(a: CardFlag, b: CardFlag): number {
  return a.at - b.at || Number(a.suspended) - Number(b.suspended) || a.buriedUntil - b.buriedUntil;
}

/** The stored form of a flag: `[suspended 0|1, buriedUntil, at]`. */
export type FlagTuple = [number, number, number];

export function encodeFlag(flag: CardFlag): FlagTuple {
  return [flag.suspended ? 1 : 0, flag.buriedUntil, flag.at];
}

/** A flag from its stored form, or a reason it is invalid. */
export function decodeFlag(x: unknown): CardFlag | string {
  if (!Array.isArray(x) || x.length !== 3) return "flag is not a 3-item array";
  const [s, until, at] = x as unknown[];
  if ((s !== 0 && s !== 1) || !Number.isFinite(until) || (until as number) < 0 || !Number.isFinite(at)) return "flag has invalid values";
  return { suspended: s === 1, buriedUntil: until as number, at: at as number };
}
