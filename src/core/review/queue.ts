import type { Card } from "../cards/types";
import { nextStudyDayStart } from "./study-day";
import type { CardState } from "./types";

/** The facts of a card the queue needs: its id and what makes two cards siblings. */
export type QueueCard = Pick<Card, "id" | "path" | "line" | "term">;

/** Card states by id, as a Map or a plain record (the stored `cards` object). */
export type StateLookup = ReadonlyMap<string, CardState> | Readonly<Record<string, CardState>>;

/** Inputs of today's queue. */
export interface QueueOptions<C extends QueueCard = QueueCard> {
  /** Cards in note order, ids unique (a repeated id would be queued twice; a session shows it once). */
  cards: readonly C[];
  states: StateLookup;
  now: Date | number;
  newCardsPerDay: number;
  /** New cards already introduced since the study day started (see `countIntroducedSince`). */
  newIntroducedToday: number;
  rolloverHour?: number;
  tzOffsetMinutes?: number;
  /** Cards that sit out (suspended, or buried until later): never queued. */
  held?: (id: string) => boolean;
}

/** Today's cards split by kind, each list in queue order. */
export interface QueuePartition<C extends QueueCard = QueueCard> {
  /** Review cards due before the study day ends and learning cards due now, most overdue first. */
  due: C[];
  /** New cards within today's remaining limit, in note order. */
  fresh: C[];
  /** Learning cards due later (within minutes): they join a session when their step is over. */
  waiting: { card: C; due: number }[];
}

/** Reads one state from a Map or a record without touching inherited keys. */
export function lookupState(states: StateLookup, id: string): CardState | undefined {
  if (states instanceof Map) return (states as ReadonlyMap<string, CardState>).get(id);
  const rec = states as Readonly<Record<string, CardState>>;
  return Object.prototype.hasOwnProperty.call(rec, id) ? rec[id] : undefined;
}

/**
 * A lookup specialised once per call: a Map's own `get`, or a plain property read when the record has no prototype
 * (the store's records never do), so the loop over 50,000 cards pays no per-card `instanceof` or `hasOwnProperty`.
 */
function stateFinder(states: StateLookup): (id: string) => CardState | undefined {
  if (states instanceof Map) {
    const map = states as ReadonlyMap<string, CardState>;
    return (id) => map.get(id);
  }
  const rec = states as Readonly<Record<string, CardState>>;
  if (Object.getPrototypeOf(rec) === null) return (id) => rec[id];
  return (id) => lookupState(rec, id);
}

/** Largest number of cards the packed sort key can order (2^21). */
const ORDER_BITS = 2_097_152;
const MINUTE_MS = 60_000;

/** Splits cards into due, new (up to the day's limit) and waiting learning cards. Linear plus one numeric sort. */
export function partitionCards<C extends QueueCard>(options: QueueOptions<C>): QueuePartition<C> {
  const now = typeof options.now === "number" ? options.now : options.now.getTime();
  const dayEnd = nextStudyDayStart(now, options.rolloverHour ?? 4, options.tzOffsetMinutes ?? 0);
  let newLeft = Math.max(0, Math.floor(options.newCardsPerDay) - Math.max(0, Math.floor(options.newIntroducedToday)));
  if (!Number.isFinite(newLeft)) newLeft = 0;
  const { cards } = options;
  const find = stateFinder(options.states);
  const dueIndex: number[] = [];
  const dueAt: number[] = [];
  const fresh: C[] = [];
  const waiting: { card: C; due: number }[] = [];
  const held = options.held;
  for (let i = 0; i < cards.length; i++) {
    const card = cards[i]!;
    if (held && held(card.id)) continue;
    const state = find(card.id);
    if (!state || state.state === "new") {
      if (newLeft > 0) { fresh.push(card); newLeft--; }
    } else if (state.state === "review" ? state.due < dayEnd : state.due <= now) {
      dueIndex.push(i); dueAt.push(state.due);
    } else if (state.state !== "review") {
      waiting.push({ card, due: state.due });
    }
  }
  waiting.sort((a, b) => a.due - b.due);
  return { due: sortByDue(cards, dueIndex, dueAt), fresh, waiting };
}

/**
 * Orders due cards by due minute, then note order. The two are packed into one float so the sort is a native
 * numeric sort: a 50,000-card vault sorts in a few milliseconds.
 */
function sortByDue<C extends QueueCard>(cards: readonly C[], index: readonly number[], dueAt: readonly number[]): C[] {
  if (cards.length >= ORDER_BITS) {
    const order = index.map((_, k) => k).sort((a, b) => dueAt[a]! - dueAt[b]! || index[a]! - index[b]!);
    return order.map((k) => cards[index[k]!]!);
  }
  let base = Infinity;
  for (const d of dueAt) base = Math.min(base, Math.floor(d / MINUTE_MS));
  const keys = new Float64Array(index.length);
  for (let k = 0; k < index.length; k++) keys[k] = (Math.floor(dueAt[k]! / MINUTE_MS) - base) * ORDER_BITS + index[k]!;
  keys.sort();
  const out: C[] = [];
  for (const key of keys) out.push(cards[key % ORDER_BITS]!);
  return out;
}

