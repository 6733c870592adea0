import type { Regrade } from "../../../src/core/review/replay";
import { answeredSince, countIntroducedSince } from "../../../src/core/review/review-log";
import { createScheduler } from "../../../src/core/review/scheduler";
import { countReviewsPerDay } from "../../../src/core/review/stats";
import { openDevice, type Device } from "./device";

const T0 = Date.parse("2026-12-01T09:00:00Z");
const MIN = 60_000;
const DAY = 86_400_000;
const scheduler = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 36500, learningStepsMinutes: [1, 10] });
const regrade: Regrade = (state, rating, at) => scheduler.grade(state, rating, at).state;

const device = (files: ReadonlyMap<string, string>, now: number): Promise<Device> => openDevice(files, now, regrade);

function answer(d: Device, id: string, rating: "again" | "hard" | "good" | "easy" = "good") {
  const { log } = scheduler.grade(d.store.getState(id), rating, new Date(d.clock.now), id);
  d.store.recordReview(log);
  d.clock.now += MIN;
  return log;
}

describe("taking back an answer", () => {
  it("restores the card's schedule exactly and leaves the answer in the log, marked undone", async () => {
    const d = await device(new Map(), T0);
    answer(d, "sqs", "good");
    const before = structuredClone(d.store.getState("sqs"));
    const logsBefore = d.store.getData().logs.length;
    const second = answer(d, "sqs", "again");
    expect(d.store.getState("sqs")).not.toEqual(before);
    expect(d.store.undoReview(second)).toBe(true);
    expect(d.store.getState("sqs")).toEqual(before);
    const logs = d.store.getData().logs;
    expect(logs).toHaveLength(logsBefore + 1);
    expect(logs[logs.length - 1]).toMatchObject({ cardId: "sqs", time: second.time, rating: "again", undone: true });
    // Taken back twice is once.
    expect(d.store.undoReview(second)).toBe(false);
  });

  it("makes a new card new again: no state, and no new card counted against today's limit", async () => {
    const d = await device(new Map(), T0);
    const first = answer(d, "sns", "easy");
    expect(countIntroducedSince(d.store.getData().logs, T0 - DAY)).toBe(1);
    d.store.undoReview(first);
    expect(d.store.getState("sns")).toBeUndefined();
    expect(countIntroducedSince(d.store.getData().logs, T0 - DAY)).toBe(0);
    expect([...answeredSince(d.store.getData().logs, T0 - DAY)]).toEqual([]);
    expect(countReviewsPerDay(d.store.getData().logs, new Date(d.clock.now), 1)[0]?.count).toBe(0);
  });

  it("stays taken back after the app restarts: the week file records the undo", async () => {
    const d = await device(new Map(), T0);
    answer(d, "ec2", "good");
    await d.store.flush();
    // The schedule as stored (stored figures keep four decimals).
    const kept = (await device(d.port.files, d.clock.now)).store.getState("ec2");
    const taken = answer(d, "ec2", "easy");
    await d.store.flush();
    d.store.undoReview(taken);
    await d.store.flush();
    const again = await device(d.port.files, d.clock.now);
    expect(again.store.getState("ec2")).toEqual(kept);
    expect(again.store.getData().logs.filter((l) => l.cardId === "ec2").map((l) => l.undone === true)).toEqual([false, true]);
  });

  it("reaches another device that had already synced the answer: its schedule goes back too", async () => {
    const laptop = await device(new Map(), T0);
    answer(laptop, "lambda", "good");
    await laptop.store.flush();
    const kept = (await device(laptop.port.files, laptop.clock.now)).store.getState("lambda");
    const taken = answer(laptop, "lambda", "easy");
    await laptop.store.flush();
    // The phone gets the laptop's files with the answer in them.
    const phone = await device(laptop.port.files, laptop.clock.now);
    expect(phone.store.getState("lambda")?.lastReview).toBe(taken.time);
    // The laptop takes the answer back; its files reach the phone again.
    laptop.store.undoReview(taken);
    await laptop.store.flush();
    for (const [path, text] of laptop.port.files) phone.port.files.set(path, text);
    await phone.store.syncFromDisk();
    expect(phone.store.getState("lambda")).toEqual(kept);
    // And the phone's own next save does not bring the answer back to the laptop.
    await phone.store.flush();
    for (const [path, text] of phone.port.files) laptop.port.files.set(path, text);
    await laptop.store.syncFromDisk();
    expect(laptop.store.getState("lambda")?.lastReview).toBe(kept?.lastReview);
    expect(laptop.store.getData().logs.find((l) => l.time === taken.time)?.undone).toBe(true);
  });

  it("a later answer to the card stays when an earlier one is taken back", async () => {
    const d = await device(new Map(), T0);
    const first = answer(d, "rds", "good");
    answer(d, "rds", "good");
    const latest = structuredClone(d.store.getState("rds"));
    d.store.undoReview(first);
    expect(d.store.getState("rds")).toEqual(latest);
  });
});

