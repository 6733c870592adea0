import { loadReviewData } from "../../../src/core/review/persistence";
import type { Regrade } from "../../../src/core/review/replay";
import { createScheduler } from "../../../src/core/review/scheduler";
import { createReviewStore, type ReviewStore } from "../../../src/core/review/review-store";
import { ListingPort } from "./fake-port";

/** One device with its own files, store and clock, as the sync tests run several side by side. */
export interface Device {
  port: ListingPort;
  store: ReviewStore;
  /** The device's clock, which may be wrong. */
  clock: { now: number };
}

/** Starts a device over a copy of `files` with its clock at `now`; logs are replayed with `regrade`. */
export async function openDevice(files: ReadonlyMap<string, string>, now: number, regrade: Regrade): Promise<Device> {
  const port = new ListingPort(Object.fromEntries(files));
  const clock = { now };
  const store = createReviewStore({
    port, loaded: await loadReviewData(port, new Date(now)), clock: () => new Date(clock.now),
    setTimer: () => 0, clearTimer: () => undefined, regrade: () => regrade,
  });
  return { port, store, clock };
}

/** The scheduler the sync tests answer with (learning steps of 1 and 10 minutes) and its replay. */
export const testScheduler = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 36500, learningStepsMinutes: [1, 10] });
const testRegrade: Regrade = (state, rating, at) => testScheduler.grade(state, rating, at).state;

/** {@link openDevice} with the test scheduler's replay. */
export function openTestDevice(files: ReadonlyMap<string, string>, now: number): Promise<Device> {
  return openDevice(files, now, testRegrade);
}

/** How a sync tool brings one device's files to another. */
export type Delivery = "overwrite" | "conflicted copies";

/** Brings every file of `from` to `to` (overwriting, or as conflicted copies beside `to`'s own), then `to` syncs. */
export async function deliver(from: Device, to: Device, how: Delivery): Promise<void> {
  for (const [path, text] of from.port.files) {
    if (to.port.files.get(path) === text) continue;
    if (how === "overwrite" || !to.port.files.has(path)) to.port.files.set(path, text);
    else to.port.files.set(path.replace(/(\.jsonl?)$/, " (conflicted copy 2026-12-02)$1"), text);
  }
  await to.store.syncFromDisk();
  await to.store.flush();
}
