/** The review history in week files: migration from version 1, damaged weeks, two devices, appends and lazy reads. */
import { logFilePath, parseLogFile, weekOf } from "../../../src/core/review/log-files";
import { parseStoredData } from "../../../src/core/review/migrate";
import { pickFilePath } from "../../../src/core/review/pick-files";
import { DATA_FILE, loadReviewData } from "../../../src/core/review/persistence";
import { countIntroducedSince, type ReviewLog } from "../../../src/core/review/review-log";
import { createReviewStore, V1_COPY_FILE, type ReviewStore } from "../../../src/core/review/review-store";
import { createScheduler } from "../../../src/core/review/scheduler";
import { createEmptyReviewData, SCHEMA_VERSION, serializeReviewData } from "../../../src/core/review/store-schema";
import { studyDayStart } from "../../../src/core/review/study-day";
import type { CardState, Rating } from "../../../src/core/review/types";
import { FakePort } from "./fake-port";

const scheduler = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 36500, learningStepsMinutes: [1, 10] });
const NOW = new Date("2025-03-20T09:00:00Z");
const DAY = 86_400_000;
/** The week of NOW (Monday 2025-03-17). */
const WEEK = "2025-03-17";

const timers = () => ({ setTimer: (): unknown => 0, clearTimer: (): void => undefined });

async function openStore(port: FakePort, now = NOW): Promise<ReviewStore> {
  return createReviewStore({ port, loaded: await loadReviewData(port, now), clock: () => now, ...timers() });
}

/** Answers `id` at `time` from the store's current state, as the review panel does. */
function answer(store: ReviewStore, id: string, time: number, rating: Rating = "good"): ReviewLog {
  const { log } = scheduler.grade(store.getState(id), rating, new Date(time), id);
  store.recordReview(log);
  return log;
}

/** What a user would compare: which card, when, how, and the schedule before and after. */
const summary = (logs: readonly ReviewLog[]): unknown[] =>
  logs.map((l) => [l.cardId, l.time, l.rating, l.before?.due ?? null, l.after.due, l.after.state]);

const weekLogs = (port: FakePort, week: string): ReviewLog[] => {
  const parsed = parseLogFile(port.files.get(logFilePath(week)) ?? "", week);
  if (!parsed.ok) throw new Error(`${week}: ${parsed.message}`);
  return parsed.logs;
};

/** The weeks a list of logs falls in, sorted. */
const weeksOf = (logs: readonly ReviewLog[]): string[] => [...new Set(logs.map((l) => weekOf(l.time)))].sort();

/** A version-1 data.json: three cards answered through January to March, cards as tuples, every log inside. */
function versionOneFile(): { text: string; logs: ReviewLog[]; cards: Record<string, CardState> } {
  const data = createEmptyReviewData({ newCardsPerDay: 12 });
  const states = new Map<string, CardState>();
  for (const [k, id] of ["ec2", "s3", "vpc"].entries()) {
    for (let day = 0; day < 75; day += 9 + k) {
      const graded = scheduler.grade(states.get(id), day % 4 === 0 ? "again" : "good", new Date(Date.UTC(2025, 0, 2 + day, 8 + k)), id);
      states.set(id, graded.state);
      data.logs.push(graded.log);
    }
  }
  data.logs.sort((a, b) => a.time - b.time);
  for (const [id, state] of states) data.cards[id] = state;
  const v2 = JSON.parse(serializeReviewData(data, { withLogs: true })) as { cards: { ids: string[]; states: unknown[] }; logWeeks?: unknown };
  const cards: Record<string, unknown[]> = {};
  v2.cards.ids.forEach((id, i) => { cards[id] = v2.cards.states.slice(i * 10, i * 10 + 10); });
  delete v2.logWeeks;
  const text = JSON.stringify({ ...v2, schemaVersion: 1, cards });
  const parsed = parseStoredData(text);
  if (!parsed.ok) throw new Error("the version-1 file did not parse");
  return { text, logs: parsed.data.logs, cards: parsed.data.cards };
}

