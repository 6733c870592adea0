import fc from "fast-check";
import { parseStoredData } from "../../../src/core/review/migrate";
import { BACKUP_FILE, DATA_FILE, loadReviewData, saveReviewData } from "../../../src/core/review/persistence";
import { createReviewStore } from "../../../src/core/review/review-store";
import { createScheduler } from "../../../src/core/review/scheduler";
import { createEmptyReviewData, serializeReviewData } from "../../../src/core/review/store-schema";
import { FakePort } from "./fake-port";
import { reviewState } from "./helpers";

const NOW = new Date("2025-03-01T09:00:00.000Z");
const T0 = NOW.getTime();
const DAY = 86_400_000;
const scheduler = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 36500, learningStepsMinutes: [1, 10] });

/** A plugin folder whose writes can be cut off half-way (a crash or a full disk mid-write) or refused by path. */
class FaultyPort extends FakePort {
  /** Writes (and appends) to these paths store only the first half of the text, then fail. */
  truncate = new Set<string>();
  /** Writes and appends to paths starting with one of these fail and store nothing. */
  refuse: string[] = [];

  override async write(path: string, text: string): Promise<void> {
    if (this.refuse.some((p) => path.startsWith(p))) throw new Error(`EACCES: cannot write ${path}`);
    if (this.truncate.has(path)) {
      this.files.set(path, text.slice(0, Math.floor(text.length / 2)));
      throw new Error(`EIO: write to ${path} cut off`);
    }
    await super.write(path, text);
  }

  override async append(path: string, text: string): Promise<void> {
    if (this.refuse.some((p) => path.startsWith(p))) throw new Error(`EACCES: cannot append to ${path}`);
    if (this.truncate.has(path)) {
      this.files.set(path, (this.files.get(path) ?? "") + text.slice(0, Math.floor(text.length / 2)));
      throw new Error(`EIO: append to ${path} cut off`);
    }
    await super.append(path, text);
  }
}

/** A faulty folder whose platform renames files (refusing to rename over one, like some adapters, when told). */
class RenamingPort extends FaultyPort {
  noOverwrite = false;
  /** The app dies right after the old file is removed to make way for the new one. */
  dieAfterRemove = false;

  async rename(from: string, to: string): Promise<void> {
    const text = this.files.get(from);
    if (text === undefined) throw new Error(`ENOENT: ${from}`);
    if (this.noOverwrite && this.files.has(to)) throw new Error("Destination file already exists!");
    this.files.delete(from);
    this.files.set(to, text);
  }

  async remove(path: string): Promise<void> {
    this.files.delete(path);
    if (this.dieAfterRemove) throw new Error("the app was killed");
  }
}

function fileWith(cards: string[]): string {
  const data = createEmptyReviewData({ newCardsPerDay: 12 });
  for (const id of cards) data.cards[id] = reviewState(T0 + DAY, T0 - DAY);
  return serializeReviewData(data);
}

const manualTimers = () => ({ setTimer: (): unknown => 0, clearTimer: (): void => undefined });

