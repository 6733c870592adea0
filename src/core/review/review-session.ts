import type { Card } from "../cards/types";
import { areSiblings, lookupState, partitionCards, spreadSiblings, type QueueCard, type QueueOptions } from "./queue";
import type { ReviewLog } from "./review-log";
import type { Scheduler } from "./scheduler";
import type { CardState, Rating } from "./types";

/** Inputs of a review session: today's queue plus the scheduler that grades answers. */
export interface ReviewSessionOptions<C extends QueueCard> extends QueueOptions<C> {
  scheduler: Scheduler;
  /**
   * The store's state of a card as it is now. With it an answer is graded on top of whatever was answered, synced or
   * replayed since the session started (the quiz, another device), never on a copy taken at the start.
   */
  liveState?: (id: string) => CardState | undefined;
}

/** What to show now: a card, nothing until a learning step ends, or nothing left today. */
export type SessionStep<C> = { kind: "card"; card: C } | { kind: "wait"; until: number } | { kind: "done" };

/** A review session over today's queue; answers given here are returned for the caller to store. */
export interface ReviewSession<C extends QueueCard> {
  /** The card to show (the same one until it is answered or skipped). */
  next(now: Date): SessionStep<C>;
  /** Grades a card; an "again" (or any learning step) brings it back after its step. */
  answer(id: string, rating: Rating, now: Date): { state: CardState; log: ReviewLog };
  /** Leaves a card out for the rest of the session. */
  skip(id: string): void;
  /** Takes the current card list after a note changed: vanished cards drop out, new ones join, the place is kept. */
  replaceCards(cards: readonly C[], now?: Date): void;
  /** Cards left in this session by kind. */
  counts(): { due: number; new: number; learning: number };
}

/** How far ahead the session looks for a non-sibling before giving up on the sibling rule. */
const LOOKAHEAD = 16;

/** Starts a review session over today's queue. */
export function createReviewSession<C extends QueueCard = Card>(options: ReviewSessionOptions<C>): ReviewSession<C> {
  let byId = new Map<string, C>();
  for (const c of options.cards) if (!byId.has(c.id)) byId.set(c.id, c);
  const answered = new Map<string, CardState>();
  const known = new Set<string>();
  const done = new Set<string>();
  const main: string[] = [];
  let head = 0;
  /** Learning cards waiting for their step, sorted by due. */
  let learning: { id: string; due: number }[] = [];
  let current: string | null = null;
  let lastShown: C | undefined;
  let newLeft = Math.max(0, Math.floor(options.newCardsPerDay) - Math.max(0, Math.floor(options.newIntroducedToday)));

  // With the store's live state, the store alone says where a card stands (after a reset too: then nowhere).
  const stateOf = (id: string): CardState | undefined =>
    options.liveState ? options.liveState(id) : (answered.get(id) ?? lookupState(options.states, id));
  const isNew = (id: string): boolean => { const s = stateOf(id); return !s || s.state === "new"; };
  const inLearning = (id: string): boolean => learning.some((l) => l.id === id);
  const playable = (id: string): boolean => byId.has(id) && !done.has(id);

  function addLearning(id: string, due: number): void {
    learning = learning.filter((l) => l.id !== id);
    let i = learning.length;
    while (i > 0 && learning[i - 1]!.due > due) i--;
    learning.splice(i, 0, { id, due });
  }

  function admit(cards: readonly C[], now: Date | number, newLimit: number): void {
    const fresh = cards.filter((c) => !known.has(c.id));
    const part = partitionCards({ ...options, cards: fresh, now, newCardsPerDay: newLimit, newIntroducedToday: 0 });
    for (const c of spreadSiblings([...part.due, ...part.fresh])) main.push(c.id);
    for (const w of part.waiting) addLearning(w.card.id, w.due);
    newLeft -= part.fresh.length;
    for (const c of fresh) known.add(c.id);
  }

  function takeFromMain(): string | undefined {
    while (head < main.length && (!playable(main[head]!) || inLearning(main[head]!))) head++;
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
    const dueLearning = learning.filter((l) => l.due <= now);
    const calm = dueLearning.find((l) => !lastShown || !areSiblings(lastShown, byId.get(l.id)!));
    if (calm) { learning = learning.filter((l) => l !== calm); return calm.id; }
    const fromMain = takeFromMain();
    if (fromMain !== undefined) return fromMain;
    const first = dueLearning[0];
    if (first) { learning = learning.filter((l) => l !== first); return first.id; }
    return undefined;
  }

  admit(options.cards, options.now, newLeft);

  return {
    next(now) {
      if (current !== null && playable(current)) return { kind: "card", card: byId.get(current)! };
      const id = pick(now.getTime());
      current = id ?? null;
      if (id !== undefined) return { kind: "card", card: byId.get(id)! };
      const soonest = learning[0];
      return soonest ? { kind: "wait", until: soonest.due } : { kind: "done" };
    },
    answer(id, rating, now) {
      const result = options.scheduler.grade(stateOf(id), rating, now, id);
      answered.set(id, result.state);
      known.add(id);
      if (result.state.state === "learning" || result.state.state === "relearning") addLearning(id, result.state.due);
      else { done.add(id); learning = learning.filter((l) => l.id !== id); }
      if (current === id) current = null;
      lastShown = byId.get(id) ?? lastShown;
      return result;
    },
    skip(id) {
      done.add(id);
      learning = learning.filter((l) => l.id !== id);
      if (current === id) current = null;
    },
    replaceCards(cards, now) {
      byId = new Map();
      for (const c of cards) if (!byId.has(c.id)) byId.set(c.id, c);
      if (current !== null && !byId.has(current)) current = null;
      admit(cards, now ?? latestKnownTime(), newLeft);
    },
    counts() {
      let due = 0, fresh = 0;
      for (let i = head; i < main.length; i++) {
        const id = main[i]!;
        if (!playable(id) || inLearning(id)) continue;
        if (isNew(id)) fresh++; else due++;
      }
      let waiting = learning.filter((l) => playable(l.id)).length;
      if (current !== null && playable(current)) {
        const phase = stateOf(current)?.state ?? "new";
        if (phase === "new") fresh++; else if (phase === "review") due++; else waiting++;
      }
      return { due, new: fresh, learning: waiting };
    },
  };

  /** The session's start or its latest answer, whichever is later: the clock when none is given. */
  function latestKnownTime(): number {
    let t = typeof options.now === "number" ? options.now : options.now.getTime();
    for (const s of answered.values()) if (s.lastReview !== null && s.lastReview > t) t = s.lastReview;
    return t;
  }
}
