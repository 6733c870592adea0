import { areSiblings, buildQueue, partitionCards, spreadSiblings } from "../../../src/core/review/queue";
import type { CardState } from "../../../src/core/review/types";
import { makeCard, reviewState } from "./helpers";

const NOW = Date.parse("2025-03-01T09:00:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("buildQueue", () => {
  it("puts due cards first, most overdue first, then new cards in note order up to the day's limit", () => {
    const cards = [
      makeCard("n1", "EC2", 1), makeCard("d-late", "S3", 2), makeCard("n2", "Lambda", 3),
      makeCard("d-old", "VPC", 4), makeCard("n3", "IAM", 5), makeCard("n4", "RDS", 6), makeCard("future", "SQS", 7),
    ];
    const states: Record<string, CardState> = {
      "d-late": reviewState(NOW - 1 * DAY), "d-old": reviewState(NOW - 5 * DAY), future: reviewState(NOW + 3 * DAY),
    };
    const ids = buildQueue({ cards, states, now: NOW, newCardsPerDay: 5, newIntroducedToday: 2 });
    expect(ids).toEqual(["d-old", "d-late", "n1", "n2", "n3"]);
  });

  it("counts review cards due later today (before the 4 a.m. rollover) as due, but not tomorrow's", () => {
    const cards = [makeCard("tonight", "EC2", 1), makeCard("tomorrow", "S3", 2)];
    const states = new Map<string, CardState>([
      ["tonight", reviewState(Date.parse("2025-03-01T22:00:00Z"))],
      ["tomorrow", reviewState(Date.parse("2025-03-02T05:00:00Z"))],
    ]);
    expect(buildQueue({ cards, states, now: NOW, newCardsPerDay: 0, newIntroducedToday: 0 })).toEqual(["tonight"]);
  });

  it("shows no new cards once today's limit is used up", () => {
    const cards = [makeCard("a", "EC2", 1), makeCard("b", "S3", 2)];
    expect(buildQueue({ cards, states: {}, now: NOW, newCardsPerDay: 20, newIntroducedToday: 20 })).toEqual([]);
    expect(buildQueue({ cards, states: {}, now: NOW, newCardsPerDay: 20, newIntroducedToday: 25 })).toEqual([]);
  });

  it("keeps learning cards whose step is not over out of the queue and lists them as waiting", () => {
    const learning: CardState = { ...reviewState(NOW + 5 * 60_000), state: "learning", scheduledDays: 0 };
    const cards = [makeCard("l", "EC2", 1), makeCard("n", "S3", 2)];
    const part = partitionCards({ cards, states: { l: learning }, now: NOW, newCardsPerDay: 5, newIntroducedToday: 0 });
    expect(part.due).toEqual([]);
    expect(part.waiting.map((w) => w.card.id)).toEqual(["l"]);
    expect(part.fresh.map((c) => c.id)).toEqual(["n"]);
  });

  it("never shows two cards of the same term back to back when another card exists", () => {
    const cards = [
      makeCard("e1", "EC2", 1), makeCard("e2", "EC2", 2), makeCard("e3", "EC2", 3),
      makeCard("s1", "S3", 10), makeCard("s2", "S3", 11), makeCard("l1", "Lambda", 20),
    ];
    const ids = buildQueue({ cards, states: {}, now: NOW, newCardsPerDay: 20, newIntroducedToday: 0 });
    expect(ids).toHaveLength(6);
    expect(ids[0]).toBe("e1");
    const byId = new Map(cards.map((c) => [c.id, c]));
    for (let i = 1; i < ids.length; i++) expect(areSiblings(byId.get(ids[i - 1]!)!, byId.get(ids[i]!)!)).toBe(false);
  });

  it("keeps two cards of one line apart even when their terms differ", () => {
    const cards = [makeCard("fargate", "Compute", 5), makeCard("serverless", "Fargate", 5), makeCard("ec2", "EC2", 9)];
    const ids = buildQueue({ cards, states: {}, now: NOW, newCardsPerDay: 20, newIntroducedToday: 0 });
    expect(ids).toEqual(["fargate", "ec2", "serverless"]);
  });

  it("still shows every card when they all share one term", () => {
    const cards = [makeCard("a", "EC2", 1), makeCard("b", "EC2", 2), makeCard("c", "EC2", 3)];
    expect(spreadSiblings(cards).map((c) => c.id)).toEqual(["a", "b", "c"]);
  });

  it("ignores a stored state whose card no longer exists", () => {
    const cards = [makeCard("a", "EC2", 1), makeCard("b", "S3", 2)];
    const ids = buildQueue({ cards, states: { ghost: reviewState(NOW - DAY) }, now: NOW, newCardsPerDay: 20, newIntroducedToday: 0 });
    expect(ids).toEqual(["a", "b"]);
  });

  it("treats an id such as __proto__ or constructor as an ordinary card id", () => {
    const cards = [makeCard("constructor", "EC2", 1), makeCard("__proto__", "S3", 2)];
    const ids = buildQueue({ cards, states: {}, now: NOW, newCardsPerDay: 20, newIntroducedToday: 0 });
    expect(ids).toEqual(["constructor", "__proto__"]);
  });
});
