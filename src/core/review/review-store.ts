import { mergeReviewData } from "./merge";
import { reconcileOrphans, type OrphanReport } from "./orphans";
import { parseStoredData } from "./migrate";
import { DATA_FILE, saveReviewData, type LoadedReviewData, type ReviewDataPort } from "./persistence";
import type { ReviewLog } from "./review-log";
import { createSaveScheduler } from "./save-scheduler";
import { createEmptyReviewData, serializeReviewData, type ReviewData } from "./store-schema";
import type { CardState } from "./types";

/** Default debounce: a crash or quit loses at most the answers of the last two seconds. */
export const SAVE_DELAY_MS = 2_000;

/** Options of the live review store. */
export interface ReviewStoreOptions {
  port: ReviewDataPort;
  /** What `loadReviewData` returned. */
  loaded: LoadedReviewData;
  /** The clock, read only when a save runs (core never reads it itself). */
  clock: () => Date;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  delayMs?: number;
  onError?: (error: unknown) => void;
}

/** The review data held in memory and saved behind a debounce. */
export interface ReviewStore {
  /** The live data (read only: change it through the methods). */
  getData(): ReviewData;
  getState(cardId: string): CardState | undefined;
  /** Stores one answer: the card's new state and its log entry. */
  recordReview(log: ReviewLog): void;
  /** Replaces the stored settings object (saved with the review data in data.json). */
  setSettings(settings: unknown): void;
  /** Turns states of vanished cards into orphans and restores returning ones. */
  reconcile(liveIds: ReadonlySet<string>, now: Date): OrphanReport;
  /** Writes pending changes now (call on unload). */
  flush(): Promise<boolean>;
  /**
   * Merges what another device synced into data.json (Obsidian calls `onExternalSettingsChange`): per card the newer
   * review wins, logs are combined. Returns true when anything changed. A damaged file is left for the next save.
   */
  syncFromDisk(): Promise<boolean>;
  /**
   * Forgets every card state, review log and orphan (settings stay). The history as it was is first written to
   * `data.before-reset-<time>.json`, so even this explicit reset can be undone by hand.
   */
  reset(now: Date): Promise<void>;
  dispose(): void;
}

/** Creates the live store: answers go to memory at once and to disk within `delayMs`. A failed write keeps them in memory and retries. */
export function createReviewStore(options: ReviewStoreOptions): ReviewStore {
  let data = options.loaded.data;
  let known = options.loaded.known;
  let lastBackupAt: number | null = null;

  const saver = createSaveScheduler({
    delayMs: options.delayMs ?? SAVE_DELAY_MS,
    setTimer: options.setTimer,
    clearTimer: options.clearTimer,
    onError: options.onError,
    save: async () => {
      const result = await saveReviewData(options.port, data, options.clock(), { known, lastBackupAt });
      known = result.written;
      lastBackupAt = result.backupAt;
      if (result.mergedFromDisk) data = mergeReviewData(data, result.data);
    },
  });

  return {
    getData: () => data,
    getState: (id) => (Object.prototype.hasOwnProperty.call(data.cards, id) ? data.cards[id] : undefined),
    recordReview(log) {
      data.cards[log.cardId] = log.after;
      if (Object.prototype.hasOwnProperty.call(data.orphans, log.cardId)) delete data.orphans[log.cardId];
      const last = data.logs[data.logs.length - 1];
      if (last && last.time > log.time) {
        data.logs = [...data.logs, log].sort((a, b) => a.time - b.time);
      } else {
        data.logs.push(log);
      }
      saver.schedule();
    },
    setSettings(settings) {
      data.settings = settings;
      saver.schedule();
    },
    reconcile(liveIds, now) {
      const result = reconcileOrphans(data, liveIds, now);
      data = result.data;
      const { orphaned, restored, pruned } = result.report;
      if (orphaned.length + restored.length + pruned.length > 0) saver.schedule();
      return result.report;
    },
    flush: () => saver.flush(),
    async syncFromDisk() {
      const disk = await options.port.read(DATA_FILE);
      if (disk === null || disk === known) return false;
      const parsed = parseStoredData(disk);
      if (!parsed.ok) return false;
      data = mergeReviewData(data, parsed.data);
      saver.schedule();
      return true;
    },
    async reset(now) {
      await saver.flush();
      const stamp = now.toISOString().replace(/:/g, "-");
      await options.port.write(`data.before-reset-${stamp}.json`, serializeReviewData(data));
      data = createEmptyReviewData(data.settings);
      saver.schedule();
      await saver.flush();
    },
    dispose: () => saver.dispose(),
  };
}
