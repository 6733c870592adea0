import { fsrs, createEmptyCard, Rating as FsrsRating } from "ts-fsrs";
import {
  createNewCardState, createScheduler, fromFsrsCard, toFsrsCard,
} from "../../../src/core/review/scheduler";
import { RATINGS } from "../../../src/core/review/types";

const NOW = new Date("2025-03-01T09:00:00Z");
const DAY = 86_400_000;
const options = { desiredRetention: 0.9, maximumIntervalDays: 36500, learningStepsMinutes: [1, 10] };

describe("scheduler", () => {
  it("gives a new card Again < Hard < Good < Easy intervals", () => {
    const preview = createScheduler(options).preview(undefined, NOW);
    const dues = RATINGS.map((r) => preview[r].due);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(new Set(dues).size).toBe(4);
    expect(preview.again.interval).toEqual({ value: 1, unit: "minute" });
    expect(preview.good.interval).toEqual({ value: 10, unit: "minute" });
  });

  it("gives a review card Again < Hard < Good < Easy intervals, matching ts-fsrs for the same card", () => {
    const scheduler = createScheduler(options);
    let state = scheduler.grade(undefined, "good", NOW).state;
    state = scheduler.grade(state, "good", new Date(NOW.getTime() + 10 * 60_000)).state;
    expect(state.state).toBe("review");
    const later = new Date(state.due + DAY);
    const preview = scheduler.preview(state, later);
    const dues = RATINGS.map((r) => preview[r].due);
    for (let i = 1; i < dues.length; i++) expect(dues[i]!).toBeGreaterThan(dues[i - 1]!);

    const reference = fsrs({ request_retention: 0.9, maximum_interval: 36500, enable_fuzz: false, learning_steps: ["1m", "10m"], relearning_steps: ["10m"] });
    let card = createEmptyCard(NOW);
    card = reference.next(card, NOW, FsrsRating.Good).card;
    card = reference.next(card, new Date(NOW.getTime() + 10 * 60_000), FsrsRating.Good).card;
    const grades = [FsrsRating.Again, FsrsRating.Hard, FsrsRating.Good, FsrsRating.Easy] as const;
    RATINGS.forEach((rating, i) => {
      const expected = reference.next(card, later, grades[i]!).card;
      expect(preview[rating].due).toBe(expected.due.getTime());
      expect(preview[rating].state.stability).toBe(expected.stability);
      expect(preview[rating].state.difficulty).toBe(expected.difficulty);
      expect(preview[rating].state.scheduledDays).toBe(expected.scheduled_days);
    });
  });

  it("grade records the state before and after with the card id", () => {
    const scheduler = createScheduler(options);
    const first = scheduler.grade(undefined, "again", NOW, "card-1");
    expect(first.log).toMatchObject({ cardId: "card-1", time: NOW.getTime(), rating: "again", before: null, elapsedDays: 0 });
    expect(first.state.state).toBe("learning");
    expect(first.state.due).toBe(NOW.getTime() + 60_000);
    const second = scheduler.grade(first.state, "good", new Date(NOW.getTime() + 2 * DAY), "card-1");
    expect(second.log.before).toEqual(first.state);
    expect(second.log.after).toEqual(second.state);
    expect(second.log.elapsedDays).toBe(2);
  });

  it("a lapse relearns after the last learning step and counts the lapse", () => {
    const scheduler = createScheduler(options);
    let state = scheduler.grade(undefined, "easy", NOW).state;
    const t = new Date(state.due);
    const lapse = scheduler.grade(state, "again", t);
    state = lapse.state;
    expect(state.state).toBe("relearning");
    expect(state.lapses).toBe(1);
    expect(state.due - t.getTime()).toBe(10 * 60_000);
  });

  it("caps intervals at the maximum, keeping ts-fsrs's one-day spacing between the buttons", () => {
    const scheduler = createScheduler({ ...options, maximumIntervalDays: 5 });
    let state = scheduler.grade(undefined, "easy", NOW).state;
    for (let i = 0; i < 5; i++) state = scheduler.grade(state, "easy", new Date(state.due)).state;
    const preview = scheduler.preview(state, new Date(state.due));
    expect(preview.hard.state.scheduledDays).toBe(5);
    expect(preview.good.state.scheduledDays).toBe(6);
    expect(preview.easy.state.scheduledDays).toBe(7);
  });

  it("a higher desired retention gives shorter intervals", () => {
    const review = createScheduler(options).grade(undefined, "easy", NOW).state;
    const at = new Date(review.due);
    const loose = createScheduler({ ...options, desiredRetention: 0.8 }).preview(review, at).good.due;
    const strict = createScheduler({ ...options, desiredRetention: 0.97 }).preview(review, at).good.due;
    expect(strict).toBeLessThan(loose);
  });

  it("converts states to ts-fsrs cards and back unchanged", () => {
    const state = createScheduler(options).grade(createNewCardState(NOW), "hard", NOW).state;
    expect(fromFsrsCard(toFsrsCard(state), state.elapsedDays)).toEqual(state);
    expect(createNewCardState(NOW)).toMatchObject({ state: "new", reps: 0, lastReview: null, due: NOW.getTime() });
  });
});