/** Key of the line a card comes from. */
export function lineKeyOf(card: QueueCard): string {
  return `${card.path}\n${card.line}`;
}

/** Key of the term a card belongs to (case-insensitive). */
export function termKeyOf(card: QueueCard): string {
  return card.term.trim().toLowerCase();
}

/** True when two cards must not be shown back to back: same line or same term. */
export function areSiblings(a: QueueCard, b: QueueCard): boolean {
  return a.id !== b.id && (termKeyOf(a) === termKeyOf(b) || lineKeyOf(a) === lineKeyOf(b));
}

/**
 * Reorders cards as little as possible so that no two siblings are adjacent when an alternative exists.
 * Cards are bucketed by term; a heap of bucket heads keyed by position gives O(n log terms).
 */
export function spreadSiblings<C extends QueueCard>(cards: readonly C[]): C[] {
  const { termOf, buckets } = indexSiblings(cards);
  const sameLine = (a: number, b: number): boolean => cards[a]!.line === cards[b]!.line && cards[a]!.path === cards[b]!.path;
  const next = new Int32Array(buckets.length);
  const heap = createBucketHeap(buckets.length);
  for (let b = 0; b < buckets.length; b++) heap.push(b, buckets[b]![0]!);
  const out: C[] = [];
  let prev = -1;
  const rejected: number[] = [];
  while (heap.size() > 0) {
    let chosen = -1;
    while (heap.size() > 0) {
      const b = heap.pop();
      const head = buckets[b]![next[b]!]!;
      if (prev < 0 || (termOf[head] !== termOf[prev] && !sameLine(head, prev))) { chosen = b; break; }
      rejected.push(b);
    }
    if (chosen < 0) chosen = rejected.shift()!;
    for (const r of rejected) heap.push(r, buckets[r]![next[r]!]!);
    rejected.length = 0;
    const bucket = buckets[chosen]!;
    prev = bucket[next[chosen]!]!;
    out.push(cards[prev]!);
    const after = ++next[chosen]!;
    if (after < bucket.length) heap.push(chosen, bucket[after]!);
  }
  return out;
}

/** Numbers each card's term (folded) and buckets card positions by term. */
function indexSiblings(cards: readonly QueueCard[]): { termOf: Int32Array; buckets: number[][] } {
  const rawTerm = new Map<string, number>();
  const foldedTerm = new Map<string, number>();
  const buckets: number[][] = [];
  const termOf = new Int32Array(cards.length);
  for (let i = 0; i < cards.length; i++) {
    const card = cards[i]!;
    let t = rawTerm.get(card.term);
    if (t === undefined) {
      const folded = termKeyOf(card);
      t = foldedTerm.get(folded);
      if (t === undefined) { t = buckets.length; foldedTerm.set(folded, t); buckets.push([]); }
      rawTerm.set(card.term, t);
    }
    buckets[t]!.push(i);
    termOf[i] = t;
  }
  return { termOf, buckets };
}

/** Today's queue as card ids: due cards first (most overdue first), then new cards in note order, siblings apart. */
export function buildQueue<C extends QueueCard>(options: QueueOptions<C>): string[] {
  const { due, fresh } = partitionCards(options);
  return spreadSiblings([...due, ...fresh]).map((c) => c.id);
}

/** A binary min-heap of bucket numbers keyed by the position of each bucket's next card. */
function createBucketHeap(capacity: number): { push(bucket: number, key: number): void; pop(): number; size(): number } {
  const ids = new Int32Array(capacity);
  const keys = new Float64Array(capacity);
  let n = 0;
  return {
    size: () => n,
    push(bucket, key) {
      let i = n++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (keys[p]! <= key) break;
        ids[i] = ids[p]!; keys[i] = keys[p]!; i = p;
      }
      ids[i] = bucket; keys[i] = key;
    },
    pop() {
      const top = ids[0]!;
      n--;
      if (n > 0) {
        const id = ids[n]!, key = keys[n]!;
        let i = 0;
        for (;;) {
          const l = 2 * i + 1;
          if (l >= n) break;
          const c = l + 1 < n && keys[l + 1]! < keys[l]! ? l + 1 : l;
          if (keys[c]! >= key) break;
          ids[i] = ids[c]!; keys[i] = keys[c]!; i = c;
        }
        ids[i] = id; keys[i] = key;
      }
      return top;
    },
  };
}
