/**
 * Fitting the FSRS weights to a user's review history, as a job done in small steps so the UI can run it in slices:
 * the initial stabilities are fitted first, then every weight by Adam on the recency-weighted log-loss (gradients by
 * central differences through ts-fsrs's own model), with a pull towards the starting weights, a cosine learning rate,
 * a fixed number of epochs and a seeded batch order; the weights are clipped to ts-fsrs's ranges after every update.
 */
import { clipParameters } from "ts-fsrs";
import { createMemoryModel, DEFAULT_WEIGHTS, sumLoss, WEIGHT_COUNT } from "./model";
import { pretrainInitialStability, smoothInitialStability } from "./pretrain";
import { countTrainingItems, type CardHistory } from "./training-items";
import { seededRandom, shuffleInPlace } from "../../random";
import { cosineLearningRate, planBatches, recencyWeights } from "./training-plan";

/** Fewest training items (answers on a later day than the card's previous one) the optimizer accepts. */
export const MIN_TRAINING_REVIEWS = 400;
/** Fewest cards with a training item the optimizer accepts. */
export const MIN_TRAINING_CARDS = 50;

/**
 * How much each weight may move before the pull back to its start costs as much as one answer's loss: the spread of
 * each weight across many users' fitted parameters, as the reference optimizer (fsrs-rs) uses for its L2 penalty.
 */
const WEIGHT_SPREAD: readonly number[] = [
  6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32,
  0.14, 0.27,
];

/** Training settings; the defaults are the reference optimizer's. */
export interface OptimizeOptions {
  /** The weights in use now (null: the defaults): the "before" loss is theirs. */
  currentWeights?: readonly number[] | null;
  /** The scheduler's relearning steps (they bound w17 and w18). */
  numRelearningSteps?: number;
  epochs?: number;
  batchSize?: number;
  learningRate?: number;
  /** Strength of the pull towards the starting weights. */
  gamma?: number;
  seed?: number;
  minReviews?: number;
  minCards?: number;
}

/** What a finished run found. */
export interface OptimizeResult {
  weights: number[];
  /** Mean log-loss on the training items: with the weights in use before, and with the fitted ones. */
  logLossBefore: number;
  logLossAfter: number;
  /** Training items and cards used. */
  reviews: number;
  cards: number;
}

/** Why no run was started. */
export interface OptimizeRefusal {
  reason: "too-few-reviews";
  reviews: number;
  cards: number;
  minReviews: number;
  minCards: number;
}

/** A run in steps: call `step()` until it returns false, then read `result()`. */
export interface OptimizerJob {
  /** Does one small piece of work (about a millisecond); false when the run is finished. */
  step(): boolean;
  /** Share of the work done, 0–1. */
  progress(): number;
  /** The result once finished, else null. */
  result(): OptimizeResult | null;
}

/** A job, or why there is none. */
export type OptimizerStart = { job: OptimizerJob; refusal: null } | { job: null; refusal: OptimizeRefusal };

/** True when the histories hold enough training items and cards for a run (the suggestion to optimise waits for it). */
export function isEnoughForOptimizer(histories: readonly CardHistory[]): boolean {
  return histories.length >= MIN_TRAINING_CARDS && countTrainingItems(histories) >= MIN_TRAINING_REVIEWS;
}

/** Starts a run on `histories`, or refuses when there are fewer training items or cards than the minimum. */
export function startOptimizer(histories: readonly CardHistory[], options: OptimizeOptions = {}): OptimizerStart {
  const reviews = countTrainingItems(histories);
  const minReviews = options.minReviews ?? MIN_TRAINING_REVIEWS;
  const minCards = options.minCards ?? MIN_TRAINING_CARDS;
  if (reviews < minReviews || histories.length < minCards) {
    return { job: null, refusal: { reason: "too-few-reviews", reviews, cards: histories.length, minReviews, minCards } };
  }
  return { job: createJob(histories, reviews, options), refusal: null };
}

/** Most reviews one loss-measuring step runs through the model. */
const REVIEWS_PER_MEASURE_STEP = 2000;

