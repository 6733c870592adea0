/** Review figures: today's queue over many cards, and saving and loading the stored review data. */
import type { Card } from "../src/core/cards/types";
import {
  buildQueue, countIntroducedSince, createReviewSession, parseStoredData, serializeReviewData, studyDayStart,
  type QueueOptions, type ReviewData, type Scheduler,
} from "../src/core/review";
import type { PluginSettings } from "../src/settings";
import { timeMedian, type RunCounts } from "./bench-timing";

/** What building today's queue cost. */
export interface QueueFigures {
  cards: number;
  /** Counting today's introductions plus `buildQueue`: what opening the review panel computes. */
  buildMs: number;
  /** Cards in today's queue. */
  queued: number;
  /** Starting a review session over the same cards and asking for its first card. */
  sessionMs: number;
}

/** Times today's queue over `cards` with their stored states, at `now`. */
export function measureQueue(
  cards: readonly Card[], data: ReviewData, settings: PluginSettings, now: number, counts: RunCounts, scheduler: Scheduler,
): QueueFigures {
  const options = (): QueueOptions<Card> => ({
    cards, states: data.cards, now, newCardsPerDay: settings.newCardsPerDay, rolloverHour: settings.dayRolloverHour,
    newIntroducedToday: countIntroducedSince(data.logs, studyDayStart(now, settings.dayRolloverHour)),
  });
  let queued = 0;
  const buildMs = timeMedian(counts, () => undefined, () => {
    queued = buildQueue(options()).length;
  });
  const sessionMs = timeMedian(counts, () => undefined, () => createReviewSession({ ...options(), scheduler }).next(new Date(now)));
  return { cards: cards.length, buildMs, queued, sessionMs };
}

/** What saving and loading the stored data cost. */
export interface StoreFigures {
  cards: number;
  reviews: number;
  bytes: number;
  /** The first save after loading: every log encoded afresh. */
  saveMs: number;
  /** A later save in the same session: log texts are cached by the schema, only states are encoded again. */
  saveWarmMs: number;
  loadMs: number;
  /** Whether saving the loaded data gives back exactly the text it was loaded from. */
  roundTrip: boolean;
}

/** Times `serializeReviewData` and `parseStoredData` on the data; the load result must come back whole. */
export function measureStore(data: ReviewData, counts: RunCounts): StoreFigures {
  const text = serializeReviewData(data);
  const parse = (): ReviewData => {
    const parsed = parseStoredData(text);
    if (!parsed.ok || parsed.dropped.length > 0) throw new Error("the stored review data did not load back whole");
    return parsed.data;
  };
  const loadMs = timeMedian(counts, () => undefined, parse);
  // Freshly loaded data has no cached log texts, as after start-up.
  let loaded = parse();
  const saveMs = timeMedian(counts, () => {
    loaded = parse();
    return loaded;
  }, serializeReviewData);
  const saveWarmMs = timeMedian(counts, () => loaded, serializeReviewData);
  return {
    cards: Object.keys(data.cards).length, reviews: data.logs.length, bytes: Buffer.byteLength(text, "utf8"),
    saveMs, saveWarmMs, loadMs, roundTrip: serializeReviewData(loaded) === text,
  };
}
