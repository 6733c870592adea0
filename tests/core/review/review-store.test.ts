import { logFilePath, parseLogFile } from "../../../src/core/review/log-files";
import { parseStoredData } from "../../../src/core/review/migrate";
import { DATA_FILE, loadReviewData } from "../../../src/core/review/persistence";
import { createReviewStore, SAVE_DELAY_MS } from "../../../src/core/review/review-store";
import { createSaveScheduler } from "../../../src/core/review/save-scheduler";
import { createScheduler } from "../../../src/core/review/scheduler";
import { serializeReviewData } from "../../../src/core/review/store-schema";
import { FakePort } from "./fake-port";

const NOW = new Date("2025-03-01T09:00:00Z");
const scheduler = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 36500, learningStepsMinutes: [1, 10] });

/** Timers that run only when the test says so. */
function manualTimers() {
  const pending = new Map<number, { run: () => void; ms: number }>();
  let next = 1;
  return {
    setTimer: (run: () => void, ms: number): unknown => { pending.set(next, { run, ms }); return next++; },
    clearTimer: (h: unknown): void => { pending.delete(h as number); },
    delays: (): number[] => [...pending.values()].map((p) => p.ms),
    async fireAll(): Promise<void> {
      const due = [...pending.entries()];
      pending.clear();
      for (const [, t] of due) t.run();
      for (let i = 0; i < 10; i++) await Promise.resolve();
    },
  };
}

const settle = async (): Promise<void> => { for (let i = 0; i < 20; i++) await Promise.resolve(); };

describe("createSaveScheduler", () => {
  it("writes once for a burst of changes, within the delay of the first one", async () => {
    const timers = manualTimers();
    let saves = 0;
    const saver = createSaveScheduler({ save: async () => { saves++; }, delayMs: 2000, ...timers });
    saver.schedule(); saver.schedule(); saver.schedule();
    expect(timers.delays()).toEqual([2000]);
    await timers.fireAll();
    expect(saves).toBe(1);
    expect(saver.isPending()).toBe(false);
  });

  it("flush writes pending changes at once and cancels the timer", async () => {
    const timers = manualTimers();
    let saves = 0;
    const saver = createSaveScheduler({ save: async () => { saves++; }, delayMs: 2000, ...timers });
    saver.schedule();
    expect(await saver.flush()).toBe(true);
    expect(saves).toBe(1);
    expect(timers.delays()).toEqual([]);
    expect(await saver.flush()).toBe(true);
    expect(saves).toBe(1);
  });

  it("retries a failed save later, backing off, and reports the error", async () => {
    const timers = manualTimers();
    const errors: unknown[] = [];
    let fail = true;
    let saves = 0;
    const saver = createSaveScheduler({
      save: async () => { if (fail) throw new Error("disk full"); saves++; },
      delayMs: 1000, ...timers, onError: (e) => errors.push(e),
    });
    saver.schedule();
    await timers.fireAll();
    expect(errors).toHaveLength(1);
    expect(saver.isPending()).toBe(true);
    expect(timers.delays()).toEqual([2000]);
    fail = false;
    await timers.fireAll();
    expect(saves).toBe(1);
    expect(saver.isPending()).toBe(false);
  });
});

describe("createReviewStore", () => {
  it("keeps answers in memory when writing fails and saves them once the disk recovers", async () => {
    const port = new FakePort();
    const timers = manualTimers();
    const errors: unknown[] = [];
    const store = createReviewStore({ port, loaded: await loadReviewData(port, NOW), clock: () => NOW, ...timers, onError: (e) => errors.push(e) });
    port.failWrites = true;
    const answer = scheduler.grade(undefined, "good", NOW, "ec2");
    store.recordReview(answer.log);
    expect(timers.delays()).toEqual([SAVE_DELAY_MS]);
    await timers.fireAll();
    expect(errors).toHaveLength(1);
    expect(store.getState("ec2")).toEqual(answer.state);
    expect(store.getData().logs).toHaveLength(1);

    port.failWrites = false;
    expect(await store.flush()).toBe(true);
    const disk = parseStoredData(port.files.get(DATA_FILE));
    expect(disk.ok && disk.data.cards.ec2).toBeDefined();
    const week = parseLogFile(port.files.get(logFilePath("2025-02-24")) ?? "", "2025-02-24");
    expect(week.ok && week.logs.map((l) => l.cardId)).toEqual(["ec2"]);
  });

  it("adopts cards another device synced while keeping answers given during the save", async () => {
    const port = new FakePort();
    const timers = manualTimers();
    const store = createReviewStore({ port, loaded: await loadReviewData(port, NOW), clock: () => NOW, ...timers });
    store.recordReview(scheduler.grade(undefined, "good", NOW, "mine").log);
    await store.flush();
    // Another device writes a card of its own into the synced file.
    const other = parseStoredData(port.files.get(DATA_FILE));
    if (!other.ok) throw new Error("unreadable");
    other.data.cards.theirs = scheduler.grade(undefined, "easy", NOW, "theirs").state;
    port.files.set(DATA_FILE, serializeReviewData(other.data));
    store.recordReview(scheduler.grade(undefined, "hard", new Date(NOW.getTime() + 1000), "mine-2").log);
    const saving = store.flush();
    store.recordReview(scheduler.grade(undefined, "good", new Date(NOW.getTime() + 2000), "during-save").log);
    await saving;
    await settle();
    expect(Object.keys(store.getData().cards).sort()).toEqual(["during-save", "mine", "mine-2", "theirs"]);
  });

  it("reconcile turns vanished cards into orphans and schedules a save", async () => {
    const port = new FakePort();
    const timers = manualTimers();
    const store = createReviewStore({ port, loaded: await loadReviewData(port, NOW), clock: () => NOW, ...timers });
    store.recordReview(scheduler.grade(undefined, "good", NOW, "gone").log);
    await store.flush();
    const report = store.reconcile(new Set(), NOW);
    expect(report.orphaned).toEqual(["gone"]);
    expect(store.getData().orphans.gone).toBeDefined();
    expect(timers.delays()).toEqual([SAVE_DELAY_MS]);
    // Reviewing a card again (its answer was restored) takes it out of the orphans.
    store.recordReview(scheduler.grade(store.getData().orphans.gone!.state, "good", NOW, "gone").log);
    expect(store.getData().orphans.gone).toBeUndefined();
  });
});