describe("migrating a version-1 data file", () => {
  it("moves every log to its week file at the first save and loses no state and no log", async () => {
    const v1 = versionOneFile();
    const port = new FakePort({ [DATA_FILE]: v1.text });
    const store = await openStore(port);
    // The store saves by itself after loading a version-1 file; flushing runs that save now.
    expect(await store.flush()).toBe(true);

    const disk = JSON.parse(port.files.get(DATA_FILE) ?? "") as Record<string, unknown>;
    expect(disk.schemaVersion).toBe(SCHEMA_VERSION);
    expect(disk.logs).toBeUndefined();
    expect(disk.logWeeks).toEqual(weeksOf(v1.logs));
    expect(weeksOf(v1.logs)).toHaveLength(11);
    expect(port.files.get(V1_COPY_FILE)).toBe(v1.text);
    const filed = weeksOf(v1.logs).flatMap((w) => weekLogs(port, w));
    expect(summary(filed)).toEqual(summary(v1.logs));

    // The next start-up reads data.json and the current week; older weeks come when asked for.
    const restarted = await openStore(new FakePort(Object.fromEntries(port.files)));
    expect(restarted.getData().cards).toEqual(v1.cards);
    expect(restarted.getData().settings).toEqual({ newCardsPerDay: 12 });
    await restarted.loadLogs(Date.UTC(2025, 0, 1), NOW.getTime());
    expect(summary(restarted.getData().logs)).toEqual(summary(v1.logs));
  });

  it("keeps the logs in data.json while the week files cannot be written, so a crash then loses none", async () => {
    const v1 = versionOneFile();
    const port = new FakePort({ [DATA_FILE]: v1.text });
    const realWrite = port.write.bind(port);
    port.write = async (path, text) => {
      if (path.startsWith("reviews/")) throw new Error("EACCES: cannot write the week files");
      await realWrite(path, text);
    };
    const store = await openStore(port);
    expect(await store.flush()).toBe(false);
    // The app dies here. data.json is version 2 now, and still holds every log.
    const disk = parseStoredData(port.files.get(DATA_FILE));
    expect(disk).toMatchObject({ ok: true, migratedFrom: null });
    expect(disk.ok && summary(disk.data.logs)).toEqual(summary(v1.logs));

    const restartPort = new FakePort(Object.fromEntries(port.files));
    const restarted = await openStore(restartPort);
    expect(await restarted.flush()).toBe(true);
    expect(summary(weeksOf(v1.logs).flatMap((w) => weekLogs(restartPort, w)))).toEqual(summary(v1.logs));
    const after = parseStoredData(restartPort.files.get(DATA_FILE));
    expect(after.ok && after.data.logs).toEqual([]);
  });
});

describe("a device still on version 1", () => {
  it("syncs a data.json with its logs inside: they are filed into the week files, none twice", async () => {
    const port = new FakePort();
    const store = await openStore(port);
    answer(store, "mine", NOW.getTime());
    await store.flush();
    const v1 = versionOneFile();
    port.files.set(DATA_FILE, v1.text);
    expect(await store.syncFromDisk()).toBe(true);
    await store.flush();
    expect(await store.syncFromDisk()).toBe(false);
    const filed = weeksOf([...v1.logs, ...weekLogs(port, WEEK)]).flatMap((w) => weekLogs(port, w));
    expect(summary(filed)).toEqual(summary([...v1.logs, ...weekLogs(port, WEEK).filter((l) => l.cardId === "mine")]
      .sort((a, b) => a.time - b.time)));
    expect(Object.keys(store.getData().cards).sort()).toEqual(["ec2", "mine", "s3", "vpc"]);
  });
});

