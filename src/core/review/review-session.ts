import type { Card } from "../cards/types";
import {
  areSiblings, lineKeyOf, lookupState, partitionCards, spreadSiblings, termKeyOf, type QueueCard, type QueueOptions, type StateLookup,
} from "./queue";
import type { ReviewLog, WrongPick } from "./review-log";
import type { Scheduler } from "./scheduler";
import { DAY_MS } from "./study-day";
import type { CardState, Rating } from "./types";

/** Inputs of a review session: today's queue plus the scheduler that grades answers. */
export interface ReviewSessionOptions<C extends QueueCard> extends QueueOptions<C> {
  scheduler: Scheduler;
  /**
   * The store's state of a card as it is now. With it an answer is graded on top of whatever was answered, synced or
   * replayed since the session started (the quiz, another device), never on a copy taken at the start.
   */
  liveState?: (id: string) => CardState | undefined;
  /**
   * When only learning cards are left, one due within this many milliseconds is shown at once rather than waited
   * for (Anki's "learn ahead limit"; 20 minutes by default).
   */
  learnAheadMs?: number;
  /**
   * Bury siblings: once a card of an entry (the same term in the same note, or the same line) is answered, its other
   * new and review cards wait until tomorrow, so one card never gives away the next one's answer.
   */
  burySiblings?: boolean;
  /** Cards answered earlier today (before this session): their siblings are buried from the start. */
  answeredToday?: Iterable<string>;
  /**
   * Rearranges each batch of cards the session queues (due, then new), and may bring in review cards of `cards` that
   * are not due yet: a confused pair's partner (see `bringPartnersTogether`). A card already queued is not queued twice.
   */
  arrange?: (queued: C[]) => C[];
}

/** Anki's default learn-ahead limit. */
export const LEARN_AHEAD_MS = 20 * 60_000;

/**
 * What to show now: a card, or nothing left for today — then `later` says how many learning cards come back after the
 * learn-ahead limit, and when the first does.
 */
export type SessionStep<C> =
  | { kind: "card"; card: C }
  | { kind: "done"; later?: { count: number; until: number } };

/** What is left, by kind, as Anki counts it: new cards, cards in (re)learning, review cards. */
export interface SessionCounts {
  new: number;
  learning: number;
  review: number;
}

/** A review session over today's queue; answers given here are returned for the caller to store. */
export interface ReviewSession<C extends QueueCard> {
  /** The card to show (the same one until it is answered or skipped). */
  next(now: Date): SessionStep<C>;
  /**
   * Grades a card; an "again" (or any learning step) brings it back after its step. `pick`: the wrong option picked
   * when the card was asked as a multiple-choice question (the log carries it).
   */
  answer(id: string, rating: Rating, now: Date, pick?: WrongPick): { state: CardState; log: ReviewLog };
  /** Leaves a card out for the rest of the session. */
  skip(id: string): void;
  /** Puts a card back at the end of the session's queue ("Skip": later, not now). */
  postpone(id: string): void;
  /** Shows a card skipped, postponed, buried or suspended in this session next (the undo of setting it aside). */
  restore(id: string): void;
  /**
   * Takes back the latest answer to a card (the store restores its state): the card is shown again next, and the
   * siblings that answer buried come back.
   */
  undo(id: string): void;
  /**
   * Study ahead, once today's cards are done: learning cards come at once, whatever their step, and review cards due
   * by the end of tomorrow's study day join. Returns how many cards that adds.
   */
  studyAhead(now: Date): number;
  /** Takes the current card list after a note changed: vanished cards drop out, new ones join, the place is kept. */
  replaceCards(cards: readonly C[], now?: Date): void;
  /**
   * Cards left in this session by kind (buried ones are not). Given `now`, a learning card counts only when it comes
   * within the learn-ahead limit (as in Anki): the others come back after the session is done for today.
   */
  counts(now?: Date): SessionCounts;
}

/** How far ahead the session looks for a non-sibling before giving up on the sibling rule. */
const LOOKAHEAD = 16;

