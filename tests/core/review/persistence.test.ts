import { parseStoredData } from "../../../src/core/review/migrate";
import { BACKUP_FILE, DATA_FILE, loadReviewData, saveReviewData } from "../../../src/core/review/persistence";
import { createEmptyReviewData, serializeReviewData, type ReviewData } from "../../../src/core/review/store-schema";
import { FakePort } from "./fake-port";
import { reviewState } from "./helpers";

const NOW = new Date("2025-03-01T09:00:00.000Z");
const DAY = 86_400_000;
const T0 = NOW.getTime();

function good(cards: string[], settings: unknown = { newCardsPerDay: 12 }): string {
  const data = createEmptyReviewData(settings);
  for (const id of cards) data.cards[id] = reviewState(T0 + DAY, T0 - DAY);
  return serializeReviewData(data);
}

const cardIds = (d: ReviewData): string[] => Object.keys(d.cards).sort();

describe("loadReviewData", () => {
  it("loads a good file with its settings and no notice", async () => {
    const port = new FakePort({ [DATA_FILE]: good(["ec2"]) });
    const loaded = await loadReviewData(port, NOW);
    expect(loaded.notice).toBeNull();
    expect(cardIds(loaded.data)).toEqual(["ec2"]);
    expect(loaded.settings).toEqual({ newCardsPerDay: 12 });
    expect(port.writes).toEqual([]);
  });

  it("starts empty and silent on a fresh install", async () => {
    const loaded = await loadReviewData(new FakePort(), NOW);
    expect(loaded.notice).toBeNull();
    expect(loaded.data.cards).toEqual({});
  });

  it.each([
    ["truncated", good(["ec2", "s3"]).slice(0, 40)],
    ["garbage", "\u0000\u0001binary\u00ff"],
    ["empty", ""],
    ["future-version", '{"schemaVersion":99,"cards":{}}'],
  ])("keeps a %s data file aside, never overwrites it, and loads the backup with a notice", async (kind, text) => {
    const port = new FakePort({ [DATA_FILE]: text, [BACKUP_FILE]: good(["from-backup"]) });
    const loaded = await loadReviewData(port, NOW);
    expect(port.corruptCopies()).toEqual(["data.corrupt-2025-03-01T09-00-00.000Z.json"]);
    expect(port.files.get("data.corrupt-2025-03-01T09-00-00.000Z.json")).toBe(text);
    expect(port.files.get(DATA_FILE)).toBe(text);
    expect(cardIds(loaded.data)).toEqual(["from-backup"]);
    expect(loaded.settings).toEqual({ newCardsPerDay: 12 });
    expect(loaded.notice).toEqual([
      { code: kind === "future-version" ? "dataNewerVersion" : "dataDamaged" },
      { code: "dataKeptAs", path: "data.corrupt-2025-03-01T09-00-00.000Z.json" },
      { code: "dataBackupLoaded" },
    ]);
  });

  it("never overwrites an earlier copy kept aside", async () => {
    const port = new FakePort({ [DATA_FILE]: "{broken", "data.corrupt-2025-03-01T09-00-00.000Z.json": "older damage" });
    await loadReviewData(port, NOW);
    expect(port.files.get("data.corrupt-2025-03-01T09-00-00.000Z.json")).toBe("older damage");
    expect(port.files.get("data.corrupt-2025-03-01T09-00-00.000Z-1.json")).toBe("{broken");
  });

  it("says so when neither the file nor a backup can be used, without writing defaults", async () => {
    const port = new FakePort({ [DATA_FILE]: "{broken" });
    const loaded = await loadReviewData(port, NOW);
    expect(loaded.notice).toContainEqual({ code: "dataNoBackup" });
    expect(port.files.get(DATA_FILE)).toBe("{broken");
  });

  it("loads the backup when data.json cannot be read at all", async () => {
    const port = new FakePort({ [DATA_FILE]: good(["lost"]), [BACKUP_FILE]: good(["from-backup"]) });
    port.failReads.add(DATA_FILE);
    const loaded = await loadReviewData(port, NOW);
    expect(cardIds(loaded.data)).toEqual(["from-backup"]);
    expect(loaded.notice).toContainEqual({ code: "dataUnreadable", error: expect.stringContaining("EIO") });
  });

  it("keeps a file with a few damaged entries aside, loads the rest and says how many were skipped", async () => {
    const raw = JSON.parse(good(["ec2", "s3"])) as { cards: { ids: string[]; states: unknown[] } };
    raw.cards.states[raw.cards.ids.indexOf("s3") * 10] = "nonsense";
    const text = JSON.stringify(raw);
    const port = new FakePort({ [DATA_FILE]: text });
    const loaded = await loadReviewData(port, NOW);
    expect(cardIds(loaded.data)).toEqual(["ec2"]);
    expect(loaded.notice).toContainEqual({ code: "dataEntriesSkipped", count: 1 });
    expect(port.files.get(port.corruptCopies()[0]!)).toBe(text);
  });
});

