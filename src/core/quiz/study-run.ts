/**
 * One sitting of study over a list of cards, as the panel and the quiz run it. Two kinds:
 * - a review ("Start cloze quiz", the panel): today's queue, every grade reschedules the card;
 * - a practice run ("Quiz this note", "Quiz me on this term"): every card given, in the order given, whatever its
 *   schedule. A card that is due today is graded as a real review the first time it is answered; every other answer
 *   is practice and leaves the schedule as it was.
 */
import type { Card } from "../cards/types";
import { lookupState, type StateLookup } from "../review/queue";
import type { ReviewLog } from "../review/review-log";
import { createReviewSession, type SessionCounts, type SessionStep } from "../review/review-session";
import type { RatingPreview, Scheduler } from "../review/scheduler";
import { nextStudyDayStart } from "../review/study-day";
import type { CardState, Rating } from "../review/types";

/** Which kind of study run: today's review queue, or practice over every card of a note or a term. */
export type StudyRunKind = "review" | "practice";

/** Inputs of a study run. */
export interface StudyRunOptions {
  kind: StudyRunKind;
  /** Cards in note order. */
  cards: readonly Card[];
  states: StateLookup;
  /** The store's state of a card as it is now (see `ReviewSessionOptions.liveState`): answers build on it. */
  liveState?: (id: string) => CardState | undefined;
  scheduler: Scheduler;
  now: Date;
  newCardsPerDay: number;
  newIntroducedToday: number;
  rolloverHour: number;
  tzOffsetMinutes: number;
  /** See `ReviewSessionOptions`: the learn-ahead limit, sibling burying and today's earlier answers (reviews only). */
  learnAheadMs?: number;
  burySiblings?: boolean;
  answeredToday?: Iterable<string>;
  /** Cards suspended or buried by the user: left out of a review (a practice run over a note or term shows them all). */
  held?: (id: string) => boolean;
  /**
   * Practice over chosen cards (a cram run, a drill of confused pairs): the first answer to each learned card counts as
   * its review, due or not (as Anki's filtered decks reschedule by default), so its answers and wrong picks are kept.
   */
  reviewLearned?: boolean;
  /** Rearranges each batch a review queues (see `ReviewSessionOptions.arrange`): a confused pair's cards come together. */
  arrange?: (queued: Card[]) => Card[];
}

/** What grading did: the new state and the log to store, or a practice answer that changes nothing. */
export type GradeOutcome = { practice: false; state: CardState; log: ReviewLog } | { practice: true; rating: Rating };

/** A study run: the panel asks for the next card, grades it, and feeds note changes in. */
export interface StudyRun {
  readonly kind: StudyRunKind;
  next(now: Date): SessionStep<Card>;
  /** True when grading the card now changes its schedule (always, in a review). */
  countsAsReview(card: Card, now: Date): boolean;
  /** What each rating would schedule, for the buttons' intervals. */
  preview(card: Card, now: Date): Record<Rating, RatingPreview>;
  grade(card: Card, rating: Rating, now: Date): GradeOutcome;
  skip(id: string): void;
  /** Shows the card later in this run ("Skip"). */
  postpone(id: string): void;
  /** Shows a card set aside in this run (skipped, buried, suspended) next: the undo of setting it aside. */
  restore(id: string): void;
  /**
   * Takes back the latest answer to the card (`outcome` is what grading it returned; the caller takes the answer out
   * of the store): the card comes next again.
   */
  undo(card: Card, outcome: GradeOutcome): void;
  /** Takes the current cards after a note changed; vanished cards drop out, the place is kept. */
  replaceCards(cards: readonly Card[], now: Date): void;
  /** Cards still to show in this run (learning cards waiting for their step included). */
  remaining(): number;
  /** What is left by kind (new, learning, review) in a review; null in practice, which has no kinds. */
  counts(now?: Date): SessionCounts | null;
  /** Study ahead once today's cards are done (reviews only): how many cards that brings. */
  studyAhead(now: Date): number;
  /** New cards of a practice run not answered yet: what "Start learning these" would begin (0 in a review). */
  newLeft(): number;
  /** Practice: from now on a new card's first answer is a real one and schedules it ("Start learning these"). */
  startLearning(): void;
}

/** Starts a study run. */
export function createStudyRun(options: StudyRunOptions): StudyRun {
  const latest = new Map<string, CardState>();
  // The store's live state when the host gives it; else the run's own answers over the states it started with.
  const stateOf = options.liveState ?? ((id: string): CardState | undefined => latest.get(id) ?? lookupState(options.states, id));
  const preview = (card: Card, now: Date): Record<Rating, RatingPreview> => options.scheduler.preview(stateOf(card.id), now);
  return options.kind === "review" ? reviewRun(options, latest, preview) : practiceRun(options, latest, stateOf, preview);
}

