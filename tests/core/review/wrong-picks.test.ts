import { listConfusedPairs } from "../../../src/core/exam/confusions";
import { conflictOf } from "../../../src/core/review/conflicts";
import { decodeLogLine } from "../../../src/core/review/log-codec";
import { logFilePath, weekOf } from "../../../src/core/review/log-files";
import { mergeLogs } from "../../../src/core/review/merge";
import { parseStoredData } from "../../../src/core/review/migrate";
import { pickFilePath } from "../../../src/core/review/pick-files";
import type { WrongPick } from "../../../src/core/review/review-log";
import { createReviewSession } from "../../../src/core/review/review-session";
import { createEmptyReviewData, serializeReviewData } from "../../../src/core/review/store-schema";
import type { CardState, Rating } from "../../../src/core/review/types";
import { deliver, openTestDevice, testScheduler as scheduler, type Device } from "./device";
import { makeCard } from "./helpers";

const T0 = Date.parse("2026-12-01T09:00:00Z");
const MIN = 60_000;
const DAY = 86_400_000;
const device = openTestDevice;

/** Answers a card on a device; a wrong pick when `picked` is given (then the rating is "again"). */
function answer(d: Device, id: string, picked?: string, rating: Rating = picked ? "again" : "good") {
  const { log } = scheduler.grade(d.store.getState(id), rating, new Date(d.clock.now), id);
  const pick: WrongPick | undefined = picked ? { picked, answer: id.toUpperCase() } : undefined;
  d.store.recordReview(log, pick);
  d.clock.now += MIN;
  return pick ? { ...log, pick } : log;
}

const pairsOf = (d: Device): string[] =>
  listConfusedPairs(d.store.getData().logs).map((p) => `${p.sides.join("/")}:${p.count}`);

/**
 * Items of a week line as every released build writes and reads it: cardId, time, rating, elapsedDays, `before` as one
 * value or ten, `after` as ten (see `decodeLogLine`). Fixed here, so an item added to the line fails these tests even
 * though the current decoder were changed to take it.
 */
const RELEASED_LINE_LENGTHS = [15, 24];

/** The item count of each week line of a week file. */
const lineLengths = (text: string): number[] =>
  text.split("\n").slice(1).filter((line) => line.trim() !== "").map((line) => (JSON.parse(line) as unknown[]).length);

/** What a build that knows nothing of picks reads of a week file: the week lines as its decoder takes them. */
function readAsOlderVersion(text: string): { decoded: number; rejected: number } {
  const previous = new Map<string, CardState>();
  let decoded = 0, rejected = 0;
  for (const line of text.split("\n").slice(1)) {
    if (line.trim() === "") continue;
    const entry = JSON.parse(line) as unknown[];
    if (!RELEASED_LINE_LENGTHS.includes(entry.length) || typeof decodeLogLine(entry, previous) === "string") rejected++;
    else decoded++;
  }
  return { decoded, rejected };
}

