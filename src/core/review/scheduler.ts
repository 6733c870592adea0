import {
  createEmptyCard, dateDiffInDays, default_w, forgetting_curve, fsrs, Rating as FsrsRating, State as FsrsState,
  type Card as FsrsCard, type Grade, type StepUnit,
} from "ts-fsrs";
import { capDueBeforeExam } from "./exam-cap";
import { createReviewLog, type ReviewLog, type WrongPick } from "./review-log";
import { DAY_MS } from "./study-day";
import { measureSpan, type TimeSpan } from "./time-span";
import { RATINGS, type CardPhase, type CardState, type Rating } from "./types";

/** Scheduler settings, as the settings tab names them. */
export interface SchedulerOptions {
  /** Target probability of recall when a card comes due (0.7–0.99). */
  desiredRetention: number;
  maximumIntervalDays: number;
  /** Learning steps for new cards, in minutes. */
  learningStepsMinutes: readonly number[];
  /** Relearning steps after a lapse, in minutes; defaults to the last learning step. */
  relearningStepsMinutes?: readonly number[];
  /** FSRS weights fitted to the user's reviews (21 numbers); used while `useFsrsWeights` is on, else the defaults. */
  fsrsWeights?: readonly number[] | null;
  useFsrsWeights?: boolean;
  /**
   * Start (epoch ms) of the exam's study day (see `examDayStart`), or null: a learned card's next review is then kept
   * before the exam (see `capDueBeforeExam`; only `due` moves, never what FSRS computed).
   */
  examStart?: number | null;
}

/** What one rating would do to a card. */
export interface RatingPreview {
  state: CardState;
  due: number;
  /** Time until due, rounded for the rating button (the UI words it: "10 min", "10분"). */
  interval: TimeSpan;
}

/** Our small interface over FSRS: the rest of the plugin never sees ts-fsrs. */
export interface Scheduler {
  /** What each rating would schedule; `state` undefined means a new card. */
  preview(state: CardState | undefined, now: Date): Record<Rating, RatingPreview>;
  /** Applies a rating; the log carries `cardId` when given, and `pick`, the wrong option picked in a multiple-choice question. */
  grade(state: CardState | undefined, rating: Rating, now: Date, cardId?: string, pick?: WrongPick): { state: CardState; log: ReviewLog };
}

const PHASES: readonly CardPhase[] = ["new", "learning", "review", "relearning"];
const PHASE_TO_FSRS: Record<CardPhase, FsrsState> = {
  new: FsrsState.New, learning: FsrsState.Learning, review: FsrsState.Review, relearning: FsrsState.Relearning,
};
const RATING_TO_FSRS: Record<Rating, Grade> = {
  again: FsrsRating.Again, hard: FsrsRating.Hard, good: FsrsRating.Good, easy: FsrsRating.Easy,
};

/** The state of a card that has never been reviewed, due at `now`. */
export function createNewCardState(now: Date): CardState {
  return fromFsrsCard(createEmptyCard(now));
}

/** Converts our plain state to a ts-fsrs card (ts-fsrs derives elapsed days from `last_review` itself). */
export function toFsrsCard(state: CardState): FsrsCard {
  const card = createEmptyCard(new Date(state.due));
  card.stability = state.stability;
  card.difficulty = state.difficulty;
  card.scheduled_days = state.scheduledDays;
  card.learning_steps = state.learningStep;
  card.reps = state.reps;
  card.lapses = state.lapses;
  card.state = PHASE_TO_FSRS[state.state];
  if (state.lastReview !== null) card.last_review = new Date(state.lastReview);
  return card;
}