function reviewRun(
  options: StudyRunOptions, latest: Map<string, CardState>, preview: StudyRun["preview"],
): StudyRun {
  const session = createReviewSession<Card>({
    cards: options.cards, states: options.states, liveState: options.liveState, scheduler: options.scheduler, now: options.now,
    newCardsPerDay: options.newCardsPerDay, newIntroducedToday: options.newIntroducedToday,
    rolloverHour: options.rolloverHour, tzOffsetMinutes: options.tzOffsetMinutes,
    learnAheadMs: options.learnAheadMs, burySiblings: options.burySiblings, answeredToday: options.answeredToday,
    held: options.held, arrange: options.arrange,
  });
  return {
    kind: "review",
    next: (now) => session.next(now),
    countsAsReview: () => true,
    preview,
    grade(card, rating, now) {
      const { state, log } = session.answer(card.id, rating, now);
      latest.set(card.id, state);
      return { practice: false, state, log };
    },
    skip: (id) => session.skip(id),
    postpone: (id) => session.postpone(id),
    restore: (id) => session.restore(id),
    undo(card) {
      latest.delete(card.id);
      session.undo(card.id);
    },
    replaceCards: (cards, now) => session.replaceCards(cards, now),
    remaining() {
      const c = session.counts();
      return c.review + c.new + c.learning;
    },
    counts: (now) => session.counts(now),
    studyAhead: (now) => session.studyAhead(now),
    newLeft: () => 0,
    startLearning: () => undefined,
  };
}

function practiceRun(
  options: StudyRunOptions, latest: Map<string, CardState>,
  stateOf: (id: string) => CardState | undefined, preview: StudyRun["preview"],
): StudyRun {
  let byId = new Map<string, Card>();
  const take = (cards: readonly Card[]): void => {
    byId = new Map();
    for (const c of cards) if (!byId.has(c.id)) byId.set(c.id, c);
  };
  take(options.cards);
  const queue = [...byId.keys()];
  const graded = new Set<string>();
  /** "Start learning these": a new card's first answer schedules it, as in a review. */
  let learnNew = false;
  /** The answers given, in order: an undo knows whether the card's first answer (the one that may count) is taken back. */
  const answers: { id: string; again: boolean; real: boolean }[] = [];

  const isDue = (id: string, now: Date): boolean => {
    const s = stateOf(id);
    if (!s || s.state === "new") return learnNew;
    if (options.reviewLearned) return true;
    if (s.state === "review") return s.due < nextStudyDayStart(now, options.rolloverHour, options.tzOffsetMinutes);
    return s.due <= now.getTime();
  };
  const dropGone = (): void => {
    while (queue.length > 0 && !byId.has(queue[0]!)) queue.shift();
  };

  return {
    kind: "practice",
    next() {
      dropGone();
      const id = queue[0];
      return id === undefined ? { kind: "done" } : { kind: "card", card: byId.get(id)! };
    },
    countsAsReview: (card, now) => !graded.has(card.id) && isDue(card.id, now),
    preview,
    grade(card, rating, now) {
      const real = !graded.has(card.id) && isDue(card.id, now);
      graded.add(card.id);
      if (queue[0] === card.id) queue.shift();
      // An "again" comes back once more at the end of the run, as practice.
      if (rating === "again") queue.push(card.id);
      answers.push({ id: card.id, again: rating === "again", real });
      if (!real) return { practice: true, rating };
      const { state, log } = options.scheduler.grade(stateOf(card.id), rating, now, card.id);
      latest.set(card.id, state);
      return { practice: false, state, log };
    },
    skip(id) {
      for (let i = queue.indexOf(id); i >= 0; i = queue.indexOf(id)) queue.splice(i, 1);
    },
    restore(id) {
      if (!byId.has(id)) return;
      const at = queue.indexOf(id);
      if (at >= 0) queue.splice(at, 1);
      queue.unshift(id);
    },
    postpone(id) {
      const at = queue.indexOf(id);
      if (at < 0) return;
      queue.splice(at, 1);
      queue.push(id);
    },
    undo(card, outcome) {
      let k = answers.length - 1;
      while (k >= 0 && answers[k]!.id !== card.id) k--;
      const answer = answers[k];
      if (!answer) return;
      answers.splice(k, 1);
      if (answer.again) {
        const at = queue.lastIndexOf(card.id);
        if (at >= 0) queue.splice(at, 1);
      }
      // Undoing the answer that counted makes the card's next answer count again.
      if (answer.real || !answers.some((a) => a.id === card.id)) graded.delete(card.id);
      if (!outcome.practice) latest.delete(card.id);
      queue.unshift(card.id);
    },
    replaceCards(cards) {
      const before = new Set(byId.keys());
      take(cards);
      for (const id of byId.keys()) if (!before.has(id) && !graded.has(id)) queue.push(id);
    },
    remaining() {
      dropGone();
      return new Set(queue.filter((id) => byId.has(id))).size;
    },
    counts: () => null,
    studyAhead: () => 0,
    newLeft() {
      if (learnNew) return 0;
      dropGone();
      return new Set(queue.filter((id) => !graded.has(id) && byId.has(id) && (stateOf(id)?.state ?? "new") === "new")).size;
    },
    startLearning() {
      learnNew = true;
    },
  };
}
