import { reconcileOrphans } from "../../../src/core/review/orphans";
import { parseStoredData } from "../../../src/core/review/migrate";
import { createEmptyReviewData, serializeReviewData } from "../../../src/core/review/store-schema";
import { reviewState } from "./helpers";

const T0 = Date.parse("2025-03-01T09:00:00Z");
const DAY = 86_400_000;

describe("reconcileOrphans", () => {
  it("keeps the history of a card whose answer was edited away, and restores it when the edit is undone", () => {
    const data = createEmptyReviewData();
    data.cards.fargate = reviewState(T0 + 20 * DAY, T0);
    data.cards.ec2 = reviewState(T0 + 5 * DAY, T0);
    const edited = reconcileOrphans(data, new Set(["ec2", "fargate-v2"]), T0 + DAY);
    expect(edited.report).toEqual({ orphaned: ["fargate"], restored: [], pruned: [], moved: [] });
    expect(Object.keys(edited.data.cards)).toEqual(["ec2"]);
    expect(edited.data.orphans.fargate).toEqual({ state: data.cards.fargate, orphanedAt: T0 + DAY });

    const undone = reconcileOrphans(edited.data, new Set(["ec2", "fargate"]), T0 + 29 * DAY);
    expect(undone.report.restored).toEqual(["fargate"]);
    expect(undone.data.cards.fargate).toEqual(data.cards.fargate);
    expect(undone.data.orphans).toEqual({});
  });

  it("keeps an orphan for 30 days and prunes it after", () => {
    const data = createEmptyReviewData();
    data.orphans.gone = { state: reviewState(T0), orphanedAt: T0 };
    expect(reconcileOrphans(data, new Set(), T0 + 30 * DAY).data.orphans.gone).toBeDefined();
    const later = reconcileOrphans(data, new Set(), T0 + 30 * DAY + 1);
    expect(later.report.pruned).toEqual(["gone"]);
    expect(later.data.orphans).toEqual({});
  });

  it("does not restart the 30 days of a card that is still missing", () => {
    const data = createEmptyReviewData();
    data.orphans.gone = { state: reviewState(T0), orphanedAt: T0 };
    const again = reconcileOrphans(data, new Set(), T0 + 10 * DAY);
    expect(again.data.orphans.gone?.orphanedAt).toBe(T0);
    expect(again.report).toEqual({ orphaned: [], restored: [], pruned: [], moved: [] });
  });

  it("keeps review logs of orphaned and pruned cards", () => {
    const data = createEmptyReviewData();
    data.cards.x = reviewState(T0);
    data.logs.push({ cardId: "x", time: T0, rating: "good", before: null, after: reviewState(T0), elapsedDays: 0 });
    expect(reconcileOrphans(data, new Set(), T0 + 40 * DAY).data.logs).toHaveLength(1);
  });
});

describe("orphans of notes that still exist", () => {
  const notes = (present: string[]) => ({
    pathOf: (id: string) => (id === "narrowed" ? "Other/EC2.md" : id === "deleted" ? "AWS/Old.md" : undefined),
    exists: (path: string) => present.includes(path),
  });

  it("keep a card's history while its note exists, and prune it 30 days after the note is deleted", () => {
    const data = createEmptyReviewData();
    data.cards.narrowed = reviewState(T0 + 5 * DAY, T0);
    data.cards.deleted = reviewState(T0 + 5 * DAY, T0);
    const left = reconcileOrphans(data, new Set(), T0, new Map(), notes(["Other/EC2.md"]));
    expect(left.data.orphans.narrowed?.path).toBe("Other/EC2.md");
    const later = reconcileOrphans(left.data, new Set(), T0 + 90 * DAY, new Map(), notes(["Other/EC2.md"]));
    expect(later.report.pruned).toEqual(["deleted"]);
    expect(Object.keys(later.data.orphans)).toEqual(["narrowed"]);
    // The setting is widened again: the card comes back with its schedule.
    const back = reconcileOrphans(later.data, new Set(["narrowed"]), T0 + 91 * DAY);
    expect(back.data.cards.narrowed).toEqual(data.cards.narrowed);
  });

  it("count the 30 days from the last day the note was seen, not from when the card vanished", () => {
    const data = createEmptyReviewData();
    data.cards.narrowed = reviewState(T0 + 5 * DAY, T0);
    const left = reconcileOrphans(data, new Set(), T0, new Map(), notes(["Other/EC2.md"]));
    const seen = reconcileOrphans(left.data, new Set(), T0 + 90 * DAY, new Map(), notes(["Other/EC2.md"]));
    // The note is deleted after day 90: its card's history stays for 30 more days, then goes.
    const soon = reconcileOrphans(seen.data, new Set(), T0 + 100 * DAY, new Map(), notes([]));
    expect(soon.report.pruned).toEqual([]);
    const gone = reconcileOrphans(soon.data, new Set(), T0 + 121 * DAY, new Map(), notes([]));
    expect(gone.report.pruned).toEqual(["narrowed"]);
  });

  it("store the note of an orphan beside the orphans, so a version that does not know it reads them unchanged", () => {
    const data = createEmptyReviewData();
    data.orphans.narrowed = { state: reviewState(T0), orphanedAt: T0, path: "Other/EC2.md" };
    const text = serializeReviewData(data);
    const raw = JSON.parse(text) as { orphans: Record<string, unknown[]>; orphanNotes: Record<string, string> };
    expect(raw.orphans.narrowed).toHaveLength(2);
    expect(raw.orphanNotes).toEqual({ narrowed: "Other/EC2.md" });
    const read = parseStoredData(text);
    expect(read.ok && read.data.orphans.narrowed?.path).toBe("Other/EC2.md");
  });
});
