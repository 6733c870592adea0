/**
 * The review side's inputs: a card list of the wanted size (the vault's real cards, topped up with synthetic ones)
 * and a year of generated reviews replayed through the real scheduler, so states and logs are what the plugin keeps,
 * stored as the plugin stores them (data.json plus one log file per week).
 */
import { cardId } from "../src/core/cards/card-id";
import type { Card } from "../src/core/cards/types";
import {
  createEmptyReviewData, createRecord, createScheduler, DATA_FILE, encodeLogFile, listWeeks, logFilePath, logsInWeek,
  mergeLogs, weekOf, parseLogFile, parseStoredData, reconcileOrphans, serializeReviewData, sortLogs,
  type CardState, type ReviewData, type ReviewLog,
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

/**
 * The plugin folder as files on "disk": Buffers, whose bytes live outside the JS heap, so the heap figure counts only
 * what the plugin holds in memory. Reading one decodes it, as Obsidian's adapter does.
 */
export interface BenchFolder {
  files: Map<string, Buffer>;
  /** Every review in the week files. */
  reviews: number;
  /** The moment the plugin is looked at: today's queue and the statistics' window end here. */
  now: number;
}

/** What the plugin holds after start-up and the statistics' read (see `review-store.ts`), plus the folder on disk. */
export interface BenchReviewData extends ReviewData {
  folder: BenchFolder;
  /** The texts the store keeps to tell its own files from a sync: data.json and the week files it has read. */
  knownTexts: string[];
}

/** Review data for `cards` and how it was made. */
export interface BenchHistory {
  data: BenchReviewData;
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

/** Days of logs the plugin has in memory once the review panel drew its statistics (30 days and one more). */
const HELD_LOG_DAYS = 31;

/** Writes the plugin folder for these states and logs as the plugin does: data.json and one file per week. */
function writeFolder(data: ReviewData, logs: readonly ReviewLog[], now: number): BenchFolder {
  const files = new Map<string, Buffer>();
  const sorted = sortLogs(logs);
  const weeks = [...new Set(sorted.map((log) => weekOf(log.time)))].sort();
  for (const week of weeks) files.set(logFilePath(week), Buffer.from(encodeLogFile(week, logsInWeek(sorted, week)).text, "utf8"));
  files.set(DATA_FILE, Buffer.from(serializeReviewData({ ...data, logWeeks: weeks }), "utf8"));
  return { files, reviews: logs.length, now };
}

/** Reads the folder back the way the plugin starts: data.json, then the week files of the held window. */
export function openFolder(folder: BenchFolder): BenchReviewData {
  const dataText = folder.files.get(DATA_FILE)?.toString("utf8") ?? "";
  const parsed = parseStoredData(dataText);
  if (!parsed.ok) throw new Error("the generated data.json did not load");
  const knownTexts = [dataText];
  let logs: ReviewLog[] = [];
  for (const week of listWeeks(folder.now - HELD_LOG_DAYS * DAY_MS, folder.now)) {
    const text = folder.files.get(logFilePath(week))?.toString("utf8");
    if (text === undefined) continue;
    const file = parseLogFile(text, week);
    if (!file.ok) throw new Error(`the generated week ${week} did not load`);
    logs = mergeLogs(logs, file.logs);
    knownTexts.push(text);
  }
  return { ...parsed.data, logs, folder, knownTexts };
}

/**
 * Generates reviews for the cards and grades each with the plugin's scheduler, in time order, then writes them as
 * the plugin stores them and reads them back as it does at start-up: only recent weeks stay in memory.
 */
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
  const replayed = createEmptyReviewData({ ...options.settings });
  const cards = createRecord<CardState>();
  for (const [id, state] of states) cards[id] = state;
  replayed.cards = cards;
  // The plugin reconciles the stored states with the index after its first scan, which keeps them in note order.
  const now = queueTime(options.days);
  const { data: reconciled } = reconcileOrphans(replayed, new Set(options.cards.map((c) => c.id)), now);
  const data = openFolder(writeFolder(reconciled, logs, now));
  return { data, reviewedCards: reviewed.length, reviews: logs.length, replayMs };
}