describe("a damaged week file", () => {
  async function folderWithHistory(): Promise<FakePort> {
    const port = new FakePort();
    const store = await openStore(port, new Date("2025-02-20T09:00:00Z"));
    answer(store, "ec2", Date.UTC(2025, 1, 20, 9));
    await store.flush();
    for (const [i, id] of ["s3", "vpc", "iam"].entries()) answer(store, id, NOW.getTime() - DAY + i * 60_000);
    await store.flush();
    return port;
  }

  it("is kept aside as it is, the rest loads with a notice, and the next save rewrites what could be read", async () => {
    const port = await folderWithHistory();
    const intact = port.files.get(logFilePath(WEEK)) ?? "";
    // A crash cut the file in the middle of its last line.
    const cut = intact.slice(0, intact.length - 25);
    port.files.set(logFilePath(WEEK), cut);

    const loaded = await loadReviewData(port, NOW);
    expect(port.corruptLogCopies()).toEqual(["reviews/2025-03-17.corrupt-2025-03-20T09-00-00.000Z.jsonl"]);
    expect(port.files.get(port.corruptLogCopies()[0]!)).toBe(cut);
    expect(port.files.get(logFilePath(WEEK))).toBe(cut);
    expect(loaded.notice).toEqual([
      { code: "logEntriesSkipped", count: 1, path: "reviews/2025-03-17.jsonl" },
      { code: "dataKeptAs", path: "reviews/2025-03-17.corrupt-2025-03-20T09-00-00.000Z.jsonl" },
      { code: "logSchedulesKept" },
    ]);
    // Card schedules live in data.json and are untouched.
    expect(Object.keys(loaded.data.cards).sort()).toEqual(["ec2", "iam", "s3", "vpc"]);
    expect(loaded.data.logs.map((l) => l.cardId)).toEqual(["s3", "vpc"]);

    const store = createReviewStore({ port, loaded, clock: () => NOW, ...timers() });
    answer(store, "kms", NOW.getTime());
    expect(await store.flush()).toBe(true);
    expect(weekLogs(port, WEEK).map((l) => l.cardId)).toEqual(["s3", "vpc", "kms"]);
    expect(port.files.get(port.corruptLogCopies()[0]!)).toBe(cut);
    expect(port.corruptLogCopies()).toHaveLength(1);
    expect(weekLogs(port, "2025-02-17").map((l) => l.cardId)).toEqual(["ec2"]);
  });

  it.each([
    ["from a newer version", '{"schemaVersion":9,"week":"2025-03-17"}\n{"new":"shape"}\n'],
    ["full of garbage", "\u0000\u00ffPK\u0003\u0004"],
  ])("keeps a week file %s aside and never writes over it without a copy", async (_kind, text) => {
    const port = await folderWithHistory();
    port.files.set(logFilePath(WEEK), text);
    const store = await openStore(port);
    expect(port.files.get(port.corruptLogCopies()[0] ?? "")).toBe(text);
    answer(store, "kms", NOW.getTime());
    await store.flush();
    expect(port.files.get(port.corruptLogCopies()[0] ?? "")).toBe(text);
    expect(weekLogs(port, WEEK).map((l) => l.cardId)).toEqual(["kms"]);
  });

  it("is repaired by the next save when an append was cut off, and no answer is lost", async () => {
    const port = await folderWithHistory();
    const store = await openStore(port);
    const realAppend = port.append.bind(port);
    port.append = async (path, text) => {
      port.files.set(path, (port.files.get(path) ?? "") + text.slice(0, 20));
      throw new Error("EIO: append cut off");
    };
    answer(store, "kms", NOW.getTime());
    expect(await store.flush()).toBe(false);
    port.append = realAppend;
    answer(store, "sqs", NOW.getTime() + 1000);
    expect(await store.flush()).toBe(true);
    expect(weekLogs(port, WEEK).map((l) => l.cardId)).toEqual(["s3", "vpc", "iam", "kms", "sqs"]);
    expect(port.corruptLogCopies()).toHaveLength(1);
  });
});

describe("two devices answering in the same week", () => {
  it("end with every answer of both in the week file, and each card's newer review wins", async () => {
    const start = new FakePort();
    const seed = await openStore(start);
    answer(seed, "shared", NOW.getTime() - 2 * DAY);
    await seed.flush();

    const phonePort = new FakePort(Object.fromEntries(start.files));
    const laptopPort = new FakePort(Object.fromEntries(start.files));
    const phone = await openStore(phonePort);
    const laptop = await openStore(laptopPort);
    answer(phone, "shared", NOW.getTime());
    answer(phone, "on-phone", NOW.getTime() + 1000);
    const later = answer(laptop, "shared", NOW.getTime() + 3_600_000, "easy");
    answer(laptop, "on-laptop", NOW.getTime() + 3_600_000 + 1000);
    await phone.flush();
    await laptop.flush();

    // The sync service keeps the laptop's files; the phone then finds them on disk.
    for (const [path, text] of laptopPort.files) phonePort.files.set(path, text);
    expect(await phone.syncFromDisk()).toBe(true);
    await phone.flush();
    // And back: the laptop receives what the phone wrote.
    for (const [path, text] of phonePort.files) laptopPort.files.set(path, text);
    await laptop.syncFromDisk();
    await laptop.flush();

    const expected = ["shared", "shared", "on-phone", "shared", "on-laptop"];
    expect(weekLogs(phonePort, WEEK).map((l) => l.cardId)).toEqual(expected);
    expect(weekLogs(laptopPort, WEEK).map((l) => l.cardId)).toEqual(expected);
    expect(laptop.getData().logs.map((l) => l.cardId)).toEqual(expected);
    for (const store of [phone, laptop]) expect(store.getState("shared")?.lastReview).toBe(later.time);
    const onDisk = parseStoredData(phonePort.files.get(DATA_FILE));
    expect(onDisk.ok && onDisk.data.cards.shared?.lastReview).toBe(later.time);
  });
});

