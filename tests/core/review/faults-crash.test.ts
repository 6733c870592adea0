import { loadReviewData } from "../../../src/core/review/persistence";
import { createReviewStore, SAVE_DELAY_MS } from "../../../src/core/review/review-store";
import { createScheduler } from "../../../src/core/review/scheduler";
import { FakePort } from "./fake-port";
import { clockedTimers } from "./helpers";

const T0 = Date.parse("2025-03-01T09:00:00Z");
const scheduler = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 36500, learningStepsMinutes: [1, 10] });

/** Card ids whose answers the plugin folder holds (data.json and the month files), read the way the next start-up reads it. */
async function reviewedOnDisk(port: FakePort): Promise<string[]> {
  const loaded = await loadReviewData(new FakePort(Object.fromEntries(port.files)), new Date(T0));
  return loaded.data.logs.map((l) => l.cardId);
}

describe("a crash or quit between an answer and the save", () => {
  it(`loses at most the answers of the last ${SAVE_DELAY_MS / 1000} seconds, even while answers keep coming`, async () => {
    const port = new FakePort();
    const timers = clockedTimers(T0);
    const store = createReviewStore({ port, loaded: await loadReviewData(port, new Date(T0)), clock: () => new Date(timers.now()), ...timers });
    const answeredAt = new Map<string, number>();
    // An answer every 700 ms for a minute; a steady stream must not keep pushing the save back.
    for (let k = 0; k < 86; k++) {
      const at = T0 + k * 700;
      await timers.advanceTo(at);
      const id = `card-${k}`;
      store.recordReview(scheduler.grade(undefined, "good", new Date(at), id).log);
      answeredAt.set(id, at);
      // The app is killed right now: everything answered more than the delay ago is on disk.
      const onDisk = new Set(await reviewedOnDisk(port));
      for (const [card, t] of answeredAt) if (at - t > SAVE_DELAY_MS) expect({ card, onDisk: onDisk.has(card) }).toEqual({ card, onDisk: true });
    }
    // Quitting normally flushes: nothing is lost.
    expect(await store.flush()).toBe(true);
    expect((await reviewedOnDisk(port)).sort()).toEqual([...answeredAt.keys()].sort());
  });
});
