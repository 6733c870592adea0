import { conflictOf } from "../../../src/core/review/conflicts";
import type { DataNotice } from "../../../src/core/review/data-notice";
import { encodeLogFile, logFilePath, weekOf } from "../../../src/core/review/log-files";
import { parseStoredData } from "../../../src/core/review/migrate";
import { DATA_FILE, loadReviewData } from "../../../src/core/review/persistence";
import type { Regrade } from "../../../src/core/review/replay";
import { createReviewStore } from "../../../src/core/review/review-store";
import { createScheduler } from "../../../src/core/review/scheduler";
import { createEmptyReviewData, serializeReviewData } from "../../../src/core/review/store-schema";
import { ListingPort } from "./fake-port";

const T0 = Date.parse("2026-12-01T09:00:00Z");
const WEEK = weekOf(T0);
const scheduler = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 36500, learningStepsMinutes: [1, 10] });
const regrade: Regrade = (state, rating, at) => scheduler.grade(state, rating, at).state;
const noTimers = { setTimer: (): unknown => 0, clearTimer: (): void => undefined };

describe("conflictOf", () => {
  it.each([
    "data (conflicted copy 2026-12-01).json",
    "data (Jin's conflicted copy 2026-12-01).json",
    "data (Conflicted copy Galaxy-S24 202612011030).json",
    "data.sync-conflict-20261201-093000-ABCDEFG.json",
    "data 2.json",
    "data (1).json",
    "data-DESKTOP-4F2K9.json",
  ])("recognises %s as a copy of data.json", (name) => {
    expect(conflictOf(name)).toEqual({ kind: "data" });
  });

  it.each([
    "reviews/2026-11-30 (conflicted copy 2026-12-01).jsonl",
    "reviews/2026-11-30.sync-conflict-20261201-093000-ABCDEFG.jsonl",
    "reviews/2026-11-30 2.jsonl",
    "reviews/2026-11-30-LAPTOP.jsonl",
  ])("recognises %s as a copy of a week file", (name) => {
    expect(conflictOf(name)).toEqual({ kind: "week", week: "2026-11-30" });
  });

  it.each([
    "data.json", "data.backup.json", "data.json.tmp", "data.before-v2.json", "data.corrupt-2026-12-01T09-00-00.000Z.json",
    "reviews/2026-11-30.jsonl", "reviews/2026-11-30.corrupt-2026-12-01T09-00-00.000Z.jsonl", "reviews/2026-12-01 2.jsonl",
    "merged-copies/data (conflicted copy 2026-12-01).json", "main.js", "manifest.json", "data-old.json", "data-backup.json",
  ])("leaves the plugin's own file %s alone", (name) => {
    expect(conflictOf(name)).toBeNull();
  });
});

describe("conflicted copies in the plugin folder", () => {
  it("are merged card by card and line by line, saved, moved aside, and never merged twice", async () => {
    const port = new ListingPort();
    const notices: DataNotice[] = [];
    const store = createReviewStore({
      port, loaded: await loadReviewData(port, new Date(T0)), clock: () => new Date(T0), ...noTimers,
      regrade: () => regrade, onNotice: (m) => notices.push(m),
    });
    store.recordReview(scheduler.grade(undefined, "good", new Date(T0), "ec2").log);
    await store.flush();
    // The phone answered another card; the sync tool kept its files as conflicted copies beside ours.
    const phone = scheduler.grade(undefined, "easy", new Date(T0 + 60_000), "s3");
    const phoneData = createEmptyReviewData();
    phoneData.cards.s3 = phone.state;
    phoneData.logWeeks = [WEEK];
    port.files.set("data (conflicted copy 2026-12-01).json", serializeReviewData(phoneData));
    // Its week file was cut off in the middle of a second line: the first still counts.
    const second = scheduler.grade(phone.state, "again", new Date(T0 + 120_000), "s3");
    const full = encodeLogFile(WEEK, [phone.log, second.log]).text;
    port.files.set(`reviews/${WEEK}.sync-conflict-20261201-093000-ABCDEFG.jsonl`, full.slice(0, full.length - 40));

    expect(await store.syncFromDisk()).toBe(true);
    expect(store.getState("ec2")?.reps).toBe(1);
    expect(store.getState("s3")).toMatchObject({ reps: 1, lastReview: T0 + 60_000 });
    const onDisk = parseStoredData(port.files.get(DATA_FILE));
    expect(onDisk.ok && Object.keys(onDisk.data.cards).sort()).toEqual(["ec2", "s3"]);
    expect(port.files.get(logFilePath(WEEK))).toContain('"s3"');
    expect([...port.files.keys()].filter((k) => k.startsWith("merged-copies/")).sort()).toEqual([
      "merged-copies/2026-12-01T09-00-00.000Z 2026-11-30.sync-conflict-20261201-093000-ABCDEFG.jsonl",
      "merged-copies/2026-12-01T09-00-00.000Z data (conflicted copy 2026-12-01).json",
    ]);
    expect(notices).toEqual([[{ code: "syncCopiesMerged", count: 2, folder: "merged-copies" }]]);
    expect(await store.syncFromDisk()).toBe(false);
  });

  it("are merged at start-up without reading again the files just loaded", async () => {
    const port = new ListingPort();
    const copy = createEmptyReviewData();
    copy.cards.s3 = scheduler.grade(undefined, "good", new Date(T0), "s3").state;
    port.files.set("data (conflicted copy 2026-12-01).json", serializeReviewData(copy));
    const store = createReviewStore({ port, loaded: await loadReviewData(port, new Date(T0)), clock: () => new Date(T0), ...noTimers, regrade: () => regrade });
    port.reads.length = 0;
    expect(await store.mergeSyncCopies()).toBe(true);
    expect(store.getState("s3")?.reps).toBe(1);
    expect(port.reads).toEqual(["data (conflicted copy 2026-12-01).json", DATA_FILE]);
  });

  it("merge a second copy the sync tool gave the same name as an earlier one (iCloud's `data 2.json`)", async () => {
    const port = new ListingPort();
    const clock = { now: T0 };
    const store = createReviewStore({ port, loaded: await loadReviewData(port, new Date(T0)), clock: () => new Date(clock.now), ...noTimers, regrade: () => regrade });
    for (const [k, id] of ["ec2", "s3"].entries()) {
      clock.now = T0 + k * 60_000;
      const copy = createEmptyReviewData();
      copy.cards[id] = scheduler.grade(undefined, "good", new Date(clock.now), id).state;
      port.files.set("data 2.json", serializeReviewData(copy));
      expect(await store.syncFromDisk()).toBe(true);
    }
    expect([store.getState("ec2")?.reps, store.getState("s3")?.reps]).toEqual([1, 1]);
    expect([...port.files.keys()].filter((k) => k.startsWith("merged-copies/"))).toHaveLength(2);
  });
});
