/**
 * Confusions: the wrong options picked in multiple-choice answers (see `WrongPick`, kept with the review log) read
 * as pairs of terms the student mixes up ("SQS ↔ SNS: 4 times"); what a question's wrong options should lean on; and
 * bringing a confused pair's cards together, in a review and in a drill. Names are compared by what they stand for
 * (`nameIdentity`): `SQS` and `Amazon SQS` are one service, a name the catalogue does not know is itself folded.
 */
import { namesOf } from "../catalogue/catalogue";
import type { Card } from "../cards/types";
import { foldKey } from "../markdown/text";
import type { ReviewLog } from "../review/review-log";
import { DAY_MS } from "../review/study-day";
import type { CardState } from "../review/types";
import { catalogueEntryOf, nameIdentity } from "./term-names";

/** Two terms the student confused, either way round. */
export interface ConfusedPair {
  /** What the two terms are (see `nameIdentity`), sorted: the pair's identity ("catalogue:sns", "catalogue:sqs"). */
  ids: [string, string];
  /** Both names of the latest wrong pick, folded, sorted ("sns", "sqs"). */
  sides: [string, string];
  /** The right answer and the option picked instead in the pair's latest wrong pick, as shown then. */
  answer: string;
  picked: string;
  /** Wrong picks either way round, under any of the terms' names. */
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
   * pick; undefined keeps the stored name (the card is gone, or this is not known). See {@link currentAnswerOf}.
   */
  answerOf?: (cardId: string) => string | undefined;
}

/** {@link nameIdentity}, worked out once per name for one pass over logs or cards. */
function identifier(): (name: string) => string {
  const known = new Map<string, string>();
  return (name) => {
    let id = known.get(name);
    if (id === undefined) known.set(name, (id = nameIdentity(name)));
    return id;
  };
}

/** A pick that counts, with both names as shown and what each stands for. */
interface CountedPick {
  log: ReviewLog;
  answer: string;
  picked: string;
  answerId: string;
  pickedId: string;
}

/** The picks that count: answers taken back never do, nor a pick of another name of the answer's own term. */
function* picksOf(logs: Iterable<ReviewLog>, options: ConfusionOptions, identify: (name: string) => string): Generator<CountedPick> {
  for (const log of logs) {
    if (!log.pick || log.undone || (options.since !== undefined && log.time < options.since)) continue;
    const answer = options.answerOf?.(log.cardId) ?? log.pick.answer;
    const picked = log.pick.picked;
    const answerId = identify(answer), pickedId = identify(picked);
    if (answerId === pickedId) continue;
    yield { log, answer, picked, answerId, pickedId };
  }
}

const sorted = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

/** The pairs of terms confused, most often first (then the latest first, then by identity). */
export function listConfusedPairs(logs: Iterable<ReviewLog>, options: ConfusionOptions = {}): ConfusedPair[] {
  const pairs = new Map<string, ConfusedPair>();
  for (const { log, answer, picked, answerId, pickedId } of picksOf(logs, options, identifier())) {
    const ids = sorted(answerId, pickedId);
    const key = ids.join("\u0000");
    const pair = pairs.get(key);
    if (!pair) {
      pairs.set(key, { ids, sides: sorted(foldKey(answer), foldKey(picked)), answer, picked, count: 1, lastTime: log.time, cardIds: [log.cardId] });
      continue;
    }
    pair.count++;
    if (!pair.cardIds.includes(log.cardId)) pair.cardIds.push(log.cardId);
    if (log.time >= pair.lastTime) {
      pair.lastTime = log.time;
      pair.answer = answer;
      pair.picked = picked;
      pair.sides = sorted(foldKey(answer), foldKey(picked));
      pair.cardIds = [log.cardId, ...pair.cardIds.filter((id) => id !== log.cardId)];
    }
  }
  return [...pairs.values()].sort((x, y) => y.count - x.count || y.lastTime - x.lastTime
    || (x.ids.join("\u0000") < y.ids.join("\u0000") ? -1 : 1));
}

/**
 * How often each term was picked instead of `answer` (any name of it), keyed by every name of that term folded with
 * `foldKey` — the names it was shown under and, for an AWS service or concept, its catalogue entry's names — so a
 * candidate option finds its count under any of its names: what the wrong options of a question about `answer` lean
 * on. With `bothWays`, picks of `answer` instead of the other term count too.
 */
export function confusionsFor(
  logs: Iterable<ReviewLog>, answer: string, options: ConfusionOptions & { bothWays?: boolean } = {},
): Map<string, number> {
  const identify = identifier();
  const target = identify(answer);
  const others = new Map<string, { count: number; names: Set<string> }>();
  for (const pick of picksOf(logs, options, identify)) {
    const other = pick.answerId === target ? { id: pick.pickedId, name: pick.picked }
      : options.bothWays && pick.pickedId === target ? { id: pick.answerId, name: pick.answer } : null;
    if (other === null) continue;
    const tally = others.get(other.id) ?? { count: 0, names: new Set<string>() };
    tally.count++;
    tally.names.add(other.name);
    others.set(other.id, tally);
  }
  const out = new Map<string, number>();
  for (const { count, names } of others.values()) {
    const keys = new Set([...names].map(foldKey));
    const [first] = names;
    const entry = first === undefined ? undefined : catalogueEntryOf({ name: first, aliases: [] });
    if (entry) for (const name of namesOf(entry)) keys.add(foldKey(name));
    // Two terms could share a folded name only through an odd note name: the larger count then, never a sum.
    for (const key of keys) out.set(key, Math.max(out.get(key) ?? 0, count));
  }
  return out;
}

/** What the pairing reads of a card. */
export type PairCard = Pick<Card, "id" | "term" | "answer" | "kind">;

/** The `answerOf` of these cards: a question card's answer as it is now; undefined for a cloze card or one not there. */
export function currentAnswerOf(cards: Iterable<PairCard>): (cardId: string) => string | undefined {
  const answers = new Map<string, string>();
  for (const card of cards) if (card.kind) answers.set(card.id, card.answer);
  return (cardId) => answers.get(cardId);
}

/** What the term a card is about is (see `nameIdentity`): a question card's answer (the asked term), a cloze card's term. */
function sideOf(card: PairCard, identify: (name: string) => string = nameIdentity): string {
  return identify(card.kind ? card.answer : card.term);
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
  for (const { ids: [a, b] } of options.pairs) {
    partners.set(a, [...(partners.get(a) ?? []), b]);
    partners.set(b, [...(partners.get(b) ?? []), a]);
  }
  const identify = identifier();
  const reverseBySide = new Map<string, C[]>();
  for (const card of options.cards) {
    if (card.kind !== "reverse") continue;
    const side = sideOf(card, identify);
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
    for (const side of partners.get(sideOf(card, identify)) ?? []) {
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
  const identify = identifier();
  const bySide = new Map<string, C[]>();
  for (const card of cards) {
    if (options.held?.(card.id)) continue;
    const side = sideOf(card, identify);
    bySide.set(side, [...(bySide.get(side) ?? []), card]);
  }
  const seen = new Set<string>();
  const out: C[] = [];
  for (const pair of pairs.slice(0, Math.max(0, options.top ?? DRILL_PAIRS))) {
    const first = identify(pair.answer);
    const order = pair.ids[0] === first ? pair.ids : [pair.ids[1], pair.ids[0]];
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
