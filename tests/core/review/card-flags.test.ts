import { compareFlags, decodeFlag, isHeld, isLeech, type CardFlag } from "../../../src/core/review/card-flags";
import { mergeStoredStates } from "../../../src/core/review/merge";
import { parseStoredData } from "../../../src/core/review/migrate";
import { reconcileOrphans } from "../../../src/core/review/orphans";
import { partitionCards } from "../../../src/core/review/queue";
import { createEmptyReviewData, serializeReviewData } from "../../../src/core/review/store-schema";
import { makeCard, reviewState } from "./helpers";

const T0 = Date.parse("2026-12-01T09:00:00Z");
const DAY = 86_400_000;

describe("suspended and buried cards", () => {
  it("sit out of the queue until brought back or until their bury ends", () => {
    const cards = [makeCard("a", "EC2", 1), makeCard("b", "S3", 2), makeCard("c", "SQS", 3)];
    const flags: Record<string, CardFlag> = {
      a: { suspended: true, buriedUntil: 0, at: T0 },
      b: { suspended: false, buriedUntil: T0 + DAY, at: T0 },
    };
    const held = (now: number) => (id: string) => isHeld(flags[id], now);
    const today = partitionCards({ cards, states: { c: reviewState(T0) }, now: T0, newCardsPerDay: 20, newIntroducedToday: 0, held: held(T0) });
    expect([...today.due, ...today.fresh].map((c) => c.id)).toEqual(["c"]);
    const tomorrow = partitionCards({ cards, states: {}, now: T0 + DAY, newCardsPerDay: 20, newIntroducedToday: 0, held: held(T0 + DAY) });
    expect(tomorrow.fresh.map((c) => c.id)).toEqual(["b", "c"]);
  });

  it("are kept in data.json and read back the same, a brought-back flag included", () => {
    const data = createEmptyReviewData();
    data.flags = {
      a: { suspended: true, buriedUntil: 0, at: T0 },
      b: { suspended: false, buriedUntil: T0 + DAY, at: T0 + 5 },
      c: { suspended: false, buriedUntil: 0, at: T0 + 9 },
    };
    const parsed = parseStoredData(serializeReviewData(data));
    expect(parsed.ok && parsed.data.flags).toEqual(data.flags);
  });

  it("leave a data.json without flags as it was", () => {
    expect(serializeReviewData(createEmptyReviewData())).not.toContain("cardFlags");
  });

  it("merge between two devices by the later setting: a card brought back on one stays back", () => {
    const laptop = createEmptyReviewData();
    const phone = createEmptyReviewData();
    laptop.flags = { a: { suspended: true, buriedUntil: 0, at: T0 }, b: { suspended: true, buriedUntil: 0, at: T0 + 2 } };
    phone.flags = { a: { suspended: false, buriedUntil: 0, at: T0 + 1 }, c: { suspended: false, buriedUntil: T0 + DAY, at: T0 } };
    const merged = mergeStoredStates(laptop, phone).flags;
    expect(merged).toEqual(mergeStoredStates(phone, laptop).flags);
    expect(merged?.a?.suspended).toBe(false);
    expect(merged?.b?.suspended).toBe(true);
    expect(merged?.c?.buriedUntil).toBe(T0 + DAY);
  });

  it("reject a damaged stored flag instead of reading it wrong", () => {
    expect(typeof decodeFlag([1, -5, T0])).toBe("string");
    expect(typeof decodeFlag(["yes", 0, T0])).toBe("string");
    expect(decodeFlag([0, 0, T0])).toEqual({ suspended: false, buriedUntil: 0, at: T0 });
    expect(compareFlags({ suspended: true, buriedUntil: 0, at: T0 }, { suspended: false, buriedUntil: 0, at: T0 })).toBeGreaterThan(0);
  });
});

describe("leeches", () => {
  it("are cards failed eight times or more", () => {
    expect(isLeech({ ...reviewState(T0), lapses: 7 })).toBe(false);
    expect(isLeech({ ...reviewState(T0), lapses: 8 })).toBe(true);
    expect(isLeech(undefined)).toBe(false);
  });
});

describe("flags of renamed and vanished cards", () => {
  it("follow a card renamed by an edit of its term, and go with a card whose history is pruned", () => {
    const data = createEmptyReviewData();
    data.cards.old = reviewState(T0 + DAY);
    data.flags = { old: { suspended: true, buriedUntil: 0, at: T0 } };
    const moved = reconcileOrphans(data, new Set(["new"]), new Date(T0), new Map([["old", "new"]]));
    expect(moved.data.flags).toEqual({ new: { suspended: true, buriedUntil: 0, at: T0 } });

    const gone = createEmptyReviewData();
    gone.orphans.lost = { state: reviewState(T0), orphanedAt: T0 - 40 * DAY };
    gone.flags = { lost: { suspended: true, buriedUntil: 0, at: T0 - 40 * DAY } };
    const pruned = reconcileOrphans(gone, new Set(), new Date(T0), new Map());
    expect(pruned.report.pruned).toEqual(["lost"]);
    expect(pruned.data.flags).toEqual({});
  });
});
