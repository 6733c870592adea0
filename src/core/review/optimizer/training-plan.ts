/** How training walks the items: recency weights, batches of cards, a cosine learning rate. */
import type { CardHistory } from "./training-items";

/**
 * Weight of each training item (per card, in the order of its targets): items ranked by answer time, the oldest
 * 0.25 and the newest 1, rising with the cube of the rank (the reference's recency weighting: recent answers say
 * more about the user's memory today).
 */
export function recencyWeights(histories: readonly CardHistory[]): number[][] {
  const order: { card: number; target: number; time: number }[] = [];
  histories.forEach((h, card) => h.targetTimes.forEach((time, target) => order.push({ card, target, time })));
  order.sort((a, b) => a.time - b.time || a.card - b.card || a.target - b.target);
  const weights = histories.map((h) => new Array<number>(h.targets.length).fill(1));
  const last = Math.max(1, order.length - 1);
  order.forEach((item, rank) => {
    weights[item.card]![item.target] = 0.25 + 0.75 * (rank / last) ** 3;
  });
  return weights;
}

/**
 * Cards grouped into batches of at most `batchSize` training items (a card with more items is a batch of its own),
 * shorter histories first, so each batch runs every card's history once.
 */
export function planBatches(histories: readonly CardHistory[], batchSize: number): number[][] {
  const cards = histories.map((_, i) => i).sort((a, b) => histories[a]!.reviews.length - histories[b]!.reviews.length || a - b);
  const batches: number[][] = [];
  let current: number[] = [];
  let items = 0;
  for (const card of cards) {
    const n = histories[card]!.targets.length;
    if (current.length > 0 && items + n > batchSize) {
      batches.push(current);
      current = [];
      items = 0;
    }
    current.push(card);
    items += n;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** The learning rate at step `t` of `total`: cosine annealing from `initial` down to 0. */
export function cosineLearningRate(initial: number, t: number, total: number): number {
  return (initial * (1 + Math.cos((Math.PI * Math.min(t, total)) / Math.max(1, total)))) / 2;
}