describe("a save cut off half-way", () => {
  it("is repaired by the next save: the cut file is kept aside and no answer is lost", async () => {
    const port = new FaultyPort({ [DATA_FILE]: fileWith(["ec2"]), [BACKUP_FILE]: fileWith(["ec2"]) });
    const errors: unknown[] = [];
    const store = createReviewStore({ port, loaded: await loadReviewData(port, NOW), clock: () => NOW, ...manualTimers(), onError: (e) => errors.push(e) });
    store.recordReview(scheduler.grade(undefined, "good", NOW, "s3").log);
    port.truncate.add(DATA_FILE);
    expect(await store.flush()).toBe(false);
    expect(errors).toHaveLength(1);
    const cut = port.files.get(DATA_FILE) ?? "";
    expect(parseStoredData(cut).ok).toBe(false);

    port.truncate.clear();
    expect(await store.flush()).toBe(true);
    expect(port.files.get(port.corruptCopies()[0] ?? "")).toBe(cut);
    const disk = parseStoredData(port.files.get(DATA_FILE));
    expect(disk.ok && Object.keys(disk.data.cards).sort()).toEqual(["ec2", "s3"]);
  });

  it("leaves a file the next start-up recognises: it is kept aside and the backup is loaded with a notice", async () => {
    const port = new FaultyPort({ [DATA_FILE]: fileWith(["ec2"]) });
    const first = await loadReviewData(port, NOW);
    const data = first.data;
    data.cards.s3 = reviewState(T0 + DAY, T0);
    // The first save writes the backup, the next one is cut off before the app dies.
    const saved = await saveReviewData(port, data, NOW, { known: first.known });
    data.cards.vpc = reviewState(T0 + DAY, T0);
    port.truncate.add(DATA_FILE);
    await expect(saveReviewData(port, data, new Date(T0 + 1000), { known: saved.written, lastBackupAt: saved.backupAt })).rejects.toThrow("cut off");

    const restart = await loadReviewData(new FaultyPort(Object.fromEntries(port.files)), new Date(T0 + 5000));
    expect(Object.keys(restart.data.cards).sort()).toEqual(["ec2", "s3"]);
    expect(restart.notice).toContainEqual({ code: "dataBackupLoaded" });
    expect(restart.keptAs).not.toBeNull();
  });
});

describe("a platform that renames files: writes go to a temporary file first", () => {
  it("leaves data.json whole when the write is cut off half-way", async () => {
    const before = fileWith(["ec2"]);
    const port = new RenamingPort({ [DATA_FILE]: before });
    const loaded = await loadReviewData(port, NOW);
    loaded.data.cards.s3 = reviewState(T0 + DAY, T0);
    port.truncate.add(`${DATA_FILE}.tmp`);
    await expect(saveReviewData(port, loaded.data, NOW, { known: loaded.known })).rejects.toThrow("cut off");
    expect(port.files.get(DATA_FILE)).toBe(before);
    port.truncate.clear();
    await saveReviewData(port, loaded.data, NOW, { known: loaded.known });
    const disk = parseStoredData(port.files.get(DATA_FILE));
    expect(disk.ok && Object.keys(disk.data.cards).sort()).toEqual(["ec2", "s3"]);
  });

  it("never tears a week file it rewrites whole after another device's copy synced in", async () => {
    /** A device's plugin folder after it answered one card. */
    const deviceAnswering = async (id: string, at: number): Promise<{ port: RenamingPort; store: ReturnType<typeof createReviewStore> }> => {
      const port = new RenamingPort();
      const store = createReviewStore({ port, loaded: await loadReviewData(port, NOW), clock: () => NOW, ...manualTimers(), onError: () => undefined });
      store.recordReview(scheduler.grade(undefined, "good", new Date(at), id).log);
      await store.flush();
      return { port, store };
    };
    const { port, store } = await deviceAnswering("ec2", T0);
    const path = [...port.files.keys()].find((k) => k.startsWith("reviews/"))!;
    // The other device's copy of the week arrives over ours; this device answers again, so the file is rewritten whole.
    const theirs = (await deviceAnswering("s3", T0 + 1000)).port.files.get(path)!;
    port.files.set(path, theirs);
    store.recordReview(scheduler.grade(undefined, "good", new Date(T0 + 2000), "vpc").log);
    port.truncate.add(`${path}.tmp`);
    expect(await store.flush()).toBe(false);
    expect(port.files.get(path)).toBe(theirs);
    port.truncate.clear();
    expect(await store.flush()).toBe(true);
    const reread = await loadReviewData(new RenamingPort(Object.fromEntries(port.files)), NOW);
    expect(reread.data.logs.map((l) => l.cardId).sort()).toEqual(["ec2", "s3", "vpc"]);
  });

  it("loads the complete temporary file when the app died after the old file was removed", async () => {
    const port = new RenamingPort({ [DATA_FILE]: fileWith(["ec2"]), [BACKUP_FILE]: fileWith(["ec2"]) });
    const loaded = await loadReviewData(port, NOW);
    const saved = await saveReviewData(port, loaded.data, NOW, { known: loaded.known });
    loaded.data.cards.s3 = reviewState(T0 + DAY, T0);
    port.noOverwrite = true;
    port.dieAfterRemove = true;
    await expect(saveReviewData(port, loaded.data, new Date(T0 + 1000), { known: saved.written, lastBackupAt: saved.backupAt })).rejects.toThrow("killed");
    expect(port.files.has(DATA_FILE)).toBe(false);
    const restart = await loadReviewData(new RenamingPort(Object.fromEntries(port.files)), new Date(T0 + 5000));
    expect(Object.keys(restart.data.cards).sort()).toEqual(["ec2", "s3"]);
    expect(restart.notice).toContainEqual({ code: "dataSavingCopyLoaded" });
  });
});

