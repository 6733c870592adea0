import type { DataNotice } from "../../../src/core/review/data-notice";
import { DATA_FILE, loadReviewData } from "../../../src/core/review/persistence";
import { CLOCK_SLACK_MS, replayLogs, type Regrade } from "../../../src/core/review/replay";
import { createReviewStore } from "../../../src/core/review/review-store";
import { createScheduler } from "../../../src/core/review/scheduler";
import type { CardState } from "../../../src/core/review/types";
import { FakePort } from "./fake-port";

const T0 = Date.parse("2025-03-01T09:00:00Z");
const MIN = 60_000;
const DAY = 86_400_000;
const scheduler = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 36500, learningStepsMinutes: [1, 10] });
const regrade: Regrade = (state, rating, at) => scheduler.grade(state, rating, at).state;
const noTimers = { setTimer: (): unknown => 0, clearTimer: (): void => undefined };

/** A card answered `good` four times on one device, a day apart: its state and logs. */
function history(cardId: string, from = T0) {
  let state: CardState | undefined;
  const logs = [];
  for (let k = 0; k < 4; k++) {
    const graded = scheduler.grade(state, "good", new Date(from + k * DAY), cardId);
    logs.push(graded.log);
    state = graded.state;
  }
  return { state: state as CardState, logs };
}

describe("replayLogs", () => {
  it("changes nothing when the cached states already hold every answer", () => {
    const a = history("a");
    expect(replayLogs({ a: a.state }, a.logs, regrade, T0 + 5 * DAY).changed.size).toBe(0);
  });

  it("brings a cached state that lacks the last answers up to the logs", () => {
    const a = history("a");
    const stale = a.logs[1]!.after;
    const { changed } = replayLogs({ a: stale }, a.logs, regrade, T0 + 5 * DAY);
    expect(changed.get("a")).toEqual(a.state);
  });

  it("gives a card missing from the cache (data.json lost) the state its logs end in", () => {
    const a = history("a");
    expect(replayLogs({}, a.logs, regrade, T0 + 5 * DAY).changed.get("a")).toEqual(a.state);
  });

  it("counts both devices' offline answers to one card, in time order", () => {
    const start = history("a").state;
    // Both devices start from the same state; the phone answers `again` an hour after the laptop answers `good`.
    const laptop = scheduler.grade(start, "good", new Date(T0 + 10 * DAY), "a");
    const phone = scheduler.grade(start, "again", new Date(T0 + 10 * DAY + 60 * MIN), "a");
    const both = scheduler.grade(laptop.state, "again", new Date(T0 + 10 * DAY + 60 * MIN)).state;
    // The cache kept the phone's state (the later review): the laptop's answer is in the logs only.
    const { changed } = replayLogs({ a: phone.state }, [laptop.log, phone.log], regrade, T0 + 11 * DAY);
    expect(changed.get("a")).toEqual(both);
    expect(changed.get("a")?.reps).toBe(start.reps + 2);
  });

  it("keeps a cached state newer than every log in memory (its week was not read yet)", () => {
    const a = history("a");
    const newer = scheduler.grade(a.state, "easy", new Date(T0 + 20 * DAY)).state;
    expect(replayLogs({ a: newer }, a.logs, regrade, T0 + 21 * DAY).changed.size).toBe(0);
  });

  it("places an answer from a clock a year ahead right after the answer before it, and counts it", () => {
    const a = history("a");
    const now = T0 + 5 * DAY;
    const ahead = scheduler.grade(a.state, "good", new Date(now + 365 * DAY), "a");
    const result = replayLogs({ a: ahead.state }, [...a.logs, ahead.log], regrade, now);
    expect(result.aheadOfClock).toBe(1);
    const placed = result.changed.get("a");
    expect(placed?.reps).toBe(a.state.reps + 1);
    // Due from when the answer could have been given, not a year from now.
    expect(placed!.due).toBeLessThan(now + 60 * DAY);
    expect(placed!.lastReview).toBeLessThanOrEqual(now);
  });

  it("trusts an answer less than a day ahead of the clock", () => {
    const a = history("a");
    const now = a.logs[3]!.time - CLOCK_SLACK_MS / 2;
    const result = replayLogs({ a: a.state }, a.logs, regrade, now);
    expect(result).toEqual({ changed: new Map(), aheadOfClock: 0 });
  });
});