describe("a sync the store was not told about", () => {
  it("is merged by the next save instead of being replaced by this device's files", async () => {
    const start = new FakePort();
    await (await openStore(start)).flush();
    const phonePort = new FakePort(Object.fromEntries(start.files));
    const laptopPort = new FakePort(Object.fromEntries(start.files));
    const phone = await openStore(phonePort);
    const laptop = await openStore(laptopPort);
    answer(phone, "on-phone", NOW.getTime());
    await phone.flush();
    answer(laptop, "on-laptop", NOW.getTime() + 1000);
    await laptop.flush();
    // The laptop's files replace the phone's while the phone keeps answering.
    for (const [path, text] of laptopPort.files) phonePort.files.set(path, text);
    answer(phone, "later", NOW.getTime() + 2000);
    await phone.flush();
    expect(weekLogs(phonePort, WEEK).map((l) => l.cardId)).toEqual(["on-phone", "on-laptop", "later"]);
    const onDisk = parseStoredData(phonePort.files.get(DATA_FILE));
    expect(onDisk.ok && Object.keys(onDisk.data.cards).sort()).toEqual(["later", "on-laptop", "on-phone"]);
  });
});

describe("writing and reading week files", () => {
  it("appends new answers to the week file and leaves the lines already there untouched", async () => {
    const port = new FakePort();
    const store = await openStore(port);
    answer(store, "ec2", NOW.getTime());
    await store.flush();
    const first = port.files.get(logFilePath(WEEK)) ?? "";
    answer(store, "s3", NOW.getTime() + 60_000);
    await store.flush();
    expect(port.appends).toEqual([logFilePath(WEEK)]);
    expect(port.files.get(logFilePath(WEEK))?.startsWith(first)).toBe(true);
    expect(weekLogs(port, WEEK).map((l) => l.cardId)).toEqual(["ec2", "s3"]);
  });

  it("reads only the current week at start-up, which is enough for today's new-card count", async () => {
    const port = new FakePort();
    const january = await openStore(port, new Date("2025-01-10T09:00:00Z"));
    answer(january, "old", Date.UTC(2025, 0, 10, 9));
    await january.flush();
    const today = await openStore(port);
    for (const id of ["a", "b", "c"]) answer(today, id, NOW.getTime() + id.charCodeAt(0));
    await today.flush();

    port.reads.length = 0;
    const restarted = await openStore(port);
    // The current week's file, and the wrong picks kept beside it (here none: so the temporary file a cut-off rewrite
    // would have left is looked for too).
    expect(port.reads.filter((p) => p.startsWith("reviews/"))).toEqual([logFilePath(WEEK), pickFilePath(WEEK), `${pickFilePath(WEEK)}.tmp`]);
    expect(countIntroducedSince(restarted.getData().logs, studyDayStart(NOW))).toBe(3);
    expect(restarted.getData().logs.map((l) => l.cardId)).toEqual(["a", "b", "c"]);
    const report = await restarted.loadLogs(Date.UTC(2025, 0, 1), NOW.getTime());
    expect(report).toEqual({ added: 1, notice: null });
    expect(restarted.getData().logs.map((l) => l.cardId)).toEqual(["old", "a", "b", "c"]);
  });

  it("reset keeps every week's logs in the copy it writes and then empties the week files", async () => {
    const port = new FakePort();
    const january = await openStore(port, new Date("2025-01-10T09:00:00Z"));
    answer(january, "old", Date.UTC(2025, 0, 10, 9));
    await january.flush();
    const store = await openStore(port);
    answer(store, "new", NOW.getTime());
    await store.reset(NOW);
    const copy = parseStoredData(port.files.get("data.before-reset-2025-03-20T09-00-00.000Z.json"));
    expect(copy.ok && copy.data.logs.map((l) => l.cardId)).toEqual(["old", "new"]);
    expect(copy.ok && Object.keys(copy.data.cards).sort()).toEqual(["new", "old"]);
    expect(weekLogs(port, "2025-01-06")).toEqual([]);
    expect(weekLogs(port, WEEK)).toEqual([]);
    const restarted = await openStore(port);
    await restarted.loadLogs(Date.UTC(2025, 0, 1), NOW.getTime());
    expect(restarted.getData().logs).toEqual([]);
    expect(restarted.getData().cards).toEqual({});
  });
});
