import { createReviewSession } from "../../../src/core/review/review-session";
import { createScheduler } from "../../../src/core/review/scheduler";
import type { CardState } from "../../../src/core/review/types";
import { makeCard, reviewState } from "./helpers";

const T0 = new Date("2025-03-01T09:00:00Z");
const MIN = 60_000;
const later = (ms: number): Date => new Date(T0.getTime() + ms);
const scheduler = createScheduler({ desiredRetention: 0.9, maximumIntervalDays: 36500, learningStepsMinutes: [1, 10] });

function shownId(step: ReturnType<ReturnType<typeof createReviewSession>["next"]>): string | undefined {
  return step.kind === "card" ? step.card.id : undefined;
}

describe("review session", () => {
  const cards = [makeCard("a", "EC2", 1), makeCard("b", "S3", 2), makeCard("c", "Lambda", 3)];

  it("brings a card answered Again back after its learning step, not before", () => {
    const session = createReviewSession({ cards, states: {}, now: T0, newCardsPerDay: 20, newIntroducedToday: 0, scheduler });
    expect(shownId(session.next(T0))).toBe("a");
    session.answer("a", "again", T0);
    expect(shownId(session.next(later(10_000)))).toBe("b");
    session.answer("b", "good", later(10_000));
    // 65 s after the Again: the 1-minute step is over, so "a" comes before the untouched "c".
    expect(shownId(session.next(later(65_000)))).toBe("a");
    session.answer("a", "good", later(65_000));
    expect(shownId(session.next(later(70_000)))).toBe("c");
    session.answer("c", "easy", later(70_000));
    // Only "b" and "a" are left, in their 10-minute steps: within the learn-ahead limit, the sooner comes now instead
    // of after a wait.
    expect(shownId(session.next(later(80_000)))).toBe("b");
  });

  it("ends the day with the learning cards that come back after the learn-ahead limit, and when the first does", () => {
    const session = createReviewSession({
      cards, states: {}, now: T0, newCardsPerDay: 20, newIntroducedToday: 0, scheduler, learnAheadMs: 5 * MIN,
    });
    for (const id of ["a", "b", "c"]) {
      expect(shownId(session.next(T0))).toBe(id);
      session.answer(id, "good", T0);
    }
    // All three sit in their 10-minute step, beyond the 5-minute limit: done for now, three coming back at T0 + 10 min.
    expect(session.next(later(MIN))).toEqual({ kind: "done", later: { count: 3, until: T0.getTime() + 10 * MIN } });
    // Six minutes on, the first is within the limit again.
    expect(shownId(session.next(later(6 * MIN)))).toBe("a");
  });

  it("studies ahead on request: learning cards at once, then reviews due by the end of tomorrow", () => {
    const DAY = 86_400_000;
    const states = {
      b: reviewState(T0.getTime() + DAY),
      c: reviewState(T0.getTime() + 5 * DAY),
    };
    const session = createReviewSession({
      cards, states, now: T0, newCardsPerDay: 20, newIntroducedToday: 0, scheduler, learnAheadMs: 0, rolloverHour: 4,
    });
    expect(shownId(session.next(T0))).toBe("a");
    session.answer("a", "good", T0);
    expect(session.next(later(MIN)).kind).toBe("done");
    // "a" in learning and "b" due tomorrow; "c", due in five days, stays where it is.
    expect(session.studyAhead(later(MIN))).toBe(2);
    const seen: string[] = [];
    for (let step = session.next(later(MIN)); step.kind === "card"; step = session.next(later(MIN))) {
      seen.push(step.card.id);
      session.answer(step.card.id, "easy", later(MIN));
    }
    // The learning card first, then the review due tomorrow.
    expect(seen).toEqual(["a", "b"]);
  });

  it("ends when every card has graduated for today", () => {
    const session = createReviewSession({ cards: [cards[0]!], states: {}, now: T0, newCardsPerDay: 20, newIntroducedToday: 0, scheduler });
    session.next(T0);
    session.answer("a", "easy", T0);
    expect(session.next(later(MIN))).toEqual({ kind: "done" });
  });

  it("shows the same card again until it is answered or skipped", () => {
    const session = createReviewSession({ cards, states: {}, now: T0, newCardsPerDay: 20, newIntroducedToday: 0, scheduler });
    expect(shownId(session.next(T0))).toBe("a");
    expect(shownId(session.next(T0))).toBe("a");
    session.skip("a");
    expect(shownId(session.next(T0))).toBe("b");
  });

  it("skips cleanly a card whose id disappeared mid-review and keeps the place", () => {
    const session = createReviewSession({ cards, states: {}, now: T0, newCardsPerDay: 20, newIntroducedToday: 0, scheduler });
    expect(shownId(session.next(T0))).toBe("a");
    session.answer("a", "easy", T0);
    expect(shownId(session.next(T0))).toBe("b");
    // The note changed: "b" (on screen) lost its highlight, "c" moved to another line.
    session.replaceCards([makeCard("a", "EC2", 1), makeCard("c", "Lambda", 7)]);
    const step = session.next(T0);
    expect(step.kind === "card" && step.card).toMatchObject({ id: "c", line: 7 });
    session.answer("c", "easy", T0);
    expect(session.next(T0)).toEqual({ kind: "done" });
  });

  it("lets a card added to the note mid-review join while the new-card limit allows", () => {
    const session = createReviewSession({ cards: [cards[0]!], states: {}, now: T0, newCardsPerDay: 2, newIntroducedToday: 0, scheduler });
    session.replaceCards([cards[0]!, makeCard("x", "IAM", 4), makeCard("y", "RDS", 5)]);
    const seen: string[] = [];
    for (let step = session.next(T0); step.kind === "card"; step = session.next(T0)) {
      seen.push(step.card.id);
      session.answer(step.card.id, "easy", T0);
    }
    expect(seen).toEqual(["a", "x"]);
  });

  it("resumes learning cards left from an earlier session when their step ends", () => {
    const learning: CardState = { ...reviewState(T0.getTime() + 5 * MIN), state: "learning", scheduledDays: 0, learningStep: 1 };
    const session = createReviewSession({
      cards: [cards[0]!], states: { a: learning }, now: T0, newCardsPerDay: 20, newIntroducedToday: 0, scheduler, learnAheadMs: MIN,
    });
    expect(session.next(T0)).toEqual({ kind: "done", later: { count: 1, until: T0.getTime() + 5 * MIN } });
    expect(shownId(session.next(later(5 * MIN)))).toBe("a");
  });

  it("keeps a returning card away from its sibling when another card is available", () => {
    const siblings = [makeCard("e1", "EC2", 1), makeCard("e2", "EC2", 2), makeCard("s1", "S3", 3), makeCard("s2", "S3", 4)];
    const session = createReviewSession({ cards: siblings, states: {}, now: T0, newCardsPerDay: 20, newIntroducedToday: 0, scheduler });
    expect(shownId(session.next(T0))).toBe("e1");
    session.answer("e1", "again", T0);
    expect(shownId(session.next(T0))).toBe("s1");
    session.answer("s1", "easy", T0);
    // Two minutes on: e1's step is over, but e1 and the next queued card e2 are fine after s1.
    const third = shownId(session.next(later(2 * MIN)));
    expect(third).toBe("e1");
    session.answer("e1", "good", later(2 * MIN));
    expect(shownId(session.next(later(2 * MIN)))).toBe("s2");
  });

  it("shows a card whose id is listed twice only once", () => {
    const twice = [makeCard("a", "EC2", 1), makeCard("a", "EC2", 1), makeCard("b", "S3", 2)];
    const session = createReviewSession({ cards: twice, states: {}, now: T0, newCardsPerDay: 20, newIntroducedToday: 0, scheduler });
    const seen: string[] = [];
    for (let step = session.next(T0); step.kind === "card"; step = session.next(T0)) {
      seen.push(step.card.id);
      session.answer(step.card.id, "easy", T0);
    }
    expect(seen).toEqual(["a", "b"]);
  });

  it("counts what is left by kind", () => {
    const states = { b: reviewState(T0.getTime() - 86_400_000) };
    const session = createReviewSession({ cards, states, now: T0, newCardsPerDay: 20, newIntroducedToday: 0, scheduler });
    expect(session.counts()).toEqual({ review: 1, new: 2, learning: 0 });
    session.next(T0);
    session.answer("b", "again", T0);
    expect(session.counts()).toEqual({ review: 0, new: 2, learning: 1 });
  });

  describe("burying siblings", () => {
    // Two entries of one note (EC2 with three cards, S3 with two), and an EC2 card from another note.
    const note = [
      makeCard("e1", "EC2", 1), makeCard("e2", "EC2", 2), makeCard("e3", "EC2", 3),
      makeCard("s1", "S3", 5), makeCard("s2", "S3", 6), makeCard("x1", "EC2", 1, "AWS/Other.md"),
    ];
    const playAll = (session: ReturnType<typeof createReviewSession>, at: Date): string[] => {
      const seen: string[] = [];
      for (let step = session.next(at); step.kind === "card"; step = session.next(at)) {
        seen.push(step.card.id);
        session.answer(step.card.id, "easy", at);
      }
      return seen;
    };

    it("shows one card per entry a day: the others wait until tomorrow", () => {
      const session = createReviewSession({ cards: note, states: {}, now: T0, newCardsPerDay: 20, newIntroducedToday: 0, scheduler, burySiblings: true });
      expect(playAll(session, T0)).toEqual(["e1", "s1", "x1"]);
      expect(session.counts()).toEqual({ new: 0, learning: 0, review: 0 });
    });

    it("buries the siblings of cards answered earlier today, in an earlier session", () => {
      const session = createReviewSession({
        cards: note, states: { e2: reviewState(T0.getTime() + 86_400_000, T0.getTime() - MIN) }, now: T0, newCardsPerDay: 20,
        newIntroducedToday: 1, scheduler, burySiblings: true, answeredToday: ["e2"],
      });
      expect(playAll(session, T0)).toEqual(["s1", "x1"]);
    });

    it("gives a buried new card's place in the day's limit to the next new card", () => {
      const session = createReviewSession({ cards: note, states: {}, now: T0, newCardsPerDay: 3, newIntroducedToday: 0, scheduler, burySiblings: true });
      // Without burying the limit of three would be e1, s1, e2; with it, e2 and e3 give way to s1's sibling-free x1.
      expect(playAll(session, T0)).toEqual(["e1", "s1", "x1"]);
    });

    it("brings the siblings an answer buried back when the answer is taken back, and lets go of the card that took a place", () => {
      const four = [makeCard("e1", "EC2", 1), makeCard("e2", "EC2", 2), makeCard("e3", "EC2", 3), makeCard("s1", "S3", 5)];
      const session = createReviewSession({ cards: four, states: {}, now: T0, newCardsPerDay: 2, newIntroducedToday: 0, scheduler, burySiblings: true });
      expect(shownId(session.next(T0))).toBe("e1");
      session.answer("e1", "easy", T0);
      // e2 is buried and gives its place in the limit of two to s1, which comes next.
      expect(shownId(session.next(T0))).toBe("s1");
      session.undo("e1");
      expect(shownId(session.next(T0))).toBe("e1");
      // As before the answer: e1 and e2 in the day's two places; s1 back out of the limit.
      expect(session.counts()).toEqual({ new: 2, learning: 0, review: 0 });
      session.skip("e1");
      expect(shownId(session.next(T0))).toBe("e2");
    });

    it("never buries a card in its learning steps", () => {
      const states = { e2: { ...reviewState(T0.getTime() + 2 * MIN), state: "learning" as const, scheduledDays: 0, learningStep: 1 } };
      const session = createReviewSession({
        cards: note.slice(0, 2), states, now: T0, newCardsPerDay: 20, newIntroducedToday: 0, scheduler, burySiblings: true,
      });
      // e1 is answered first; e2, its sibling in a learning step, still comes back (within the learn-ahead limit).
      expect(playAll(session, T0)).toEqual(["e1", "e2"]);
    });

    it("counts go down as cards are answered, a new card moving to learning when it enters its steps", () => {
      const states = { s1: reviewState(T0.getTime() - 86_400_000) };
      const session = createReviewSession({ cards: note.slice(0, 4), states, now: T0, newCardsPerDay: 20, newIntroducedToday: 0, scheduler, burySiblings: true });
      expect(session.counts()).toEqual({ new: 3, learning: 0, review: 1 });
      const first = session.next(T0);
      expect(shownId(first)).toBe("s1");
      session.answer("s1", "good", T0);
      expect(session.counts()).toEqual({ new: 3, learning: 0, review: 0 });
      session.next(T0);
      session.answer("e1", "good", T0);
      // e1 is in its 10-minute step; e2 and e3 are buried by it.
      expect(session.counts()).toEqual({ new: 0, learning: 1, review: 0 });
    });
  });
});
