/**
 * The first four weights (the stability after a card's first rating) fitted before training, as the FSRS optimizers
 * do: each card's first answer on a later study day tells how well a first "again", "hard", "good" or "easy" held up,
 * and for each first rating the stability whose forgetting curve fits those recalls best is searched.
 */
import { forgetting_curve, INIT_S_MAX, S_MIN } from "ts-fsrs";
import { crossEntropy, DEFAULT_WEIGHTS } from "./model";
import type { CardHistory } from "./training-items";

/** Recall counts of first reviews, by first rating and then by days since the first answer. */
type FirstReviewGroups = Map<number, Map<number, { count: number; recalled: number }>>;

function groupFirstReviews(histories: readonly CardHistory[]): FirstReviewGroups {
  const groups: FirstReviewGroups = new Map();
  for (const h of histories) {
    const first = h.reviews[0]!;
    const target = h.reviews[h.targets[0]!]!;
    const byDelta = groups.get(first.rating) ?? new Map<number, { count: number; recalled: number }>();
    groups.set(first.rating, byDelta);
    const cell = byDelta.get(target.deltaT) ?? { count: 0, recalled: 0 };
    byDelta.set(target.deltaT, cell);
    cell.count++;
    if (target.rating > 1) cell.recalled++;
  }
  return groups;
}

/**
 * The stability that best explains one first rating's recalls: a ternary search of the count-weighted log-loss of
 * the default forgetting curve, recalls smoothed towards the average (one pseudo-answer per cell), plus a small pull
 * towards the default stability so that a few answers do not move it far.
 */
function searchStability(cells: Map<number, { count: number; recalled: number }>, averageRecall: number, fallback: number): number {
  const decay = DEFAULT_WEIGHTS[20]!;
  const data = [...cells].map(([deltaT, c]) => ({ deltaT, count: c.count, recall: (c.recalled + averageRecall) / (c.count + 1) }));
  const cost = (s: number): number => {
    let sum = Math.abs(s - fallback) / 16;
    for (const d of data) {
      const r = forgetting_curve(decay, d.deltaT, s);
      sum += d.count * (d.recall * crossEntropy(r, true) + (1 - d.recall) * crossEntropy(r, false));
    }
    return sum;
  };
  let low = S_MIN;
  let high = INIT_S_MAX;
  for (let i = 0; i < 200 && high - low > 1e-9; i++) {
    const a = low + (high - low) / 3;
    const b = high - (high - low) / 3;
    if (cost(a) < cost(b)) high = b;
    else low = a;
  }
  return (low + high) / 2;
}

/**
 * Makes the four initial stabilities non-decreasing from "again" to "easy" (of two out of order, the one fitted from
 * more cards is kept for both) and fills in the ratings no card started with, scaling the defaults by how the known
 * ones compare with theirs.
 */
export function smoothInitialStability(fitted: ReadonlyMap<number, number>, counts: ReadonlyMap<number, number>): number[] {
  const s = new Map(fitted);
  const pairs: [number, number][] = [[1, 2], [2, 3], [3, 4], [1, 3], [2, 4], [1, 4]];
  for (const [small, big] of pairs) {
    const a = s.get(small);
    const b = s.get(big);
    if (a === undefined || b === undefined || a <= b) continue;
    if ((counts.get(small) ?? 0) > (counts.get(big) ?? 0)) s.set(big, a);
    else s.set(small, b);
  }
  let logRatio = 0;
  let total = 0;
  for (const [rating, value] of s) {
    const n = counts.get(rating) ?? 1;
    logRatio += n * Math.log(value / DEFAULT_WEIGHTS[rating - 1]!);
    total += n;
  }
  const scale = total > 0 ? Math.exp(logRatio / total) : 1;
  const out: number[] = [];
  for (let rating = 1; rating <= 4; rating++) {
    const value = s.get(rating) ?? DEFAULT_WEIGHTS[rating - 1]! * scale;
    const previous = out[rating - 2] ?? S_MIN;
    out.push(Math.min(INIT_S_MAX, Math.max(previous, S_MIN, value)));
  }
  return out;
}

/** Initial stabilities and how many cards began with each rating (1–4). */
export interface InitialStability {
  stability: number[];
  counts: Map<number, number>;
}

/** The fitted initial stabilities (w0–w3) from the histories; the defaults, scaled, where no card gives evidence. */
export function pretrainInitialStability(histories: readonly CardHistory[]): InitialStability {
  let recalled = 0;
  let items = 0;
  for (const h of histories) {
    for (const t of h.targets) {
      items++;
      if (h.reviews[t]!.rating > 1) recalled++;
    }
  }
  const averageRecall = items > 0 ? recalled / items : 0.9;
  const groups = groupFirstReviews(histories);
  const fitted = new Map<number, number>();
  const counts = new Map<number, number>();
  for (const [rating, cells] of groups) {
    fitted.set(rating, searchStability(cells, averageRecall, DEFAULT_WEIGHTS[rating - 1]!));
    let n = 0;
    for (const c of cells.values()) n += c.count;
    counts.set(rating, n);
  }
  return { stability: smoothInitialStability(fitted, counts), counts };
}