function createJob(histories: readonly CardHistory[], reviews: number, options: OptimizeOptions): OptimizerJob {
  const relearning = options.numRelearningSteps ?? 1;
  const epochs = options.epochs ?? 5;
  const batchSize = options.batchSize ?? 512;
  const learningRate = options.learningRate ?? 4e-2;
  const gamma = options.gamma ?? 1;
  const clip = (w: readonly number[]): number[] => clipParameters([...w], relearning, true);
  const before = clip(options.currentWeights?.length === WEIGHT_COUNT ? options.currentWeights : DEFAULT_WEIGHTS);

  const initial = pretrainInitialStability(histories);
  const start = clip([...initial.stability, ...DEFAULT_WEIGHTS.slice(4)]);
  const params = [...start];
  const recency = recencyWeights(histories);
  const weightOf = (card: number, target: number): number => recency[card]![target]!;
  const batches = planBatches(histories, batchSize);
  const order = batches.map((_, i) => i);
  const random = seededRandom(options.seed ?? 2023);
  const totalUpdates = (Math.floor(reviews / batchSize) + 1) * epochs;
  const adamM = new Array<number>(WEIGHT_COUNT).fill(0);
  const adamV = new Array<number>(WEIGHT_COUNT).fill(0);
  const grad = new Array<number>(WEIGHT_COUNT).fill(0);

  let phase: "before" | "train" | "after" | "done" = "before";
  let measured = { loss: 0, weight: 0, card: 0 };
  let lossBefore = 0;
  let epoch = 0;
  let slot = batches.length; // forces a shuffle at the first training step
  let param = 0;
  let updates = 0;
  let result: OptimizeResult | null = null;

  /** Runs the next cards through the model; true when every card has been measured. */
  const measureSome = (weights: readonly number[]): boolean => {
    const model = createMemoryModel(weights, relearning);
    let run = 0;
    const first = measured.card;
    while (measured.card < histories.length && run < REVIEWS_PER_MEASURE_STEP) run += histories[measured.card++]!.reviews.length;
    const part = sumLoss(model, histories.slice(first, measured.card));
    measured.loss += part.loss;
    measured.weight += part.weight;
    return measured.card >= histories.length;
  };
  const meanMeasured = (): number => (measured.weight > 0 ? measured.loss / measured.weight : 0);

  const batchLoss = (weights: readonly number[], cards: readonly number[]): number => {
    const model = createMemoryModel(weights, relearning);
    const chosen = cards.map((c) => histories[c]!);
    return sumLoss(model, chosen, (i, target) => weightOf(cards[i]!, target)).loss;
  };

  /** One weight's central difference on the current batch, evaluated inside the weight's range. */
  const differentiate = (cards: readonly number[], i: number): number => {
    const h = Math.max(1e-4, Math.abs(params[i]!) * 1e-3);
    const lowVector = [...params];
    lowVector[i] = params[i]! - h;
    const highVector = [...params];
    highVector[i] = params[i]! + h;
    const low = clip(lowVector)[i]!;
    const high = clip(highVector)[i]!;
    if (high <= low) return 0;
    lowVector[i] = low;
    highVector[i] = high;
    return (batchLoss(highVector, cards) - batchLoss(lowVector, cards)) / (high - low);
  };

  const update = (cards: readonly number[]): void => {
    let items = 0;
    for (const c of cards) items += histories[c]!.targets.length;
    const pull = (gamma * items) / reviews;
    const lr = cosineLearningRate(learningRate, updates, totalUpdates);
    updates++;
    const t = updates;
    for (let i = 0; i < WEIGHT_COUNT; i++) {
      const g = grad[i]! + (2 * pull * (params[i]! - start[i]!)) / WEIGHT_SPREAD[i]! ** 2;
      adamM[i] = 0.9 * adamM[i]! + 0.1 * g;
      adamV[i] = 0.999 * adamV[i]! + 0.001 * g * g;
      const mHat = adamM[i]! / (1 - 0.9 ** t);
      const vHat = adamV[i]! / (1 - 0.999 ** t);
      params[i] = params[i]! - (lr * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
    const clipped = clip(params);
    for (let i = 0; i < WEIGHT_COUNT; i++) params[i] = clipped[i]!;
  };

  const trainStep = (): void => {
    if (slot >= order.length) {
      if (epoch >= epochs) {
        finishTraining();
        return;
      }
      epoch++;
      slot = 0;
      shuffleInPlace(order, random);
    }
    const cards = batches[order[slot]!]!;
    if (param < WEIGHT_COUNT) {
      grad[param] = differentiate(cards, param);
      param++;
      return;
    }
    update(cards);
    param = 0;
    slot++;
  };

  const finishTraining = (): void => {
    const trained = new Map<number, number>();
    for (let rating = 1; rating <= 4; rating++) if (initial.counts.has(rating)) trained.set(rating, params[rating - 1]!);
    const stability = smoothInitialStability(trained, initial.counts);
    const final = clip([...stability, ...params.slice(4)]).map((w) => Math.round(w * 10_000) / 10_000);
    for (let i = 0; i < WEIGHT_COUNT; i++) params[i] = final[i]!;
    phase = "after";
    measured = { loss: 0, weight: 0, card: 0 };
  };

  const stepsPerEpoch = batches.length * (WEIGHT_COUNT + 1);
  return {
    step() {
      if (phase === "before") {
        if (measureSome(before)) {
          lossBefore = meanMeasured();
          phase = "train";
          measured = { loss: 0, weight: 0, card: 0 };
        }
      } else if (phase === "train") {
        trainStep();
      } else if (phase === "after") {
        if (measureSome(params)) {
          result = { weights: [...params], logLossBefore: lossBefore, logLossAfter: meanMeasured(), reviews, cards: histories.length };
          phase = "done";
        }
      }
      return phase !== "done";
    },
    progress() {
      if (phase === "done") return 1;
      if (phase === "before") return 0;
      if (phase === "after") return 0.99;
      const done = Math.max(0, epoch - 1) * stepsPerEpoch + Math.min(slot, batches.length) * (WEIGHT_COUNT + 1) + param;
      return Math.min(0.98, done / Math.max(1, epochs * stepsPerEpoch));
    },
    result: () => result,
  };
}

/** Runs a job to the end at once (tests, scripts). */
export function runToEnd(job: OptimizerJob): OptimizeResult {
  while (job.step()) { /* every step is the work */ }
  return job.result()!;
}
