import type { CardFlag } from "./card-flags";
import { mergeConflictCopiesOf } from "./copy-merge";
import type { DataNotice } from "./data-notice";
import { fileStamp, readOrError } from "./data-port";
import { weekSpan } from "./log-files";
import { createLogBook, type LogLoadReport } from "./log-book";
import { mergeStoredStates } from "./merge";
import { parseStoredData } from "./migrate";
import { reconcileOrphans, type OrphanNotes, type OrphanReport } from "./orphans";
import { CLOCK_SLACK_MS, currentId, replayLogs, type Regrade } from "./replay";
import { DATA_FILE, saveReviewData, type LoadedReviewData, type ReviewDataPort } from "./persistence";
import { attachPicks, withPick, type ReviewLog, type WrongPick } from "./review-log";
import { createSaveScheduler } from "./save-scheduler";
import { createEmptyReviewData, createRecord, own, serializeReviewData, type ReviewData } from "./store-schema";
import { listUndone, pruneUndone, restoreBefore, takeBackListed } from "./undone-list";
import type { CardState } from "./types";

/** Default debounce: a crash or quit loses at most the answers of the last two seconds. */
export const SAVE_DELAY_MS = 2_000;

/** Where a version-1 data.json is copied once before the first version-2 save replaces it. */
export const V1_COPY_FILE = "data.before-v2.json";

/** Days of logs kept in memory after logs that came inside a data file were filed (the statistics' window and more). */
const KEEP_DAYS_AFTER_MIGRATION = 40;

/** Options of the live review store. */
export interface ReviewStoreOptions {
  port: ReviewDataPort;
  /** What `loadReviewData` returned. */
  loaded: LoadedReviewData;
  /** The clock, read only when files are written (core never reads it itself). */
  clock: () => Date;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  delayMs?: number;
  onError?: (error: unknown) => void;
  /**
   * Told what the user should know: a week file found damaged during a save (it was copied aside and rebuilt),
   * conflicted copies merged, answers stamped ahead of the clock.
   */
  onNotice?: (notice: DataNotice) => void;
  /**
   * Grades with the current settings, for replaying the logs over the cached states (see `replayLogs`): at start-up,
   * when weeks are read and whenever another device's data or logs are merged. Without it nothing is replayed.
   */
  regrade?: () => Regrade;
}

export type { LogLoadReport } from "./log-book";

/** A change to a card's flag (see `ReviewStore.setFlag`). */
export interface FlagChange {
  suspended?: boolean;
  buriedUntil?: number;
}

/** The review data held in memory and saved behind a debounce. */
export interface ReviewStore {
  /**
   * The live data (read only: change it through the methods). `logs` holds the weeks read so far — at least the
   * last two days from start-up, and whatever `loadLogs` added — plus every answer since, sorted by time.
   */
  getData(): ReviewData;
  getState(cardId: string): CardState | undefined;
  /**
   * Stores one answer: the card's new state and its log entry. `pick`: the wrong option picked, when the card was asked
   * as a multiple-choice question (kept with the log; see `WrongPick`).
   */
  recordReview(log: ReviewLog, pick?: WrongPick): void;
  /**
   * Takes back an answer ("Undo"): the card's state goes back to exactly what it was before the answer (unless a later
   * answer or a sync moved it since), and the log keeps the answer marked undone, so every device learns of it.
   * False when the answer is not in memory or was taken back already.
   */
  undoReview(log: ReviewLog): boolean;
  /**
   * Suspends a card or brings it back, or buries it until a time (0: no longer buried); what is not given stays as it
   * was. The flag carries `now`, so the later setting wins between devices.
   */
  setFlag(cardId: string, change: FlagChange, now: Date): void;
  /** Replaces the stored settings object (saved with the card states in data.json). */
  setSettings(settings: unknown): void;
  /**
   * Turns states of vanished cards into orphans and restores returning ones; a renamed card (`renamed`: old id → new
   * id, see `findRenamedCards`) keeps its schedule under its new id; an orphan whose note still exists is kept (see
   * `OrphanNotes`).
   */
  reconcile(liveIds: ReadonlySet<string>, now: Date, renamed?: ReadonlyMap<string, string>, notes?: OrphanNotes): OrphanReport;
  /** Reads the week files overlapping `from`..`to` (epoch ms) that are not in memory yet. Never throws. */
  loadLogs(from: number, to: number): Promise<LogLoadReport>;
  /** Writes pending changes now (call on unload). */
  flush(): Promise<boolean>;
  /**
   * Merges what another device synced (Obsidian calls `onExternalSettingsChange`): per card the newer review wins,
   * logs of the weeks in memory are combined, conflicted copies a sync tool left are merged and moved aside, and the
   * logs are replayed. Returns true when anything changed. A damaged file is left for the next save.
   */
  syncFromDisk(): Promise<boolean>;
  /**
   * Whether `data.json` on disk differs from what this store last wrote or read: false for the echo of its own save
   * (Obsidian reports those as external changes too on desktop). Waits for a save under way. Never throws.
   */
  dataFileChanged(): Promise<boolean>;
  /**
   * Merges the conflicted copies a sync tool left while the app was closed (and reads the weeks a wrong clock filed
   * answers under), then replays: what `syncFromDisk` adds to the files just loaded, for start-up. True when memory
   * gained anything.
   */
  mergeSyncCopies(): Promise<boolean>;
  /**
   * Forgets every card state, review log and orphan (settings stay). The history as it was (every week's logs
   * included) is first written to `data.before-reset-<time>.json`, so even this explicit reset can be undone by hand.
   */
  reset(now: Date): Promise<void>;
  dispose(): void;
}

