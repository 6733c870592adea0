import fc from "fast-check";
import { mergeReviewData } from "../../../src/core/review/merge";
import { createEmptyReviewData, type ReviewData } from "../../../src/core/review/store-schema";
import type { CardState } from "../../../src/core/review/types";
import { reviewState } from "./helpers";

const T0 = Date.parse("2025-03-01T09:00:00Z");
const DAY = 86_400_000;

function dataWith(cards: Record<string, CardState>, logTimes: [string, number][] = []): ReviewData {
  const data = createEmptyReviewData();
  Object.assign(data.cards, cards);
  for (const [cardId, time] of logTimes) {
    data.logs.push({ cardId, time, rating: "good", before: null, after: reviewState(time + DAY, time), elapsedDays: 0 });
  }
  return data;
}

describe("mergeReviewData", () => {
  it("keeps, per card, the state with the later review rather than one device's whole file", () => {
    const phone = dataWith({ ec2: reviewState(T0 + 9 * DAY, T0 + 2 * DAY), s3: reviewState(T0 + 4 * DAY, T0) }, [["ec2", T0 + 2 * DAY]]);
    const laptop = dataWith({ ec2: reviewState(T0 + 5 * DAY, T0), s3: reviewState(T0 + 8 * DAY, T0 + DAY), vpc: reviewState(T0) }, [["s3", T0 + DAY]]);
    const merged = mergeReviewData(phone, laptop);
    expect(merged.cards.ec2).toEqual(phone.cards.ec2);
    expect(merged.cards.s3).toEqual(laptop.cards.s3);
    expect(merged.cards.vpc).toEqual(laptop.cards.vpc);
    expect(merged.logs.map((l) => l.cardId)).toEqual(["s3", "ec2"]);
  });

  it("counts a review made on both devices at the same moment once", () => {
    const a = dataWith({}, [["ec2", T0], ["s3", T0 + 1]]);
    const b = dataWith({}, [["ec2", T0]]);
    expect(mergeReviewData(a, b).logs).toHaveLength(2);
  });

  it("lets a newer review on one device bring back a card the other device had orphaned", () => {
    const a = dataWith({ ec2: reviewState(T0 + 9 * DAY, T0 + 3 * DAY) });
    const b = createEmptyReviewData();
    b.orphans.ec2 = { state: reviewState(T0 + 4 * DAY, T0), orphanedAt: T0 + DAY };
    const merged = mergeReviewData(b, a);
    expect(merged.cards.ec2).toEqual(a.cards.ec2);
    expect(merged.orphans).toEqual({});
  });

  it("keeps the local settings", () => {
    const a = createEmptyReviewData({ newCardsPerDay: 5 });
    const b = createEmptyReviewData({ newCardsPerDay: 50 });
    expect(mergeReviewData(a, b).settings).toEqual({ newCardsPerDay: 5 });
    expect(mergeReviewData(createEmptyReviewData(), b).settings).toEqual({ newCardsPerDay: 50 });
  });

  describe("properties", () => {
    const ids = fc.constantFrom("a", "b", "c", "d", "__proto__");
    const state: fc.Arbitrary<CardState> = fc.record({
      due: fc.integer({ min: 0, max: 10 }).map((d) => T0 + d * DAY),
      stability: fc.constantFrom(1, 2.5, 10),
      difficulty: fc.constantFrom(3, 5),
      elapsedDays: fc.constant(1),
      scheduledDays: fc.constantFrom(1, 3),
      reps: fc.integer({ min: 0, max: 3 }),
      lapses: fc.integer({ min: 0, max: 1 }),
      learningStep: fc.constant(0),
      state: fc.constantFrom<CardState["state"]>("learning", "review", "relearning"),
      lastReview: fc.option(fc.integer({ min: 0, max: 5 }).map((d) => T0 + d * DAY), { nil: null }),
    });
    const data: fc.Arbitrary<ReviewData> = fc.record({
      cards: fc.dictionary(ids, state),
      orphans: fc.dictionary(ids, fc.record({ state, orphanedAt: fc.integer({ min: 0, max: 3 }).map((d) => T0 + d * DAY) })),
      logs: fc.array(fc.tuple(ids, fc.integer({ min: 0, max: 20 }).map((m) => T0 + m * 60_000), fc.constantFrom<"again" | "good">("again", "good"), state)),
    }).map(({ cards, orphans, logs }) => {
      const d = createEmptyReviewData();
      Object.assign(d.cards, cards);
      Object.assign(d.orphans, orphans);
      d.logs = logs.map(([cardId, time, rating, after]) => ({ cardId, time, rating, before: null, after, elapsedDays: 0 }));
      return d;
    });
    const review = (d: ReviewData): unknown => ({ cards: { ...d.cards }, orphans: { ...d.orphans }, logs: d.logs });

    it("is commutative", () => {
      fc.assert(fc.property(data, data, (a, b) => {
        expect(review(mergeReviewData(a, b))).toEqual(review(mergeReviewData(b, a)));
      }));
    });

    it("is idempotent and absorbs what it already merged", () => {
      fc.assert(fc.property(data, data, (a, b) => {
        const m = mergeReviewData(a, b);
        expect(review(mergeReviewData(m, m))).toEqual(review(m));
        expect(review(mergeReviewData(m, b))).toEqual(review(m));
        expect(review(mergeReviewData(a, m))).toEqual(review(m));
      }));
    });

    it("loses no card and no review", () => {
      fc.assert(fc.property(data, data, (a, b) => {
        const m = mergeReviewData(a, b);
        for (const id of [...Object.keys(a.cards), ...Object.keys(b.cards)]) expect(Object.keys(m.cards)).toContain(id);
        const keys = new Set(m.logs.map((l) => `${l.cardId}@${l.time}`));
        for (const l of [...a.logs, ...b.logs]) expect(keys.has(`${l.cardId}@${l.time}`)).toBe(true);
        expect(keys.size).toBe(m.logs.length);
      }));
    });
  });
});
