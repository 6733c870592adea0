/** Review figures: today's queue over many cards, and saving and loading the stored review data (data.json and week files). */
import type { Card } from "../src/core/cards/types";
import {
  buildQueue, countIntroducedSince, createReviewSession, DATA_FILE, encodeLogFile, encodeLogLines, listWeeks, LOG_FOLDER, logFilePath, mergeLogs, weekSpan,
  parseLogFile, parseStoredData, serializeReviewData, studyDayStart,
  type QueueOptions, type ReviewData, type ReviewLog, type Scheduler,
} from "../src/core/review";
import type { PluginSettings } from "../src/settings";
import type { BenchFolder, BenchReviewData } from "./bench-history";
import { collectGarbage, timeMedian, type RunCounts } from "./bench-timing";

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
  /** Every file of the plugin folder: data.json and the week files. */
  bytes: number;
  /** data.json alone (settings, card states, orphans): what start-up always reads. */
  dataBytes: number;
  /** The largest week file (the week with the most reviews). */
  weekBytes: number;
  weeks: number;
  /** A save: data.json encoded, both files compared with what the store wrote last, 20 answers encoded as lines. */
  saveMs: number;
  /** The next save in the same session (the same work: nothing is cached between saves any more). */
  saveWarmMs: number;
  /** Start-up: data.json parsed plus the largest week file (the worst case: the last day of a busy week). */
  loadMs: number;
  /** data.json alone parsed and decoded. */
  loadDataMs: number;
  /** Rewriting the largest week after another device synced it: merge with the disk's copy, encode every line. */
  weekRewriteMs: number;
  /** Reading the statistics' window later: the week files of the 31 days up to the end of the busiest week. */
  statsReadMs: number;
  /** Whether saving the loaded data gives back exactly the text it was loaded from (data.json and every week). */
  roundTrip: boolean;
}

/** Answers given between two saves, in the bench's save. */
const ANSWERS_PER_SAVE = 20;

const text = (folder: BenchFolder, path: string): string => folder.files.get(path)?.toString("utf8") ?? "";

/**
 * Times what the store does with the folder `data` came from: the start-up read, a save, a week rewrite and the
 * statistics' read. Reading a file includes decoding its bytes. Each measurement starts after a full collection.
 */
export function measureStore(data: BenchReviewData, counts: RunCounts): StoreFigures {
  const { folder } = data;
  const weekPaths = [...folder.files.keys()].filter((p) => p.startsWith(`${LOG_FOLDER}/`)).sort();
  const sizeOf = (p: string): number => folder.files.get(p)?.length ?? 0;
  const largest = weekPaths.reduce((best, p) => (sizeOf(p) > sizeOf(best) ? p : best), weekPaths[0] ?? "");
  const largestWeek = largest.slice(LOG_FOLDER.length + 1, -".jsonl".length);
  // The statistics read the 31 days up to the end of the busiest week: five or six week files.
  const statsEnd = weekSpan(largestWeek).end - 1;
  const statsPaths = listWeeks(statsEnd - 31 * 86_400_000, statsEnd).map(logFilePath).filter((p) => folder.files.has(p));
  const collectFirst = (run: number): void => {
    if (run === 0) collectGarbage();
  };
  const parseData = (): ReviewData => {
    const parsed = parseStoredData(text(folder, DATA_FILE));
    if (!parsed.ok || parsed.dropped.length > 0) throw new Error("the stored review data did not load back whole");
    return parsed.data;
  };
  const parseWeek = (path: string): ReviewLog[] => {
    const week = path.slice(LOG_FOLDER.length + 1, -".jsonl".length);
    const parsed = parseLogFile(text(folder, path), week);
    if (!parsed.ok || parsed.dropped.length > 0) throw new Error(`the week file ${path} did not load back whole`);
    return parsed.logs;
  };
  const loadDataMs = timeMedian(counts, collectFirst, parseData);
  const loadMs = timeMedian(counts, collectFirst, () => [parseData(), parseWeek(largest)]);
  const statsReadMs = timeMedian(counts, collectFirst, () => statsPaths.map(parseWeek));

  const loaded = parseData();
  const knownData = text(folder, DATA_FILE);
  const weekText = text(folder, largest);
  const weekLogs = parseWeek(largest);
  const parsedWeek = parseLogFile(weekText, largestWeek);
  const answers = weekLogs.slice(-ANSWERS_PER_SAVE).map((log) => ({ ...log, time: log.time + 1 }));
  const save = (): number => {
    const written = serializeReviewData(loaded);
    // The store compares each file with the text it wrote last before it writes (a sync may have replaced it).
    const same = text(folder, DATA_FILE) === knownData && text(folder, largest) === weekText;
    const lines = encodeLogLines(answers, parsedWeek.ok ? parsedWeek.lastAfter : new Map());
    return written.length + lines.text.length + (same ? 1 : 0);
  };
  const saveMs = timeMedian(counts, collectFirst, save);
  const saveWarmMs = timeMedian(counts, collectFirst, save);
  const weekRewriteMs = timeMedian(counts, collectFirst, () => encodeLogFile(largestWeek, mergeLogs(weekLogs, parseWeek(largest))));

  let roundTrip = serializeReviewData(loaded) === knownData;
  let reviews = 0;
  for (const path of weekPaths) {
    const logs = parseWeek(path);
    reviews += logs.length;
    const week = path.slice(LOG_FOLDER.length + 1, -".jsonl".length);
    roundTrip &&= encodeLogFile(week, logs).text === text(folder, path);
  }
  if (reviews !== folder.reviews) roundTrip = false;
  let bytes = 0;
  for (const buffer of folder.files.values()) bytes += buffer.length;
  return {
    cards: Object.keys(data.cards).length, reviews, bytes, dataBytes: sizeOf(DATA_FILE), weekBytes: sizeOf(largest),
    weeks: weekPaths.length, saveMs, saveWarmMs, loadMs, loadDataMs, weekRewriteMs, statsReadMs, roundTrip,
  };
}
