/**
 * A picks file written by a newer version of the plugin, or one that cannot be read: never written to, never taken for
 * missing picks, and the picks answered against it never dropped; and a reset that empties picks files safely.
 */
import { listConfusedPairs } from "../../../src/core/exam/confusions";
import { MERGED_FOLDER } from "../../../src/core/review/conflicts";
import type { DataNotice } from "../../../src/core/review/data-notice";
import { weekOf } from "../../../src/core/review/log-files";
import { loadReviewData } from "../../../src/core/review/persistence";
import { parsePickFile, pickFilePath } from "../../../src/core/review/pick-files";
import { createReviewStore, type ReviewStore } from "../../../src/core/review/review-store";
import { testScheduler as scheduler } from "./device";
import { FakePort, ListingPort } from "./fake-port";

const T0 = Date.parse("2026-12-01T09:00:00Z");
const MIN = 60_000;
const WEEK = weekOf(T0);
const PICKS = pickFilePath(WEEK);
const NEWER = `${JSON.stringify({ kind: "picks", version: 99, week: WEEK })}\n{"something":"new"}\n`;
const noTimers = { setTimer: (): unknown => 0, clearTimer: (): void => undefined };

interface Opened {
  port: FakePort;
  store: ReviewStore;
  clock: { now: number };
  notices: DataNotice[];
}

async function open(port: FakePort, now: number): Promise<Opened> {
  const clock = { now };
  const notices: DataNotice[] = [];
  const store = createReviewStore({
    port, loaded: await loadReviewData(port, new Date(now)), clock: () => new Date(clock.now), ...noTimers,
    onError: () => undefined, onNotice: (n) => notices.push(n),
  });
  return { port, store, clock, notices };
}

function answer(d: Opened, id: string, picked?: string): void {
  const { log } = scheduler.grade(d.store.getState(id), picked ? "again" : "good", new Date(d.clock.now), id);
  d.store.recordReview(log, picked ? { picked, answer: id.toUpperCase() } : undefined);
  d.clock.now += MIN;
}

const pairsOf = (d: Opened): string[] =>
  listConfusedPairs(d.store.getData().logs).map((p) => `${p.sides.join("/")}:${p.count}`).sort();

describe("a picks file of a newer format", () => {
  it("keeps the picks answered in its week in memory, says so once, and writes them when the file is back in a known format", async () => {
    const d = await open(new FakePort({ [PICKS]: NEWER }), T0);
    answer(d, "sqs", "SNS");
    expect(await d.store.flush()).toBe(true);
    answer(d, "ecs", "EKS");
    expect(await d.store.flush()).toBe(true);
    expect(d.port.files.get(PICKS)).toBe(NEWER);
    expect(d.notices).toEqual([[{ code: "logNewerVersion", path: PICKS }]]);
    expect(pairsOf(d)).toEqual(["ecs/eks:1", "sns/sqs:1"]);
    // The newer device's file goes away (its user went back to this version); the next save of the week writes them.
    d.port.files.delete(PICKS);
    answer(d, "ec2");
    expect(await d.store.flush()).toBe(true);
    expect(pairsOf(await open(new FakePort(Object.fromEntries(d.port.files)), d.clock.now))).toEqual(["ecs/eks:1", "sns/sqs:1"]);
  });

  it("is passed over by a sync, which does not ask for a save again and again", async () => {
    const d = await open(new FakePort({ [PICKS]: NEWER }), T0);
    answer(d, "sqs", "SNS");
    await d.store.flush();
    d.port.writes.length = 0;
    await d.store.syncFromDisk();
    expect(await d.store.flush()).toBe(true);
    expect(d.port.writes).toEqual([]);
  });

  it("keeps a conflicted copy of it in place while only the file itself is newer", async () => {
    const other = await open(new FakePort(), T0);
    answer(other, "sqs", "SNS");
    await other.store.flush();
    const copy = "reviews/2026-11-30.picks (conflicted copy 2026-12-02).jsonl";
    const d = await open(new ListingPort({ [PICKS]: NEWER, [copy]: other.port.files.get(PICKS)! }), T0 + MIN);
    await d.store.syncFromDisk();
    expect(d.port.files.get(copy)).toBe(other.port.files.get(PICKS));
    expect([...d.port.files.keys()].filter((k) => k.startsWith(MERGED_FOLDER))).toEqual([]);
    expect(d.port.files.get(PICKS)).toBe(NEWER);
  });
});

describe("a picks file that cannot be read", () => {
  it("is passed over by a sync: its picks are not taken for missing and written again and again", async () => {
    const d = await open(new FakePort(), T0);
    answer(d, "sqs", "SNS");
    await d.store.flush();
    d.port.failReads.add(PICKS);
    d.port.writes.length = 0;
    await d.store.syncFromDisk();
    expect(await d.store.flush()).toBe(true);
    expect(d.port.writes).toEqual([]);
    expect(pairsOf(d)).toEqual(["sns/sqs:1"]);
  });
});

describe("a reset", () => {
  it("cut off while emptying a picks file leaves the file whole", async () => {
    const port = new ListingPort();
    const d = await open(port, T0);
    answer(d, "sqs", "SNS");
    await d.store.flush();
    const before = port.files.get(PICKS)!;
    const write = port.write.bind(port);
    port.write = async (path, text) => {
      if (!path.startsWith(PICKS)) return write(path, text);
      port.files.set(path, text.slice(0, Math.floor(text.length / 2)));
      throw new Error(`EIO: write to ${path} cut off`);
    };
    await expect(d.store.reset(new Date(d.clock.now))).rejects.toThrow("cut off");
    expect(port.files.get(PICKS)).toBe(before);
    port.write = write;
    await d.store.reset(new Date(d.clock.now));
    expect(parsePickFile(port.files.get(PICKS)!)).toMatchObject({ damaged: false, future: false, picks: new Map() });
  });
});
