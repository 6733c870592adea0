/**
 * Confusions: the wrong options picked in multiple-choice answers (see `WrongPick`, kept with the review log) read
 * as pairs of names the student mixes up ("SQS ↔ SNS: 4 times"); what a question's wrong options should lean on; and
 * bringing a confused pair's cards together, in a review and in a drill. Names are compared folded (`foldKey`).
 */
import type { Card } from "../cards/types";
import { foldKey } from "../markdown/text";
import type { ReviewLog } from "../review/review-log";
import { DAY_MS } from "../review/study-day";
import type { CardState } from "../review/types";

/** Two names the student confused, either way round. */
export interface ConfusedPair {
  /** Both names folded, sorted: the pair's identity ("sns", "sqs"). */
  sides: [string, string];
  /** The right answer and the option picked instead in the pair's latest wrong pick, as shown then. */
  answer: string;
  picked: string;
  /** Wrong picks either way round. */
  count: number;
  /** When the latest was (epoch ms). */
  lastTime: number;
  /** The cards answered wrongly in this pair, latest first, once each. */
  cardIds: string[];
}

/** Which wrong picks count. */
export interface ConfusionOptions {
  /** Only picks at or after this time (epoch ms). */
  since?: number;
  /**
   * The answer's name as the card now has it (its term was renamed since), used instead of the name stored with the
   * pick; undefined keeps the stored name (the card is gone, or this is not known).
   */
  answerOf?: (cardId: string) => string | undefined;
}

/** The picks that count, with both names: answers taken back never do, nor a pick of the answer's own name. */
function* picksOf(logs: Iterable<ReviewLog>, options: ConfusionOptions): Generator<{ log: ReviewLog; answer: string; picked: string }> {
  for (const log of logs) {
    if (!log.pick || log.undone || (options.since !== undefined && log.time < options.since)) continue;
    const answer = options.answerOf?.(log.cardId) ?? log.pick.answer;
    if (foldKey(answer) === foldKey(log.pick.picked)) continue;
    yield { log, answer, picked: log.pick.picked };
  }
}

/** The pairs of names confused, most often first (then the latest first, then by name). */
export function listConfusedPairs(logs: Iterable<ReviewLog>, options: ConfusionOptions = {}): ConfusedPair[] {
  const pairs = new Map<string, ConfusedPair>();
  for (const { log, answer, picked } of picksOf(logs, options)) {
    const a = foldKey(answer), b = foldKey(picked);
    const sides: [string, string] = a < b ? [a, b] : [b, a];
    const key = sides.join("\u0000");
    const pair = pairs.get(key);
    if (!pair) {
      pairs.set(key, { sides, answer, picked, count: 1, lastTime: log.time, cardIds: [log.cardId] });
      continue;
    }
    pair.count++;
    if (!pair.cardIds.includes(log.cardId)) pair.cardIds.push(log.cardId);
    if (log.time >= pair.lastTime) {
      pair.lastTime = log.time;
      pair.answer = answer;
      pair.picked = picked;
      pair.cardIds = [log.cardId, ...pair.cardIds.filter((id) => id !== log.cardId)];
    }
  }
  return [...pairs.values()].sort((x, y) => y.count - x.count || y.lastTime - x.lastTime
    || (x.sides.join("\u0000") < y.sides.join("\u0000") ? -1 : 1));
}

/**
 * How often each term was picked instead of `answer`, by the picked name folded (`foldKey`): what the wrong options
 * of a question about `answer` lean on. With `bothWays`, picks of `answer` instead of the other term count too.
 */
export function confusionsFor(
  logs: Iterable<ReviewLog>, answer: string, options: ConfusionOptions & { bothWays?: boolean } = {},
): Map<string, number> {
  const key = foldKey(answer);
  const out = new Map<string, number>();
  for (const pick of picksOf(logs, options)) {
    const a = foldKey(pick.answer), p = foldKey(pick.picked);
    const other = a === key ? p : options.bothWays && p === key ? a : null;
    if (other !== null) out.set(other, (out.get(other) ?? 0) + 1);
  }
  return out;
}

/** What the pairing reads of a card. */
export type PairCard = Pick<Card, "id" | "term" | "answer" | "kind">;