describe("wrong picks kept with the review log", () => {
  it("come back after a restart, with the answer they were given in", async () => {
    const d = await device(new Map(), T0);
    answer(d, "sqs", "SNS");
    answer(d, "sns");
    await d.store.flush();
    const again = await device(d.port.files, d.clock.now);
    const logs = again.store.getData().logs;
    expect(logs.find((l) => l.cardId === "sqs")?.pick).toEqual({ picked: "SNS", answer: "SQS" });
    expect(logs.find((l) => l.cardId === "sns")?.pick).toBeUndefined();
    expect(pairsOf(again)).toEqual(["sns/sqs:1"]);
  });

  it("leave every week line as a build without picks reads it, so none of its reviews is dropped", async () => {
    const d = await device(new Map(), T0);
    answer(d, "sqs", "SNS");
    answer(d, "sqs", "Amazon MQ");
    answer(d, "ec2");
    await d.store.flush();
    const week = weekOf(T0);
    expect(readAsOlderVersion(d.port.files.get(logFilePath(week))!)).toEqual({ decoded: 3, rejected: 0 });
    const lengths = lineLengths(d.port.files.get(logFilePath(week))!);
    expect(lengths).toHaveLength(3);
    for (const length of lengths) expect(RELEASED_LINE_LENGTHS).toContain(length);
    // The picks are in a file of their own beside the week file.
    expect(d.port.files.get(pickFilePath(week))!.split("\n").filter((l) => l.includes("sqs"))).toHaveLength(2);
  });

  it("are carried by a review session's answer, and added to an answer already recorded without one", async () => {
    const session = createReviewSession({
      cards: [makeCard("sqs", "SQS", 1)], states: new Map(), now: new Date(T0), newCardsPerDay: 5, newIntroducedToday: 0, scheduler,
    });
    const { log } = session.answer("sqs", "again", new Date(T0), { picked: "SNS", answer: "SQS" });
    expect(log.pick).toEqual({ picked: "SNS", answer: "SQS" });
    const d = await device(new Map(), T0);
    const { pick, ...plain } = log;
    d.store.recordReview(plain);
    d.store.recordReview(plain, pick);
    expect(d.store.getData().logs).toHaveLength(1);
    await d.store.flush();
    expect(pairsOf(await device(d.port.files, T0 + MIN))).toEqual(["sns/sqs:1"]);
  });

  it("added to an answer already saved write only the pick, leaving one week line per answer", async () => {
    const d = await device(new Map(), T0);
    const { log } = scheduler.grade(undefined, "again", new Date(T0), "sqs");
    const week = weekOf(T0);
    d.store.recordReview(log);
    expect(await d.store.flush()).toBe(true);
    const lines = d.port.files.get(logFilePath(week));
    d.store.recordReview(log, { picked: "SNS", answer: "SQS" });
    expect(await d.store.flush()).toBe(true);
    expect(d.port.files.get(logFilePath(week))).toBe(lines);
    expect(readAsOlderVersion(d.port.files.get(logFilePath(week))!)).toEqual({ decoded: 1, rejected: 0 });
    expect(d.port.files.get(pickFilePath(week))!.split("\n").filter((l) => l.includes("sqs"))).toHaveLength(1);
    const again = await device(d.port.files, T0 + MIN);
    expect(again.store.getData().logs).toHaveLength(1);
    expect(pairsOf(again)).toEqual(["sns/sqs:1"]);
  });

  it("keep the undo: an answer taken back keeps its pick in the log but no longer counts as a confusion", async () => {
    const d = await device(new Map(), T0);
    answer(d, "sqs", "SNS");
    const taken = answer(d, "sqs", "SNS");
    expect(pairsOf(d)).toEqual(["sns/sqs:2"]);
    expect(d.store.undoReview(taken)).toBe(true);
    expect(pairsOf(d)).toEqual(["sns/sqs:1"]);
    await d.store.flush();
    const again = await device(d.port.files, d.clock.now);
    const undone = again.store.getData().logs.find((l) => l.time === taken.time)!;
    expect(undone).toMatchObject({ undone: true, pick: { picked: "SNS" } });
    expect(pairsOf(again)).toEqual(["sns/sqs:1"]);
  });

  it("merge as a union across copies of the log, the undone copy still winning and the pick kept", () => {
    const { log } = scheduler.grade(undefined, "again", new Date(T0), "sqs");
    const picked = { ...log, pick: { picked: "SNS", answer: "SQS" } };
    const undone = { ...log, undone: true as const };
    for (const merged of [mergeLogs([picked], [undone]), mergeLogs([undone], [picked])]) {
      expect(merged).toHaveLength(1);
      expect(merged[0]).toMatchObject({ undone: true, pick: { picked: "SNS", answer: "SQS" } });
    }
    expect(mergeLogs([log], [picked])[0]?.pick).toEqual(picked.pick);
  });

  it("travel in a data file's logs beside the log tuples, which a build without picks reads unchanged", () => {
    const data = createEmptyReviewData();
    const { log } = scheduler.grade(undefined, "again", new Date(T0), "sqs");
    data.logs = [{ ...log, pick: { picked: "SNS", answer: "SQS" } }];
    const text = serializeReviewData(data, { withLogs: true });
    const parsed = parseStoredData(text);
    expect(parsed.ok && parsed.data.logs[0]?.pick).toEqual({ picked: "SNS", answer: "SQS" });
    // The log tuple itself has the six items every version reads.
    expect((JSON.parse(text) as { logs: unknown[][] }).logs[0]).toHaveLength(6);
  });
});

describe("confusion records on two devices that answered offline", () => {
  for (const how of ["overwrite", "conflicted copies"] as const) {
    it(`are merged like the rest of the log when the files are synced (${how})`, async () => {
      const first = await device(new Map(), T0);
      answer(first, "sqs", "SNS");
      await first.store.flush();
      const laptop = await device(first.port.files, T0 + DAY);
      const phone = await device(first.port.files, T0 + DAY + MIN * 30);
      answer(laptop, "sqs", "SNS");
      answer(laptop, "ecs", "EKS");
      answer(phone, "sns", "SQS");
      await laptop.store.flush();
      await phone.store.flush();
      for (const [from, to] of [[laptop, phone], [phone, laptop], [laptop, phone]] as const) await deliver(from, to, how);
      for (const d of [laptop, phone]) {
        expect(pairsOf(d)).toEqual(["sns/sqs:3", "ecs/eks:1"]);
        const reopened = await device(d.port.files, d.clock.now);
        expect(pairsOf(reopened)).toEqual(["sns/sqs:3", "ecs/eks:1"]);
        expect(reopened.store.getData().logs).toHaveLength(4);
      }
    });
  }
});

