/**
 * The review side's inputs: a card list of the wanted size (the vault's real cards, topped up with synthetic ones)
 * and a year of generated reviews replayed through the real scheduler, so states and logs are what the plugin keeps.
 */
import { cardId } from "../src/core/cards/card-id";
import type { Card } from "../src/core/cards/types";
import {
  createEmptyReviewData, createRecord, createScheduler, type CardState, type ReviewData, type ReviewLog,
} from "../src/core/review";
import type { PluginSettings } from "../src/settings";
import { generateReviewHistory } from "./generate-vault";
import { nowMs } from "./bench-timing";

const DAY_MS = 86_400_000;

/** When the generated history starts: a fixed date, so every run replays the same year. */
export const HISTORY_START = Date.UTC(2024, 0, 1);

/** The moment "today's queue" is built: the morning after the history ends. */
export function queueTime(days: number): number {
  return HISTORY_START + days * DAY_MS + 10 * 3_600_000;
}

/** `count` cards: the vault's cards first, then synthetic ones with real-looking ids, lines and sibling terms. */
export function topUpCards(real: readonly Card[], count: number): Card[] {
  const cards = real.slice(0, count);
  for (let i = 0; cards.length < count; i++) {
    const term = `Synthetic term ${i >> 2}`;
    const answer = `answer ${i}`;
    cards.push({
      id: cardId(term, answer), path: `Synthetic/Note ${Math.floor(i / 40)}.md`, line: 1 + (i % 40) * 2, term,
      promptParts: [`${term} is `, ""], answer, context: [], selfNamed: false, tags: [],
    });
  }
  return cards;
}

/** Review data for `cards` and how it was made. */
export interface BenchHistory {
  data: ReviewData;
  reviewedCards: number;
  reviews: number;
  /** Time spent replaying the reviews through the scheduler (setup, not a figure with a target). */
  replayMs: number;
}

/** How to generate a history: every card gets reviews starting on some day of the first 80% of `days`. */
export interface HistoryOptions {
  cards: readonly Card[];
  days: number;
  seed: number;
  settings: PluginSettings;
}

/** Generates reviews for the cards and grades each with the plugin's scheduler, in time order. */
export function buildHistory(options: HistoryOptions): BenchHistory {
  const reviewed = options.cards.map((c) => c.id);
  const reviews = generateReviewHistory({ cardIds: reviewed, days: options.days, seed: options.seed, start: HISTORY_START });
  const scheduler = createScheduler({
    desiredRetention: options.settings.desiredRetention,
    maximumIntervalDays: options.settings.maximumIntervalDays,
    learningStepsMinutes: options.settings.learningStepsMinutes,
  });
  const start = nowMs();
  const states = new Map<string, CardState>();
  const logs: ReviewLog[] = [];
  for (const review of reviews) {
    const graded = scheduler.grade(states.get(review.cardId), review.rating, new Date(review.time), review.cardId);
    states.set(review.cardId, graded.state);
    logs.push(graded.log);
  }
  const replayMs = nowMs() - start;
  const data = createEmptyReviewData({ ...options.settings });
  const cards = createRecord<CardState>();
  for (const [id, state] of states) cards[id] = state;
  data.cards = cards;
  data.logs = logs;
  return { data, reviewedCards: reviewed.length, reviews: logs.length, replayMs };
}
