/**
 * The memory model the optimizer fits: ts-fsrs's own FSRS-6 (`FSRSAlgorithm.next_state` and its forgetting curve),
 * so that fitted weights mean exactly what the scheduler does with them.
 */
import { FSRSAlgorithm, default_w, generatorParameters, type FSRSState, type StepUnit } from "ts-fsrs";
import type { CardHistory } from "./training-items";

/** How many weights FSRS-6 has: as many as ts-fsrs's defaults (the scheduler checks fitted weights against them too). */
export const WEIGHT_COUNT = default_w.length;

/** ts-fsrs's default weights. */
export const DEFAULT_WEIGHTS: readonly number[] = default_w;

/** Predictions never reach 0 or 1 exactly, so one surprising answer costs a large but finite loss. */
const R_EPSILON = 1e-7;

/**
 * The ts-fsrs model for a weight vector, which ts-fsrs clips to its ranges. `numRelearningSteps` is the scheduler's
 * (it bounds w17 and w18 as ts-fsrs and fsrs-rs do).
 */
export function createMemoryModel(weights: readonly number[], numRelearningSteps = 1): FSRSAlgorithm {
  const relearning = Array.from({ length: Math.max(0, numRelearningSteps) }, (): StepUnit => "10m");
  return new FSRSAlgorithm(generatorParameters({ w: [...weights], enable_short_term: true, relearning_steps: relearning }));
}

/**
 * Runs a card's history through the model and reports, for each training item (in the order of `history.targets`),
 * the predicted probability of recall and whether the card was recalled (any rating above again).
 */
export function forEachPrediction(
  model: FSRSAlgorithm, history: CardHistory, visit: (target: number, retrievability: number, recalled: boolean) => void,
): void {
  let state: FSRSState | null = null;
  let next = 0;
  const { reviews, targets } = history;
  for (let i = 0; i < reviews.length; i++) {
    const review = reviews[i]!;
    if (state !== null && targets[next] === i) {
      visit(next, model.forgetting_curve(review.deltaT, state.stability), review.rating > 1);
      next++;
    }
    state = model.next_state(state, review.deltaT, review.rating);
  }
}

/** Binary cross-entropy of one prediction. */
export function crossEntropy(retrievability: number, recalled: boolean): number {
  const r = Math.min(1 - R_EPSILON, Math.max(R_EPSILON, retrievability));
  return recalled ? -Math.log(r) : -Math.log(1 - r);
}

/**
 * Summed cross-entropy over the training items of `histories`, each item weighted by `weightOf(card, target)`
 * (1 when absent), and the summed weight.
 */
export function sumLoss(
  model: FSRSAlgorithm, histories: readonly CardHistory[],
  weightOf?: (card: number, target: number) => number,
): { loss: number; weight: number } {
  let loss = 0;
  let weight = 0;
  histories.forEach((history, card) => {
    forEachPrediction(model, history, (target, r, recalled) => {
      const w = weightOf ? weightOf(card, target) : 1;
      loss += w * crossEntropy(r, recalled);
      weight += w;
    });
  });
  return { loss, weight };
}

/** Mean log-loss (binary cross-entropy, recall = rating above again) of a weight vector on the training items. */
export function measureLogLoss(histories: readonly CardHistory[], weights: readonly number[], numRelearningSteps = 1): number {
  const { loss, weight } = sumLoss(createMemoryModel(weights, numRelearningSteps), histories);
  return weight > 0 ? loss / weight : 0;
}
