import { createDeferredStore, createReviewStore, createScheduler, loadReviewData, type ReviewStore } from "../../../src/core/review";
import { DEFAULT_SETTINGS } from "../../../src/settings";
import { FakePort } from "./fake-port";
import { clockedTimers } from "./helpers";

const NOW = new Date("2025-05-01T09:00:00Z");
const scheduler = createScheduler(DEFAULT_SETTINGS);
/** Timers that never run by themselves: saves happen on `flush`. */
const manualTimers = (): { setTimer: (run: () => void, ms: number) => unknown; clearTimer: (h: unknown) => void } => {
  const { setTimer, clearTimer } = clockedTimers(NOW.getTime());
  return { setTimer, clearTimer };
};

/** A store over `port`, and the function that lets its load finish. */
async function slowLoad(port: FakePort): Promise<{ real: Promise<ReviewStore>; finish: () => void }> {
  let finish: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => { finish = resolve; });
  const loaded = await loadReviewData(port, NOW);
  const real = gate.then(() => createReviewStore({ port, loaded, clock: () => NOW, ...manualTimers() }));
  return { real, finish };
}

/** A folder where one card was answered "good" in an earlier session. */
async function earlierSession(): Promise<FakePort> {
  const port = new FakePort();
  const store = createReviewStore({ port, loaded: await loadReviewData(port, NOW), clock: () => NOW, ...manualTimers() });
  store.recordReview(scheduler.grade(undefined, "good", NOW, "known").log);
  await store.flush();
  return port;
}

describe("a review store handed out before the history has loaded", () => {
  it("holds nothing while it loads, then the stored history", async () => {
    const { real, finish } = await slowLoad(await earlierSession());
    const store = createDeferredStore(real);
    expect(store.loaded).toBe(false);
    expect(store.getData().cards).toEqual({});
    expect(store.getState("known")).toBeUndefined();
    finish();
    await store.whenLoaded();
    expect(store.loaded).toBe(true);
    expect(store.getState("known")?.reps).toBe(1);
  });

  it("never reconciles the empty stand-in: a reconcile asked for while it loads runs on the loaded history", async () => {
    const { real, finish } = await slowLoad(await earlierSession());
    const store = createDeferredStore(real);
    // The note of the stored card was deleted: on the loaded history its schedule is kept as an orphan.
    const early = store.reconcile(new Set(), NOW);
    expect(early.orphaned).toEqual([]);
    expect(store.getData().orphans).toEqual({});
    finish();
    await store.whenLoaded();
    expect(store.getState("known")).toBeUndefined();
    expect(store.getData().orphans.known?.state.reps).toBe(1);
  });

  it("records an answer given before the load once the history is in, and saves it", async () => {
    const port = await earlierSession();
    const { real, finish } = await slowLoad(port);
    const store = createDeferredStore(real);
    const answer = scheduler.grade(undefined, "easy", NOW, "early").log;
    store.recordReview(answer);
    const flushed = store.flush();
    finish();
    expect(await flushed).toBe(true);
    expect(store.getState("early")?.due).toBe(answer.after.due);
    expect(store.getState("known")).toBeDefined();
  });

  it("reports a failed load to whoever waits for it, and file work gives up quietly", async () => {
    const store = createDeferredStore(Promise.reject(new Error("disk gone")));
    await expect(store.whenLoaded()).rejects.toThrow("disk gone");
    expect(await store.flush()).toBe(false);
    expect(await store.loadLogs(0, 1)).toEqual({ added: 0, notice: null });
    expect(store.loaded).toBe(false);
  });
});