describe("createReviewStore across devices and resets", () => {
  it("syncFromDisk takes in what another device synced: the newer review of each card wins", async () => {
    const port = new FakePort();
    const timers = manualTimers();
    const store = createReviewStore({ port, loaded: await loadReviewData(port, NOW), clock: () => NOW, ...timers });
    const mine = scheduler.grade(undefined, "good", NOW, "shared");
    store.recordReview(mine.log);
    await store.flush();
    expect(await store.syncFromDisk()).toBe(false);

    // The other device starts from the synced folder, reviews the same card later, and a card of its own.
    const otherPort = new FakePort(Object.fromEntries(port.files));
    const later = new Date(NOW.getTime() + 3_600_000);
    const other = createReviewStore({ port: otherPort, loaded: await loadReviewData(otherPort, later), clock: () => later, ...manualTimers() });
    const theirs = scheduler.grade(other.getState("shared"), "easy", later, "shared");
    other.recordReview(theirs.log);
    other.recordReview(scheduler.grade(undefined, "hard", later, "extra").log);
    await other.flush();
    for (const [path, text] of otherPort.files) port.files.set(path, text);

    expect(await store.syncFromDisk()).toBe(true);
    // Stored states keep four decimals of stability and difficulty; the review itself is the other device's.
    expect(store.getState("shared")).toMatchObject({ lastReview: later.getTime(), reps: theirs.state.reps, due: theirs.state.due });
    expect(store.getState("extra")).toBeDefined();
    expect(store.getData().logs.filter((l) => l.cardId === "shared")).toHaveLength(2);
  });

  it("tells the echo of its own save from another device's data.json", async () => {
    const port = new FakePort();
    const timers = manualTimers();
    const store = createReviewStore({ port, loaded: await loadReviewData(port, NOW), clock: () => NOW, ...timers });
    expect(await store.dataFileChanged()).toBe(false);
    store.recordReview(scheduler.grade(undefined, "good", NOW, "mine").log);
    // A save under way is waited for: what it writes is this store's own.
    const saving = store.flush();
    expect(await store.dataFileChanged()).toBe(false);
    await saving;
    const otherPort = new FakePort(Object.fromEntries(port.files));
    const other = createReviewStore({ port: otherPort, loaded: await loadReviewData(otherPort, NOW), clock: () => NOW, ...manualTimers() });
    other.recordReview(scheduler.grade(undefined, "easy", NOW, "theirs").log);
    await other.flush();
    port.files.set(DATA_FILE, otherPort.files.get(DATA_FILE) as string);
    expect(await store.dataFileChanged()).toBe(true);
    await store.syncFromDisk();
    expect(await store.dataFileChanged()).toBe(false);
  });

  it("syncFromDisk leaves a damaged file alone and keeps the live data", async () => {
    const port = new FakePort();
    const timers = manualTimers();
    const store = createReviewStore({ port, loaded: await loadReviewData(port, NOW), clock: () => NOW, ...timers });
    store.recordReview(scheduler.grade(undefined, "good", NOW, "kept").log);
    await store.flush();
    port.files.set(DATA_FILE, "{\"schemaVersion\":1,\"cards\":{\"kept\":[");
    expect(await store.syncFromDisk()).toBe(false);
    expect(store.getState("kept")).toBeDefined();
  });

  it("reset forgets the history but first writes it aside, and keeps the settings", async () => {
    const port = new FakePort();
    const timers = manualTimers();
    const store = createReviewStore({ port, loaded: await loadReviewData(port, NOW), clock: () => NOW, ...timers });
    store.setSettings({ newCardsPerDay: 7 });
    store.recordReview(scheduler.grade(undefined, "good", NOW, "old").log);
    await store.reset(NOW);
    expect(store.getState("old")).toBeUndefined();
    expect(store.getData().logs).toHaveLength(0);
    const aside = [...port.files.keys()].filter((k) => k.startsWith("data.before-reset-"));
    expect(aside).toHaveLength(1);
    const kept = parseStoredData(port.files.get(aside[0]!));
    expect(kept.ok && Object.keys(kept.data.cards)).toEqual(["old"]);
    const disk = parseStoredData(port.files.get(DATA_FILE));
    expect(disk.ok && Object.keys(disk.data.cards)).toEqual([]);
    expect(disk.ok && disk.data.settings).toEqual({ newCardsPerDay: 7 });
  });
});
