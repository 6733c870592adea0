/**
 * The store's review logs: the weeks read so far, answers not yet in their week's file, and what is known about
 * each file on disk. It keeps `data().logs` sorted and `data().logWeeks` complete; the store decides when to save.
 */
import type { DataNotice, NoticeLine } from "./data-notice";
import { readOrError, tempPathOf, type ReviewDataPort } from "./data-port";
import { encodeLogFile, listWeeks, logFilePath, logsInWeek, weekOf, weekSpan, parseLogFile } from "./log-files";
import { readLogFile, saveLogFile, type LogFileState } from "./log-io";
import { combineCopies, compareLogs, mergeLogs } from "./merge";
import { clearPicks, pickFilePath, readPickFile, savePicks } from "./pick-files";
import { attachPicks, findFirstLogAt, logKey, type ReviewLog, type WrongPick } from "./review-log";
import type { ReviewData } from "./store-schema";

/** What reading more weeks of review logs found. */
export interface LogLoadReport {
  /** How many logs were added to memory. */
  added: number;
  /** What to tell the user when a week file was damaged or could not be read. */
  notice: DataNotice | null;
}

/** Options of the log book. */
export interface LogBookOptions {
  port: ReviewDataPort;
  /** The store's live data (its `logs` and `logWeeks` are the book's to change). */
  data: () => ReviewData;
  /** Week files read at start-up. */
  files: ReadonlyMap<string, LogFileState>;
  /** Logs in memory that are not in their week file yet (from a version-1 data.json). */
  unsaved: readonly ReviewLog[];
  /** Logs from a data.json whose week line is on disk, but whose wrong pick may not be in its picks file yet. */
  unsavedPicks?: readonly ReviewLog[];
  /** Called when a file needs writing (a damaged week, a week changed by a sync). */
  onDirty: () => void;
  /** Told of logs that came into memory from files or another device's data (not answers given here). */
  onForeignLogs?: (logs: readonly ReviewLog[]) => void;
}

