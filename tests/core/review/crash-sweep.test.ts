import { loadReviewData } from "../../../src/core/review/persistence";
import type { Regrade } from "../../../src/core/review/replay";
import { createReviewStore, SAVE_DELAY_MS } from "../../../src/core/review/review-store";
import { createScheduler } from "../../../src/core/review/scheduler";
import type { CardState } from "../../../src/core/review/types";
import { CrashingPort, FakePort } from "./fake-port";
import { clockedTimers } from "./helpers";

const T0 = Date.parse("2026-12-01T09:00:00Z");
const scheduler = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 36500, learningStepsMinutes: [1, 10] });
const regrade: Regrade = (state, rating, at) => scheduler.grade(state, rating, at).state;

const CARDS = ["ec2", "s3", "sqs", "vpc"];

/**
 * A study session of 40 answers, 3 s apart, over four cards (each answered ten times, so the schedules build on
 * one another); the app dies at file operation `crashAt`. Returns the answers given before the crash, and the time of
 * the crash, or null when the session ended before that operation.
 */
async function sessionUntilCrash(port: CrashingPort): Promise<{ answered: { id: string; at: number }[]; crashAt: number } | null> {
  const timers = clockedTimers(T0);
  port.clock = timers.now;
  const store = createReviewStore({
    port, loaded: await loadReviewData(port, new Date(T0)), clock: () => new Date(timers.now()), ...timers,
    regrade: () => regrade, onError: () => undefined,
  });
  const answered: { id: string; at: number }[] = [];
  for (let k = 0; k < 40 && !port.dead; k++) {
    const at = T0 + k * 3_000;
    await timers.advanceTo(at);
    if (port.dead) break;
    const id = CARDS[k % CARDS.length]!;
    store.recordReview(scheduler.grade(store.getState(id), k % 7 === 3 ? "again" : "good", new Date(at), id).log);
    answered.push({ id, at });
  }
  if (!port.dead) await timers.advanceTo(T0 + 200_000);
  store.dispose();
  return port.dead ? { answered, crashAt: port.diedAt } : null;
}

/** Where each card would stand had every answer up to `until` been kept. */
function expectedStates(answered: readonly { id: string; at: number }[], until: number): Map<string, CardState> {
  const states = new Map<string, CardState>();
  for (const { id, at } of answered) if (at <= until) states.set(id, scheduler.grade(states.get(id), ratingAt(at), new Date(at)).state);
  return states;
}

const ratingAt = (at: number): "again" | "good" => (Math.round((at - T0) / 3_000) % 7 === 3 ? "again" : "good");

describe("a crash at every file operation of a long session", () => {
  it.each([
    [false, true], [true, true], [false, false], [true, false],
  ])("loses no answer older than the save delay (write torn: %s, platform renames: %s)", async (torn, renames) => {
    let crashes = 0;
    for (let crashAt = 1; ; crashAt++) {
      const port = new CrashingPort({ crashAt, torn, renames });
      const run = await sessionUntilCrash(port);
      if (!run) break;
      crashes++;
      // The next start-up, with what the folder holds.
      const files = new FakePort(Object.fromEntries(port.files));
      const after = createReviewStore({
        port: files, loaded: await loadReviewData(files, new Date(run.crashAt)), clock: () => new Date(run.crashAt),
        setTimer: () => 0, clearTimer: () => undefined, regrade: () => regrade,
      });
      const kept = new Set(after.getData().logs.map((l) => `${l.cardId}@${l.time}`));
      for (const { id, at } of run.answered) {
        if (run.crashAt - at > SAVE_DELAY_MS) expect({ crashAt, answer: `${id}@${at}`, kept: kept.has(`${id}@${at}`) }).toEqual({ crashAt, answer: `${id}@${at}`, kept: true });
      }
      // Each card's schedule is at least where the answers older than the delay put it.
      const expected = expectedStates(run.answered, run.crashAt - SAVE_DELAY_MS - 1);
      for (const [id, state] of expected) {
        expect({ crashAt, id, reps: (after.getState(id)?.reps ?? 0) >= state.reps }).toEqual({ crashAt, id, reps: true });
      }
    }
    expect(crashes).toBeGreaterThan(20);
  });
});