describe("grading a card whose last review is later than now", () => {
  it("never throws, and the answer still comes after the review before it", () => {
    const a = history("a");
    const earlier = new Date(a.state.lastReview! - 3 * 60 * MIN);
    const graded = scheduler.grade(a.state, "good", earlier, "a");
    expect(graded.log.time).toBeGreaterThanOrEqual(a.state.lastReview!);
    expect(graded.state.reps).toBe(a.state.reps + 1);
    expect(() => scheduler.preview(a.state, earlier)).not.toThrow();
  });
});

describe("the store replays the logs", () => {
  it("after data.json was torn, restores every answer its week files hold, not the older backup's schedules", async () => {
    const port = new FakePort();
    const clock = { now: T0 };
    const store = createReviewStore({ port, loaded: await loadReviewData(port, new Date(T0)), clock: () => new Date(clock.now), ...noTimers, regrade: () => regrade });
    let state: CardState | undefined;
    for (let k = 0; k < 5; k++) {
      clock.now = T0 + k * MIN;
      const graded = scheduler.grade(state, k === 2 ? "again" : "good", new Date(clock.now), "card-1");
      store.recordReview(graded.log);
      state = graded.state;
      await store.flush();
    }
    // The backup was written at the first save; data.json is cut half-way through its last write.
    const full = port.files.get(DATA_FILE)!;
    port.files.set(DATA_FILE, full.slice(0, Math.floor(full.length / 2)));
    const reloaded = createReviewStore({ port, loaded: await loadReviewData(port, new Date(clock.now)), clock: () => new Date(clock.now), ...noTimers, regrade: () => regrade });
    const restored = reloaded.getState("card-1")!;
    // Stored states keep four decimals.
    expect({ ...restored, stability: 0, difficulty: 0 }).toEqual({ ...state!, stability: 0, difficulty: 0 });
    expect(restored.stability).toBeCloseTo(state!.stability, 3);
    expect(restored.reps).toBe(5);
  });

  it("when older weeks are read, brings up to date only the cards whose cached state lacks an answer in them", async () => {
    const port = new FakePort();
    const first = createReviewStore({ port, loaded: await loadReviewData(port, new Date(T0)), clock: () => new Date(T0), ...noTimers });
    const a = history("a");
    const b = history("b");
    for (const log of [...a.logs, ...b.logs]) first.recordReview(log);
    await first.flush();
    // data.json is replaced by an older one that lacks `a`'s last answer (a backup, another device).
    const stale = createReviewStore({ port: new FakePort(), loaded: await loadReviewData(new FakePort(), new Date(T0)), clock: () => new Date(T0), ...noTimers });
    for (const log of [...a.logs.slice(0, 3), ...b.logs]) stale.recordReview(log);
    await stale.flush();
    const now = T0 + 30 * DAY;
    const loaded = await loadReviewData(port, new Date(now));
    const store = createReviewStore({ port, loaded: { ...loaded, data: { ...stale.getData(), logs: loaded.data.logs } }, clock: () => new Date(now), ...noTimers, regrade: () => regrade });
    expect(store.getState("a")?.reps).toBe(3);
    const bBefore = store.getState("b");
    await store.loadLogs(T0 - DAY, now);
    expect(store.getState("a")).toMatchObject({ reps: 4, lastReview: a.state.lastReview, due: a.state.due });
    // `b`'s cached state already held every answer: it is not replayed at all.
    expect(store.getState("b")).toBe(bBefore);
  });

  it("tells the user about answers from a clock far ahead, and places them before now", async () => {
    const port = new FakePort();
    const notices: DataNotice[] = [];
    const now = T0 + 5 * DAY;
    const a = history("a");
    const ahead = scheduler.grade(a.state, "good", new Date(now + 30 * DAY), "a");
    const first = createReviewStore({ port, loaded: await loadReviewData(port, new Date(T0)), clock: () => new Date(now), ...noTimers });
    for (const log of [...a.logs, ahead.log]) first.recordReview(log);
    const store = createReviewStore({
      port, loaded: { ...(await loadReviewData(port, new Date(now))), data: first.getData() }, clock: () => new Date(now), ...noTimers,
      regrade: () => regrade, onNotice: (m) => notices.push(m),
    });
    expect(store.getState("a")!.lastReview).toBeLessThanOrEqual(now);
    await store.loadLogs(now - 10 * DAY, now);
    expect(notices).toEqual([[{ code: "clockAhead", count: 1 }]]);
  });

  it("counts two devices' offline answers to one card after the sync tool overwrote one device's files", async () => {
    const shared = new FakePort();
    const first = createReviewStore({ port: shared, loaded: await loadReviewData(shared, new Date(T0)), clock: () => new Date(T0), ...noTimers });
    const start = scheduler.grade(undefined, "good", new Date(T0), "card-1");
    first.recordReview(start.log);
    await first.flush();
    // Both devices have the same files, then each answers the card offline.
    const laptop = new FakePort(Object.fromEntries(shared.files));
    const phone = new FakePort(Object.fromEntries(shared.files));
    const t1 = T0 + DAY;
    const t2 = T0 + DAY + 30 * MIN;
    const open = async (port: FakePort, now: number) =>
      createReviewStore({ port, loaded: await loadReviewData(port, new Date(now)), clock: () => new Date(now), ...noTimers, regrade: () => regrade });
    const onLaptop = await open(laptop, t1);
    const good = scheduler.grade(onLaptop.getState("card-1"), "good", new Date(t1), "card-1");
    onLaptop.recordReview(good.log);
    await onLaptop.flush();
    const onPhone = await open(phone, t2);
    onPhone.recordReview(scheduler.grade(onPhone.getState("card-1"), "again", new Date(t2), "card-1").log);
    await onPhone.flush();
    // The phone's files arrive on the laptop and replace its own.
    for (const [path, text] of phone.files) laptop.files.set(path, text);
    expect(await onLaptop.syncFromDisk()).toBe(true);
    const expected = scheduler.grade(good.state, "again", new Date(t2)).state;
    expect(onLaptop.getState("card-1")).toMatchObject({ reps: 3, lapses: expected.lapses, lastReview: t2, due: expected.due });
    // Saved, the laptop's folder holds both answers, and a fresh start reads the same schedule.
    await onLaptop.flush();
    const reopened = await open(new FakePort(Object.fromEntries(laptop.files)), t2);
    expect(reopened.getData().logs.map((l) => l.time)).toEqual([T0, t1, t2]);
    expect(reopened.getState("card-1")).toMatchObject({ reps: 3, lastReview: t2, due: expected.due });
  });
});

