import { cardId } from "../../../src/core/cards/card-id";
import { reconcileOrphans } from "../../../src/core/review/orphans";
import { findRenamedCards, type CardPlace } from "../../../src/core/review/renamed-cards";
import { createEmptyReviewData } from "../../../src/core/review/store-schema";
import { reviewState } from "./helpers";

const T0 = Date.parse("2026-12-01T09:00:00Z");
const place = (term: string, answer: string, path = "AWS/Storage.md"): CardPlace => ({ id: cardId(term, answer), path, answer });

describe("findRenamedCards", () => {
  it("pairs each card of a renamed term with the card of the same answer in the same note", () => {
    const before = [place("Amazon S3", "객체 스토리지"), place("Amazon S3", "버킷"), place("EBS", "블록 스토리지")];
    const after = [place("S3", "객체 스토리지"), place("S3", "버킷"), place("EBS", "블록 스토리지")];
    expect(findRenamedCards(before, after)).toEqual(new Map([
      [before[0]!.id, after[0]!.id], [before[1]!.id, after[1]!.id],
    ]));
  });

  it("pairs nothing across notes, for a new answer, or when two vanished cards share the answer", () => {
    expect(findRenamedCards([place("S3", "버킷")], [place("Amazon S3", "버킷", "AWS/Other.md")]).size).toBe(0);
    expect(findRenamedCards([place("S3", "버킷")], [place("S3", "버킷 정책")]).size).toBe(0);
    const twice = [place("S3", "버킷"), place("Glacier", "버킷")];
    expect(findRenamedCards(twice, [place("Amazon S3", "버킷")]).size).toBe(0);
  });

  it("matches the answer the way card ids do (case, blanks, NFC)", () => {
    const before = [place("Amazon S3", "Object  Storage")];
    const after = [place("S3", "object storage".normalize("NFD"))];
    expect(findRenamedCards(before, after).get(before[0]!.id)).toBe(after[0]!.id);
  });
});

describe("a renamed card keeps its schedule", () => {
  it("moves the state to the new id instead of starting the card over", () => {
    const [old, renamed] = [place("Amazon S3", "버킷"), place("S3", "버킷")];
    const data = createEmptyReviewData();
    data.cards[old.id] = reviewState(T0 + 20 * 86_400_000, T0);
    const result = reconcileOrphans(data, new Set([renamed.id]), T0, findRenamedCards([old], [renamed]));
    expect(result.data.cards[renamed.id]).toEqual(data.cards[old.id]);
    expect(result.data.orphans).toEqual({});
    expect(result.report.moved).toEqual([[old.id, renamed.id]]);
  });

  it("never overwrites a schedule the new id already has", () => {
    const [old, renamed] = [place("Amazon S3", "버킷"), place("S3", "버킷")];
    const data = createEmptyReviewData();
    data.cards[old.id] = reviewState(T0 + 20 * 86_400_000, T0);
    data.cards[renamed.id] = reviewState(T0 + 3 * 86_400_000, T0 - 86_400_000);
    const result = reconcileOrphans(data, new Set([renamed.id]), T0, findRenamedCards([old], [renamed]));
    expect(result.data.cards[renamed.id]).toEqual(data.cards[renamed.id]);
    expect(result.report.orphaned).toEqual([old.id]);
  });
});