/** The log book's operations; every one that touches files must run while the store holds its file lock. */
export interface LogBook {
  /** Adds a log not in memory yet (keeping `compareLogs` order) and marks it for its week file; false for a duplicate. */
  add(log: ReviewLog): boolean;
  /**
   * Takes back an answer in memory (see `ReviewLog.undone`): its undone copy replaces it and goes to its week file.
   * Returns the undone copy, or null when memory does not hold the answer or it was taken back already.
   */
  undo(log: ReviewLog): ReviewLog | null;
  /** The answer in memory given to `cardId` at `time`, if any. */
  find(cardId: string, time: number): ReviewLog | undefined;
  /** Adds many logs from a data.json (another device's) at once; returns how many were new. Linear, not one insert each. */
  addAll(logs: readonly ReviewLog[]): number;
  /** Logs not yet in their week file whose only copy on disk is in data.json (they came from a data file). */
  unsavedFromDataFile(): ReviewLog[];
  /** True when some week file needs writing. */
  hasUnsaved(): boolean;
  /** Reads the week files overlapping `from`..`to` that are not in memory yet. Never throws. */
  load(from: number, to: number, now: Date): Promise<LogLoadReport>;
  /**
   * Writes every week with new logs or a damaged file; `onNotice` hears about damage found on the way, and once per
   * week about a picks file of a newer format that new picks could not go into. Throws when a week file cannot be
   * written. A picks file that cannot be written never stops it: its picks wait for the next save (`onDirty` is
   * called) and the failure is kept for {@link LogBook.picksError}.
   */
  save(now: Date, onNotice?: (notice: DataNotice) => void): Promise<void>;
  /** The first failure to write a picks file in the last save, or null. */
  picksError(): Error | null;
  /**
   * Takes in week files (of the weeks in memory) that another device changed; true when logs were added. A picks file
   * (and its temporary file) not in `listed`, the folder's files listed just before, is taken for empty unread.
   */
  sync(listed?: readonly string[]): Promise<boolean>;
  /** Forgets the logs of weeks before the week `keepFrom` falls in, once they are all on disk; false when some are not. */
  prune(keepFrom: number): boolean;
  /** Every log of every week (files re-read, damaged ones copied aside) merged with memory. Throws when a file cannot be read. */
  readAll(now: Date): Promise<ReviewLog[]>;
  /** Empties every week file and forgets all logs (after a reset wrote its copy). */
  clear(): Promise<void>;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Adds `logs` to the week's list in place (no copy of the list per push). */
function pushTo(lists: Map<string, ReviewLog[]>, week: string, logs: readonly ReviewLog[]): void {
  const list = lists.get(week) ?? [];
  for (const log of logs) list.push(log);
  lists.set(week, list);
}

/** Creates the log book over the store's data. */
export function createLogBook(options: LogBookOptions): LogBook {
  const { port, data } = options;
  const files = new Map(options.files);
  const unsaved = new Map<string, ReviewLog[]>();
  /** Answers whose wrong pick is not in its week's picks file yet (written before the week's lines, see `saveWeek`). */
  const unsavedPicks = new Map<string, ReviewLog[]>();
  /**
   * Answers whose wrong pick could not be written because the week's picks file is of a newer format. They are kept in
   * memory only (a restart loses them: the newer file may not be written to, and no other file may hold them) and do
   * not make the book unsaved, so no save retries them in a loop; the next write of the week's picks tries them again.
   */
  const heldPicks = new Map<string, ReviewLog[]>();
  /** Weeks whose newer picks file the user was told about (once each). */
  const toldNewerPicks = new Set<string>();
  /** The first failure to write a picks file since the last save began (see `LogBook.picksError`). */
  let picksError: Error | null = null;
  /** Logs that arrived inside a data.json rather than as answers given here. */
  const fromDataFile = new WeakSet<ReviewLog>();

  function markUnsaved(log: ReviewLog): void {
    const week = weekOf(log.time);
    pushTo(unsaved, week, [log]);
    if (log.pick) pushTo(unsavedPicks, week, [log]);
    const d = data();
    if (!d.logWeeks.includes(week)) d.logWeeks = [...d.logWeeks, week].sort();
  }

  /** Marks only the wrong pick of an answer whose line is in memory already: its week line is not written again. */
  function markPickUnsaved(log: ReviewLog): void {
    pushTo(unsavedPicks, weekOf(log.time), [log]);
    options.onDirty();
  }
  for (const log of options.unsaved) {
    fromDataFile.add(log);
    markUnsaved(log);
  }
  for (const log of options.unsavedPicks ?? []) {
    fromDataFile.add(log);
    pushTo(unsavedPicks, weekOf(log.time), [log]);
  }

  async function loadWeek(week: string, now: Date): Promise<LogLoadReport> {
    const read = await readLogFile(port, week, now);
    files.set(week, read.state);
    const d = data();
    const before = d.logs.length;
    if (read.logs.length > 0) {
      d.logs = mergeLogs(d.logs, read.logs);
      options.onForeignLogs?.(read.logs);
      const pending = unsaved.get(week);
      if (pending) {
        const onDisk = new Set(read.logs.map(logKey));
        unsaved.set(week, pending.filter((log) => !onDisk.has(logKey(log))));
      }
    }
    if (!read.state.clean) options.onDirty();
    return { added: d.logs.length - before, notice: read.notice };
  }

  async function saveWeek(week: string, now: Date, onNotice?: (notice: DataNotice) => void): Promise<void> {
    if (!files.has(week)) {
      const { notice } = await loadWeek(week, now);
      if (notice !== null) onNotice?.(notice);
    }
    // The new picks go first: a crash between the two writes then leaves a pick whose answer is on no disk, which
    // nothing shows (`attachPicks` gives picks only to answers held), never an answer that lost its pick.
    await savePicksOf(week, now, null, onNotice);
    const pending = (unsaved.get(week) ?? []).sort(compareLogs);
    unsaved.delete(week);
    let fromDisk: ReviewLog[];
    let rewritten: boolean;
    try {
      const result = await saveLogFile(port, week, files.get(week)!, logsInWeek(data().logs, week), pending, now);
      files.set(week, result.state);
      ({ fromDisk, rewritten } = result);
    } catch (e) {
      unsaved.set(week, [...pending, ...(unsaved.get(week) ?? [])]);
      throw e;
    }
    if (!rewritten) return;
    // A week merged with another device's copy: its picks file may be that device's too, so every pick memory holds
    // for the week goes back into it.
    const picks = await savePicksOf(week, now, logsInWeek(data().logs, week), onNotice);
    if (fromDisk.length > 0) {
      fromDisk = attachPicks(fromDisk, picks);
      data().logs = mergeLogs(data().logs, fromDisk);
      options.onForeignLogs?.(fromDisk);
    }
  }

  /**
   * Writes the week's new wrong picks beside its file; a failure there never holds back a review. `held`: the week's
   * logs in memory, when the file is to be checked for every pick they carry (null: only the new ones). Returns the
   * picks the file holds (empty when it was not read). A failure leaves the new picks waiting for the next save, which
   * is asked for; a file of a newer format leaves them in memory only, and the user is told once.
   */
  async function savePicksOf(
    week: string, now: Date, held: readonly ReviewLog[] | null, onNotice?: (notice: DataNotice) => void,
  ): Promise<Map<string, WrongPick>> {
    const waiting = [...(unsavedPicks.get(week) ?? []), ...(heldPicks.get(week) ?? [])];
    if (waiting.length === 0 && held === null) return new Map();
    unsavedPicks.delete(week);
    heldPicks.delete(week);
    try {
      const saved = await savePicks(port, week, held ? [...waiting, ...held] : waiting, now);
      if (saved.newer && waiting.length > 0) {
        heldPicks.set(week, waiting);
        if (!toldNewerPicks.has(week)) {
          toldNewerPicks.add(week);
          onNotice?.([{ code: "logNewerVersion", path: pickFilePath(week) }]);
        }
      }
      return saved.picks;
    } catch (e) {
      const retry = held ? [...waiting, ...held.filter((log) => log.pick)] : waiting;
      unsavedPicks.set(week, [...retry, ...(unsavedPicks.get(week) ?? [])]);
      picksError ??= e instanceof Error ? e : new Error(messageOf(e));
      options.onDirty();
      return new Map();
    }
  }

  /** Takes in one week file that changed on disk, and its picks file; returns true when memory gained logs or picks. */
  async function syncWeek(week: string, state: LogFileState, listed: ReadonlySet<string> | null): Promise<boolean> {
    const gainedLogs = await syncWeekLines(week, state);
    return (await syncPicks(week, listed)) || gainedLogs;
  }

  async function syncWeekLines(week: string, state: LogFileState): Promise<boolean> {
    const read = await readOrError(port, logFilePath(week));
    if (!("text" in read) || read.text === state.known) return false;
    const parsed = read.text === null ? null : parseLogFile(read.text, week);
    const d = data();
    const before = d.logs.length;
    if (parsed?.ok) {
      d.logs = mergeLogs(d.logs, parsed.logs);
      options.onForeignLogs?.(parsed.logs);
    }
    const whole = parsed?.ok === true && parsed.dropped.length === 0 && !unsaved.has(week)
      && logsInWeek(d.logs, week).length === parsed.logs.length;
    if (whole && read.text !== null) files.set(week, { known: read.text, clean: true, lastAfter: parsed.lastAfter, keptText: state.keptText });
    else {
      // The disk lacks some of this device's logs, or is damaged: the next save merges and rewrites it.
      files.set(week, { ...state, clean: false });
      options.onDirty();
    }
    return d.logs.length !== before;
  }

  /**
   * Takes in the week's picks file: its picks join the logs in memory, and picks memory holds that it lacks (a sync
   * tool put another device's copy over it) are written again at the next save. A file that cannot be read or is of a
   * newer format is passed over: nothing can be known to be missing from it. True when memory gained picks.
   */
  async function syncPicks(week: string, listed: ReadonlySet<string> | null): Promise<boolean> {
    const path = pickFilePath(week);
    const absent = listed !== null && !listed.has(path) && !listed.has(tempPathOf(path));
    // A file the listing lacks reads as none: memory's picks for the week are then all lacking from it.
    const { picks, known } = absent ? { picks: new Map<string, WrongPick>(), known: true } : await readPickFile(port, week);
    if (!known) return false;
    const logs = data().logs;
    const { start, end } = weekSpan(week);
    let gained = false;
    const lacking: ReviewLog[] = [];
    for (let k = findFirstLogAt(logs, start); k < logs.length && logs[k]!.time < end; k++) {
      const log = logs[k]!;
      const pick = picks.get(logKey(log));
      if (log.pick && !pick) lacking.push(log);
      else if (!log.pick && pick) { logs[k] = { ...log, pick }; gained = true; }
    }
    if (lacking.length > 0) {
      pushTo(unsavedPicks, week, lacking);
      options.onDirty();
    }
    return gained;
  }

  /** Where memory holds a log of the same card at the same time, or -1. */
  function indexOf(log: Pick<ReviewLog, "cardId" | "time">): number {
    const logs = data().logs;
    for (let k = findFirstLogAt(logs, log.time); k < logs.length && logs[k]!.time === log.time; k++) {
      if (logs[k]!.cardId === log.cardId) return k;
    }
    return -1;
  }

  /**
   * True when memory holds this answer already, as it is or taken back (an undone copy is news to a plain one, and a
   * copy with a wrong pick to one without).
   */
  function has(log: ReviewLog): boolean {
    const k = indexOf(log);
    const held = data().logs[k];
    return held !== undefined && !undoes(log, held) && (held.pick !== undefined || !log.pick);
  }

  /** True when `log` takes back the answer memory holds as `held` (the one news that changes its week line). */
  const undoes = (log: ReviewLog, held: ReviewLog): boolean => log.undone === true && held.undone !== true;

  return {
    find(cardId, time) {
      const k = indexOf({ cardId, time });
      return k < 0 ? undefined : data().logs[k];
    },
    undo(log) {
      const k = indexOf(log);
      const logs = data().logs;
      const held = logs[k];
      if (!held || held.undone) return null;
      const undone: ReviewLog = { ...held, undone: true };
      // The same key sorts in the same place: the copy takes the answer's slot.
      logs[k] = undone;
      markUnsaved(undone);
      return undone;
    },
    addAll(logs) {
      const fresh = logs.filter((log) => !has(log));
      if (fresh.length === 0) return 0;
      // Looked up before the merge: a copy whose only news is a pick leaves its week line as it is.
      const pickOnly = new Set(fresh.filter((log) => {
        const held = data().logs[indexOf(log)];
        return held !== undefined && !undoes(log, held);
      }));
      data().logs = mergeLogs(data().logs, fresh);
      options.onForeignLogs?.(fresh);
      for (const log of fresh) {
        fromDataFile.add(log);
        if (pickOnly.has(log)) markPickUnsaved(log);
        else markUnsaved(log);
      }
      return fresh.length;
    },
    add(log) {
      if (has(log)) return false;
      const logs = data().logs;
      const k = indexOf(log);
      if (k >= 0) {
        // A copy of an answer memory holds, with news (an undo, a pick): one entry keeps both.
        const held = logs[k]!;
        logs[k] = compareLogs(held, log) >= 0 ? combineCopies(held, log) : combineCopies(log, held);
        if (undoes(log, held)) markUnsaved(logs[k]);
        else markPickUnsaved(logs[k]);
        return true;
      }
      const last = logs[logs.length - 1];
      if (!last || compareLogs(last, log) <= 0) logs.push(log);
      else {
        let i = findFirstLogAt(logs, log.time);
        while (i < logs.length && compareLogs(logs[i]!, log) <= 0) i++;
        logs.splice(i, 0, log);
      }
      markUnsaved(log);
      return true;
    },
    unsavedFromDataFile: () => [
      ...new Set([...unsaved.values(), ...unsavedPicks.values()].flat().filter((log) => fromDataFile.has(log))),
    ],
    hasUnsaved: () => unsaved.size > 0 || unsavedPicks.size > 0 || [...files.values()].some((s) => !s.clean),
    async load(from, to, now) {
      let added = 0;
      const notices: NoticeLine[] = [];
      for (const week of listWeeks(from, to)) {
        if (files.has(week)) continue;
        try {
          const report = await loadWeek(week, now);
          added += report.added;
          if (report.notice !== null) notices.push(...report.notice);
        } catch (e) {
          notices.push({ code: "logUnreadable", week, error: messageOf(e) });
        }
      }
      return { added, notice: notices.length === 0 ? null : notices };
    },
    async save(now, onNotice) {
      const weeks = new Set(unsaved.keys());
      for (const [week, state] of files) if (!state.clean) weeks.add(week);
      picksError = null;
      for (const week of [...weeks].sort()) await saveWeek(week, now, onNotice);
      // Picks that failed earlier and whose week has nothing else to write.
      for (const week of [...unsavedPicks.keys()].sort()) if (!weeks.has(week)) await savePicksOf(week, now, null, onNotice);
    },
    picksError: () => picksError,
    async sync(listed) {
      const names = listed ? new Set(listed) : null;
      let changed = false;
      for (const [week, state] of [...files]) if (await syncWeek(week, state, names)) changed = true;
      return changed;
    },
    prune(keepFrom) {
      const start = weekSpan(weekOf(keepFrom)).start;
      if ([...unsaved.keys()].some((m) => weekSpan(m).start < start)) return false;
      const d = data();
      d.logs = d.logs.slice(findFirstLogAt(d.logs, start));
      for (const week of [...files.keys()]) if (weekSpan(week).end <= start) files.delete(week);
      return true;
    },
    async readAll(now) {
      const weeks = new Set([...data().logWeeks, ...files.keys(), ...unsaved.keys()]);
      let all = data().logs;
      for (const week of [...weeks].sort()) all = mergeLogs(all, (await readLogFile(port, week, now)).logs);
      return all;
    },
    async clear() {
      const weeks = [...new Set([...data().logWeeks, ...files.keys(), ...unsaved.keys()])].sort();
      unsaved.clear();
      unsavedPicks.clear();
      heldPicks.clear();
      for (const week of weeks) {
        const { text } = encodeLogFile(week, []);
        await port.write(logFilePath(week), text);
        files.set(week, { known: text, clean: true, lastAfter: new Map(), keptText: null });
        await clearPicks(port, week);
      }
    },
  };
}