describe("what the replay must not undo", () => {
  it("keeps an orphan's newer state when only its older logs are in memory", () => {
    const a = history("a");
    const newer = scheduler.grade(a.state, "easy", new Date(T0 + 20 * DAY)).state;
    const result = replayLogs({}, a.logs, regrade, T0 + 21 * DAY, { orphans: { a: { state: newer } } });
    expect(result.changed.size).toBe(0);
  });

  it("counts a renamed card's older logs for its new id and never brings the old id back", () => {
    const a = history("old-id");
    const moved = a.state;
    const next = scheduler.grade(moved, "good", new Date(T0 + 10 * DAY), "new-id");
    const result = replayLogs({ "new-id": next.state }, [...a.logs, next.log], regrade, T0 + 11 * DAY, { renamed: { "old-id": "new-id" } });
    expect(result.changed.has("old-id")).toBe(false);
    expect(result.changed.size).toBe(0);
    // With the cached state lost, the whole history, under both ids, gives it back.
    expect(replayLogs({}, [...a.logs, next.log], regrade, T0 + 11 * DAY, { renamed: { "old-id": "new-id" } }).changed.get("new-id")).toEqual(next.state);
  });
});

describe("answers on a card stamped ahead of a clock less than a day fast", () => {
  it("each get a time of their own after that review, so none is dropped as a duplicate", async () => {
    const port = new FakePort();
    const now = T0 + DAY;
    const store = createReviewStore({ port, loaded: await loadReviewData(port, new Date(now)), clock: () => new Date(now), ...noTimers });
    const phone = scheduler.grade(undefined, "good", new Date(now + 2 * 60 * MIN), "a");
    store.recordReview(phone.log);
    for (let k = 0; k < 2; k++) store.recordReview(scheduler.grade(store.getState("a"), "good", new Date(now + k * MIN), "a").log);
    const times = store.getData().logs.map((l) => l.time);
    expect(times).toEqual([phone.log.time, phone.log.time + 1, phone.log.time + 2]);
    expect(store.getState("a")?.reps).toBe(3);
  });
});