describe("an undo that nothing brings back", () => {
  it("survives a crash after data.json was written and before the week file was", async () => {
    const d = await device(new Map(), T0);
    answer(d, "sqs", "good");
    await d.store.flush();
    const kept = (await device(d.port.files, d.clock.now)).store.getState("sqs");
    const taken = answer(d, "sqs", "easy");
    await d.store.flush();
    const weekFiles = [...d.port.files].filter(([path]) => path.endsWith(".jsonl"));
    d.store.undoReview(taken);
    await d.store.flush();
    // The crash: the week files as they were before the undo was appended, data.json as written after it.
    for (const [path, text] of weekFiles) d.port.files.set(path, text);
    const restarted = await device(d.port.files, d.clock.now);
    expect(restarted.store.getState("sqs")).toEqual(kept);
    expect(restarted.store.getData().logs.find((l) => l.time === taken.time)?.undone).toBe(true);
  });

  it("is not undone by another device's data.json that still holds the answer's schedule", async () => {
    const laptop = await device(new Map(), T0);
    answer(laptop, "sns", "good");
    await laptop.store.flush();
    const kept = (await device(laptop.port.files, laptop.clock.now)).store.getState("sns");
    const taken = answer(laptop, "sns", "easy");
    await laptop.store.flush();
    const phone = await device(laptop.port.files, laptop.clock.now);
    laptop.store.undoReview(taken);
    await laptop.store.flush();
    // The phone only changes a setting (no log), and its data.json reaches the laptop.
    phone.store.setSettings({ typedAnswers: true });
    await phone.store.flush();
    laptop.port.files.set("data.json", phone.port.files.get("data.json")!);
    await laptop.store.syncFromDisk();
    // The schedule from before the answer (in memory at full precision; stored with four decimals).
    expect(laptop.store.getState("sns")).toMatchObject({ lastReview: kept?.lastReview, due: kept?.due, reps: kept?.reps });
    // Saved, and read again ten days on (the answer's week file no longer read at start-up): still taken back.
    await laptop.store.flush();
    const again = await device(laptop.port.files, laptop.clock.now + 10 * DAY);
    expect(again.store.getState("sns")).toEqual(kept);
  });

  it("holds for every answer taken back, not only the latest", async () => {
    const laptop = await device(new Map(), T0);
    answer(laptop, "ec2", "good");
    await laptop.store.flush();
    const kept = (await device(laptop.port.files, laptop.clock.now)).store.getState("ec2");
    const first = answer(laptop, "ec2", "easy");
    await laptop.store.flush();
    const phone = await device(laptop.port.files, laptop.clock.now);
    laptop.store.undoReview(first);
    const second = answer(laptop, "ec2", "hard");
    laptop.store.undoReview(second);
    await laptop.store.flush();
    for (const [path, text] of laptop.port.files) phone.port.files.set(path, text);
    await phone.store.syncFromDisk();
    expect(phone.store.getState("ec2")).toEqual(kept);
  });

  it("leaves one line per answer in a week file once read (the undone copy)", async () => {
    const d = await device(new Map(), T0);
    const taken = answer(d, "lambda", "good");
    await d.store.flush();
    d.store.undoReview(taken);
    await d.store.flush();
    const again = await device(d.port.files, d.clock.now);
    const lines = again.store.getData().logs.filter((l) => l.cardId === "lambda");
    expect(lines.map((l) => [l.time, l.rating, l.undone])).toEqual([[taken.time, "good", true]]);
  });
});
