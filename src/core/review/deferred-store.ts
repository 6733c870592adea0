/**
 * A review store that can be handed out before the review history has loaded, so the plugin's `onload` registers its
 * parts and returns at once. Until the real store is in, it holds no data (views show "loading"); what is asked of it
 * meanwhile is kept and done, in order, the moment the store is in: an answer is recorded, settings are stored, a
 * reconcile runs on the loaded data (never on the empty stand-in); file work waits for the load.
 */
import type { CardState } from "./types";
import type { OrphanReport } from "./orphans";
import type { ReviewLog, WrongPick } from "./review-log";
import type { FlagChange, LogLoadReport, ReviewStore } from "./review-store";
import { createEmptyReviewData, type ReviewData } from "./store-schema";

/** A review store whose history may still be loading. */
export interface DeferredReviewStore extends ReviewStore {
  /** Whether the history is in (false while it loads, and for good when loading failed). */
  readonly loaded: boolean;
  /** Resolves when the history is in; rejects when loading failed. */
  whenLoaded(): Promise<void>;
}

/** What a reconcile put off until the load reports at once: nothing yet. */
const nothingYet = (): OrphanReport => ({ orphaned: [], restored: [], pruned: [], moved: [] });

/** Wraps the store `loading` will give. */
export function createDeferredStore(loading: Promise<ReviewStore>): DeferredReviewStore {
  let store: ReviewStore | null = null;
  const empty: ReviewData = createEmptyReviewData();
  /** Work asked for before the load, done in order once the store is in. */
  const waiting: ((s: ReviewStore) => void)[] = [];
  const ready = loading.then((s) => {
    store = s;
    // One queued call that throws must not keep the others (or the store itself) from everyone.
    for (const work of waiting.splice(0)) {
      try {
        work(s);
      } catch (error) {
        console.error("AWS Notes Cloze: a change asked for while the review history loaded failed", error);
      }
    }
  });
  // A failed load is reported by whoever awaits `whenLoaded`; nothing here may throw unhandled.
  ready.catch(() => undefined);
  /** File work once the store is in; `otherwise` when loading failed (the failure is reported where it is awaited). */
  const later = <T>(work: (s: ReviewStore) => Promise<T>, otherwise: T): Promise<T> =>
    ready.then(() => work(store as ReviewStore), () => otherwise);
  const now = (work: (s: ReviewStore) => void): void => {
    if (store) work(store);
    else waiting.push(work);
  };

  return {
    get loaded() {
      return store !== null;
    },
    whenLoaded: () => ready,
    getData: () => store?.getData() ?? empty,
    getState: (cardId: string): CardState | undefined => store?.getState(cardId),
    recordReview: (log: ReviewLog, pick?: WrongPick) => now((s) => s.recordReview(log, pick)),
    // An answer recorded before the load is queued; so is its undo, after it (taken back once the history is in).
    undoReview(log: ReviewLog) {
      if (store) return store.undoReview(log);
      waiting.push((s) => s.undoReview(log));
      return true;
    },
    setSettings: (settings: unknown) => now((s) => s.setSettings(settings)),
    setFlag: (cardId: string, change: FlagChange, at: Date) => now((s) => s.setFlag(cardId, change, at)),
    reconcile(liveIds, at, renamed, notes) {
      if (store) return store.reconcile(liveIds, at, renamed, notes);
      waiting.push((s) => s.reconcile(liveIds, at, renamed, notes));
      return nothingYet();
    },
    loadLogs: (from: number, to: number): Promise<LogLoadReport> => later((s) => s.loadLogs(from, to), { added: 0, notice: null }),
    flush: () => later((s) => s.flush(), false),
    syncFromDisk: () => later((s) => s.syncFromDisk(), false),
    dataFileChanged: () => later((s) => s.dataFileChanged(), false),
    mergeSyncCopies: () => later((s) => s.mergeSyncCopies(), false),
    // A reset of a history that never loaded would write over files it has not read: it waits, and fails with it.
    reset: (at: Date) => ready.then(() => (store as ReviewStore).reset(at)),
    dispose: () => now((s) => s.dispose()),
  };
}