describe("saveReviewData", () => {
  it("merges what another device synced into the file instead of clobbering it", async () => {
    const port = new FakePort({ [DATA_FILE]: good(["ec2"]) });
    const loaded = await loadReviewData(port, NOW);
    // Another device syncs a file with a card reviewed there.
    const remote = createEmptyReviewData({ newCardsPerDay: 99 });
    remote.cards.ec2 = reviewState(T0 + 9 * DAY, T0 + 2 * DAY);
    remote.cards.s3 = reviewState(T0 + DAY, T0);
    port.files.set(DATA_FILE, serializeReviewData(remote));
    const mine = loaded.data;
    mine.cards.vpc = reviewState(T0 + 3 * DAY, T0 + DAY);
    const result = await saveReviewData(port, mine, new Date(T0 + 3 * DAY), { known: loaded.known });
    expect(result.mergedFromDisk).toBe(true);
    const onDisk = parseStoredData(port.files.get(DATA_FILE));
    expect(onDisk.ok && cardIds(onDisk.data)).toEqual(["ec2", "s3", "vpc"]);
    expect(onDisk.ok && onDisk.data.cards.ec2?.lastReview).toBe(T0 + 2 * DAY);
    expect(onDisk.ok && onDisk.data.settings).toEqual({ newCardsPerDay: 12 });
  });

  it("refreshes the backup on the first save and then only when it is older than the interval", async () => {
    const port = new FakePort();
    const data = createEmptyReviewData();
    let r = await saveReviewData(port, data, NOW, {});
    expect(port.files.get(BACKUP_FILE)).toBe(r.written);
    data.cards.ec2 = reviewState(T0);
    r = await saveReviewData(port, data, new Date(T0 + 60_000), { known: r.written, lastBackupAt: r.backupAt });
    expect(port.files.get(BACKUP_FILE)).not.toBe(r.written);
    r = await saveReviewData(port, data, new Date(T0 + 11 * 60_000), { known: r.written, lastBackupAt: r.backupAt });
    expect(port.files.get(BACKUP_FILE)).toBe(r.written);
  });

  it("keeps a file damaged since loading aside before replacing it", async () => {
    const port = new FakePort({ [DATA_FILE]: "half a fi" });
    await saveReviewData(port, createEmptyReviewData(), NOW, {});
    expect(port.files.get(port.corruptCopies()[0]!)).toBe("half a fi");
    expect(parseStoredData(port.files.get(DATA_FILE)).ok).toBe(true);
  });

  it("writes nothing when data.json cannot be read, so an unreadable file is never replaced", async () => {
    const port = new FakePort({ [DATA_FILE]: good(["ec2"]) });
    port.failReads.add(DATA_FILE);
    await expect(saveReviewData(port, createEmptyReviewData(), NOW, {})).rejects.toThrow("EIO");
    expect(port.writes).toEqual([]);
  });
});
