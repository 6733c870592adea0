import { daysUntilExam, examDayStart, examStartFor } from "../../../src/core/exam/exam-date";
import { capDueBeforeExam } from "../../../src/core/review/exam-cap";
import { createScheduler } from "../../../src/core/review/scheduler";
import type { CardState } from "../../../src/core/review/types";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Seoul: local time is UTC + 9 hours. */
const SEOUL = 540;
const EXAM = "2026-12-20";
/** 2026-12-20 04:00 in Seoul, when the exam's study day starts. */
const EXAM_START = Date.UTC(2026, 11, 19, 19);
const settings = { desiredRetention: 0.9, maximumIntervalDays: 36500, learningStepsMinutes: [1, 10] };

function learned(lastReview: number, stability = 30): CardState {
  return {
    due: lastReview + stability * DAY, stability, difficulty: 5, elapsedDays: 10, scheduledDays: stability, reps: 4,
    lapses: 0, learningStep: 0, state: "review", lastReview,
  };
}

describe("the exam date", () => {
  it("starts at the rollover hour of the exam's day, in the student's time zone", () => {
    expect(examDayStart(EXAM, 4, SEOUL)).toBe(EXAM_START);
    expect(examDayStart("", 4, SEOUL)).toBeNull();
    expect(examDayStart("2026-02-30", 4, SEOUL)).toBeNull();
  });

  it("counts the study days left: D-12, then D-day on the exam's day, then nothing once it is past", () => {
    const daysAt = (t: number): number | null => daysUntilExam(t, EXAM, 4, SEOUL);
    expect(daysAt(EXAM_START - 12 * DAY + HOUR)).toBe(12);
    // 3 a.m. on the exam's date is still the study day before it.
    expect(daysAt(EXAM_START - HOUR)).toBe(1);
    expect(daysAt(EXAM_START + 10 * HOUR)).toBe(0);
    expect(daysAt(EXAM_START + DAY + HOUR)).toBeNull();
    expect(daysUntilExam(EXAM_START, "", 4, SEOUL)).toBeNull();
  });

  it("keeps reviews before it only while its day is not over", () => {
    expect(examStartFor(EXAM_START - 5 * DAY, EXAM, 4, SEOUL)).toBe(EXAM_START);
    expect(examStartFor(EXAM_START + 2 * HOUR, EXAM, 4, SEOUL)).toBe(EXAM_START);
    expect(examStartFor(EXAM_START + DAY, EXAM, 4, SEOUL)).toBeNull();
  });
});

describe("keeping a learned card's next review before the exam", () => {
  const eve = EXAM_START - DAY;

  it("moves a review due on or after the exam's day to the start of the day before", () => {
    const now = EXAM_START - 10 * DAY;
    expect(capDueBeforeExam({ ...learned(now), due: EXAM_START + 3 * DAY }, now, EXAM_START)).toBe(eve);
    expect(capDueBeforeExam({ ...learned(now), due: EXAM_START }, now, EXAM_START)).toBe(eve);
    // Due before the exam's day: unchanged.
    expect(capDueBeforeExam({ ...learned(now), due: eve + 5 * HOUR }, now, EXAM_START)).toBe(eve + 5 * HOUR);
  });

  it("leaves the due alone once the day before the exam has begun, and after the exam", () => {
    for (const now of [eve + HOUR, EXAM_START + HOUR, EXAM_START + 5 * DAY]) {
      const state = { ...learned(now), due: now + 20 * DAY };
      expect(capDueBeforeExam(state, now, EXAM_START)).toBe(state.due);
    }
  });

  it("never makes a card due sooner than the learning step, nor touches a new card or a missing exam", () => {
    const now = eve - 5 * 60_000;
    const state = { ...learned(now), due: EXAM_START + 9 * DAY };
    expect(capDueBeforeExam(state, now, EXAM_START, 10 * 60_000)).toBe(now + 10 * 60_000);
    expect(capDueBeforeExam({ ...state, state: "new" }, now, EXAM_START)).toBe(state.due);
    expect(capDueBeforeExam(state, now, null)).toBe(state.due);
  });

  it("is what the scheduler does with an exam set, moving only the due: stability and interval stay FSRS's", () => {
    const now = new Date(EXAM_START - 6 * DAY);
    const before = learned(now.getTime() - 30 * DAY);
    const free = createScheduler(settings).grade(before, "good", now, "s3").state;
    const kept = createScheduler({ ...settings, examStart: EXAM_START }).grade(before, "good", now, "s3");
    expect(free.due).toBeGreaterThan(EXAM_START);
    expect(kept.state.due).toBe(eve);
    expect(kept.log.after.due).toBe(eve);
    expect({ ...kept.state, due: 0 }).toEqual({ ...free, due: 0 });
  });

  it("brings every learned card back before the exam, whenever before the eve it is answered and however well", () => {
    const scheduler = createScheduler({ ...settings, examStart: EXAM_START });
    for (let now = EXAM_START - 40 * DAY; now < eve; now += 13 * HOUR) {
      for (const stability of [0.5, 8, 90, 400]) {
        for (const rating of ["again", "hard", "good", "easy"] as const) {
          const due = scheduler.grade(learned(now - 20 * DAY, stability), rating, new Date(now), "s3").state.due;
          expect(due).toBeLessThan(EXAM_START);
          expect(due).toBeGreaterThan(now);
        }
      }
    }
  });

  it("shows the kept interval on the rating buttons, and lets learning steps be", () => {
    const now = new Date(EXAM_START - 6 * DAY);
    const preview = createScheduler({ ...settings, examStart: EXAM_START }).preview(learned(now.getTime() - 30 * DAY), now);
    expect(preview.easy.due).toBe(eve);
    expect(preview.again.due).toBeLessThan(now.getTime() + HOUR);
    const fresh = createScheduler({ ...settings, examStart: EXAM_START }).grade(undefined, "good", now, "s3").state;
    expect(fresh.due).toBe(now.getTime() + 10 * 60_000);
  });
});