/** Converts a ts-fsrs card to our plain state; `elapsedDays` is what ts-fsrs measured for this review. */
export function fromFsrsCard(card: FsrsCard, elapsedDays = 0): CardState {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays,
    scheduledDays: card.scheduled_days,
    reps: card.reps,
    lapses: card.lapses,
    learningStep: card.learning_steps,
    state: PHASES[card.state] ?? "new",
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

/** Whole calendar days (UTC) since the previous review, as ts-fsrs counts them; 0 for a new card. */
function elapsedDaysAt(state: CardState | undefined, now: Date): number {
  if (!state || state.state === "new" || state.lastReview === null) return 0;
  return dateDiffInDays(new Date(state.lastReview), now);
}

function toSteps(minutes: readonly number[]): StepUnit[] {
  return minutes.filter((m) => Number.isFinite(m) && m > 0).map((m): StepUnit => `${m}m`);
}

/** Creates the scheduler for the given settings (no fuzz, so the same answers always give the same schedule). */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const learning = toSteps(options.learningStepsMinutes);
  const lastStep = learning[learning.length - 1];
  const relearning = options.relearningStepsMinutes
    ? toSteps(options.relearningStepsMinutes)
    : lastStep ? [lastStep] : [];
  const weights = options.useFsrsWeights && options.fsrsWeights?.length === default_w.length ? [...options.fsrsWeights] : undefined;
  const longestStepMs = Math.max(0, ...options.learningStepsMinutes.filter((m) => Number.isFinite(m))) * 60_000;
  const engine = fsrs({
    ...(weights ? { w: weights } : {}),
    request_retention: options.desiredRetention,
    maximum_interval: options.maximumIntervalDays,
    enable_fuzz: false,
    enable_short_term: true,
    learning_steps: learning,
    relearning_steps: relearning,
  });
  const cardFor = (state: CardState | undefined, now: Date): FsrsCard => (state ? toFsrsCard(state) : createEmptyCard(now));
  // A card last reviewed "later" than now (another device's clock ran ahead) is graded a millisecond after that
  // review: ts-fsrs refuses a negative interval, the answer still comes after the one before it, and two answers
  // never share a time (a log is known by its card and time).
  const gradedAt = (state: CardState | undefined, now: Date): Date =>
    state?.lastReview != null && state.lastReview >= now.getTime() ? new Date(state.lastReview + 1) : now;
  /** The state FSRS gives for `rating`, its due kept before the exam when one is set. */
  const next = (state: CardState | undefined, card: FsrsCard, rating: Rating, now: Date): CardState => {
    const graded = fromFsrsCard(engine.next(card, now, RATING_TO_FSRS[rating]).card, elapsedDaysAt(state, now));
    if (options.examStart === null || options.examStart === undefined) return graded;
    const due = capDueBeforeExam(graded, now.getTime(), options.examStart, longestStepMs);
    return due === graded.due ? graded : { ...graded, due };
  };

  return {
    preview(state, asked) {
      const now = gradedAt(state, asked);
      const card = cardFor(state, now);
      const out = {} as Record<Rating, RatingPreview>;
      for (const rating of RATINGS) {
        const after = next(state, card, rating, now);
        out[rating] = { state: after, due: after.due, interval: measureSpan(after.due - asked.getTime()) };
      }
      return out;
    },
    grade(state, rating, answered, cardId = "", pick) {
      const now = gradedAt(state, answered);
      const after = next(state, cardFor(state, now), rating, now);
      return { state: after, log: createReviewLog(cardId, now.getTime(), rating, state ?? null, after, pick) };
    },
  };
}

/**
 * The probability of recalling a card at `now` (epoch ms) by the FSRS forgetting curve: 0 for a card never reviewed.
 * `weights`: fitted FSRS weights (21 numbers) when the user has them, else the defaults.
 */
export function recallProbability(state: CardState, now: number, weights?: readonly number[] | null): number {
  if (state.state === "new" || state.lastReview === null || !(state.stability > 0)) return 0;
  const days = Math.max(0, (now - state.lastReview) / DAY_MS);
  return forgetting_curve(weights?.length === default_w.length ? weights : default_w, days, state.stability);
}