/**
 * Creates the live store: answers go to memory at once and to disk within `delayMs` — card states to data.json,
 * logs appended to their week's file. A failed write keeps them in memory and retries.
 */
export function createReviewStore(options: ReviewStoreOptions): ReviewStore {
  const { port, loaded } = options;
  let data = loaded.data;
  let known = loaded.known;
  let lastBackupAt: number | null = null;
  let v1Copy = loaded.migratedFrom === 1 ? loaded.known : null;
  let tail: Promise<unknown> = Promise.resolve();
  /** Logs that came into memory from outside since the last replay (at first, every log loaded). */
  let foreign: ReviewLog[] = data.logs.slice();
  const book = createLogBook({
    port, data: () => data, files: loaded.logFiles, unsaved: loaded.unsaved, unsavedPicks: loaded.unsavedPicks, onDirty: () => saver.schedule(),
    onForeignLogs: (logs) => { foreign = foreign.length === 0 ? logs.slice() : foreign.concat(logs); },
  });

  /** Runs file work one task at a time (saves, week reads, syncs), so none sees another half done. */
  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  }

  /** Takes in another copy of the data: its card states merged by card, its logs added to the log book. */
  function absorb(other: ReviewData): void {
    data = { ...mergeStoredStates(data, other), logs: data.logs };
    book.addAll(other.logs);
    takeBackListed(data, book);
  }

  async function saveDataFile(now: Date, inlineLogs: readonly ReviewLog[]): Promise<void> {
    const result = await saveReviewData(port, data, now, { known, lastBackupAt, inlineLogs });
    known = result.written;
    lastBackupAt = result.backupAt;
    if (result.disk) {
      const listed = data.logWeeks.length;
      absorb(result.disk);
      if (data.logWeeks.length !== listed) saver.schedule();
    }
  }

  async function save(): Promise<void> {
    await exclusive(async () => {
      const cardsBefore = data.cards;
      await saveFiles();
      // Another device's data or logs came in on the way: their answers are replayed (saved at the next save).
      if (data.cards !== cardsBefore) await loadWeeksAhead();
      replay();
      // A picks file refused its lines: the reviews are saved, the picks wait; failing reports it and retries later.
      const picksError = book.picksError();
      if (picksError) throw picksError;
    });
  }

  async function saveFiles(): Promise<void> {
    const now = options.clock();
    if (v1Copy !== null) {
      if ((await port.read(V1_COPY_FILE)) === null) await port.write(V1_COPY_FILE, v1Copy);
      v1Copy = null;
    }
    // Card states first: they are what scheduling needs. A crash before the week files are written can lose only
    // the answers of this save's history; logs that came inside a data file are kept in it until filed.
    const inlineLogs = book.unsavedFromDataFile();
    pruneUndone(data, now);
    await saveDataFile(now, inlineLogs);
    await book.save(now, options.onNotice);
    if (inlineLogs.length > 0) {
      // data.json still carries the logs just filed: write it again without them, and keep only recent weeks in memory.
      await saveDataFile(now, book.unsavedFromDataFile());
      book.prune(now.getTime() - KEEP_DAYS_AFTER_MIGRATION * 86_400_000);
    }
  }

  /** Merges the conflicted copies a sync tool left (see `mergeConflictCopiesOf`); true when memory gained anything. */
  const mergeConflictCopies = (names?: readonly string[]): Promise<boolean> => mergeConflictCopiesOf({
    port, clock: options.clock, absorb, addLogs: (logs) => book.addAll(logs), saveFiles, names,
    addPicks(picks) {
      const logs = attachPicks(data.logs, picks);
      if (logs === data.logs) return false;
      data.logs = logs;
      return true;
    },
    onError: options.onError, onNotice: options.onNotice,
  });

  const saver = createSaveScheduler({
    delayMs: options.delayMs ?? SAVE_DELAY_MS,
    setTimer: options.setTimer,
    clearTimer: options.clearTimer,
    onError: options.onError,
    save,
  });
  /**
   * Reads the week files dated ahead of this device's clock that the data lists: another device with a wrong clock
   * filed its answers there, and replaying needs them.
   */
  async function loadWeeksAhead(): Promise<void> {
    const now = options.clock().getTime();
    for (const week of data.logWeeks) {
      const span = weekSpan(week);
      if (span.start > now + CLOCK_SLACK_MS) await book.load(span.start, span.start, options.clock());
    }
  }

  let toldAboutClock = false;
  /**
   * Replays, over the cached states, the cards that logs new to memory concern (they came from files or another
   * device). With `lackingOnly` (older weeks read for statistics), only cards whose cached state lacks one of those
   * answers: older answers were replayed when they were new, and replaying every card of a year of logs would stall
   * the app.
   */
  function replay(lackingOnly = false): void {
    const fresh = foreign;
    foreign = [];
    if (!options.regrade || fresh.length === 0) return;
    const now = options.clock().getTime();
    const touched = new Set<string>();
    for (const log of fresh) {
      const id = currentId(log.cardId, data.renamed);
      if (lackingOnly && !lacks(id, log, now)) continue;
      touched.add(id);
    }
    if (touched.size === 0) return;
    const { changed, aheadOfClock } = replayLogs(
      data.cards, data.logs, options.regrade(), now, { orphans: data.orphans, renamed: data.renamed, only: touched },
    );
    for (const [id, state] of changed) {
      const orphan = own(data.orphans, id);
      if (state === null) {
        // Back to new: its only answer in memory was taken back.
        if (orphan) delete data.orphans[id];
        else delete data.cards[id];
      } else if (orphan) data.orphans[id] = { ...orphan, state };
      else data.cards[id] = state;
    }
    if (changed.size > 0) saver.schedule();
    if (aheadOfClock > 0 && !toldAboutClock) {
      toldAboutClock = true;
      options.onNotice?.([{ code: "clockAhead", count: aheadOfClock }]);
    }
  }
  /** True when the card's cached state does not account for `log` (or either is stamped ahead of the clock). */
  function lacks(id: string, log: ReviewLog, now: number): boolean {
    const cached = own(data.cards, id) ?? own(data.orphans, id)?.state;
    const last = cached?.lastReview ?? null;
    // An answer taken back is lacking when the cached state is the one it left.
    return last === null || log.time > last || log.time > now + CLOCK_SLACK_MS || last > now + CLOCK_SLACK_MS ||
      (log.undone === true && log.time === last);
  }
  if (book.hasUnsaved()) saver.schedule();
  takeBackListed(data, book);
  replay();

  return {
    getData: () => data,
    getState: (id) => own(data.cards, id),
    recordReview(answer, pick) {
      const log = pick ? withPick(answer, pick) : answer;
      data.cards[log.cardId] = log.after;
      if (own(data.orphans, log.cardId)) delete data.orphans[log.cardId];
      book.add(log);
      saver.schedule();
    },
    undoReview(log) {
      if (!book.undo(log)) return false;
      // Listed in data.json too, which is written first: a crash before the week file is written loses no undo.
      listUndone(data, log.cardId, log.time);
      restoreBefore(data, log);
      saver.schedule();
      return true;
    },
    setFlag(cardId, change, now) {
      const flags = (data.flags ??= createRecord<CardFlag>());
      const previous = own(flags, cardId);
      flags[cardId] = {
        suspended: change.suspended ?? previous?.suspended ?? false,
        buriedUntil: change.buriedUntil ?? previous?.buriedUntil ?? 0,
        at: now.getTime(),
      };
      saver.schedule();
    },
    setSettings(settings) {
      data.settings = settings;
      saver.schedule();
    },
    reconcile(liveIds, now, renamed, notes) {
      const result = reconcileOrphans(data, liveIds, now, renamed, notes);
      data = result.data;
      const { orphaned, restored, pruned, moved } = result.report;
      if (orphaned.length + restored.length + pruned.length + moved.length > 0) saver.schedule();
      return result.report;
    },
    loadLogs: (from, to) => exclusive(async () => {
      const report = await book.load(from, to, options.clock());
      replay(true);
      return report;
    }),
    flush: () => saver.flush(),
    syncFromDisk: () => exclusive(async () => {
      // One listing serves the copies and the week syncs (which then skip picks files that are not there).
      const names = port.list && port.rename ? await port.list() : undefined;
      let changed = await mergeConflictCopies(names);
      const disk = await readOrError(port, DATA_FILE);
      if ("text" in disk && disk.text !== null && disk.text !== known) {
        const parsed = parseStoredData(disk.text);
        if (parsed.ok) {
          absorb(parsed.data);
          // Its card states are in memory now: the file is accounted for (unless it holds logs only it has, which the
          // next save must carry over until the week files hold them).
          if (parsed.data.logs.length === 0) known = disk.text;
          saver.schedule();
          changed = true;
        }
      }
      if (await book.sync(names)) changed = true;
      await loadWeeksAhead();
      replay();
      return changed;
    }),
    dataFileChanged: () => exclusive(async () => {
      const disk = await readOrError(port, DATA_FILE);
      return !("text" in disk) || disk.text !== known;
    }),
    mergeSyncCopies: () => exclusive(async () => {
      const changed = await mergeConflictCopies();
      await loadWeeksAhead();
      replay();
      return changed;
    }),
    async reset(now) {
      await saver.flush();
      await exclusive(async () => {
        const all = await book.readAll(now);
        await port.write(`data.before-reset-${fileStamp(now)}.json`, serializeReviewData({ ...data, logs: all }, { withLogs: true }));
        await book.clear();
        data = createEmptyReviewData(data.settings);
      });
      saver.schedule();
      await saver.flush();
    },
    dispose: () => saver.dispose(),
  };
}