/** Starts a review session over today's queue. */
export function createReviewSession<C extends QueueCard = Card>(options: ReviewSessionOptions<C>): ReviewSession<C> {
  let byId = new Map<string, C>();
  for (const c of options.cards) if (!byId.has(c.id)) byId.set(c.id, c);
  const answered = new Map<string, CardState>();
  /** The session's answers in order, for undo. */
  const history: { id: string; state: CardState; admitted: string[] }[] = [];
  /** Cards the queue moved past while they were buried: an undo that brings them back queues them again. */
  const passedBuried = new Set<string>();
  /** Cards placed in the queue or the learning list, or left out for good (skipped). */
  const known = new Set<string>();
  const done = new Set<string>();
  const main: string[] = [];
  let head = 0;
  /** Learning cards waiting for their step, sorted by due. */
  let learning: { id: string; due: number }[] = [];
  let current: string | null = null;
  let lastShown: C | undefined;
  let newLeft = Math.max(0, Math.floor(options.newCardsPerDay) - Math.max(0, Math.floor(options.newIntroducedToday)));
  const learnAhead = Math.max(0, options.learnAheadMs ?? LEARN_AHEAD_MS);
  let ahead = false;
  /** Entries (note and term) and lines a card was answered from today: their other cards are buried. */
  const buriedEntries = new Set<string>();
  const buriedLines = new Set<string>();
  /** Cards answered today before the session: never buried themselves (their own learning steps go on). */
  const earlier = new Set(options.answeredToday ?? []);

  // With the store's live state, the store alone says where a card stands (after a reset too: then nowhere).
  const stateOf = (id: string): CardState | undefined =>
    options.liveState ? options.liveState(id) : (answered.get(id) ?? lookupState(options.states, id));
  const phaseOf = (id: string): CardState["state"] => stateOf(id)?.state ?? "new";
  const inLearning = (id: string): boolean => learning.some((l) => l.id === id);
  const isBuried = (card: C): boolean => {
    if (!options.burySiblings || answered.has(card.id) || earlier.has(card.id)) return false;
    const phase = phaseOf(card.id);
    if (phase === "learning" || phase === "relearning") return false;
    return buriedEntries.has(entryKeyOf(card)) || buriedLines.has(lineKeyOf(card));
  };
  const playable = (id: string): boolean => {
    const card = byId.get(id);
    return card !== undefined && !done.has(id) && (id === current || !isBuried(card));
  };
  const buryAround = (card: C | undefined): void => {
    if (!options.burySiblings || !card) return;
    buriedEntries.add(entryKeyOf(card));
    buriedLines.add(lineKeyOf(card));
  };
  for (const id of earlier) buryAround(byId.get(id));

  function addLearning(id: string, due: number): void {
    learning = learning.filter((l) => l.id !== id);
    let i = learning.length;
    while (i > 0 && learning[i - 1]!.due > due) i--;
    learning.splice(i, 0, { id, due });
  }

  /**
   * Queues the cards not placed yet: due ones, new ones within `newLimit`, learning ones for later. Returns the ids it
   * queued or put in the learning list.
   */
  function admit(cards: readonly C[], now: Date | number, newLimit: number): string[] {
    const fresh = cards.filter((c) => !known.has(c.id) && !isBuried(c));
    const part = partitionCards({ ...options, cards: fresh, now, newCardsPerDay: newLimit, newIntroducedToday: 0 });
    const spread = spreadSiblings([...part.due, ...part.fresh]);
    const queued: string[] = [];
    for (const c of options.arrange ? options.arrange(spread) : spread) {
      if (known.has(c.id) || !byId.has(c.id)) continue;
      main.push(c.id);
      known.add(c.id);
      queued.push(c.id);
    }
    for (const w of part.waiting) { addLearning(w.card.id, w.due); known.add(w.card.id); }
    newLeft -= part.fresh.length;
    return [...queued, ...part.waiting.map((w) => w.card.id)];
  }

  function takeFromMain(): string | undefined {
    while (head < main.length && (!playable(main[head]!) || inLearning(main[head]!))) {
      const id = main[head]!;
      const card = byId.get(id);
      if (card && !done.has(id) && isBuried(card)) passedBuried.add(id);
      head++;
    }
    if (head >= main.length) return undefined;
    let pick = head;
    if (lastShown) {
      for (let i = head, seen = 0; i < main.length && seen < LOOKAHEAD; i++) {
        const id = main[i]!;
        if (!playable(id) || inLearning(id)) continue;
        seen++;
        if (!areSiblings(lastShown, byId.get(id)!)) { pick = i; break; }
      }
    }
    const id = main[pick]!;
    for (let k = pick; k > head; k--) main[k] = main[k - 1]!;
    main[head] = id;
    head++;
    return id;
  }

  function pick(now: number): string | undefined {
    learning = learning.filter((l) => playable(l.id));
    // Studying ahead, every learning card counts as due.
    const dueLearning = learning.filter((l) => ahead || l.due <= now);
    const calm = dueLearning.find((l) => !lastShown || !areSiblings(lastShown, byId.get(l.id)!));
    if (calm) return takeLearning(calm);
    const fromMain = takeFromMain();
    if (fromMain !== undefined) return fromMain;
    const first = dueLearning[0];
    if (first) return takeLearning(first);
    // Nothing else is left: a learning card due within the learn-ahead limit comes now rather than after a wait.
    const soon = learning[0];
    if (soon && soon.due <= now + learnAhead) return takeLearning(soon);
    return undefined;
  }

  function takeLearning(l: { id: string; due: number }): string {
    learning = learning.filter((x) => x !== l);
    return l.id;
  }

  admit(options.cards, options.now, newLeft);

  return {
    next(now) {
      if (current !== null && playable(current)) return { kind: "card", card: byId.get(current)! };
      const id = pick(now.getTime());
      current = id ?? null;
      if (id !== undefined) return { kind: "card", card: byId.get(id)! };
      const waiting = learning.filter((l) => playable(l.id));
      const soonest = waiting[0];
      if (!soonest) return { kind: "done" };
      // Studying ahead takes every learning card at once, so the ones left here always come back later.
      return { kind: "done", later: { count: waiting.length, until: soonest.due } };
    },
    answer(id, rating, now, pick) {
      const result = options.scheduler.grade(stateOf(id), rating, now, id, pick);
      answered.set(id, result.state);
      const step = { id, state: result.state, admitted: [] as string[] };
      history.push(step);
      known.add(id);
      if (result.state.state === "learning" || result.state.state === "relearning") addLearning(id, result.state.due);
      else { done.add(id); learning = learning.filter((l) => l.id !== id); }
      if (current === id) current = null;
      const card = byId.get(id);
      lastShown = card ?? lastShown;
      const buriedBefore = options.burySiblings ? countBuriedNew() : 0;
      buryAround(card);
      // A new card buried by its sibling gives its place in today's new-card limit to the next new card.
      if (options.burySiblings) {
        const freed = countBuriedNew() - buriedBefore;
        if (freed > 0) step.admitted = admit([...byId.values()], now, freed);
      }
      return result;
    },
    undo(id) {
      let k = history.length - 1;
      while (k >= 0 && history[k]!.id !== id) k--;
      if (k < 0) return;
      const [taken] = history.splice(k, 1);
      // The new cards the answer let in (in its buried siblings' places) leave again, unless already answered.
      for (const extra of taken?.admitted ?? []) {
        if (answered.has(extra)) continue;
        if (extra === current) current = null;
        const at = main.indexOf(extra, head);
        if (at >= 0) main.splice(at, 1);
        known.delete(extra);
        if (phaseOf(extra) === "new") newLeft++;
      }
      const previous = [...history].reverse().find((h) => h.id === id);
      if (previous) answered.set(id, previous.state);
      else answered.delete(id);
      done.delete(id);
      learning = learning.filter((l) => l.id !== id);
      // The buries again, from what is still answered.
      buriedEntries.clear();
      buriedLines.clear();
      for (const e of earlier) buryAround(byId.get(e));
      for (const h of history) buryAround(byId.get(h.id));
      // Siblings the queue moved past while they were buried come back where the queue stands.
      const back = [...passedBuried].filter((b) => b !== id && byId.has(b) && !isBuried(byId.get(b)!) && !answered.has(b));
      for (const b of back) passedBuried.delete(b);
      main.splice(head, 0, ...back);
      showNext(id);
    },
    restore(id) {
      if (!byId.has(id)) return;
      done.delete(id);
      showNext(id);
    },
    postpone(id) {
      if (!byId.has(id) || done.has(id)) return;
      if (current === id) current = null;
      learning = learning.filter((l) => l.id !== id);
      const at = main.indexOf(id, head);
      if (at >= 0) main.splice(at, 1);
      main.push(id);
      known.add(id);
    },
    skip(id) {
      done.add(id);
      known.add(id);
      learning = learning.filter((l) => l.id !== id);
      if (current === id) current = null;
    },
    studyAhead(now) {
      ahead = true;
      const waiting = learning.filter((l) => playable(l.id)).length;
      // Review cards due by the end of tomorrow: partitioned as if a day had passed (new cards stay within the limit).
      return waiting + admit([...byId.values()], now.getTime() + DAY_MS, newLeft).length;
    },
    replaceCards(cards, now) {
      byId = new Map();
      for (const c of cards) if (!byId.has(c.id)) byId.set(c.id, c);
      if (current !== null && !byId.has(current)) current = null;
      admit(cards, now ?? latestKnownTime(), newLeft);
    },
    counts(now) {
      const counts: SessionCounts = { new: 0, learning: 0, review: 0 };
      const horizon = now === undefined || ahead ? Infinity : now.getTime() + learnAhead;
      const add = (id: string): void => {
        const phase = phaseOf(id);
        if (phase === "new") counts.new++;
        else if (phase === "review") counts.review++;
        else counts.learning++;
      };
      for (let i = head; i < main.length; i++) {
        const id = main[i]!;
        if (playable(id) && !inLearning(id) && id !== current) add(id);
      }
      for (const l of learning) if (playable(l.id) && l.id !== current && l.due <= horizon) add(l.id);
      if (current !== null && playable(current)) add(current);
      return counts;
    },
  };

  /** Makes `id` the card shown next; the card on screen until now goes back to the head of the queue. */
  function showNext(id: string): void {
    if (current !== null && current !== id && !main.slice(head).includes(current)) main.splice(head, 0, current);
    current = byId.has(id) ? id : null;
  }

  /** New cards still queued but buried: each one frees a place in today's new-card limit. */
  function countBuriedNew(): number {
    let n = 0;
    for (let i = head; i < main.length; i++) {
      const id = main[i]!;
      const card = byId.get(id);
      if (card && !done.has(id) && phaseOf(id) === "new" && isBuried(card)) n++;
    }
    return n;
  }

  /** The session's start or its latest answer, whichever is later: the clock when none is given. */
  function latestKnownTime(): number {
    let t = typeof options.now === "number" ? options.now : options.now.getTime();
    for (const s of answered.values()) if (s.lastReview !== null && s.lastReview > t) t = s.lastReview;
    return t;
  }
}


/**
 * The cards that today's earlier answers bury (see `ReviewSessionOptions.burySiblings`): new and review cards of an
 * entry or line answered today, not answered themselves. What the overview counts leave out, as the session does.
 */
export function buriedBySiblings(cards: readonly QueueCard[], answeredToday: ReadonlySet<string>, states: StateLookup): Set<string> {
  const entries = new Set<string>();
  const lines = new Set<string>();
  for (const card of cards) {
    if (!answeredToday.has(card.id)) continue;
    entries.add(entryKeyOf(card));
    lines.add(lineKeyOf(card));
  }
  const out = new Set<string>();
  if (entries.size === 0) return out;
  for (const card of cards) {
    if (answeredToday.has(card.id)) continue;
    const phase = lookupState(states, card.id)?.state ?? "new";
    if (phase !== "new" && phase !== "review") continue;
    if (entries.has(entryKeyOf(card)) || lines.has(lineKeyOf(card))) out.add(card.id);
  }
  return out;
}

/** Key of the entry a card belongs to: its term within its note. */
function entryKeyOf(card: QueueCard): string {
  return `${card.path}\n${termKeyOf(card)}`;
}