/** The folded name a card is about: a question card's answer (the asked term), a cloze card's term. */
export function sideOf(card: PairCard): string {
  return foldKey(card.kind ? card.answer : card.term);
}

/** Days ahead a confused partner's card may be due and still join the card it is confused with. */
export const PARTNER_AHEAD_DAYS = 3;

/** Inputs of {@link bringPartnersTogether}. */
export interface PartnerOptions<C extends PairCard> {
  /** Every card, where the partners are found. */
  cards: readonly C[];
  /** The confused pairs, most confused first (see {@link listConfusedPairs}). */
  pairs: readonly ConfusedPair[];
  stateOf: (id: string) => CardState | undefined;
  now: Date | number;
  /** How many days ahead a partner may be due ({@link PARTNER_AHEAD_DAYS} by default). */
  aheadDays?: number;
  /** Cards that sit out (suspended, buried): never brought. */
  held?: (id: string) => boolean;
}

/**
 * The queue with confused pairs brought together: right after a card about one side of a confused pair comes the
 * other side's reverse card ("which term is this?"), when that card is learned (in review) and due within
 * `aheadDays` — moved up when it is later in the queue, brought in early when it is due in the next days. A card
 * brings at most one card per pair, partners bring none in turn (the queue grows by at most one card per queued
 * card), and every card appears once. New and learning partners are left alone: their own steps decide.
 */
export function bringPartnersTogether<C extends PairCard>(queue: readonly C[], options: PartnerOptions<C>): C[] {
  const now = typeof options.now === "number" ? options.now : options.now.getTime();
  const horizon = now + Math.max(0, options.aheadDays ?? PARTNER_AHEAD_DAYS) * DAY_MS;
  const partners = new Map<string, string[]>();
  for (const { sides: [a, b] } of options.pairs) {
    partners.set(a, [...(partners.get(a) ?? []), b]);
    partners.set(b, [...(partners.get(b) ?? []), a]);
  }
  const reverseBySide = new Map<string, C[]>();
  for (const card of options.cards) {
    if (card.kind !== "reverse") continue;
    const side = sideOf(card);
    reverseBySide.set(side, [...(reverseBySide.get(side) ?? []), card]);
  }
  const ready = (card: C): boolean => {
    const state = options.stateOf(card.id);
    return state?.state === "review" && state.due <= horizon && !options.held?.(card.id);
  };
  const placed = new Set<string>();
  const out: C[] = [];
  for (const card of queue) {
    if (placed.has(card.id)) continue;
    placed.add(card.id);
    out.push(card);
    for (const side of partners.get(sideOf(card)) ?? []) {
      const partner = (reverseBySide.get(side) ?? []).find((c) => !placed.has(c.id) && ready(c));
      if (!partner) continue;
      placed.add(partner.id);
      out.push(partner);
    }
  }
  return out;
}

/** Pairs a drill takes by default. */
export const DRILL_PAIRS = 5;

/**
 * The cards of the most confused pairs, for a drill: pair by pair, the answer's side and then the other, each side's
 * question cards (reverse, fits) before its cloze cards, every card once. Held cards are left out.
 */
export function drillCards<C extends PairCard>(
  pairs: readonly ConfusedPair[], cards: readonly C[], options: { top?: number; held?: (id: string) => boolean } = {},
): C[] {
  const bySide = new Map<string, C[]>();
  for (const card of cards) {
    if (options.held?.(card.id)) continue;
    const side = sideOf(card);
    bySide.set(side, [...(bySide.get(side) ?? []), card]);
  }
  const seen = new Set<string>();
  const out: C[] = [];
  for (const pair of pairs.slice(0, Math.max(0, options.top ?? DRILL_PAIRS))) {
    const first = foldKey(pair.answer);
    const order = pair.sides[0] === first ? pair.sides : [pair.sides[1], pair.sides[0]];
    for (const side of order) {
      const list = bySide.get(side) ?? [];
      for (const card of [...list.filter((c) => c.kind), ...list.filter((c) => !c.kind)]) {
        if (seen.has(card.id)) continue;
        seen.add(card.id);
        out.push(card);
      }
    }
  }
  return out;
}