describe("damaged files are kept, never overwritten", () => {
  it("refuses to replace a damaged data file when its copy cannot be kept", async () => {
    const port = new FaultyPort({ [DATA_FILE]: "{\"schemaVersion\":1,\"cards\":{\"ec2\":[1," });
    port.refuse.push("data.corrupt-");
    await expect(saveReviewData(port, createEmptyReviewData(), NOW, {})).rejects.toThrow("EACCES");
    expect(port.files.get(DATA_FILE)).toBe("{\"schemaVersion\":1,\"cards\":{\"ec2\":[1,");
  });

  it("keeps aside a file from a newer version of the plugin that another device synced since loading", async () => {
    const port = new FaultyPort({ [DATA_FILE]: fileWith(["ec2"]) });
    const loaded = await loadReviewData(port, NOW);
    const future = '{"schemaVersion":99,"cards":{"ec2":"a newer shape"}}';
    port.files.set(DATA_FILE, future);
    const result = await saveReviewData(port, loaded.data, NOW, { known: loaded.known });
    expect(result.keptAs).not.toBeNull();
    expect(port.files.get(result.keptAs ?? "")).toBe(future);
  });

  it("keeps a damaged backup aside too before the first save replaces it", async () => {
    const damagedBackup = fileWith(["ec2", "s3", "vpc"]).slice(0, 200);
    const port = new FaultyPort({ [DATA_FILE]: "{\"schemaVersion\":1,\"car", [BACKUP_FILE]: damagedBackup });
    const loaded = await loadReviewData(port, NOW);
    expect(loaded.notice).toContainEqual({ code: "dataNoBackup" });
    await saveReviewData(port, loaded.data, NOW, { known: loaded.known });
    // The damaged backup holds most of the history: it must survive somewhere for the user to recover by hand.
    expect([...port.files.values()]).toContain(damagedBackup);
  });

  it("never throws on load and never writes over data.json or the backup, whatever the disk returns (property)", async () => {
    const good = fileWith(["ec2", "s3"]);
    const disk = fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.nat(good.length).map((n) => good.slice(0, n)),
      fc.json(),
      fc.constantFrom("", "null", "[]", "{}", '{"schemaVersion":99}', '{"schemaVersion":1,"cards":{"__proto__":[1,2]}}'),
    );
    await fc.assert(fc.asyncProperty(disk, fc.option(disk, { nil: undefined }), async (main, backup) => {
      const files: Record<string, string> = { [DATA_FILE]: main };
      if (backup !== undefined) files[BACKUP_FILE] = backup;
      const port = new FaultyPort(files);
      const loaded = await loadReviewData(port, NOW);
      expect(port.files.get(DATA_FILE)).toBe(main);
      expect(port.files.get(BACKUP_FILE)).toBe(backup);
      // Saving afterwards either merges what was on disk (its cards survive) or keeps an exact copy of it.
      loaded.data.cards.fresh = reviewState(T0 + DAY, T0);
      const saved = await saveReviewData(port, loaded.data, NOW, { known: loaded.known });
      const before = parseStoredData(main);
      const copies = port.corruptCopies().map((p) => port.files.get(p));
      if (before.ok && before.dropped.length === 0) {
        for (const id of Object.keys(before.data.cards)) expect(Object.keys(saved.data.cards)).toContain(id);
      } else {
        expect(copies).toContain(main);
      }
    }), { numRuns: 300 });
  });
});
