import { loadReviewData } from "../../../src/core/review/persistence";
import type { Regrade } from "../../../src/core/review/replay";
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