describe("the picks file", () => {
  it("never holds back a review: when it cannot be written the week is saved and the picks are retried", async () => {
    const d = await device(new Map(), T0);
    const week = weekOf(T0);
    d.port.failReads.add(pickFilePath(week));
    answer(d, "sqs", "SNS");
    expect(await d.store.flush()).toBe(false);
    expect(readAsOlderVersion(d.port.files.get(logFilePath(week))!).decoded).toBe(1);
    d.port.failReads.clear();
    expect(await d.store.flush()).toBe(true);
    const again = await device(d.port.files, d.clock.now);
    expect(pairsOf(again)).toEqual(["sns/sqs:1"]);
  });

  it("gets this device's picks back when a sync tool puts an older copy over it", async () => {
    const d = await device(new Map(), T0);
    answer(d, "sqs", "SNS");
    await d.store.flush();
    const path = pickFilePath(weekOf(T0));
    const older = d.port.files.get(path)!.split("\n")[0]! + "\n";
    d.port.files.set(path, older);
    await d.store.syncFromDisk();
    await d.store.flush();
    const again = await device(d.port.files, d.clock.now);
    expect(pairsOf(again)).toEqual(["sns/sqs:1"]);
  });

  it("is not read by a sync when the folder's listing shows none, yet gets this device's picks back when it vanished", async () => {
    const d = await device(new Map(), T0);
    const week = weekOf(T0);
    answer(d, "ec2");
    await d.store.flush();
    expect(d.port.files.has(pickFilePath(week))).toBe(false);
    d.port.reads = [];
    await d.store.syncFromDisk();
    expect(d.port.reads.filter((path) => path.includes(".picks"))).toEqual([]);
    answer(d, "sqs", "SNS");
    await d.store.flush();
    d.port.files.delete(pickFilePath(week));
    await d.store.syncFromDisk();
    await d.store.flush();
    expect(pairsOf(await device(d.port.files, d.clock.now))).toEqual(["sns/sqs:1"]);
  });

  it("is copied aside when damaged and rewritten with every line it still held", async () => {
    const d = await device(new Map(), T0);
    answer(d, "sqs", "SNS");
    await d.store.flush();
    const path = pickFilePath(weekOf(T0));
    d.port.files.set(path, `${d.port.files.get(path)!}["ecs",12`);
    answer(d, "ecs", "EKS");
    await d.store.flush();
    expect(d.port.corruptLogCopies()).toHaveLength(1);
    const again = await device(d.port.files, d.clock.now);
    expect(pairsOf(again)).toEqual(["ecs/eks:1", "sns/sqs:1"]);
  });

  it("of a newer format is left alone, and the reviews of its week are still saved", async () => {
    const d = await device(new Map(), T0);
    const path = pickFilePath(weekOf(T0));
    const newer = `${JSON.stringify({ kind: "picks", version: 99, week: weekOf(T0) })}\n{"something":"new"}\n`;
    d.port.files.set(path, newer);
    answer(d, "sqs", "SNS");
    expect(await d.store.flush()).toBe(true);
    expect(d.port.files.get(path)).toBe(newer);
    expect(readAsOlderVersion(d.port.files.get(logFilePath(weekOf(T0)))!).decoded).toBe(1);
  });

  it.each([
    "reviews/2026-11-30.picks (conflicted copy 2026-12-01).jsonl",
    "reviews/2026-11-30.picks.sync-conflict-20261201-093000-ABCDEFG.jsonl",
    "reviews/2026-11-30.picks 2.jsonl",
    "reviews/2026-11-30.picks-LAPTOP.jsonl",
  ])("has its sync tool's copy %s recognised and merged, after the week's copy that holds its answers", async (name) => {
    expect(conflictOf(name)).toEqual({ kind: "picks", week: "2026-11-30" });
    const mark = name.slice("reviews/2026-11-30.picks".length, -".jsonl".length);
    const week = weekOf(T0);
    expect(week).toBe("2026-11-30");
    const first = await device(new Map(), T0);
    answer(first, "sns");
    await first.store.flush();
    const laptop = await device(first.port.files, T0 + DAY);
    const phone = await device(first.port.files, T0 + DAY + MIN * 30);
    answer(laptop, "ecs", "EKS");
    answer(phone, "sqs", "SNS");
    await laptop.store.flush();
    await phone.store.flush();
    // The phone's files arrive beside the laptop's own as the sync tool's copies (Syncthing's picks copy sorts first).
    laptop.port.files.set(`reviews/${week}${mark}.jsonl`, phone.port.files.get(logFilePath(week))!);
    laptop.port.files.set(name, phone.port.files.get(pickFilePath(week))!);
    expect(await laptop.store.mergeSyncCopies()).toBe(true);
    // In memory at once, without waiting for a sync to read the merged picks file again.
    expect(pairsOf(laptop)).toEqual(["sns/sqs:1", "ecs/eks:1"]);
    expect([...laptop.port.files.keys()].filter((path) => conflictOf(path) !== null)).toEqual([]);
    const reopened = await device(laptop.port.files, laptop.clock.now);
    expect(pairsOf(reopened)).toEqual(["sns/sqs:1", "ecs/eks:1"]);
    expect(reopened.store.getData().logs).toHaveLength(3);
  });

  it.each([
    "reviews/2026-11-30.picks.jsonl", "reviews/2026-11-30.picks.jsonl.tmp",
    "reviews/2026-11-30.picks.corrupt-2026-12-01T09-00-00.000Z.jsonl",
  ])("is not taken for a copy itself, nor is its copy kept aside (%s)", (name) => {
    expect(conflictOf(name)).toBeNull();
  });
});
